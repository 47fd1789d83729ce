package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.StartUpStep;
import dk.samarbejdsmodel.core.course.StartUpStepRecord;
import dk.samarbejdsmodel.core.programme.CoreElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opstartsrapport: the start-up steps of S0 §3.2 in the recommended order, each done, declined, next, missing
 * or not applicable on a date. Steps that leave a trace are derived from it (a coordinator assignment, a
 * consent, the network card, a team membership, the young person's adult, the overviews, a form revision);
 * the others (informed, expectations aligned, an adult offered and declined) come from
 * {@link Course#startUpSteps()}. The order is recommended, not enforced: a later step may be done while an
 * earlier one is missing.
 *
 * <pre>{@code
 * StartUpReport r = StartUpReport.of(course, LocalDate.of(2026, 3, 1));
 * r.next();      // Optional[NETWORK_MAPPED]
 * r.complete();  // false
 * }</pre>
 */
@Value.Immutable
public abstract class StartUpReport {

  /** The date of the report. */
  public abstract LocalDate date();

  /** Every step, in the recommended order. */
  public abstract List<StartUpStepState> steps();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StartUpReport}. */
  public static final class Builder extends ImmutableStartUpReport.Builder {}

  /** The first step not done, in the recommended order. */
  public Optional<StartUpStep> next() {
    return steps().stream().filter(s -> s.status() == StepStatus.NEXT).map(StartUpStepState::step).findFirst();
  }

  /** Steps not done (next and missing). */
  public List<StartUpStep> outstanding() {
    return steps().stream().filter(s -> s.status() == StepStatus.NEXT || s.status() == StepStatus.MISSING)
        .map(StartUpStepState::step).toList();
  }

  /** Whether every applicable step is done or declined. */
  public boolean complete() {
    return outstanding().isEmpty();
  }

  /** The report of a course on a date. */
  public static StartUpReport of(Course c, LocalDate date) {
    List<StartUpStepState> states = new ArrayList<>();
    boolean nextGiven = false;
    for (StartUpStep step : StartUpStep.values()) {
      StartUpStepState.Builder b = StartUpStepState.builder().step(step);
      if (step == StartUpStep.ADULT_CHOSEN && !c.programme().uses(CoreElement.YOUNG_PERSONS_ADULT)) {
        states.add(b.status(StepStatus.NOT_APPLICABLE).build());
        continue;
      }
      Optional<StartUpStepRecord> record = c.startUpSteps().stream()
          .filter(r -> r.step() == step && !r.date().isAfter(date))
          .min(Comparator.comparing(StartUpStepRecord::date));
      Optional<Object[]> trace = trace(c, step, date); // {LocalDate, String}
      if (trace.isPresent()) {
        states.add(b.status(StepStatus.DONE).date((LocalDate) trace.get()[0]).evidence((String) trace.get()[1])
            .build());
      } else if (record.isPresent()) {
        states.add(b.status(record.get().declined() ? StepStatus.DECLINED : StepStatus.DONE)
            .date(record.get().date()).evidence("startUpSteps").build());
      } else {
        states.add(b.status(nextGiven ? StepStatus.MISSING : StepStatus.NEXT).build());
        nextGiven = true;
      }
    }
    return builder().date(date).steps(states).build();
  }

  private static Optional<Object[]> trace(Course c, StartUpStep step, LocalDate date) {
    switch (step) {
      case COORDINATOR_APPOINTED:
        return first(c.coordinatorAssignments().stream().map(a -> a.from()).toList(), "coordinatorAssignments",
            date);
      case CONSENT:
        return first(c.consents().stream().map(x -> x.givenAt()).toList(), "consents", date);
      case NETWORK_MAPPED:
        return c.networkCard().filter(n -> !n.madeAt().isAfter(date))
            .map(n -> new Object[] {n.madeAt(), "networkCard"});
      case ADULT_CHOSEN:
        return c.youngPersonsAdult().filter(a -> !a.from().isAfter(date))
            .map(a -> new Object[] {a.from(), "youngPersonsAdult"});
      case TEAM_APPOINTED:
        return first(c.teamMemberships().stream().map(t -> t.from()).toList(), "teamMemberships", date);
      case NETWORK_OVERVIEW:
        return c.networkOverview().filter(n -> !n.updatedAt().isAfter(date))
            .map(n -> new Object[] {n.updatedAt(), "networkOverview"});
      case INTERVENTION_OVERVIEW:
        return c.interventionOverview().filter(n -> !n.updatedAt().isAfter(date))
            .map(n -> new Object[] {n.updatedAt(), "interventionOverview"});
      case INITIAL_GOAL_DIALOGUE:
        return first(c.formRevisions().stream().map(f -> f.updatedAt()).toList(), "formRevisions", date);
      default:
        return Optional.empty(); // INFORMED, EXPECTATIONS_ALIGNED leave no trace but the record
    }
  }

  private static Optional<Object[]> first(List<LocalDate> dates, String path, LocalDate date) {
    int best = -1;
    for (int i = 0; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(date) && (best < 0 || dates.get(i).isBefore(dates.get(best)))) {
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new Object[] {dates.get(best),
        PropertyPath.of(path).index(best).toString()});
  }
}
