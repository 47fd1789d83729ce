package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forløbets livscyklus: {@code STARTING} (coordinator appointed) → {@code ACTIVE} (first network meeting held and
 * a goal-and-agreement form made) → {@code ENDED} (planned or unplanned). A starting course may end unplanned
 * (declined, moved, dropped out); nothing leads back. The state on a date is {@link Course#state(LocalDate)};
 * the updates of {@link Course} refuse what the lifecycle forbids with a {@link CourseStateException}: anything
 * but status registrations after the end, meetings and form revisions before the start, a second end, an end
 * before what is recorded, and a planned end of a course that is not active.
 *
 * <pre>{@code
 * CourseLifecycle.history(course);                        // [STARTING 2025-05-01, ACTIVE 2025-06-02]
 * CourseLifecycle.allowed(CourseState.ENDED, CourseState.ACTIVE); // false
 * CourseLifecycle.requireAllowed(CourseState.ENDED, CourseState.ACTIVE); // throws CourseStateException
 * }</pre>
 */
public final class CourseLifecycle {

  private static final Map<CourseState, Set<CourseState>> NEXT = Map.of(
      CourseState.STARTING, EnumSet.of(CourseState.ACTIVE, CourseState.ENDED),
      CourseState.ACTIVE, EnumSet.of(CourseState.ENDED),
      CourseState.ENDED, EnumSet.noneOf(CourseState.class));

  private CourseLifecycle() {}

  /** Whether the lifecycle leads directly from one state to another. */
  public static boolean allowed(CourseState from, CourseState to) {
    return NEXT.get(from).contains(to);
  }

  /** The states reachable in one step. */
  public static Set<CourseState> next(CourseState from) {
    return Set.copyOf(NEXT.get(from));
  }

  /**
   * Refuses a transition the lifecycle does not allow.
   *
   * @throws CourseStateException with reason {@code ILLEGAL_TRANSITION}
   */
  public static void requireAllowed(CourseState from, CourseState to) {
    if (!allowed(from, to)) {
      throw new CourseStateException(CourseStateException.Reason.ILLEGAL_TRANSITION, from, to);
    }
  }

  /** The date the course became active: the first date with both a network meeting and a form revision. */
  public static Optional<LocalDate> activeSince(Course c) {
    Optional<LocalDate> meeting = c.meetings().stream().filter(m -> m.kind() == MeetingKind.NETWORK)
        .map(Meeting::date).min(LocalDate::compareTo);
    Optional<LocalDate> form = c.formRevisions().stream().map(GoalAgreementForm::updatedAt).min(LocalDate::compareTo);
    if (meeting.isEmpty() || form.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = meeting.get().isAfter(form.get()) ? meeting.get() : form.get();
    return c.end().isPresent() && !d.isBefore(c.end().get().date()) ? Optional.empty() : Optional.of(d);
  }

  /** The states the course has been in, with the date each began, oldest first. */
  public static List<StateChange> history(Course c) {
    List<StateChange> h = new ArrayList<>();
    h.add(StateChange.of(CourseState.STARTING, c.startDate()));
    activeSince(c).ifPresent(d -> h.add(StateChange.of(CourseState.ACTIVE, d)));
    c.end().ifPresent(e -> h.add(StateChange.of(CourseState.ENDED, e.date())));
    return List.copyOf(h);
  }
}
