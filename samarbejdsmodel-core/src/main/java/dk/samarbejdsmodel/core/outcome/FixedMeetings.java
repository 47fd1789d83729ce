package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.Tolerance;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Faste møder: counts the fixed meetings due and held for a course from its programme's {@link MeetingCadence}
 * (O-11). Independent of the rules engine's schedule; the definitions are in docs/outcomes.md.
 */
final class FixedMeetings {

  private FixedMeetings() {}

  /** {@code [due, held]} as of {@code asOf}. */
  static int[] tally(Course course, LocalDate asOf) {
    LocalDate horizon = course.end().map(e -> e.date().isBefore(asOf) ? e.date() : asOf).orElse(asOf);
    List<LocalDate> held = course.meetings().stream()
        .filter(m -> m.kind() == MeetingKind.NETWORK && m.fixed() && !m.date().isAfter(horizon))
        .map(Meeting::date).sorted().collect(Collectors.toCollection(ArrayList::new));
    MeetingCadence cadence = course.programme().meetingCadence();
    Tolerance t = cadence.tolerance();
    LocalDate start = course.startDate();
    if (cadence instanceof MeetingCadence.RollingWindow) {
      MeetingCadence.RollingWindow w = (MeetingCadence.RollingWindow) cadence;
      int due = 0;
      int ok = 0;
      for (LocalDate from = start; !from.plus(w.window()).isAfter(horizon.plusDays(1)); from = from.plus(w.window())) {
        LocalDate until = from.plus(w.window());
        final LocalDate f = from;
        long in = held.stream().filter(d -> !d.isBefore(f) && d.isBefore(until)).count();
        due += w.atLeast();
        ok += (int) Math.min(w.atLeast(), in);
      }
      return new int[] {due, ok};
    }
    List<LocalDate> dueDates = new ArrayList<>();
    if (cadence instanceof MeetingCadence.AgeMilestones) {
      for (Period age : ((MeetingCadence.AgeMilestones) cadence).ages()) {
        dueDates.add(course.youngPerson().dateAtAge(age));
      }
    } else if (cadence instanceof MeetingCadence.PerYearUntilAge) {
      MeetingCadence.PerYearUntilAge p = (MeetingCadence.PerYearUntilAge) cadence;
      Period step = Period.ofMonths(12 / p.perYear());
      LocalDate until = course.youngPerson().dateAtAge(Period.ofYears(p.untilAge()));
      for (LocalDate d = start.plus(step); d.isBefore(until); d = d.plus(step)) {
        dueDates.add(d);
      }
      for (Period age : p.extraAges()) {
        dueDates.add(course.youngPerson().dateAtAge(age));
      }
    }
    dueDates.sort(null);
    int due = 0;
    int ok = 0;
    for (LocalDate d : dueDates) {
      LocalDate windowStart = d.minus(t.early());
      LocalDate windowEnd = d.plus(t.late());
      if (windowEnd.isBefore(start) || windowEnd.isAfter(horizon)) {
        continue;
      }
      due++;
      for (int i = 0; i < held.size(); i++) {
        LocalDate m = held.get(i);
        if (!m.isBefore(windowStart) && !m.isAfter(windowEnd)) {
          held.remove(i);
          ok++;
          break;
        }
      }
    }
    return new int[] {due, ok};
  }
}
