package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static dk.samarbejdsmodel.core.rules.Fixtures.MOTHER;
import static dk.samarbejdsmodel.core.rules.Fixtures.YOUNG;
import static dk.samarbejdsmodel.core.rules.Fixtures.aftercare;
import static dk.samarbejdsmodel.core.rules.Fixtures.consent;
import static dk.samarbejdsmodel.core.rules.Fixtures.homelessness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.ImmutableCoordinatorAssignment;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.housing.CtiPhase;
import dk.samarbejdsmodel.core.housing.CtiPhasePeriod;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.housing.ImmutableCtiSupport;
import dk.samarbejdsmodel.core.housing.ImmutableHousingSupport;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroupMember;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.ImmutableAgreement;
import dk.samarbejdsmodel.core.tools.ImmutableGoalAgreementForm;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** For every finding code: a course (or caseload, or leader group) that breaks the rule and one that keeps it. */
class RuleTableTest {

  static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn());

  /** One row: the code, a case that must report it and a case that must not. */
  record Row(String code, Supplier<List<Finding>> breaks, Supplier<List<Finding>> keeps) {}

  static Supplier<List<Finding>> on(Supplier<Course> c, LocalDate date) {
    return () -> RULES.evaluate(c.get(), date);
  }

  static Supplier<List<Finding>> caseload(Supplier<List<Course>> cs) {
    return () -> RULES.evaluateCaseload(cs.get(), D);
  }

  static Supplier<List<Finding>> group(Supplier<LeaderGroup> g, LocalDate date) {
    return () -> RULES.evaluateLeaderGroup(g.get(), date);
  }

  static final Supplier<List<Finding>> CLEAN = on(Fixtures::aftercare, D);
  static final Supplier<List<Finding>> CLEAN_HOMELESS = on(Fixtures::homelessness, D);

  // ------------------------------------------------------------------ course variants

  static Course latestForm(Course c, java.util.function.UnaryOperator<GoalAgreementForm.Builder> change) {
    GoalAgreementForm last = c.formRevisions().get(c.formRevisions().size() - 1);
    List<GoalAgreementForm> forms = new ArrayList<>(c.formRevisions().subList(0, c.formRevisions().size() - 1));
    forms.add(change.apply(GoalAgreementForm.builder().from(last)).build());
    return ImmutableCourse.copyOf(c).withFormRevisions(forms);
  }

  static List<Agreement> agreementsOfLatest(java.util.function.UnaryOperator<ImmutableAgreement> change) {
    return Fixtures.form2().agreements().stream().map(a -> a.id().equals("a1")
        ? change.apply(ImmutableAgreement.copyOf(a)) : a).collect(Collectors.toList());
  }

  static Course ended(Course c, LocalDate date, EndKind kind, boolean young, boolean team) {
    return ImmutableCourse.copyOf(c).withEnd(CourseEnd.builder().date(date).kind(kind)
        .reason(kind == EndKind.PLANNED ? EndReason.GOALS_ACHIEVED : EndReason.MOVED)
        .youngPersonInvolved(young).teamInvolved(team).build());
  }

  static Course housing(Course c, HousingSupport h) {
    return ImmutableCourse.copyOf(c).withHousingSupport(h);
  }

  static HousingSupport cti(java.util.function.UnaryOperator<ImmutableCtiSupport> change) {
    HousingSupport h = homelessness().housingSupport().get();
    return ImmutableHousingSupport.copyOf(h).withCti(change.apply(ImmutableCtiSupport.copyOf(h.cti().get())));
  }

  static Course noConsent() {
    return ImmutableCourse.copyOf(aftercare()).withConsents(List.of());
  }

  static final LocalDate AT_18 = LocalDate.of(2028, 4, 10);
  static final LocalDate AT_23 = LocalDate.of(2033, 4, 2);

  static LeaderGroup leaderGroup(List<LocalDate> meetings, LeaderArea... areas) {
    LeaderGroup.Builder b = LeaderGroup.builder().id("lg").municipalityCode("751").addAllMeetings(meetings)
        .inOperationSince(LocalDate.of(2025, 1, 1));
    for (LeaderArea a : areas) {
      b.addMembers(LeaderGroupMember.builder().area(a).build());
    }
    return b.build();
  }

  static final LeaderArea[] ALL_AREAS = {LeaderArea.CHILDREN_AND_YOUTH, LeaderArea.EMPLOYMENT, LeaderArea.UU,
      LeaderArea.ADULT_SERVICES};
  static final List<LocalDate> HALF_YEARLY = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 1),
      LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 1));

  static List<Course> ctiCaseload(int n) {
    return IntStream.range(0, n).mapToObj(i -> Fixtures.runningCti("c-" + i)).collect(Collectors.toList());
  }

  static List<Course> icmCaseload(int n) {
    return IntStream.range(0, n).mapToObj(i -> Fixtures.icm("c-" + i, "p-icm", LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 6, 10))).collect(Collectors.toList());
  }

  static final List<Row> ROWS = List.of(
      new Row("SAM-1011", on(() -> latestForm(aftercare(), f -> f.agreements(agreementsOfLatest(
          a -> a.withResponsibleId(java.util.Optional.empty())))), D), CLEAN),
      new Row("SAM-1012", on(() -> latestForm(aftercare(), f -> f.agreements(agreementsOfLatest(
          a -> a.withDeadline(java.util.Optional.empty())))), D),
          on(() -> latestForm(aftercare(), f -> f.agreements(agreementsOfLatest(
              a -> a.withDeadline(java.util.Optional.empty()).withFollowUpDate(LocalDate.of(2026, 8, 1))))), D)),
      new Row("SAM-1021", on(() -> latestForm(aftercare(), f -> f.addGoals(
          Fixtures.goal("g3", LifeArea.HOUSEHOLD_ECONOMY, Fixtures.MEETINGS.get(4)))), D), CLEAN),
      new Row("SAM-1031", on(() -> latestForm(aftercare(), f -> f.goals(List.of(
          Fixtures.goal("g1", LifeArea.MENTAL_HEALTH, Fixtures.MEETINGS.get(0)),
          Fixtures.goal("g2", LifeArea.PHYSICAL_HEALTH, Fixtures.MEETINGS.get(0))))), D), CLEAN),
      new Row("SAM-1041", on(() -> latestForm(aftercare(), f -> f.goals(List.of(Fixtures.form1().goals().get(0)))
          .agreements(List.of(Fixtures.form1().agreements().get(0)))), D), CLEAN),
      new Row("SAM-1042", on(() -> latestForm(aftercare(), f -> f.agreements(
          List.of(Fixtures.form1().agreements().get(0)))), D), CLEAN),
      new Row("SAM-1051", on(Fixtures::aftercare, LocalDate.of(2026, 9, 2)),
          on(() -> latestForm(aftercare(), f -> f.agreements(agreementsOfLatest(a -> ImmutableAgreement.copyOf(a)
              .withStatusHistory(List.of(StatusChange.of(Fixtures.MEETINGS.get(0), AgreementStatus.AGREED),
                  StatusChange.of(LocalDate.of(2026, 8, 30), AgreementStatus.DONE)))))
              .goals(List.of(Fixtures.form1().goals().get(0))).agreements(List.of(ImmutableAgreement
                  .copyOf(Fixtures.form1().agreements().get(0)).withStatusHistory(List.of(
                      StatusChange.of(Fixtures.MEETINGS.get(0), AgreementStatus.AGREED),
                      StatusChange.of(LocalDate.of(2026, 8, 30), AgreementStatus.DONE)))))), D)),
      new Row("SAM-1061", on(() -> ended(latestForm(aftercare(), f -> f.agreements(
          Fixtures.form2().agreements().stream().map(a -> (Agreement) ImmutableAgreement.copyOf(a)
              .withStatusHistory(List.of(StatusChange.of(Fixtures.MEETINGS.get(0), AgreementStatus.AGREED),
                  StatusChange.of(Fixtures.MEETINGS.get(4), AgreementStatus.DONE)))).toList())),
          LocalDate.of(2026, 5, 15), EndKind.PLANNED, true, true), D),
          on(() -> ended(aftercare(), LocalDate.of(2026, 5, 15), EndKind.PLANNED, true, true), D)),
      new Row("SAM-2011", on(() -> aftercare(b -> b.programme(Fixtures.strictConsent())
          .consents(List.of(consent("k1", Fixtures.START, YOUNG)))), D),
          on(() -> aftercare(b -> b.programme(Fixtures.strictConsent())), D)),
      new Row("SAM-2012", on(() -> aftercare(b -> b.programme(Fixtures.strictConsent())
          .consents(List.of(consent("k1", Fixtures.START, MOTHER)))), D),
          on(() -> aftercare(b -> b.consents(List.of(consent("k1", Fixtures.START, MOTHER)))), D)),
      new Row("SAM-2021", on(() -> aftercare(b -> b.consents(List.of(consent("k1", Fixtures.START, MOTHER)))), AT_18),
          on(() -> aftercare(b -> b.consents(List.of(consent("k1", Fixtures.START, MOTHER),
              consent("k2", LocalDate.of(2028, 4, 2), YOUNG)))), AT_18)),
      new Row("SAM-2041", on(RuleTableTest::noConsent, D), CLEAN),
      new Row("SAM-2042", on(RuleTableTest::noConsent, D), CLEAN),
      new Row("SAM-2043", on(RuleTableTest::noConsent, D), CLEAN),
      new Row("SAM-3011", on(() -> Fixtures.withMeetings(aftercare(), Fixtures.meetingsWith("m3", m -> m
          .withParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, false, false)))), D),
          on(() -> Fixtures.withMeetings(aftercare(), Fixtures.meetingsWith("m3", m -> m
              .withParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, false, false))
              .withDecisionsRecorded(false))), D)),
      new Row("SAM-3021", on(() -> Fixtures.withMeetings(aftercare(), Fixtures.meetings().stream()
          .filter(m -> !m.id().equals("m3-pre")).toList()), D), CLEAN),
      new Row("SAM-3031", on(() -> Fixtures.withMeetings(aftercare(), notFixed("m4", "m5")), D), CLEAN),
      new Row("SAM-3032", on(() -> Fixtures.withMeetings(aftercare(), notFixed("m4", "m5")),
          LocalDate.of(2026, 7, 2)), on(Fixtures::aftercare, LocalDate.of(2026, 7, 2))),
      new Row("SAM-3033", on(() -> Fixtures.withMeetings(homelessness(), notFixed("m1", "m2", "m3", "m4")), D),
          CLEAN_HOMELESS),
      new Row("SAM-3041", on(() -> Fixtures.withMeetings(aftercare(), Fixtures.meetings().stream()
          .filter(m -> !m.id().startsWith("m4")).toList()), D), CLEAN),
      new Row("SAM-3051", on(() -> latestForm(Fixtures.withMeetings(aftercare(), Fixtures.meetingsWith("m5",
          m -> m.withNextMeetingDate(java.util.Optional.empty()))), f -> f.nextMeetingDate(java.util.Optional.empty())),
          D), on(() -> Fixtures.withMeetings(aftercare(), Fixtures.meetingsWith("m5",
              m -> m.withNextMeetingDate(java.util.Optional.empty()))), D)),
      new Row("SAM-4011", on(() -> aftercare(b -> b.coordinatorAssignments(List.of(
          ImmutableCoordinatorAssignment.of("p-koord", Fixtures.START, java.util.Optional.of(LocalDate.of(2026, 5, 1)))))),
          D), CLEAN),
      new Row("SAM-4012", on(() -> homelessness(b -> b.professionals(List.of(
          Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build(),
          Professional.builder().id("p-uu").role(ParticipantRole.UU_COUNSELLOR).build(),
          Professional.builder().id("p-cti").role(ParticipantRole.HOUSING_SUPPORT_WORKER).build()))), D),
          CLEAN_HOMELESS),
      new Row("SAM-4021", on(() -> aftercare(b -> b.youngPerson(YoungPerson.builder().id("yp")
          .birthDate(LocalDate.of(2009, 1, 1)).build())), D), CLEAN),
      new Row("SAM-4022", on(() -> aftercare(b -> b.youngPerson(YoungPerson.builder().id("yp")
          .birthDate(LocalDate.of(2011, 1, 1)).build())), D), CLEAN),
      new Row("SAM-4023", on(Fixtures::aftercare, AT_23), on(Fixtures::aftercare, AT_23.minusDays(1))),
      new Row("SAM-4031", on(Fixtures::aftercare, AT_23), on(() -> aftercare(b -> b.addMeetings(
          Fixtures.network(9, LocalDate.of(2033, 1, 10), LocalDate.of(2033, 3, 1)))), AT_23)),
      new Row("SAM-4041", on(() -> ended(aftercare(), D, EndKind.UNPLANNED, false, true), D),
          on(() -> ended(aftercare(), D, EndKind.UNPLANNED, true, true), D)),
      new Row("SAM-4042", on(() -> ended(aftercare(), D, EndKind.UNPLANNED, true, false), D),
          on(() -> ended(aftercare(), D, EndKind.UNPLANNED, true, true), D)),
      new Row("SAM-4051", on(Fixtures::aftercare, LawDeadlinesTest.AT_17_HALF.plusDays(1)),
          on(() -> LawDeadlinesTest.withAdultServices(aftercare(), LawDeadlinesTest.AT_17_HALF),
              LawDeadlinesTest.AT_17_HALF.plusDays(1))),
      new Row("SAM-5011", on(() -> housing(homelessness(), HousingSupport.builder()
          .combination(HousingSupportCombination.SM_ONLY).build()), D),
          on(() -> housing(homelessness(b -> b.housingSubgroup(HousingSubgroup.AT_RISK)
              .targetGroup(TargetGroup.AT_RISK)), HousingSupport.builder()
              .combination(HousingSupportCombination.SM_ONLY).build()), D)),
      new Row("SAM-5021", on(() -> ImmutableCourse.copyOf(homelessness()).withHousingSubgroup(
          java.util.Optional.empty()), D), CLEAN_HOMELESS),
      new Row("SAM-5031", on(() -> ImmutableCourse.copyOf(Fixtures.icm("c-icm", "p-icm", LocalDate.of(2025, 6, 1),
          LocalDate.of(2025, 6, 10))).withHousingSubgroup(HousingSubgroup.AT_RISK), D),
          on(() -> Fixtures.icm("c-icm", "p-icm", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 10)), D)),
      new Row("SAM-5041", on(() -> housing(homelessness(), cti(c -> ImmutableCtiSupport.copyOf(
          Fixtures.cti(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 25), true)))), D), CLEAN_HOMELESS),
      new Row("SAM-5042", on(() -> ended(Fixtures.icm("c-icm", "p-icm", LocalDate.of(2025, 6, 1),
          LocalDate.of(2025, 6, 10)), D, EndKind.UNPLANNED, true, true), D), CLEAN_HOMELESS),
      new Row("SAM-5051", on(() -> housing(homelessness(), cti(c -> c.withHousingAllocatedAt(
          LocalDate.of(2025, 5, 26)))), D), CLEAN_HOMELESS),
      new Row("SAM-5052", on(() -> housing(homelessness(), cti(c -> c.withEnd(LocalDate.of(2026, 3, 20)))), D),
          CLEAN_HOMELESS),
      new Row("SAM-5053", on(() -> housing(homelessness(), cti(c -> c.withPhases(List.of(
          c.phases().get(1), c.phases().get(0), c.phases().get(2))))), D), CLEAN_HOMELESS),
      new Row("SAM-5061", caseload(() -> ctiCaseload(11)), caseload(() -> ctiCaseload(10))),
      new Row("SAM-5071", caseload(() -> icmCaseload(9)), caseload(() -> icmCaseload(8))),
      new Row("SAM-5072", on(() -> Fixtures.icm("c-icm", "p-icm", LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 10)),
          D), on(() -> Fixtures.icm("c-icm", "p-icm", LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 10)), D)),
      new Row("SAM-5081", on(() -> housing(homelessness(), ImmutableHousingSupport.copyOf(
          homelessness().housingSupport().get()).withFollowOn(java.util.Optional.empty())), D), CLEAN_HOMELESS),
      new Row("SAM-5091", on(() -> housing(homelessness(), cti(c -> c.withWorkerId("p-koord"))), D),
          CLEAN_HOMELESS),
      new Row("SAM-7011", on(() -> LawDeadlinesTest.withRegistration(aftercare(), LocalDate.of(2026, 5, 1),
          dk.samarbejdsmodel.core.tools.EducationType.PRODUCTION_SCHOOL), D),
          on(() -> LawDeadlinesTest.withRegistration(aftercare(), LocalDate.of(2026, 5, 1),
              dk.samarbejdsmodel.core.tools.EducationType.FGU), D)),
      new Row("SAM-8011", on(() -> DialogueItemsTest.withMismatch(3), D),
          on(() -> DialogueItemsTest.withMismatch(2), D)),
      new Row("SAM-6011", group(() -> leaderGroup(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 1)),
          ALL_AREAS), LocalDate.of(2026, 1, 1)), group(() -> leaderGroup(HALF_YEARLY, ALL_AREAS), D)),
      new Row("SAM-6021", group(() -> leaderGroup(HALF_YEARLY, LeaderArea.CHILDREN_AND_YOUTH, LeaderArea.UU), D),
          group(() -> leaderGroup(HALF_YEARLY, ALL_AREAS), D)));

  static List<Meeting> notFixed(String... ids) {
    Set<String> set = Set.of(ids);
    return Fixtures.meetings().stream().map(m -> set.contains(m.id())
        ? (Meeting) dk.samarbejdsmodel.core.meeting.ImmutableMeeting.copyOf(m).withFixed(false) : m).toList();
  }

  static Set<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
  }

  @TestFactory
  Stream<DynamicTest> every_code_has_a_breaking_and_a_keeping_case() {
    return ROWS.stream().flatMap(r -> Stream.of(
        DynamicTest.dynamicTest(r.code() + " breaks", () -> {
          List<Finding> found = r.breaks().get();
          assertTrue(codes(found).contains(r.code()), () -> r.code() + " not reported; found " + codes(found));
          Finding f = found.stream().filter(x -> x.code().equals(r.code())).findFirst().orElseThrow();
          assertEquals(RuleCatalogue.builtIn().byCode(r.code()).orElseThrow().id(), f.ruleId());
          assertFalse(f.messageDa().contains("{"), f.messageDa());
          assertFalse(f.messageEn().contains("{"), f.messageEn());
        }),
        DynamicTest.dynamicTest(r.code() + " keeps", () -> {
          List<Finding> found = r.keeps().get();
          assertFalse(codes(found).contains(r.code()), () -> r.code() + " reported on the keeping case: " + found);
        })));
  }

  @Test
  void the_clean_courses_have_no_findings() {
    assertEquals(List.of(), CLEAN.get());
    assertEquals(List.of(), CLEAN_HOMELESS.get());
  }

  @Test
  void the_table_covers_every_built_in_code() {
    Set<String> catalogue = RuleCatalogue.builtIn().rules().stream().map(Rule::code)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> table = ROWS.stream().map(Row::code).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(catalogue, table);
    assertEquals(ROWS.size(), table.size(), "one row per code");
  }

  /** The R- IDs of the domain contract, docs/domain.md (checked against that file). */
  static final Set<String> SPEC_IDS = new TreeSet<>(List.of("R-GOAL-01", "R-GOAL-02", "R-GOAL-03", "R-GOAL-04",
      "R-GOAL-05", "R-GOAL-06", "R-CONSENT-01", "R-CONSENT-02", "R-CONSENT-04", "R-MEET-01", "R-MEET-02",
      "R-MEET-03", "R-MEET-04", "R-MEET-05", "R-COURSE-01", "R-COURSE-02", "R-COURSE-03", "R-COURSE-04", "R-COURSE-05",
      "R-HOUSE-01", "R-HOUSE-02", "R-HOUSE-03", "R-HOUSE-04", "R-HOUSE-05", "R-HOUSE-06", "R-HOUSE-07",
      "R-HOUSE-08", "R-HOUSE-09", "R-LEAD-01", "R-LEAD-02", "R-CODE-01", "R-DIALOGUE-01"));

  @Test
  void every_rule_id_of_the_spec_is_implemented() throws Exception {
    Set<String> implemented = new TreeSet<>(RuleCatalogue.builtIn().ruleIds());
    implemented.remove("R-PLUGIN");
    Set<String> expected = new TreeSet<>(SPEC_IDS);
    Path spec = Path.of("../docs/domain.md");
    {
      Matcher m = Pattern.compile("R-[A-Z]+-\\d{2}").matcher(Files.readString(spec));
      Set<String> inSpec = new TreeSet<>();
      while (m.find()) {
        inSpec.add(m.group());
      }
      inSpec.remove("R-CONSENT-03"); // sharing checks belong to the consent evaluator, not to findings
      assertEquals(expected, inSpec, "docs/domain.md's rule IDs and the implemented ones differ");
    }
    assertEquals(expected, implemented);
  }
}
