package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mål: a goal on the goal-and-agreement form, in the young person's own words, with a life area, horizon and
 * dated status history. A goal may be a sub-goal (delmål) of another.
 *
 * <pre>{@code
 * Goal g = Goal.builder().id("g1").lifeArea(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT)
 *     .description("Jeg vil starte på en erhvervsuddannelse").horizon(GoalHorizon.MEDIUM)
 *     .addStatusHistory(StatusChange.of(LocalDate.of(2026, 3, 1), GoalStatus.ACTIVE)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Goal {

  /** Id, stable across form revisions. */
  public abstract String id();

  /** Livsområde. */
  public abstract LifeArea lifeArea();

  /** Beskrivelse, in the young person's words (free text, hidden in {@code toString()}). */
  @Value.Redacted
  public abstract String description();

  /** Tidshorisont. */
  public abstract GoalHorizon horizon();

  /** Måldato. */
  public abstract Optional<LocalDate> targetDate();

  /** Overordnet mål, for a sub-goal. */
  public abstract Optional<String> parentGoalId();

  /** Dated status history, oldest first; never empty. */
  public abstract List<StatusChange<GoalStatus>> statusHistory();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Goal}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableGoal.Builder {}

  /** The latest status. */
  @Value.Derived
  @Value.Auxiliary
  public GoalStatus status() {
    return statusHistory().isEmpty() ? GoalStatus.ACTIVE : statusHistory().get(statusHistory().size() - 1).status();
  }

  /** The status on a date; empty before the first entry. */
  public Optional<GoalStatus> statusOn(LocalDate date) {
    return Optional.ofNullable(History.statusOn(statusHistory(), date));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notBlank("description", description());
    History.check(v, "statusHistory", statusHistory());
    if (parentGoalId().isPresent() && parentGoalId().get().equals(id())) {
      v.add("parentGoalId", dk.samarbejdsmodel.core.StructuralCode.CYCLE);
    }
    v.throwIfAny("Goal");
  }
}
