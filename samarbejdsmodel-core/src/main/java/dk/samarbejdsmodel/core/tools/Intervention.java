package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Indsats: an intervention the young person already receives, on the intervention overview. */
@Value.Immutable
public abstract class Intervention {

  /** Id. */
  public abstract String id();

  /** Navn, e.g. "Efterværn – kontaktperson" (free text, hidden in {@code toString()}). */
  @Value.Redacted
  public abstract String name();

  /** Lovgrundlag. */
  public abstract Optional<LegalBasis> legalBasis();

  /** Leverandør: an organisation id. */
  public abstract Optional<String> providerId();

  /** Ansvarlig: a person id. */
  public abstract Optional<String> responsibleId();

  /** Start. */
  public abstract LocalDate start();

  /** Slut. */
  public abstract Optional<LocalDate> end();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Intervention}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableIntervention.Builder {}

  /** Whether the intervention runs on a date. */
  public boolean isActiveOn(LocalDate date) {
    return !start().isAfter(date) && end().map(e -> !e.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notBlank("name", name());
    v.period("end", start(), end());
    v.throwIfAny("Intervention");
  }
}
