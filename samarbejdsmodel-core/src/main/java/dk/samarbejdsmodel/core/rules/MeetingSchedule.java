package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.Ages;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.MeetingCadence.ScheduledMeeting;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Tolerance;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mødeplan: the programme's fixed network meetings for one course on a date (R-MEET-03), each held, due,
 * overdue or missed; the gaps longer than the programme allows (R-MEET-04); and, for a rolling cadence
 * (HOMELESSNESS), the rolling minimum. A pure function of (course, date); fixed-meeting completion (O-11) is
 * computed from it ({@link #heldCount()} of {@link #expectedCount()}), so the rules and the outcome measure
 * cannot disagree.
 *
 * <p>How the due meetings are made ({@link MeetingCadence#expand}, the one expansion of a cadence; see
 * {@code docs/schedules.md}):
 *
 * <ul>
 *   <li>{@link MeetingCadence.AgeMilestones} (AFTERCARE 16, 17½, 18½): one meeting on the date the young person
 *       reaches each age ({@link Ages#dateAtAge}, so a 29 February birthday is reached on 1 March in other
 *       years).
 *   <li>{@link MeetingCadence.PerYearUntilAge} (MENTAL_HEALTH 4 a year until 18 and one at 18½): one meeting every
 *       12/n months from the start while before the age, then the extra ages.
 *   <li>{@link MeetingCadence.RollingWindow} (HOMELESSNESS at least 3 per 12 months): one meeting every window/n
 *       from the start up to the date plus one window; in addition, in every window after the first the
 *       number of fixed meetings must stay at or above the minimum ({@link #rollingShortfall()}).
 * </ul>
 *
 * <p>Only due dates on or after the course's start are scheduled (no retroactive "missed"), none on or after
 * the programme's end age and none after the course's end. A fixed meeting ({@link Meeting#fixed()}) dated from
 * the window start up to the missed limit and on or before the date fulfils the earliest unfulfilled due
 * meeting whose window holds it; fixed meetings that fulfil none are extra meetings. After the course has ended,
 * every unheld due meeting is missed.
 *
 * <pre>{@code
 * MeetingSchedule s = MeetingSchedule.of(course, LocalDate.of(2026, 3, 1));
 * for (DueMeeting m : s.dueMeetings()) {
 *   System.out.println(m.label() + " " + m.dueDate() + " " + m.status());
 * }
 * double completion = (double) s.heldCount() / s.expectedCount();
 * }</pre>
 */
public final class MeetingSchedule {

  private final LocalDate date;
  private final LocalDate effectiveDate;
  private final List<DueMeeting> dueMeetings;
  private final List<String> extraMeetingIds;
  private final List<MeetingGap> gaps;
  private final Optional<LocalDate> gapDeadline;
  private final Optional<LocalDate> rollingDeadline;
  private final int rollingMinimum;

  private MeetingSchedule(Course course, LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
    Programme programme = course.programme();
    Optional<LocalDate> end = course.end().map(e -> e.date());
    boolean ended = end.isPresent() && !end.get().isAfter(date);
    this.effectiveDate = ended ? end.get() : date;
    MeetingCadence cadence = programme.meetingCadence();
    Tolerance tol = cadence.tolerance();

    List<Meeting> fixed = course.meetings().stream()
        .filter(m -> m.fixed() && !m.date().isAfter(effectiveDate))
        .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
        .collect(Collectors.toList());

    // due dates: the cadence expands itself; the schedule cuts them to the course
    LocalDate start = course.startDate();
    LocalDate birth = course.youngPerson().birthDate();
    Optional<LocalDate> ageEnd = programme.endBeforeAge().map(a -> Ages.dateAtAge(birth, Period.ofYears(a)));
    LocalDate horizon = cadence instanceof MeetingCadence.RollingWindow rw && !ended ? date.plus(rw.window())
        : effectiveDate;
    List<ScheduledMeeting> kept = cadence.expand(birth, start, horizon).stream()
        .filter(d -> !d.dueDate().isBefore(start))
        .filter(d -> ageEnd.map(a -> d.dueDate().isBefore(a)).orElse(true))
        .filter(d -> end.map(e -> !d.dueDate().isAfter(e)).orElse(true))
        .sorted(Comparator.comparing(ScheduledMeeting::dueDate))
        .collect(Collectors.toList());

    // matching
    Set<String> used = new HashSet<>();
    List<DueMeeting> list = new ArrayList<>();
    int seq = 0;
    for (ScheduledMeeting d : kept) {
      LocalDate due = d.dueDate();
      LocalDate windowStart = due.minus(tol.early());
      LocalDate overdueFrom = due.plus(tol.late());
      LocalDate missedFrom = due.plus(tol.missedAfter());
      if (missedFrom.isBefore(overdueFrom)) {
        missedFrom = overdueFrom;
      }
      Optional<Meeting> held = Optional.empty();
      for (Meeting m : fixed) {
        if (!used.contains(m.id()) && !m.date().isBefore(windowStart)
            && (m.date().isBefore(missedFrom) || m.date().equals(due))) {
          held = Optional.of(m);
          break;
        }
      }
      DueMeetingStatus status;
      if (held.isPresent()) {
        used.add(held.get().id());
        status = DueMeetingStatus.HELD;
      } else if (ended) {
        status = DueMeetingStatus.MISSED;
      } else if (date.isBefore(overdueFrom)) {
        status = DueMeetingStatus.DUE;
      } else if (date.isBefore(missedFrom)) {
        status = DueMeetingStatus.OVERDUE;
      } else {
        status = DueMeetingStatus.MISSED;
      }
      list.add(DueMeeting.builder().sequence(++seq).label(d.label()).ageMilestone(d.ageMilestone())
          .dueDate(due).windowStart(windowStart).overdueFrom(overdueFrom).missedFrom(missedFrom).status(status)
          .heldMeetingId(held.map(Meeting::id)).heldOn(held.map(Meeting::date)).build());
    }
    this.dueMeetings = List.copyOf(list);
    this.extraMeetingIds = fixed.stream().map(Meeting::id).filter(id -> !used.contains(id))
        .collect(Collectors.toUnmodifiableList());

    // gaps (R-MEET-04)
    List<MeetingGap> g = new ArrayList<>();
    Optional<LocalDate> deadline = Optional.empty();
    if (programme.maxMonthsBetweenNetworkMeetings().isPresent()) {
      int max = programme.maxMonthsBetweenNetworkMeetings().get();
      List<Meeting> network = course.meetings().stream()
          .filter(m -> m.kind() == MeetingKind.NETWORK && !m.date().isAfter(effectiveDate))
          .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).collect(Collectors.toList());
      for (int i = 1; i < network.size(); i++) {
        Meeting a = network.get(i - 1);
        Meeting b = network.get(i);
        if (a.date().plusMonths(max).isBefore(b.date())) {
          g.add(MeetingGap.builder().fromMeetingId(a.id()).from(a.date()).untilMeetingId(b.id()).until(b.date())
              .maxMonths(max).build());
        }
      }
      if (!network.isEmpty()) {
        Meeting last = network.get(network.size() - 1);
        if (last.date().plusMonths(max).isBefore(effectiveDate)) {
          g.add(MeetingGap.builder().fromMeetingId(last.id()).from(last.date()).until(effectiveDate).maxMonths(max)
              .build());
        } else if (!ended) {
          deadline = Optional.of(last.date().plusMonths(max));
        }
      }
    }
    this.gaps = List.copyOf(g);
    this.gapDeadline = deadline;

    // rolling minimum (HOMELESSNESS)
    if (cadence instanceof MeetingCadence.RollingWindow rw) {
      this.rollingMinimum = rw.atLeast();
      LocalDate first = start.plus(rw.window());
      LocalDate dl = first;
      if (fixed.size() >= rw.atLeast()) {
        LocalDate m = fixed.get(fixed.size() - rw.atLeast()).date().plus(rw.window());
        dl = m.isAfter(first) ? m : first;
      }
      this.rollingDeadline = Optional.of(dl);
    } else {
      this.rollingMinimum = 0;
      this.rollingDeadline = Optional.empty();
    }
  }

  /** The schedule of a course on a date. */
  public static MeetingSchedule of(Course course, LocalDate date) {
    return new MeetingSchedule(course, date);
  }

  /** The date the schedule is computed for. */
  public LocalDate date() {
    return date;
  }

  /** The date the course is judged on: the date, or the end date for a course that has ended. */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /** The fixed meetings, in due-date order. */
  public List<DueMeeting> dueMeetings() {
    return dueMeetings;
  }

  /** The due meetings with a status. */
  public List<DueMeeting> withStatus(DueMeetingStatus status) {
    return dueMeetings.stream().filter(m -> m.status() == status).collect(Collectors.toUnmodifiableList());
  }

  /** Fixed meetings held on or before the date that fulfil no due meeting (extra meetings). */
  public List<String> extraMeetingIds() {
    return extraMeetingIds;
  }

  /** How many due meetings were held. */
  public int heldCount() {
    return withStatus(DueMeetingStatus.HELD).size();
  }

  /**
   * How many due meetings should have been held by the date: those held, overdue or missed, plus those due
   * whose due date has passed (O-11's denominator).
   */
  public int expectedCount() {
    return (int) dueMeetings.stream().filter(m -> m.status() != DueMeetingStatus.DUE
        || !m.dueDate().isAfter(effectiveDate)).count();
  }

  /** Gaps longer than the programme's maximum between network meetings (R-MEET-04); empty if it sets none. */
  public List<MeetingGap> gaps() {
    return gaps;
  }

  /** For an open course with a gap maximum: the last day the next network meeting avoids a gap. */
  public Optional<LocalDate> gapDeadline() {
    return gapDeadline;
  }

  /**
   * For a rolling cadence: the first date on which the fixed meetings held so far no longer reach the minimum
   * within one window (each meeting counts from its date until the day before its date plus the window).
   */
  public Optional<LocalDate> rollingDeadline() {
    return rollingDeadline;
  }

  /** The rolling minimum (0 for other cadences). */
  public int rollingMinimum() {
    return rollingMinimum;
  }

  /** Whether, on the effective date, fewer fixed meetings than the rolling minimum fall inside the last window. */
  public boolean rollingShortfall() {
    return rollingDeadline.map(d -> !effectiveDate.isBefore(d)).orElse(false);
  }
}
