package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator: plugins' rules, a failing plugin, programme overrides, finding values. */
class RuleEvaluatorTest {

  @Test
  void vendor_rules_are_loaded_and_a_failing_one_becomes_sam_0000() {
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addPlugin(new TestRules()).build();
    RuleCatalogue standard = catalogue.rules();
    assertTrue(standard.byCode("dk.test:ADULT-01").isPresent());
    assertEquals(RuleCatalogue.builtIn().rules().size() + 1, standard.rules().size());
    assertEquals(standard.rules().stream().map(Rule::code).toList(),
        Catalogue.standard(dk.samarbejdsmodel.core.model.TestPlugin.childLoader()).rules().rules().stream()
            .map(Rule::code).toList(), "discovered in a child loader, the same rules");

    List<Finding> normal = catalogue.evaluator().evaluate(Fixtures.aftercare(), D);
    assertEquals(List.of("dk.test:ADULT-01"), normal.stream().map(Finding::code).toList());
    assertEquals(Severity.INFO, normal.get(0).severity());

    Course boom = ImmutableCourse.copyOf(RuleTableTest.noConsent()).withId("boom");
    List<Finding> found = catalogue.evaluator().evaluate(boom, D);
    Finding failed = found.stream().filter(f -> f.code().equals("SAM-0000")).findFirst().orElseThrow();
    assertEquals("dk.test:R-ADULT-01", failed.ruleId());
    assertEquals(Severity.ERROR, failed.severity());
    assertEquals(List.of("dk.test:ADULT-01", "IllegalStateException"), failed.args());
    assertEquals("Rule dk.test:ADULT-01 could not be evaluated (IllegalStateException); the other rules were evaluated",
        failed.messageEn());
    assertFalse(found.toString().contains("Frederikke"), "the exception's message is never reported");
    assertTrue(found.stream().anyMatch(f -> f.code().equals("SAM-2043")), "the other rules still ran");
  }

  @Test
  void programmes_switch_rules_off_and_override_severities() {
    Course gap = Fixtures.withMeetings(Fixtures.aftercare(), Fixtures.meetings().stream()
        .filter(m -> !m.id().startsWith("m4")).toList());
    LocalDate late = LocalDate.of(2026, 9, 2); // a1's deadline has passed
    RuleEvaluator rules = RuleEvaluator.of(RuleCatalogue.builtIn());
    assertTrue(RuleTableTest.codes(rules.evaluate(gap, late)).containsAll(List.of("SAM-3041", "SAM-1051")));

    Programme lenient = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:LENIENT")
        .addDisabledRules("R-MEET-04").putSeverityOverride("R-GOAL-05", Severity.INFO)
        .putSeverityOverride("SAM-3031", Severity.ERROR).putSeverityOverride("R-MEET-03", Severity.INFO).build();
    List<Finding> found = rules.evaluate(ImmutableCourse.copyOf(gap).withProgramme(lenient), late);
    assertFalse(RuleTableTest.codes(found).contains("SAM-3041"));
    assertEquals(Severity.INFO, found.stream().filter(f -> f.code().equals("SAM-1051")).findFirst().orElseThrow()
        .severity());
    Course unheld = ImmutableCourse.copyOf(MeetingScheduleTest.unheld16()).withProgramme(lenient);
    assertEquals(Severity.ERROR, rules.evaluate(unheld, D).stream().filter(f -> f.code().equals("SAM-3031"))
        .findFirst().orElseThrow().severity(), "an override by code wins over one by rule ID");
    assertEquals(Severity.INFO, rules.evaluate(unheld, LocalDate.of(2026, 7, 2)).stream()
        .filter(f -> f.code().equals("SAM-3032")).findFirst().orElseThrow().severity());
  }

  @Test
  void findings_carry_code_rule_path_course_and_both_messages() {
    Course c = Fixtures.withMeetings(Fixtures.aftercare(), Fixtures.meetingsWith("m3", m -> m
        .withParticipants(dk.samarbejdsmodel.core.meeting.MeetingParticipant.of("yp",
            dk.samarbejdsmodel.core.people.ParticipantRole.YOUNG_PERSON, false, false))));
    Finding f = RuleEvaluator.of(RuleCatalogue.builtIn()).evaluate(c, D).get(0);
    assertEquals("SAM-3011", f.code());
    assertEquals("R-MEET-01", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("meetings[5]", f.path());
    assertEquals("c-aftercare", f.courseId().orElseThrow());
    assertEquals(List.of("m3", "2025-11-17"), f.args());
    assertEquals("Netværksmøde m3 (2025-11-17) traf beslutninger, uden at den unge deltog", f.message(Labels.DANISH));
    assertEquals("Network meeting m3 (2025-11-17) recorded decisions without the young person attending",
        f.message(Labels.ENGLISH));
    assertEquals("SAM-3011 WARNING R-MEET-01 meetings[5]: " + f.messageEn(), f.toString());
  }

  @Test
  void cpr_like_arguments_are_masked_and_codes_are_checked() {
    Finding f = Finding.of(BuiltInRules.GOAL_01_RESPONSIBLE, "x", "0204104321");
    assertEquals(List.of("***"), f.args());
    assertThrows(RuntimeException.class, () -> Finding.builder().code("BAD").severity(Severity.INFO).ruleId("R-X-01")
        .path("").messageDa("a").messageEn("b").build());
    assertThrows(IllegalArgumentException.class, () -> RuleCatalogue.of(List.of(BuiltInRules.GOAL_02,
        BuiltInRules.GOAL_02)));
  }

  @Test
  void the_catalogue_finds_rules_by_code_and_id() {
    RuleCatalogue c = RuleCatalogue.builtIn();
    assertEquals("R-GOAL-01", c.byCode("SAM-1011").orElseThrow().id());
    assertEquals(List.of("SAM-1011", "SAM-1012"), c.byId("R-GOAL-01").stream().map(Rule::code).toList());
    assertEquals(RuleScope.CASELOAD, c.byCode("SAM-5061").orElseThrow().scope());
    assertTrue(c.ruleIds().contains("R-HOUSE-09"));
    assertEquals(c.rules().size() + 1, c.plus(List.of(new TestRules.NeedsAdult())).rules().size());
  }

  @Test
  void the_caseload_cap_counts_only_courses_running_on_the_date() {
    RuleEvaluator rules = RuleEvaluator.of(RuleCatalogue.builtIn());
    List<Course> eleven = RuleTableTest.ctiCaseload(11);
    List<Finding> caps = rules.evaluateCaseload(eleven, D).stream().filter(f -> f.code().equals("SAM-5061")).toList();
    assertEquals(11, caps.size());
    assertEquals(List.of("p-cti", "11", "10"), caps.get(0).args());
    assertEquals("c-0", caps.get(0).courseId().orElseThrow());
    // before the CTI courses started nobody is over the cap
    assertTrue(rules.evaluateCaseload(eleven, LocalDate.of(2026, 1, 9)).stream()
        .noneMatch(f -> f.code().equals("SAM-5061")));
  }
}
