package dk.samarbejdsmodel.core.programme;

import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.instrument.Instrument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Program: a profile of Samarbejdsmodellen for one target group, as data — ages, coordinator title, the core
 * elements used, the fixed-meeting cadence, instruments, consent rule and rule settings.
 *
 * <p>Use the built-ins in {@link Programmes}, or build your own and add it to a {@code Catalogue} (by hand,
 * or through a {@link ProgrammeProvider} that {@code Catalogue.standard()} discovers):
 *
 * <pre>{@code
 * Programme stu = Programme.builder().from(Programmes.MENTAL_HEALTH)
 *     .id("dk.aarhus:STU").nameDa("Samarbejdsmodellen for STU-elever").nameEn("Samarbejdsmodellen for STU students")
 *     .minStartAge(16).endBeforeAge(26)
 *     .putSeverityOverride("R-GOAL-03", Severity.INFO)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Programme {

  /** Id, e.g. {@code AFTERCARE} or a vendor's {@code dk.aarhus:STU}. */
  public abstract String id();

  /** Dansk navn. */
  public abstract String nameDa();

  /** English name. */
  public abstract String nameEn();

  /** The seed or document the profile comes from, e.g. "S0". */
  public abstract Optional<String> source();

  /** Målgrupper. */
  public abstract List<TargetGroup> targetGroups();

  /** The youngest age (years) at which a course may start; empty for none. */
  public abstract Optional<Integer> minStartAge();

  /** The age (years) before which the course must end (AFTERCARE 23); empty for none. */
  public abstract Optional<Integer> endBeforeAge();

  /** The age at which the course should start (R-COURSE-02, AFTERCARE 15); empty for no rule. */
  public abstract Optional<Integer> recommendedStartAge();

  /** The age before which the team assesses interventions after the course (R-COURSE-03, AFTERCARE 23). */
  public abstract Optional<Integer> assessmentBeforeAge();

  /** Koordinatorens titel på dansk (koordinator, guide, myndighedskoordinator). */
  public abstract String coordinatorTitleDa();

  /** The coordinator's title in English. */
  public abstract String coordinatorTitleEn();

  /** Whether the coordinator must hold authority competence (S4 myndighedskoordinator). */
  @Value.Default
  public boolean coordinatorNeedsAuthorityCompetence() {
    return false;
  }

  /** De bærende elementer, the programme uses. */
  public abstract Set<CoreElement> elements();

  /** Faste møder: when the fixed network meetings are due. */
  public abstract MeetingCadence meetingCadence();

  /** Maximum months between network meetings before R-MEET-04 warns; empty for no such rule. */
  public abstract Optional<Integer> maxMonthsBetweenNetworkMeetings();

  /** Months between dialogue responses (quarterly = 3). */
  public abstract int dialogueCadenceMonths();

  /** The instruments the programme uses; the first is the main dialogue instrument. */
  public abstract List<Instrument> instruments();

  /** Who must sign a consent. */
  @Value.Default
  public ConsentPolicy consentPolicy() {
    return ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18;
  }

  /** Whether housing support (CTI, ICM) is part of the programme (HOMELESSNESS). */
  @Value.Default
  public boolean housingSupport() {
    return false;
  }

  /** Maximum months between leader-group meetings in operation (R-LEAD-01). */
  @Value.Default
  public int leaderGroupMaxMonthsBetweenMeetings() {
    return 6;
  }

  /** Rule ids switched off for this programme, e.g. {@code R-MEET-04}. */
  public abstract Set<String> disabledRules();

  /** Severity overrides by rule id. */
  public abstract Map<String, Severity> severityOverrides();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Programme}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableProgramme.Builder {}

  /** Whether the programme uses a core element. */
  public boolean uses(CoreElement element) {
    return elements().contains(element);
  }

  /** The instrument with the id, if the programme uses it. */
  public Optional<Instrument> instrument(String id, int version) {
    return instruments().stream().filter(i -> i.id().equals(id) && i.version() == version).findFirst();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!OpenCode.isValid(id())) {
      v.add("id", StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
    }
    v.notBlank("nameDa", nameDa());
    v.notBlank("nameEn", nameEn());
    v.notBlank("coordinatorTitleDa", coordinatorTitleDa());
    v.notBlank("coordinatorTitleEn", coordinatorTitleEn());
    v.notEmpty("elements", elements());
    v.range("dialogueCadenceMonths", dialogueCadenceMonths(), 1, 24);
    v.range("leaderGroupMaxMonthsBetweenMeetings", leaderGroupMaxMonthsBetweenMeetings(), 1, 24);
    minStartAge().ifPresent(a -> v.range("minStartAge", a, 0, 30));
    endBeforeAge().ifPresent(a -> v.range("endBeforeAge", a, 1, 40));
    if (minStartAge().isPresent() && endBeforeAge().isPresent() && endBeforeAge().get() <= minStartAge().get()) {
      v.add("endBeforeAge", StructuralCode.INCONSISTENT, "endBeforeAge must be above minStartAge");
    }
    maxMonthsBetweenNetworkMeetings().ifPresent(m -> v.range("maxMonthsBetweenNetworkMeetings", m, 1, 24));
    for (String rule : disabledRules()) {
      if (!rule.matches("R-[A-Z]+-\\d{2}|[a-z0-9.]+:R-[A-Z0-9-]+")) {
        v.add("disabledRules", StructuralCode.INVALID_FORMAT, "a rule id such as R-MEET-04");
      }
    }
    v.throwIfAny("Programme");
  }
}
