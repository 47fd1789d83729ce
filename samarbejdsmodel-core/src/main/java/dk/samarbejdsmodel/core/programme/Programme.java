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

  /** The ids of the built-in programmes, reserved: a vendor's programme id must be namespaced. */
  public static final Set<String> BUILT_IN_IDS = Set.of("AFTERCARE", "MENTAL_HEALTH", "HOMELESSNESS");

  /** Id, e.g. {@code AFTERCARE} or a vendor's {@code dk.aarhus:STU} (vendors' ids must be namespaced). */
  public abstract String id();

  /**
   * The version of the programme definition (≥ 1, default 1): a municipality that changes its programme's
   * settings raises it, so that two definitions with the same id can be told apart.
   */
  @Value.Default
  public int version() {
    return 1;
  }

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

  /** Months between dialogue responses (quarterly = 3); the cadence of every instrument not listed otherwise. */
  public abstract int dialogueCadenceMonths();

  /** The instruments the programme uses; the first is the main dialogue instrument. */
  public abstract List<Instrument> instruments();

  /**
   * Months between responses to an instrument, by instrument id, where it differs from
   * {@link #dialogueCadenceMonths()}; every instrument of the programme gets its own due items.
   */
  public abstract Map<String, Integer> instrumentCadenceMonths();

  /** The months between responses to one of the programme's instruments. */
  public int cadenceMonths(String instrumentId) {
    return instrumentCadenceMonths().getOrDefault(instrumentId, dialogueCadenceMonths());
  }

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

  /**
   * Maximum months between leader-group meetings in operation (R-LEAD-01, default 6): a leader group that
   * oversees several programmes is held to the shortest of theirs ({@code Catalogue.evaluateLeaderGroup}).
   */
  @Value.Default
  public int leaderGroupMaxMonthsBetweenMeetings() {
    return 6;
  }

  /**
   * Rules switched off for this programme, by rule ID ({@code R-MEET-04}, switching off all its codes) or by
   * finding code ({@code SAM-3041}, or a vendor's {@code dk.aarhus:R-JOB-01} / {@code dk.aarhus:JOB-01}). The
   * syntax is checked when the programme is built; that each entry names a known rule is checked against the
   * rule catalogue ({@code RuleCatalogue.check(programme)}) when programmes are registered or read.
   */
  public abstract Set<String> disabledRules();

  /** Severity overrides, keyed by finding code or rule ID (the code wins); checked like {@link #disabledRules()}. */
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
    for (Instrument i : instruments()) { // a loop, not a stream: asked once per response read (B1)
      if (i.id().equals(id) && i.version() == version) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern RULE_REFERENCE =
      java.util.regex.Pattern.compile("R-[A-Z]+-\\d{2}|SAM-\\d{4}|[a-z0-9]+(\\.[a-z0-9-]+)*:[A-Z0-9]+(-[A-Z0-9]+)*");

  /** Whether text has the shape of a rule ID or finding code (built-in or namespaced). */
  public static boolean isRuleReference(String text) {
    return text != null && text.length() <= 100 && RULE_REFERENCE.matcher(text).matches();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!OpenCode.isValid(id())) {
      v.add("id", StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
    } else if (id().indexOf(':') < 0 && !BUILT_IN_IDS.contains(id())) {
      v.add("id", StructuralCode.INVALID_FORMAT, "a vendor's programme id must be namespaced, for example dk.aarhus:"
          + id() + " (only the built-in programmes " + String.join(", ", new java.util.TreeSet<>(BUILT_IN_IDS))
          + " have ids without a namespace)");
    }
    v.range("version", version(), 1, 1_000_000);
    ConsentPolicy.problem(consentPolicy()).ifPresent(p -> v.add("consentPolicy", StructuralCode.INVALID_FORMAT, p));
    for (Map.Entry<String, Integer> e : instrumentCadenceMonths().entrySet()) {
      if (instruments().stream().noneMatch(i -> i.id().equals(e.getKey()))) {
        v.add("instrumentCadenceMonths." + e.getKey(), StructuralCode.UNKNOWN_REFERENCE,
            "not an instrument of the programme");
      }
      v.range("instrumentCadenceMonths." + e.getKey(), e.getValue(), 1, 24);
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
      if (!isRuleReference(rule)) {
        v.add("disabledRules", StructuralCode.INVALID_FORMAT,
            "a rule ID or finding code such as R-MEET-04, SAM-3041 or dk.aarhus:R-JOB-01");
      }
    }
    for (String rule : severityOverrides().keySet()) {
      if (!isRuleReference(rule)) {
        v.add("severityOverrides", StructuralCode.INVALID_FORMAT,
            "a rule ID or finding code such as R-MEET-04, SAM-3041 or dk.aarhus:R-JOB-01");
      }
    }
    v.throwIfAny("Programme");
  }
}
