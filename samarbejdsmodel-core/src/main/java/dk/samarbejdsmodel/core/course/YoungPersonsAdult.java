package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Den unges voksne: the trusted adult the young person chose, from the private or professional network
 * (S0 §6.5), and the period.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute "from" is a date; the builder's copy-from method is not needed
public abstract class YoungPersonsAdult {

  /** Person id (private person or professional). */
  @Value.Parameter
  public abstract String personId();

  /** Valgt. */
  @Value.Parameter
  public abstract LocalDate from();

  /** Til og med; empty while current. */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /** The adult chosen from a date. */
  public static YoungPersonsAdult of(String personId, LocalDate from) {
    return ImmutableYoungPersonsAdult.of(personId, from, Optional.empty());
  }

  @Value.Check
  void check() {
    new Violations().id("personId", personId()).period("until", from(), until()).throwIfAny("YoungPersonsAdult");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link YoungPersonsAdult}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableYoungPersonsAdult.Builder {}
}
