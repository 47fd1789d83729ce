package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.Tolerance;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fixed-meeting schedules per programme and their edge cases. */
class MeetingScheduleTest {

  static List<String> summary(MeetingSchedule s) {
    return s.dueMeetings().stream().map(m -> m.label() + " " + m.dueDate() + " " + m.status()
        + m.heldMeetingId().map(id -> " " + id).orElse("")).toList();
  }

  static Course unheld16() {
    return Fixtures.withMeetings(Fixtures.aftercare(), RuleTableTest.notFixed("m4", "m5"));
  }

  @Test
  void aftercare_has_meetings_at_16_17_and_a_half_and_18_and_a_half() {
    MeetingSchedule s = MeetingSchedule.of(Fixtures.aftercare(), D);
    assertEquals(List.of("16 2026-04-02 HELD m4", "17½ 2027-10-02 DUE", "18½ 2028-10-02 DUE"), summary(s));
    DueMeeting m16 = s.dueMeetings().get(0);
    assertEquals(LocalDate.of(2026, 2, 2), m16.windowStart());
    assertEquals(LocalDate.of(2026, 5, 2), m16.overdueFrom());
    assertEquals(LocalDate.of(2026, 7, 2), m16.missedFrom());
    assertEquals(List.of("m1", "m2", "m3", "m5"), s.extraMeetingIds());
    assertEquals(1, s.heldCount());
    assertEquals(1, s.expectedCount());
  }

  @Test
  void an_unheld_meeting_is_due_then_overdue_then_missed() {
    Course c = unheld16();
    assertEquals(DueMeetingStatus.DUE, MeetingSchedule.of(c, LocalDate.of(2026, 5, 1)).dueMeetings().get(0).status());
    assertEquals(DueMeetingStatus.OVERDUE, MeetingSchedule.of(c, LocalDate.of(2026, 5, 2)).dueMeetings().get(0).status());
    assertEquals(DueMeetingStatus.OVERDUE, MeetingSchedule.of(c, LocalDate.of(2026, 7, 1)).dueMeetings().get(0).status());
    assertEquals(DueMeetingStatus.MISSED, MeetingSchedule.of(c, LocalDate.of(2026, 7, 2)).dueMeetings().get(0).status());
    MeetingSchedule s = MeetingSchedule.of(c, LocalDate.of(2026, 5, 2));
    assertEquals(0, s.heldCount());
    assertEquals(1, s.expectedCount());
  }

  @Test
  void tolerance_windows_are_programme_configuration() {
    Programme strict = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:STRICT_MEETINGS")
        .meetingCadence(new MeetingCadence.AgeMilestones(Programmes.AFTERCARE.meetingCadence() instanceof
            MeetingCadence.AgeMilestones am ? am.ages() : List.of(),
            new Tolerance(Period.ZERO, Period.ofDays(14), Period.ofMonths(1))))
        .build();
    Course c = Fixtures.aftercare(b -> b.programme(strict));
    // m4 (9 February) is now too early; m5 (6 April) is inside the month after the 2 April birthday
    assertEquals("16 2026-04-02 HELD m5", summary(MeetingSchedule.of(c, D)).get(0));
    Course unheld = ImmutableCourse.copyOf(unheld16()).withProgramme(strict);
    assertEquals(DueMeetingStatus.DUE, MeetingSchedule.of(unheld, LocalDate.of(2026, 4, 15)).dueMeetings().get(0)
        .status());
    assertEquals(DueMeetingStatus.OVERDUE, MeetingSchedule.of(unheld, LocalDate.of(2026, 4, 16)).dueMeetings().get(0)
        .status());
    assertEquals(DueMeetingStatus.MISSED, MeetingSchedule.of(unheld, LocalDate.of(2026, 5, 2)).dueMeetings().get(0)
        .status());
  }

  @Test
  void a_course_that_starts_after_a_milestone_has_no_retroactive_meeting() {
    Course late = Fixtures.aftercare(b -> b.youngPerson(YoungPerson.builder().id("yp")
        .birthDate(LocalDate.of(2009, 1, 15)).build()));
    MeetingSchedule s = MeetingSchedule.of(late, D);
    assertEquals(List.of("17½", "18½"), s.dueMeetings().stream().map(DueMeeting::label).toList());
    assertTrue(s.withStatus(DueMeetingStatus.MISSED).isEmpty());
  }

  @Test
  void a_29_february_birthday_reaches_whole_years_on_1_march_and_half_years_on_the_29th() {
    LocalDate leap = LocalDate.of(2008, 2, 29);
    Course c = Fixtures.aftercare(b -> b.youngPerson(YoungPerson.builder().id("yp").birthDate(leap).build())
        .startDate(LocalDate.of(2023, 5, 1)));
    assertEquals(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 8, 29), LocalDate.of(2026, 8, 29)),
        MeetingSchedule.of(c, D).dueMeetings().stream().map(DueMeeting::dueDate).toList());
    // MENTAL_HEALTH: quarterly while before the 18th birthday, which is 1 March 2026
    Course mh = ImmutableCourse.copyOf(c).withProgramme(Programmes.MENTAL_HEALTH);
    List<DueMeeting> ms = MeetingSchedule.of(mh, D).dueMeetings();
    DueMeeting lastQuarterly = ms.get(ms.size() - 2);
    assertEquals(LocalDate.of(2026, 2, 1), lastQuarterly.dueDate());
    assertEquals("18½ 2026-08-29", ms.get(ms.size() - 1).label() + " " + ms.get(ms.size() - 1).dueDate());
  }

  @Test
  void mental_health_is_quarterly_until_18_and_once_at_18_and_a_half() {
    Course mh = Fixtures.aftercare(b -> b.programme(Programmes.MENTAL_HEALTH));
    List<DueMeeting> ms = MeetingSchedule.of(mh, D).dueMeetings();
    assertEquals(12, ms.size());
    assertEquals(LocalDate.of(2025, 8, 1), ms.get(0).dueDate());
    assertEquals(LocalDate.of(2028, 2, 1), ms.get(10).dueDate());
    assertEquals("18½", ms.get(11).label());
    assertEquals(LocalDate.of(2028, 10, 2), ms.get(11).dueDate());
  }

  @Test
  void homelessness_has_a_meeting_every_four_months_and_a_rolling_minimum_of_three_a_year() {
    MeetingSchedule s = MeetingSchedule.of(Fixtures.homelessness(), D);
    assertEquals(List.of("#1 2025-09-01 HELD m2", "#2 2026-01-01 HELD m3", "#3 2026-05-01 HELD m5",
        "#4 2026-09-01 DUE", "#5 2027-01-01 DUE", "#6 2027-05-01 DUE"), summary(s));
    // an open course is scheduled one window (12 months) ahead of the date
    assertEquals(Optional.of(LocalDate.of(2026, 11, 17)), s.rollingDeadline());
    assertFalse(s.rollingShortfall());
    assertTrue(MeetingSchedule.of(Fixtures.homelessness(), LocalDate.of(2026, 11, 17)).rollingShortfall());
    assertEquals(3, s.rollingMinimum());
    assertTrue(s.gaps().isEmpty(), "HOMELESSNESS sets no gap maximum");
  }

  @Test
  void an_ended_course_misses_what_it_did_not_hold_and_schedules_nothing_after_the_end() {
    Course c = unheld16().end(CourseEnd.builder().date(LocalDate.of(2026, 5, 1)).kind(EndKind.UNPLANNED)
        .reason(EndReason.MOVED).build());
    MeetingSchedule s = MeetingSchedule.of(c, LocalDate.of(2027, 1, 1));
    assertEquals(List.of("16 2026-04-02 MISSED"), summary(s));
    assertEquals(LocalDate.of(2026, 5, 1), s.effectiveDate());
    // before the end the same meeting was only due, and nothing after the end date is scheduled
    assertEquals(List.of("16 2026-04-02 DUE"), summary(MeetingSchedule.of(c, LocalDate.of(2026, 4, 30))));
    assertEquals(1, MeetingSchedule.of(c, LocalDate.of(2026, 4, 30)).dueMeetings().size());
  }

  @Test
  void extra_meetings_do_not_fulfil_another_milestone() {
    Course c = Fixtures.aftercare(b -> b.addMeetings(Fixtures.network(7, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 4, 6))));
    MeetingSchedule s = MeetingSchedule.of(c, D);
    assertEquals("16 2026-04-02 HELD m4", summary(s).get(0));
    assertTrue(s.extraMeetingIds().contains("m7"));
    assertEquals(1, s.heldCount());
  }

  @Test
  void a_gap_of_more_than_three_months_is_reported_in_aftercare() {
    Course c = Fixtures.withMeetings(Fixtures.aftercare(), Fixtures.meetings().stream()
        .filter(m -> !m.id().startsWith("m4")).toList());
    List<MeetingGap> gaps = MeetingSchedule.of(c, D).gaps();
    assertEquals(1, gaps.size());
    assertEquals("m3", gaps.get(0).fromMeetingId());
    assertEquals(Optional.of("m5"), gaps.get(0).untilMeetingId());
    assertFalse(gaps.get(0).open());
    MeetingSchedule onLimit = MeetingSchedule.of(Fixtures.aftercare(), LocalDate.of(2026, 7, 6));
    assertTrue(onLimit.gaps().isEmpty());
    assertEquals(Optional.of(LocalDate.of(2026, 7, 6)), onLimit.gapDeadline());
    List<MeetingGap> open = MeetingSchedule.of(Fixtures.aftercare(), LocalDate.of(2026, 7, 7)).gaps();
    assertEquals(1, open.size());
    assertTrue(open.get(0).open());
    assertEquals(LocalDate.of(2026, 7, 7), open.get(0).until());
  }
}
