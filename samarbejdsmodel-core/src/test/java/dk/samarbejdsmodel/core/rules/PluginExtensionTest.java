package dk.samarbejdsmodel.core.rules;

import static dk.samarbejdsmodel.core.rules.Fixtures.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.ConsentReason;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.RoleKind;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the extension points are open, programme settings take effect, and every case that used to be silent
 * is now a clear error.
 */
class PluginExtensionTest {

  static final RuleEvaluator BUILT_IN = RuleEvaluator.of(RuleCatalogue.builtIn());
  /** After the 16 milestone is missed (missed from 2026-07-02). */
  static final LocalDate LATE = LocalDate.of(2026, 7, 10);

  static Programme without(CoreElement element) {
    return Programme.builder().from(Programmes.AFTERCARE).id("dk.test:NO_" + element.name())
        .elements(EnumSet.complementOf(EnumSet.of(element))).build();
  }

  static List<String> codes(List<Finding> fs) {
    return fs.stream().map(Finding::code).toList();
  }

  // ------------------------------------------------------------------ core elements switch rules

  @Test
  void leaving_fixed_meetings_out_switches_the_meeting_rules_and_their_due_items_off() {
    Course missed = MeetingScheduleTest.unheld16();
    assertTrue(codes(BUILT_IN.evaluate(missed, LATE)).contains("SAM-3032"));
    Course noMeetings = ImmutableCourse.copyOf(missed).withProgramme(without(CoreElement.FIXED_MEETINGS));
    List<String> found = codes(BUILT_IN.evaluate(noMeetings, LATE));
    assertFalse(found.stream().anyMatch(c -> c.startsWith("SAM-30")), found.toString());
    assertTrue(BUILT_IN.dueItems(noMeetings, D).stream().noneMatch(i -> i.ruleId().startsWith("R-MEET")));
    assertTrue(DueItems.of(noMeetings, D).stream().noneMatch(i -> i.kind().equals(DueItemKind.FIXED_MEETING)));
  }

  @Test
  void leaving_binding_agreements_or_the_coordinator_out_switches_their_rules_off() {
    Course overdue = Fixtures.aftercare();
    LocalDate late = LocalDate.of(2026, 9, 2);
    assertTrue(codes(BUILT_IN.evaluate(overdue, late)).contains("SAM-1051"));
    Course noAgreements = ImmutableCourse.copyOf(overdue).withProgramme(without(CoreElement.BINDING_AGREEMENTS));
    assertTrue(codes(BUILT_IN.evaluate(noAgreements, late)).stream().noneMatch(c -> c.startsWith("SAM-10")));

    Course noCoordinator = ImmutableCourse.copyOf(overdue).withCoordinatorAssignments(List.of());
    assertTrue(codes(BUILT_IN.evaluate(noCoordinator, D)).contains("SAM-4011"));
    assertFalse(codes(BUILT_IN.evaluate(ImmutableCourse.copyOf(noCoordinator)
        .withProgramme(without(CoreElement.RESPONSIBLE_COORDINATOR)), D)).contains("SAM-4011"));
  }

  // ------------------------------------------------------------------ disabledRules and overrides

  @Test
  void disabled_rules_take_finding_codes_as_well_as_rule_ids() {
    Course missed = MeetingScheduleTest.unheld16();
    Programme noMissed = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:NO_MISSED")
        .addDisabledRules("SAM-3032").build();
    List<String> found = codes(BUILT_IN.evaluate(ImmutableCourse.copyOf(missed).withProgramme(noMissed), LATE));
    assertFalse(found.contains("SAM-3032"));
  }

  @Test
  void a_malformed_rule_setting_is_refused_when_the_programme_is_built() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class, () -> Programme.builder()
        .from(Programmes.AFTERCARE).id("dk.test:TYPO").addDisabledRules("R-MEET-4").build());
    assertEquals("disabledRules", e.violations().get(0).path());
    assertThrows(StructuralViolationException.class, () -> Programme.builder().from(Programmes.AFTERCARE)
        .id("dk.test:TYPO").putSeverityOverride("meet 4", Severity.INFO).build());
  }

  @Test
  void an_unknown_rule_in_the_settings_is_reported_against_the_catalogue() {
    Programme typo = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:TYPO")
        .addDisabledRules("R-MEET-99").putSeverityOverride("SAM-9999", Severity.INFO)
        .putSeverityOverride("R-GOAL-03", Severity.INFO).build();
    List<String> problems = RuleCatalogue.builtIn().check(typo).stream().map(v -> v.path() + " " + v.code()).toList();
    assertEquals(List.of("disabledRules[0] UNKNOWN_REFERENCE", "severityOverrides.SAM-9999 UNKNOWN_REFERENCE"),
        problems);
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> RuleCatalogue.builtIn().requireKnown(typo));
    // messages never quote a value (issue 20); the unknown rule id is the violation's argument
    assertTrue(e.violations().stream().anyMatch(v -> v.args().stream().anyMatch(a -> a.contains("R-MEET-99"))), e.violations()::toString);
    for (Programme p : dk.samarbejdsmodel.core.catalogue.Catalogue.builtIn().programmes()) {
      assertEquals(List.of(), RuleCatalogue.builtIn().check(p), p.id());
    }
  }

  // ------------------------------------------------------------------ namespaces

  @Test
  void vendor_codes_and_programme_ids_must_be_namespaced() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifeArea.of("BOLIG"));
    assertTrue(e.getMessage().contains("dk.aarhus:BOLIG"), e.getMessage());
    assertEquals("dk.aarhus:BOLIG", LifeArea.of("dk.aarhus:BOLIG").code());
    assertThrows(IllegalArgumentException.class, () -> TargetGroup.of("STU_STUDENTS"));
    assertThrows(IllegalArgumentException.class, () -> ParticipantRole.of("MENTOR", RoleKind.PRIVATE_NETWORK));
    StructuralViolationException p = assertThrows(StructuralViolationException.class,
        () -> Programme.builder().from(Programmes.MENTAL_HEALTH).id("UNGE_I_JOB").build());
    assertTrue(p.getMessage().contains("namespaced"), p.getMessage());
  }

  @Test
  void a_vendor_roles_kind_is_part_of_its_identity() {
    ParticipantRole privateMentor = ParticipantRole.of("dk.test:MENTOR", RoleKind.PRIVATE_NETWORK);
    ParticipantRole professionalMentor = ParticipantRole.of("dk.test:MENTOR", RoleKind.PROFESSIONAL);
    assertNotEquals(privateMentor, professionalMentor);
    assertNotEquals(0, privateMentor.compareTo(professionalMentor));
    assertEquals(privateMentor, ParticipantRole.of("dk.test:MENTOR", RoleKind.PRIVATE_NETWORK));
  }

  // ------------------------------------------------------------------ the rule builder

  static SimpleRule.Builder jobRule() {
    return SimpleRule.builder("dk.test:R-JOB-01", "dk.test:JOB-01").seed("test")
        .messages("Den unge har ikke fået et jobtilbud pr. {0}", "The young person didn''t get a job offer by {0}")
        .course((c, d, out) -> out.add("teamMemberships", RuleDates.judgedOn(c, d)));
  }

  @Test
  void the_rule_builder_keeps_apostrophes_and_refuses_a_single_one() {
    Finding f = jobRule().build().evaluate(Fixtures.aftercare(), D).get(0);
    assertEquals("The young person didn't get a job offer by 2026-06-01", f.messageEn());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> jobRule()
        .messages("Ingen jobtilbud", "The young person didn't get a job offer").build());
    assertTrue(e.getMessage().contains("apostrophe"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> jobRule().messages("Ingen {0", "No {0").build());
  }

  @Test
  void a_rule_code_or_id_without_a_namespace_is_refused_when_built_not_at_evaluation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SimpleRule.builder("dk.test:R-JOB-01", "JOB-01").messages("a", "b").course((c, d, o) -> { }).build());
    assertTrue(e.getMessage().contains("namespaced"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SimpleRule.builder("R-JOB-01", "dk.test:JOB-01").messages("a", "b").course((c, d, o) -> { }).build());
    assertThrows(IllegalArgumentException.class,
        () -> SimpleRule.builder("dk.test:R-JOB-01", "SAM-9001").messages("a", "b").course((c, d, o) -> { }).build());
    // a hand-written rule with a bad code is refused when the catalogue is made
    Rule adult = new TestRules.NeedsAdult();
    Rule handWritten = new Rule() {
      @Override
      public String id() {
        return adult.id();
      }

      @Override
      public String code() {
        return "ADULT-01";
      }

      @Override
      public Severity defaultSeverity() {
        return adult.defaultSeverity();
      }

      @Override
      public RuleScope scope() {
        return adult.scope();
      }

      @Override
      public String seed() {
        return adult.seed();
      }

      @Override
      public String messageTemplate(Locale locale) {
        return adult.messageTemplate(locale);
      }

      @Override
      public List<Finding> evaluate(Course course, LocalDate date) {
        return List.of();
      }
    };
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> RuleCatalogue.builtIn().plus(List.of(handWritten)));
    assertTrue(c.getMessage().contains("ADULT-01"), c.getMessage());
  }

  @Test
  void two_rules_with_one_code_are_refused_naming_both_classes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleCatalogue.of(List.of(new TestRules.NeedsAdult(), jobRule().build(), new TestRules.NeedsAdult())));
    assertTrue(e.getMessage().contains("two rules share the code dk.test:ADULT-01"), e.getMessage());
    assertTrue(e.getMessage().contains(TestRules.NeedsAdult.class.getName()), e.getMessage());
  }

  @Test
  void a_rule_scoped_to_a_programme_runs_only_there_and_its_due_items_appear() {
    DueItemKind offer = DueItemKind.of("dk.test:JOB_OFFER");
    Rule scoped = jobRule().appliesToProgrammes("dk.test:JOB")
        .dueItems((c, d) -> List.of(DueItem.of(offer, "dk.test:R-JOB-01", c.startDate().plusYears(2), "teamMemberships")))
        .build();
    RuleEvaluator rules = RuleEvaluator.of(RuleCatalogue.builtIn().plus(List.of(scoped)));
    Programme job = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:JOB").build();
    Course course = Fixtures.aftercare();
    assertFalse(codes(rules.evaluate(course, D)).contains("dk.test:JOB-01"));
    assertTrue(rules.dueItems(course, D).stream().noneMatch(i -> i.kind().equals(offer)));
    Course jobCourse = ImmutableCourse.copyOf(course).withProgramme(job);
    assertTrue(codes(rules.evaluate(jobCourse, D)).contains("dk.test:JOB-01"));
    assertTrue(rules.dueItems(jobCourse, D).stream().anyMatch(i -> i.kind().equals(offer)));
    assertThrows(IllegalArgumentException.class, () -> DueItemKind.of("JOB_OFFER"));
  }

  // ------------------------------------------------------------------ due items per instrument

  @Test
  void every_instrument_of_a_programme_gets_its_due_items_at_its_own_cadence() {
    Programme two = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:TWO")
        .addInstruments(Instruments.S1_QUESTIONNAIRE).putInstrumentCadenceMonth("S1_QUESTIONNAIRE", 12).build();
    Course c = ImmutableCourse.copyOf(Fixtures.aftercare()).withProgramme(two);
    List<DueItem> dialogue = DueItems.of(c, D).stream().filter(i -> i.kind().equals(DueItemKind.DIALOGUE)).toList();
    assertEquals(List.of("DIALOGUE_FORM", "S1_QUESTIONNAIRE"), dialogue.stream().map(i -> i.args().get(0)).sorted()
        .toList());
    assertEquals(3, two.cadenceMonths("DIALOGUE_FORM"));
    assertEquals(12, two.cadenceMonths("S1_QUESTIONNAIRE"));
    assertThrows(StructuralViolationException.class, () -> Programme.builder().from(two).id("dk.test:BAD")
        .putInstrumentCadenceMonth("dk.test:NOT_USED", 6).build());
  }

  // ------------------------------------------------------------------ consent policy

  /** From 15 the young person alone may consent; before 15 a custody holder must sign too. */
  record FromFifteen() implements ConsentPolicy {
    @Override
    public String code() {
      return "dk.test:YOUNG_PERSON_FROM_15";
    }

    @Override
    public Set<SignatoryKind> requiredSignatures(int age) {
      return age >= 15 ? Set.of(SignatoryKind.YOUNG_PERSON)
          : Set.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER);
    }
  }

  @Test
  void a_programme_brings_its_own_consent_policy() {
    Programme own = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:OWN_CONSENT")
        .consentPolicy(new FromFifteen()).build();
    Programme strict = Fixtures.strictConsent();
    // given at 15 by the young person alone
    Course youngOnly = Fixtures.aftercare(b -> b.consents(List.of(Fixtures.consent("k1", Fixtures.START,
        Fixtures.YOUNG))));
    Recipient uu = Recipient.of(youngOnly, "p-uu");
    assertEquals(ConsentReason.PERMITTED, ConsentEvaluator.evaluate(ImmutableCourse.copyOf(youngOnly)
        .withProgramme(own), uu, InformationCategory.EDUCATION, D).reason());
    assertEquals(ConsentReason.MISSING_CUSTODY_HOLDER_CONSENT, ConsentEvaluator.evaluate(ImmutableCourse
        .copyOf(youngOnly).withProgramme(strict), uu, InformationCategory.EDUCATION, D).reason());
    assertFalse(codes(BUILT_IN.evaluate(ImmutableCourse.copyOf(youngOnly).withProgramme(own), D)).contains("SAM-2011"));
    assertTrue(codes(BUILT_IN.evaluate(ImmutableCourse.copyOf(youngOnly).withProgramme(strict), D))
        .contains("SAM-2011"));
    // the built-in codes are reserved, and a vendor's policy is namespaced
    ConsentPolicy fake = new ConsentPolicy() {
      @Override
      public String code() {
        return "CUSTODY_HOLDER_OR_YOUNG_PERSON";
      }

      @Override
      public Set<SignatoryKind> requiredSignatures(int age) {
        return Set.of();
      }
    };
    assertThrows(StructuralViolationException.class, () -> Programme.builder().from(own).consentPolicy(fake).build());
    assertTrue(ConsentPolicy.problem(new FromFifteen()).isEmpty());
    assertEquals(Map.of(), Map.of());
    assertEquals("Den unge har ikke fået et jobtilbud pr. 2026-06-01",
        jobRule().build().evaluate(Fixtures.aftercare(), D).get(0).message(Locale.forLanguageTag("da")));
  }
}
