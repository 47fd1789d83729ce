package dk.aarhus.ungeijob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.ConsentReason;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.RoleKind;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.RuleCatalogue;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.core.rules.SimpleRule;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked plugin of docs/plugin-authors.md does what the guide says. */
class UngeIJobPluginTest {

  /** A policy no programme on the class path carries. */
  record NotRegistered() implements dk.samarbejdsmodel.core.programme.ConsentPolicy {
    static final String CODE = "dk.aarhus:PILOT_POLICY";

    @Override
    public String code() {
      return CODE;
    }

    @Override
    public java.util.Set<dk.samarbejdsmodel.core.tools.SignatoryKind> requiredSignatures(int age) {
      return java.util.Set.of(dk.samarbejdsmodel.core.tools.SignatoryKind.YOUNG_PERSON);
    }
  }

  static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn().plus(new UngeIJobPlugin().rules()));
  static final LocalDate D = LocalDate.of(2026, 4, 1);

  static List<String> codes(List<Finding> fs) {
    return fs.stream().map(Finding::code).toList();
  }

  @Test
  void the_programme_is_data_with_its_own_version_consent_policy_and_instrument_cadence() {
    Programme p = UngeIJob.PROGRAMME;
    assertEquals(2, p.version());
    assertEquals(YoungPersonFrom15.CODE, p.consentPolicy().code());
    assertEquals(3, p.cadenceMonths(UngeIJob.JOB_CHECK.id()));
    assertEquals(6, p.cadenceMonths("DIALOGUE_FORM"));
    assertEquals(List.of(), RULES.catalogue().check(p), "every rule setting names a known rule");
  }

  @Test
  void the_rule_runs_for_the_programme_only_and_announces_its_deadline() {
    Course noConsultant = Courses.course();
    List<Finding> found = RULES.evaluate(noConsultant, D);
    Finding f = found.stream().filter(x -> x.code().equals("dk.aarhus:JOB-01")).findFirst().orElseThrow();
    assertEquals("The team hasn't got a job-centre consultant 2 months after the start (2026-03-05)", f.messageEn());
    assertEquals(Severity.WARNING, f.severity());
    DueItem due = RULES.dueItems(noConsultant, LocalDate.of(2026, 2, 1)).stream()
        .filter(i -> i.kind().equals(UngeIJob.JOB_CONSULTANT_DUE)).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2026, 3, 5), due.dueDate());
    assertEquals("Jobkonsulent i teamet", new UngeIJobPlugin().label("DueItemKind", due.kind().code(), Labels.DANISH)
        .orElseThrow());

    Course withConsultant = ImmutableCourse.copyOf(noConsultant).withTeamMemberships(List.of(
        TeamMembership.of("p-job", ParticipantRole.JOB_CENTRE_CONSULTANT, Courses.START.plusWeeks(2))));
    assertFalse(codes(RULES.evaluate(withConsultant, D)).contains("dk.aarhus:JOB-01"));

    Course elsewhere = ImmutableCourse.copyOf(noConsultant).withProgramme(Programmes.MENTAL_HEALTH)
        .withResponses(List.of());
    assertFalse(codes(RULES.evaluate(elsewhere, D)).contains("dk.aarhus:JOB-01"), "scoped to Unge i job");
  }

  @Test
  void every_instrument_gets_its_due_item_and_severity_overrides_apply() {
    List<DueItem> items = RULES.dueItems(Courses.course(), D);
    // the job check every 3 months from its last response (2026-01-08), the dialogue form (none yet) at the start
    assertTrue(items.stream().anyMatch(i -> i.args().contains(UngeIJob.JOB_CHECK.id())
        && i.dueDate().equals(LocalDate.of(2026, 4, 8))), items.toString());
    assertTrue(items.stream().anyMatch(i -> i.args().contains("DIALOGUE_FORM")
        && i.dueDate().equals(Courses.START)), items.toString());
    Finding noWorkGoal = RULES.evaluate(Courses.course(), D).stream().filter(x -> x.ruleId().equals("R-GOAL-03"))
        .findFirst().orElse(null);
    if (noWorkGoal != null) {
      assertEquals(Severity.ERROR, noWorkGoal.severity());
    }
  }

  @Test
  void the_consent_policy_lets_a_16_year_old_consent_alone() {
    Course c = Courses.course();
    assertEquals(ConsentReason.PERMITTED, ConsentEvaluator.evaluate(c, Recipient.of(c, "p-job"),
        InformationCategory.EMPLOYMENT, D).reason());
    assertFalse(codes(RULES.evaluate(c, D)).contains("SAM-2011"));
    Course s2 = ImmutableCourse.copyOf(c).withProgramme(Programme.builder().from(UngeIJob.PROGRAMME)
        .consentPolicy(dk.samarbejdsmodel.core.programme.ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18)
        .build());
    assertEquals(ConsentReason.MISSING_CUSTODY_HOLDER_CONSENT, ConsentEvaluator.evaluate(s2, Recipient.of(s2, "p-job"),
        InformationCategory.EMPLOYMENT, D).reason());
  }

  @Test
  void the_reversed_question_counts_a_fall_as_an_improvement() {
    dk.samarbejdsmodel.core.instrument.Dimension worry = UngeIJob.JOB_CHECK.dimension("dk.aarhus:WORRY")
        .orElseThrow();
    assertEquals(3, ChangeClassifier.improvement(5, 2, worry.polarity()));
  }

  @Test
  void json_keeps_the_programme_version_the_policy_and_the_mentors_kind() {
    SamJson json = SamJson.defaults(); // the standard catalogue: the plugin is registered on the class path
    Course c = Courses.course();
    byte[] bytes = json.writer().write(DocumentKind.COURSE, c);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("{\"code\":\"dk.aarhus:MENTOR\",\"kind\":\"PRIVATE_NETWORK\"}"), text);
    ReadResult<Course> back = json.reader().read(bytes, DocumentKind.COURSE);
    assertEquals(List.of(), back.errors());
    assertEquals(c, back.value().orElseThrow());
    assertEquals(RoleKind.PRIVATE_NETWORK, back.value().get().privatePersons().get(0).role().kind());

    byte[] programme = json.writer().write(DocumentKind.PROGRAMME, UngeIJob.PROGRAMME);
    assertTrue(new String(programme, StandardCharsets.UTF_8).contains("\"version\":2"));
    // the plugin's programme is registered, so its policy is known to every reader
    assertEquals(UngeIJob.PROGRAMME, SamJson.defaults().reader().read(programme, DocumentKind.PROGRAMME).orElseThrow());
    // a policy the reader was not given is a clear error, naming the code
    Programme other = Programme.builder().from(UngeIJob.PROGRAMME).id("dk.aarhus:UNGE_I_JOB_PILOT")
        .consentPolicy(new NotRegistered()).build();
    byte[] pilot = json.writer().write(DocumentKind.PROGRAMME, other);
    ReadResult<Programme> unknownPolicy = SamJson.defaults().reader().read(pilot, DocumentKind.PROGRAMME);
    assertEquals("UNKNOWN_CONSENT_POLICY", unknownPolicy.errors().get(0).code().name());
    assertEquals("/consentPolicy", unknownPolicy.errors().get(0).pointer());
    assertTrue(unknownPolicy.errors().get(0).messageEn().contains(NotRegistered.CODE));
    ReadResult<Programme> known = SamJson.builder().addConsentPolicy(new NotRegistered()).build().reader()
        .read(pilot, DocumentKind.PROGRAMME);
    assertEquals(other, known.value().orElseThrow());
  }

  @Test
  void a_programme_document_is_checked_against_the_readers_catalogue_when_read() {
    // a municipality sends its programme as a document: the reader checks it against its own catalogue at once
    Programme typo = Programme.builder().from(UngeIJob.PROGRAMME).addDisabledRules("dk.aarhus:R-JOB-99").build();
    SamJson json = SamJson.builder().catalogue(Catalogue.builder().addBuiltIns().addPlugin(new UngeIJobPlugin())
        .build()).build();
    ReadResult<Programme> read = json.reader().read(json.writer().write(DocumentKind.PROGRAMME, typo),
        DocumentKind.PROGRAMME);
    assertEquals(List.of("/disabledRules/0 UNKNOWN_REFERENCE", "/id INCONSISTENT"),
        read.errors().stream().map(e -> e.pointer() + " " + e.code()).sorted().toList());
    // switching the plugin's own rule off by ID is known to that catalogue; a programme built by hand is checked
    // the same way before it is registered
    Programme pilot = Programme.builder().from(UngeIJob.PROGRAMME).id("dk.aarhus:UNGE_I_JOB_PILOT")
        .addDisabledRules("dk.aarhus:R-JOB-01").build();
    assertEquals(pilot, json.reader().read(json.writer().write(DocumentKind.PROGRAMME, pilot),
        DocumentKind.PROGRAMME).orElseThrow());
    assertEquals(1, Catalogue.builtIn().check(pilot).size(), "without the plugin its rule is unknown");
  }

  @Test
  void a_leader_group_overseeing_only_unge_i_job_gets_no_leader_group_findings() {
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addPlugin(new UngeIJobPlugin()).build();
    LeaderGroup group = LeaderGroup.builder().id("lg-aarhus").municipalityCode("751")
        .addMeetings(LocalDate.of(2025, 1, 10)).inOperationSince(LocalDate.of(2025, 1, 1))
        .addProgrammeIds(UngeIJob.PROGRAMME.id()).build();
    assertEquals(List.of(), catalogue.evaluateLeaderGroup(group, D), "the programme leaves LEADER_GROUP out");
    LeaderGroup shared = LeaderGroup.builder().from(group).addProgrammeIds("MENTAL_HEALTH").build();
    assertTrue(codes(catalogue.evaluateLeaderGroup(shared, D)).containsAll(List.of("SAM-6011", "SAM-6021")));
  }

  // ------------------------------------------------------------------ every silent case is now an error

  @Test
  void what_used_to_be_silent_is_now_a_clear_error() {
    // un-namespaced vendor codes and programme ids
    IllegalArgumentException bolig = assertThrows(IllegalArgumentException.class, () -> LifeArea.of("BOLIG"));
    assertTrue(bolig.getMessage().contains("dk.aarhus:BOLIG"));
    assertThrows(StructuralViolationException.class,
        () -> Programme.builder().from(UngeIJob.PROGRAMME).id("UNGE_I_JOB").build());
    // a typo in the rule settings
    assertThrows(StructuralViolationException.class,
        () -> Programme.builder().from(UngeIJob.PROGRAMME).addDisabledRules("R-MEET-4").build());
    Programme unknown = Programme.builder().from(UngeIJob.PROGRAMME).addDisabledRules("R-MEET-99").build();
    assertEquals(1, RULES.catalogue().check(unknown).size());
    // a single apostrophe, and a code without a namespace, when the rule is built
    assertThrows(IllegalArgumentException.class, () -> SimpleRule.builder("dk.aarhus:R-JOB-02", "dk.aarhus:JOB-02")
        .messages("Teamet mangler", "The team didn't meet").course((c, d, out) -> { }).build());
    assertThrows(IllegalArgumentException.class, () -> SimpleRule.builder("dk.aarhus:R-JOB-02", "JOB-02")
        .messages("a", "b").course((c, d, out) -> { }).build());
    // two rules with one code
    assertThrows(IllegalArgumentException.class,
        () -> RuleCatalogue.builtIn().plus(List.of(UngeIJob.CONSULTANT_RULE, UngeIJob.CONSULTANT_RULE)));
    // a document may not redefine a built-in programme, e.g. with a looser consent policy
    Programme looser = Programme.builder().from(Programmes.MENTAL_HEALTH)
        .consentPolicy(dk.samarbejdsmodel.core.programme.ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON).build();
    assertThrows(IllegalArgumentException.class, () -> SamJson.builder().addProgramme(looser));
    byte[] doc = SamJson.defaults().writer().write(DocumentKind.PROGRAMME, looser);
    assertFalse(SamJson.defaults().reader().read(doc, DocumentKind.PROGRAMME).errors().isEmpty());
    // a vendor role's kind is part of the role, so the course sees the difference
    Course c = Courses.course();
    Course professionalMentor = Courses.builder(UngeIJob.PROGRAMME).privatePersons(List.of())
        .addPrivatePersons(dk.samarbejdsmodel.core.people.PrivatePerson.builder().id("pp-mentor")
            .role(ParticipantRole.of("dk.aarhus:MENTOR", RoleKind.PROFESSIONAL)).build())
        .build();
    assertNotEquals(c, professionalMentor);
  }
}
