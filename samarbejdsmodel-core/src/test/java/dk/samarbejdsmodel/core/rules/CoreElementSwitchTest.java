package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.StartUpStep;
import dk.samarbejdsmodel.core.leadergroup.LeaderArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: every core element switches its rules — the table of docs/rules.md is complete, each entry names a
 * rule that exists, and leaving each element out switches its rules (and their due items) off, the leader group's
 * included.
 */
class CoreElementSwitchTest {

  static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn());

  static Programme without(CoreElement element) {
    return PluginExtensionTest.without(element);
  }

  static List<String> codes(List<Finding> fs) {
    return fs.stream().map(Finding::code).toList();
  }

  @Test
  void every_entry_of_the_table_names_built_in_rules_or_the_due_item_and_every_rule_follows_it() {
    Set<String> ids = RuleCatalogue.builtIn().rules().stream().map(Rule::id).collect(Collectors.toSet());
    Set<String> codes = RuleCatalogue.builtIn().rules().stream().map(Rule::code).collect(Collectors.toSet());
    CoreElementRules.TABLE.forEach((key, element) ->
        assertTrue(ids.contains(key) || codes.contains(key) || key.equals("§4.4"), key + " names no rule"));
    for (Rule r : RuleCatalogue.builtIn().rules()) {
      Set<CoreElement> expected = CoreElementRules.of(r.id(), r.code());
      assertEquals(expected, r.elements(), r.code());
      for (CoreElement e : CoreElement.values()) {
        assertEquals(!expected.contains(e), RuleEvaluator.enabled(r, without(e)), r.code() + " without " + e);
      }
    }
    Set<CoreElement> switching = EnumSet.copyOf(CoreElementRules.TABLE.values());
    assertEquals(EnumSet.complementOf(EnumSet.of(CoreElement.YOUNG_PERSONS_ADULT)), switching,
        "every element but the young person's adult (which has no rule of its own) switches rules");
  }

  @Test
  void leaving_the_cross_disciplinary_team_out_switches_sam_4042_off() {
    Course ended = RuleTableTest.ended(Fixtures.aftercare(), D, EndKind.UNPLANNED, true, false);
    assertTrue(codes(RULES.evaluate(ended, D)).contains("SAM-4042"));
    Course noTeam = ImmutableCourse.copyOf(ended).withProgramme(without(CoreElement.CROSS_DISCIPLINARY_TEAM));
    assertFalse(codes(RULES.evaluate(noTeam, D)).contains("SAM-4042"));
  }

  @Test
  void leaving_ongoing_documentation_out_drops_the_response_due_items() {
    Course c = Fixtures.aftercare();
    assertTrue(RULES.dueItems(c, D).stream().anyMatch(i -> i.ruleId().equals("§4.4")));
    Course noDocumentation = ImmutableCourse.copyOf(c).withProgramme(without(CoreElement.ONGOING_DOCUMENTATION));
    assertTrue(RULES.dueItems(noDocumentation, D).stream().noneMatch(i -> i.ruleId().equals("§4.4")));
    assertTrue(DueItems.of(noDocumentation, D).stream().noneMatch(i -> i.kind().equals(DueItemKind.DIALOGUE)));
  }

  @Test
  void leaving_the_young_persons_adult_out_makes_its_start_up_step_not_applicable() {
    Course c = Fixtures.aftercare();
    StepStatus with = StartUpReport.of(c, D).steps().stream().filter(s -> s.step() == StartUpStep.ADULT_CHOSEN)
        .findFirst().orElseThrow().status();
    assertEquals(StepStatus.MISSING, with);
    Course noAdult = ImmutableCourse.copyOf(c).withProgramme(without(CoreElement.YOUNG_PERSONS_ADULT));
    assertEquals(StepStatus.NOT_APPLICABLE, StartUpReport.of(noAdult, D).steps().stream()
        .filter(s -> s.step() == StartUpStep.ADULT_CHOSEN).findFirst().orElseThrow().status());
  }

  // ------------------------------------------------------------------ the leader group

  /** A group in operation since 2025-01-01 that met once, with no member from the youth effort (UU). */
  static LeaderGroup group(String... programmes) {
    return LeaderGroup.builder().from(RuleTableTest.leaderGroup(List.of(LocalDate.of(2025, 3, 1)),
        LeaderArea.CHILDREN_AND_YOUTH, LeaderArea.EMPLOYMENT, LeaderArea.ADULT_SERVICES))
        .programmeIds(List.of(programmes)).build();
  }

  @Test
  void leaving_the_leader_group_out_switches_the_leader_group_rules_off() {
    List<String> all = codes(RULES.evaluateLeaderGroup(group(), D));
    assertTrue(all.containsAll(List.of("SAM-6011", "SAM-6021")), all.toString());
    // a group that oversees only programmes without a leader group of their own gets no leader-group findings
    Programme noGroup = without(CoreElement.LEADER_GROUP);
    assertEquals(List.of(), RULES.evaluateLeaderGroup(group(), List.of(noGroup), D));
    // one overseen programme that uses the element is enough
    assertEquals(all, codes(RULES.evaluateLeaderGroup(group(), List.of(noGroup, Programmes.AFTERCARE), D)));
    // switched off by rule ID, or by code, like any rule
    Programme noMeetingGap = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:NO_GAP")
        .addDisabledRules("R-LEAD-01").build();
    assertEquals(List.of("SAM-6021"), codes(RULES.evaluateLeaderGroup(group(), List.of(noMeetingGap), D)));
    Programme noMembers = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:NO_MEMBERS")
        .addDisabledRules("SAM-6021").build();
    assertFalse(codes(RULES.evaluateLeaderGroup(group(), List.of(noMembers), D)).contains("SAM-6021"));
  }

  @Test
  void the_leader_group_follows_the_overseen_programmes_severity_overrides_when_they_agree() {
    Programme quiet = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:QUIET")
        .putSeverityOverride("R-LEAD-01", Severity.INFO).build();
    Programme quiet2 = Programme.builder().from(quiet).id("dk.test:QUIET2").build();
    Severity agreed = RULES.evaluateLeaderGroup(group(), List.of(quiet, quiet2), D).stream()
        .filter(f -> f.code().equals("SAM-6011")).findFirst().orElseThrow().severity();
    assertEquals(Severity.INFO, agreed);
    Severity disagreed = RULES.evaluateLeaderGroup(group(), List.of(quiet, Programmes.AFTERCARE), D).stream()
        .filter(f -> f.code().equals("SAM-6011")).findFirst().orElseThrow().severity();
    assertEquals(Severity.WARNING, disagreed, "programmes that disagree leave the default");
  }

  @Test
  void the_overseen_programmes_setting_for_the_gap_between_meetings_takes_effect() {
    // in operation since 2025-01-01, meetings every four months: fine under 6 months, a breach under 3
    LeaderGroup fourMonthly = LeaderGroup.builder().from(group()).meetings(List.of(LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1))).build();
    assertFalse(codes(RULES.evaluateLeaderGroup(fourMonthly, D)).contains("SAM-6011"));
    Programme quarterly = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:QUARTERLY")
        .leaderGroupMaxMonthsBetweenMeetings(3).build();
    List<Finding> gaps = RULES.evaluateLeaderGroup(fourMonthly, List.of(Programmes.AFTERCARE, quarterly), D).stream()
        .filter(f -> f.code().equals("SAM-6011")).toList();
    assertEquals(4, gaps.size(), gaps.toString());
    assertEquals("3", gaps.get(0).args().get(2), "the shortest of the programmes' settings");
    assertTrue(gaps.get(0).messageEn().contains("More than 3 months"), gaps.get(0).messageEn());
  }

  @Test
  void the_catalogue_looks_the_overseen_programmes_up_and_refuses_unknown_ones() {
    Programme noGroup = Programme.builder().from(without(CoreElement.LEADER_GROUP)).id("dk.test:NO_GROUP").build();
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addProgramme(noGroup).build();
    assertEquals(List.of(), catalogue.evaluateLeaderGroup(group("dk.test:NO_GROUP"), D));
    assertTrue(codes(catalogue.evaluateLeaderGroup(group("dk.test:NO_GROUP", "AFTERCARE"), D)).contains("SAM-6021"));
    assertTrue(codes(catalogue.evaluateLeaderGroup(group(), D)).contains("SAM-6021"), "no programme named: all run");
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> catalogue.evaluateLeaderGroup(group("AFTERCARE", "dk.test:TYPO"), D));
    assertEquals("programmeIds[1]", e.violations().get(0).path());
    assertEquals(e.violations(), catalogue.check(group("AFTERCARE", "dk.test:TYPO")));
  }
}
