package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.CodeValidity;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.leadergroup.LeaderArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroupMember;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The deadlines that follow from barnets lov, on the AFTERCARE fixture (born 2 April 2010): the ungeplan at the
 * latest 3 months after the 16th birthday (§ 108, stk. 3: 2 July 2026), the decision on ungestøtte and the
 * meeting at 17½ (§ 111, stk. 1: 2 October 2027), adult services joining at 17½ (R-COURSE-05), the
 * end-of-course dialogue form before 23 (1 April 2033), and R-LEAD-02's youth effort and regional psychiatry.
 * Every date below is worked out by hand from the birth date.
 */
class LawDeadlinesTest {

  static final LocalDate AT_16 = LocalDate.of(2026, 4, 2);
  static final LocalDate YOUTH_PLAN_DUE = LocalDate.of(2026, 7, 2);
  static final LocalDate AT_17_HALF = LocalDate.of(2027, 10, 2);
  static final LocalDate LAST_DAY_BEFORE_23 = LocalDate.of(2033, 4, 1);

  static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn());

  static Course withAdultServices(Course c, LocalDate from) {
    List<TeamMembership> team = new ArrayList<>(c.teamMemberships());
    team.add(TeamMembership.of("p-voksen", ParticipantRole.CASEWORKER_ADULTS, from));
    List<Professional> pros = new ArrayList<>(c.professionals());
    pros.add(Professional.builder().id("p-voksen").role(ParticipantRole.CASEWORKER_ADULTS).build());
    return ImmutableCourse.copyOf(c).withProfessionals(pros).withTeamMemberships(team);
  }

  /** The fixture plus one fixed network meeting on the date (with the pre-meeting the rules expect). */
  static Course withFixedMeetingOn(Course c, LocalDate date) {
    List<Meeting> meetings = new ArrayList<>(c.meetings());
    Meeting template = c.networkMeetings().get(c.networkMeetings().size() - 1);
    meetings.add(dk.samarbejdsmodel.core.meeting.ImmutableMeeting.copyOf(template).withId("m-17-6")
        .withNextMeetingDate(Optional.of(date.plusMonths(2))).withDate(date).withFixed(true));
    return ImmutableCourse.copyOf(c).withMeetings(meetings);
  }

  static Course withRegistration(Course c, LocalDate date, EducationType type) {
    List<StatusRegistration> rs = new ArrayList<>(c.statusRegistrations());
    rs.add(StatusRegistration.builder().date(date).education(EducationStatus.inEducation(type)).build());
    return ImmutableCourse.copyOf(c).withStatusRegistrations(rs);
  }

  static Course withEmployment(Course c, LocalDate date, EmploymentStatus status) {
    List<StatusRegistration> rs = new ArrayList<>(c.statusRegistrations());
    rs.add(StatusRegistration.builder().date(date).employment(status).build());
    return ImmutableCourse.copyOf(c).withStatusRegistrations(rs);
  }

  // ------------------------------------------------------------------ code validity (R-CODE-01)

  @Test
  void retired_codes_stay_readable_and_new_input_with_them_gets_a_finding() {
    assertTrue(EducationType.PRODUCTION_SCHOOL.validity().isCurrentOn(LocalDate.of(2019, 7, 31)));
    assertFalse(EducationType.PRODUCTION_SCHOOL.validity().isCurrentOn(LocalDate.of(2019, 8, 1)));
    assertTrue(EducationType.FGU.validity().isCurrentOn(LocalDate.of(2019, 8, 1)));
    assertEquals(CodeValidity.ALWAYS, EducationType.of("dk.aarhus:OWN").validity());
    assertEquals(CodeValidity.ALWAYS, EducationType.STU.validity());
    // an old registration keeps its legacy code without a finding
    Course old = withRegistration(Fixtures.aftercare(), Fixtures.START, EducationType.PRODUCTION_SCHOOL);
    Course oldLegacy = ImmutableCourse.copyOf(old).withStatusRegistrations(List.of(StatusRegistration.builder()
        .date(LocalDate.of(2019, 7, 31)).education(EducationStatus.inEducation(EducationType.PRODUCTION_SCHOOL))
        .build()));
    assertFalse(codes(oldLegacy, Fixtures.D).contains("SAM-7011"));
    // new input with a retired code: a finding with the path, never an exception
    Finding f = RULES.evaluate(old, Fixtures.D).stream().filter(x -> x.code().equals("SAM-7011")).findFirst()
        .orElseThrow();
    assertEquals("statusRegistrations[0].education.type", f.path());
    assertEquals(List.of("PRODUCTION_SCHOOL", Fixtures.START.toString(), "2019-07-31"), f.args());
    // revalidering: current on 30 June 2026, retired from 1 July 2026
    assertFalse(codes(withEmployment(Fixtures.aftercare(), LocalDate.of(2026, 5, 1), EmploymentStatus.REHABILITATION),
        Fixtures.D).contains("SAM-7011"));
    assertTrue(codes(withEmployment(Fixtures.aftercare(), LocalDate.of(2026, 7, 1), EmploymentStatus.REHABILITATION),
        LocalDate.of(2026, 7, 1)).contains("SAM-7011"));
  }

  static Optional<DueMeeting> at17Half(Course c, LocalDate date) {
    return MeetingSchedule.of(c, date).dueMeetings().stream().filter(m -> m.label().equals("17½")).findFirst();
  }

  static List<DueItemKind> kinds(Course c, LocalDate date) {
    return DueItems.of(c, date).stream().map(DueItem::kind).collect(Collectors.toList());
  }

  static Optional<DueItem> item(Course c, LocalDate date, DueItemKind kind) {
    return DueItems.of(c, date).stream().filter(i -> i.kind() == kind).findFirst();
  }

  // ------------------------------------------------------------------ the meeting at 17½ (R-MEET-03)

  @Test
  void the_meeting_at_17_half_counts_when_held_on_the_day() {
    Course c = withFixedMeetingOn(Fixtures.aftercare(), AT_17_HALF);
    DueMeeting m = at17Half(c, AT_17_HALF.plusDays(1)).orElseThrow();
    assertEquals(DueMeetingStatus.HELD, m.status());
    assertEquals(AT_17_HALF, m.dueDate());
    assertEquals(AT_17_HALF.plusDays(1), m.overdueFrom(), "no late tolerance");
    assertEquals(AT_17_HALF.plusDays(1), m.missedFrom());
  }

  @Test
  void the_meeting_at_17_half_held_one_day_late_does_not_count() {
    Course c = withFixedMeetingOn(Fixtures.aftercare(), AT_17_HALF.plusDays(1));
    DueMeeting m = at17Half(c, AT_17_HALF.plusDays(1)).orElseThrow();
    assertEquals(DueMeetingStatus.MISSED, m.status());
    List<String> codes = RULES.evaluate(c, AT_17_HALF.plusDays(1)).stream().map(Finding::code).toList();
    assertTrue(codes.contains("SAM-3032"), codes::toString);
  }

  @Test
  void the_meeting_at_17_half_is_due_on_the_day_and_missed_the_next() {
    Course c = Fixtures.aftercare();
    assertEquals(DueMeetingStatus.DUE, at17Half(c, AT_17_HALF).orElseThrow().status());
    assertEquals(DueMeetingStatus.MISSED, at17Half(c, AT_17_HALF.plusDays(1)).orElseThrow().status());
    assertFalse(RULES.evaluate(c, AT_17_HALF).stream().anyMatch(f -> f.code().startsWith("SAM-303")));
  }

  @Test
  void the_other_milestones_keep_the_programme_tolerance() {
    // the meeting at 18½ (2028-10-02) is overdue from a month later and missed three months later
    DueMeeting m = MeetingSchedule.of(Fixtures.aftercare(), LocalDate.of(2028, 10, 20)).dueMeetings().stream()
        .filter(x -> x.label().equals("18½")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2028, 11, 2), m.overdueFrom());
    assertEquals(LocalDate.of(2029, 1, 2), m.missedFrom());
  }

  // ------------------------------------------------------------------ due items from the law

  @Test
  void the_youth_plan_is_due_3_months_after_the_16th_birthday() {
    Course c = Fixtures.aftercare();
    assertEquals(YOUTH_PLAN_DUE, item(c, Fixtures.D, DueItemKind.YOUTH_PLAN).orElseThrow().dueDate());
    assertTrue(item(c, YOUTH_PLAN_DUE, DueItemKind.YOUTH_PLAN).isPresent(), "due on the day itself");
    assertFalse(item(c, YOUTH_PLAN_DUE.plusDays(1), DueItemKind.YOUTH_PLAN).isPresent(), "gone after the day");
    assertEquals(AT_16.plusMonths(3), YOUTH_PLAN_DUE);
  }

  @Test
  void the_decision_on_continued_support_is_due_at_17_half() {
    Course c = Fixtures.aftercare();
    DueItem i = item(c, Fixtures.D, DueItemKind.CONTINUED_SUPPORT_DECISION).orElseThrow();
    assertEquals(AT_17_HALF, i.dueDate());
    assertEquals(AT_17_HALF, LocalDate.of(2028, 4, 2).minusMonths(6), "6 months before 18");
    assertFalse(item(c, AT_17_HALF.plusDays(1), DueItemKind.CONTINUED_SUPPORT_DECISION).isPresent());
  }

  @Test
  void adult_services_are_due_at_17_half_until_they_join() {
    Course c = Fixtures.aftercare();
    assertEquals(AT_17_HALF, item(c, Fixtures.D, DueItemKind.ADULT_SERVICES).orElseThrow().dueDate());
    Course joined = withAdultServices(c, LocalDate.of(2027, 9, 1));
    assertFalse(item(joined, LocalDate.of(2027, 9, 1), DueItemKind.ADULT_SERVICES).isPresent());
    assertTrue(item(joined, LocalDate.of(2027, 8, 31), DueItemKind.ADULT_SERVICES).isPresent());
  }

  @Test
  void adult_services_breaking_and_keeping() {
    LocalDate after = AT_17_HALF.plusDays(1);
    assertTrue(codes(Fixtures.aftercare(), after).contains("SAM-4051"));
    assertFalse(codes(Fixtures.aftercare(), AT_17_HALF).contains("SAM-4051"), "not before the day is over");
    assertFalse(codes(withAdultServices(Fixtures.aftercare(), AT_17_HALF), after).contains("SAM-4051"));
    // joining late clears the finding once they are on the team
    assertFalse(codes(withAdultServices(Fixtures.aftercare(), after), after).contains("SAM-4051"));
    // programmes without a meeting at 17½ are not asked
    assertFalse(codes(DocsTest.mentalHealthExample(), LocalDate.of(2026, 8, 1)).contains("SAM-4051"));
  }

  @Test
  void the_end_of_course_dialogue_form_is_due_on_the_last_day_before_23() {
    Course c = Fixtures.aftercare();
    assertEquals(LAST_DAY_BEFORE_23, item(c, Fixtures.D, DueItemKind.END_DIALOGUE_FORM).orElseThrow().dueDate());
    assertFalse(kinds(c, LAST_DAY_BEFORE_23.plusDays(1)).contains(DueItemKind.END_DIALOGUE_FORM));
  }

  // ------------------------------------------------------------------ the leader group (R-LEAD-02)

  static LeaderGroup group(List<String> programmes, LeaderArea... areas) {
    LeaderGroup.Builder b = LeaderGroup.builder().id("lg").municipalityCode("751")
        .addAllMeetings(RuleTableTest.HALF_YEARLY).inOperationSince(LocalDate.of(2025, 1, 1))
        .addAllProgrammeIds(programmes);
    for (LeaderArea a : areas) {
      b.addMembers(LeaderGroupMember.builder().area(a).build());
    }
    return b.build();
  }

  static List<String> missingAreas(LeaderGroup g) {
    return RULES.evaluateLeaderGroup(g, Fixtures.D).stream().filter(f -> f.code().equals("SAM-6021"))
        .map(f -> f.args().get(0)).toList();
  }

  @Test
  void the_leader_group_includes_the_youth_effort_and_for_mental_health_regional_psychiatry() {
    assertEquals(List.of("UU"), missingAreas(group(List.of(), LeaderArea.CHILDREN_AND_YOUTH, LeaderArea.EMPLOYMENT,
        LeaderArea.ADULT_SERVICES)));
    assertEquals(List.of(), missingAreas(group(List.of("AFTERCARE"), RuleTableTest.ALL_AREAS)));
    assertEquals(List.of("REGIONAL_PSYCHIATRY"), missingAreas(group(List.of("MENTAL_HEALTH"),
        RuleTableTest.ALL_AREAS)));
    assertEquals(List.of(), missingAreas(group(List.of("MENTAL_HEALTH"), LeaderArea.CHILDREN_AND_YOUTH,
        LeaderArea.EMPLOYMENT, LeaderArea.UU, LeaderArea.ADULT_SERVICES, LeaderArea.REGIONAL_PSYCHIATRY)));
  }

  static List<String> codes(Course c, LocalDate d) {
    return RULES.evaluate(c, d).stream().map(Finding::code).toList();
  }
}
