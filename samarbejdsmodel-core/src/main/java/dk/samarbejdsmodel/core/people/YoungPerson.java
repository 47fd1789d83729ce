package dk.samarbejdsmodel.core.people;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Den unge: the young person a course is about.
 *
 * <p>The id is pseudonymous (never a CPR number). The birth date drives every age rule. CPR number, name and
 * contact details are personal data: optional, and hidden in {@code toString()}; so is the birth date.
 *
 * <pre>{@code
 * YoungPerson yp = YoungPerson.builder()
 *     .id("yp-1")
 *     .birthDate(LocalDate.of(2008, 2, 29))
 *     .cpr(Cpr.parse("290208-4321"))
 *     .name(PersonName.of("Sara", "Nielsen"))
 *     .build();
 * yp.ageOn(LocalDate.of(2026, 2, 28)); // 17 (29 February birthdays are reached on 1 March in other years)
 * }</pre>
 */
@Value.Immutable
public abstract class YoungPerson {

  /** Pseudonymt id. */
  public abstract String id();

  /** Fødselsdato. */
  @Value.Redacted
  public abstract LocalDate birthDate();

  /** CPR-nummer (personal data). */
  @Value.Redacted
  public abstract Optional<Cpr> cpr();

  /** Navn (personal data). */
  @Value.Redacted
  public abstract Optional<PersonName> name();

  /** Kontaktoplysninger (personal data). */
  @Value.Redacted
  public abstract Optional<ContactDetails> contact();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link YoungPerson}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableYoungPerson.Builder {}

  /**
   * The age in whole years on a date. A person born on 29 February turns a year older on 1 March in years
   * without a 29 February (the Danish civil-law reading: the birthday has not occurred on 28 February).
   */
  public int ageOn(LocalDate date) {
    return Ages.ageOn(birthDate(), date);
  }

  /** The date the young person reaches an age given as a period, for example 18 years 6 months. */
  public LocalDate dateAtAge(Period age) {
    return Ages.dateAtAge(birthDate(), age);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    if (cpr().isPresent() && !cpr().get().birthDate().equals(birthDate())) {
      v.add("cpr", StructuralCode.INCONSISTENT, "the CPR number's date part differs from the birth date");
    }
    v.throwIfAny("YoungPerson");
  }
}
