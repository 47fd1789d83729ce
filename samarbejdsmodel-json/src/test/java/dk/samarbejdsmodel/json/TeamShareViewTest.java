package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingCategories;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The team-share view: on generated courses, recipients and dates, the written goal-and-agreement form never
 * contains a CPR number or an item of a category the consent evaluator denies, lists every withheld item, and is
 * a document a strict reader and the schema accept.
 */
class TeamShareViewTest {

  private static final SamJson JSON = SamJson.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NOTE = "/extensions/" + ExportViews.SHARING_EXTENSION;

  /** Generating a course costs milliseconds; examples draw from a pool and vary recipient, date and revision. */
  static final List<Course> POOL = RandomCourses.courses(20261201L, 150).stream()
      .filter(c -> !c.formRevisions().isEmpty()).toList();

  /** One team share to write; prints without the course, which holds personal data. */
  record Scenario(Course course, Recipient recipient, LocalDate date, GoalAgreementForm form) {
    @Override
    public String toString() {
      return "Scenario[course=" + course.id() + ", recipient=" + recipient + ", date=" + date + ", revision="
          + form.revision() + "]";
    }
  }

  static Recipient recipient(Course c, SplittableRandom r) {
    int pick = r.nextInt(4);
    List<Organisation> orgs = c.organisations();
    List<Professional> pros = c.professionals();
    if (pick == 0 && !orgs.isEmpty()) {
      return Recipient.organisation(orgs.get(r.nextInt(orgs.size())).id());
    }
    Professional p = pros.get(r.nextInt(pros.size()));
    if (pick == 1) {
      return Recipient.professional(p.id());
    }
    return p.organisationId().isPresent() ? Recipient.of(c, p.id()) : Recipient.professional(p.id());
  }

  static final Gen<Scenario> SCENARIOS = SamGen.from(r -> {
    Course c = POOL.get(r.nextInt(POOL.size()));
    GoalAgreementForm form = c.formRevisions().get(r.nextInt(c.formRevisions().size()));
    LocalDate last = c.formRevisions().get(c.formRevisions().size() - 1).updatedAt().plusDays(400);
    LocalDate from = c.startDate().minusDays(40);
    LocalDate date = from.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(from, last) + 1));
    return new Scenario(c, recipient(c, r), date, form);
  });

  static JsonNode tree(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A goal's categories, with every parent goal's (independently of the view). */
  static Set<InformationCategory> categories(Goal g, Map<String, Goal> byId) {
    Set<InformationCategory> cats = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    for (Goal cur = g; cur != null && seen.add(cur.id()); cur = cur.parentGoalId().map(byId::get).orElse(null)) {
      Set<InformationCategory> own = SharingCategories.forLifeArea(cur.lifeArea());
      if (own.isEmpty()) {
        return Set.of(); // unclassified: never shared
      }
      cats.addAll(own);
    }
    return cats;
  }

  static boolean permitted(Scenario s, InformationCategory category) {
    return ConsentEvaluator.evaluate(s.course(), s.recipient(), category, s.date()).permitted();
  }

  @Test
  void team_share_never_holds_a_cpr_number_or_a_denied_category_and_lists_every_withheld_item() {
    java.util.concurrent.atomic.AtomicInteger goalsShared = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger goalsDenied = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger nothingShared = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(1000).forAll(SCENARIOS).checkAssert(s -> {
      ExportView view = ExportViews.teamShare(s.course(), s.recipient(), s.date());
      byte[] bytes = JSON.writer().withView(view).write(DocumentKind.GOAL_AGREEMENT_FORM, s.form());
      String text = new String(bytes, StandardCharsets.UTF_8);

      // never the CPR number (S0 §6.4), nor anything that looks like one
      String cpr = s.course().youngPerson().cpr().orElseThrow().value();
      assertFalse(text.contains(cpr) || text.contains(cpr.substring(0, 6) + "-" + cpr.substring(6)), "CPR number");
      assertFalse(Redaction.containsCprLike(text), "CPR-like text");

      // a document a strict reader and the published schema accept, byte-stable
      ReadResult<GoalAgreementForm> read = JSON.reader().read(bytes, DocumentKind.GOAL_AGREEMENT_FORM);
      assertTrue(read.isValid(), () -> read.errors().toString());
      assertEquals(Set.of(), Schemas.validate(DocumentKind.GOAL_AGREEMENT_FORM, bytes));
      assertArrayEquals(bytes, JSON.writer().write(read));
      GoalAgreementForm shared = read.orElseThrow();

      // nothing of a category the evaluator denies
      Map<String, Goal> byId = new HashMap<>();
      s.form().goals().forEach(g -> byId.put(g.id(), g));
      Set<String> sharedGoals = new HashSet<>();
      for (Goal g : shared.goals()) {
        Set<InformationCategory> cats = categories(byId.get(g.id()), byId);
        assertFalse(cats.isEmpty(), "an unclassified goal was shared");
        cats.forEach(c -> assertTrue(permitted(s, c), () -> "goal shared without consent for " + c));
        sharedGoals.add(g.id());
      }
      for (Agreement a : shared.agreements()) {
        assertTrue(sharedGoals.containsAll(a.goalIds()), "an agreement shared without its goals");
      }
      if (shared.wishes().isPresent()) {
        assertTrue(permitted(s, InformationCategory.SOCIAL), "wishes shared without SOCIAL");
      }

      // every item not shared is listed, exactly as the consent package's share lists it
      JsonNode note = tree(bytes).at(NOTE);
      assertEquals("TEAM_SHARE", note.path("view").asText());
      assertEquals(s.date().toString(), note.path("date").asText());
      FormShare expected = dk.samarbejdsmodel.core.consent.SharingView.form(s.course(), s.form(), s.recipient(),
          s.date());
      List<String> listed = new ArrayList<>();
      note.path("withheld").forEach(w -> listed.add(w.path("path").asText() + " " + w.path("reason").asText()));
      assertEquals(expected.withheld().stream().map(w -> w.path() + " " + w.reason()).toList(), listed);
      Set<String> paths = new HashSet<>();
      note.path("withheld").forEach(w -> paths.add(w.path("path").asText()));
      boolean nothing = paths.contains("form");
      goalsShared.addAndGet(sharedGoals.size());
      goalsDenied.addAndGet((int) paths.stream().filter(x -> x.startsWith("goals[") && !x.contains(".")).count());
      nothingShared.addAndGet(nothing ? 1 : 0);
      Set<String> sharedAgreements = shared.agreements().stream().map(Agreement::id).collect(Collectors.toSet());
      for (Goal g : s.form().goals()) {
        assertTrue(sharedGoals.contains(g.id()) || paths.contains("goals[" + g.id() + "]") || nothing,
            () -> "goal " + g.id() + " dropped silently");
      }
      for (Agreement a : s.form().agreements()) {
        assertTrue(sharedAgreements.contains(a.id()) || paths.contains("agreements[" + a.id() + "]") || nothing,
            () -> "agreement " + a.id() + " dropped silently");
      }
      if (s.form().wishes().isPresent()) {
        assertTrue(shared.wishes().isPresent() || paths.contains("wishes") || nothing, "wishes dropped silently");
      }
      // a consent denial names a category the evaluator really denies
      note.path("withheld").forEach(w -> {
        if (w.path("reason").asText().equals("NOT_COVERED_BY_CONSENT")) {
          assertTrue(w.has("consentReason"));
          List<InformationCategory> cats = new ArrayList<>();
          w.path("categories").forEach(c -> cats.add(InformationCategory.of(c.asText())));
          assertTrue(cats.stream().anyMatch(c -> !permitted(s, c)), "withheld although every category is permitted");
        }
      });
      // the permitted categories are the evaluator's
      Set<String> permittedListed = new HashSet<>();
      note.path("permittedCategories").forEach(c -> permittedListed.add(c.asText()));
      for (InformationCategory c : InformationCategory.builtIns()) {
        assertEquals(permitted(s, c), permittedListed.contains(c.code()), c.code());
      }
    });
    // the generated scenarios reach shared goals, goals withheld one by one, and whole forms withheld
    assertTrue(goalsShared.get() > 100 && goalsDenied.get() > 100 && nothingShared.get() > 50,
        goalsShared + " shared, " + goalsDenied + " withheld, " + nothingShared + " forms withheld");
  }

  /** A course fully shared with the UU organisation from the young person's 18th birthday on. */
  static Course consentingCourse(Course c) {
    String uu = c.organisations().stream().filter(o -> o.id().endsWith("org-uu")).findFirst().orElseThrow().id();
    Consent consent = Consent.builder().id("consent-all").givenAt(c.startDate()).validFrom(c.startDate())
        .addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, c.youngPerson().id()))
        .addParties(ConsentParty.organisation(uu)).addAllCategories(InformationCategory.builtIns())
        .purpose("Koordinering").build();
    return Course.builder().from(c).consents(List.of(consent)).build();
  }

  static LocalDate adultDate(Course c) {
    LocalDate eighteen = c.youngPerson().birthDate().plus(Period.ofYears(18)).plusDays(1);
    return eighteen.isAfter(c.startDate()) ? eighteen : c.startDate();
  }

  @Test
  void cpr_typed_into_free_text_is_masked_and_listed() {
    Course base = consentingCourse(POOL.get(0));
    String cpr = base.youngPerson().cpr().orElseThrow().value();
    String typed = "Ring til mor, hendes datter har cpr " + cpr.substring(0, 6) + "-" + cpr.substring(6);
    GoalAgreementForm first = base.formRevisions().get(0);
    List<GoalAgreementForm> forms = new ArrayList<>(base.formRevisions());
    GoalAgreementForm withCpr = GoalAgreementForm.builder().from(first).wishes(typed).build();
    forms.set(0, withCpr);
    Course course = Course.builder().from(base).formRevisions(forms).build();
    LocalDate date = adultDate(course);
    Recipient uu = Recipient.organisation(course.organisations().stream().filter(o -> o.id().endsWith("org-uu"))
        .findFirst().orElseThrow().id());
    String text = JSON.writer().withView(ExportViews.teamShare(course, uu, date))
        .writeString(DocumentKind.GOAL_AGREEMENT_FORM, withCpr);
    assertFalse(Redaction.containsCprLike(text));
    JsonNode doc = tree(text.getBytes(StandardCharsets.UTF_8));
    assertTrue(doc.path("wishes").asText().contains("******-****"));
    List<String> listed = new ArrayList<>();
    doc.at(NOTE).path("withheld").forEach(w -> listed.add(w.path("path").asText() + " " + w.path("reason").asText()));
    assertTrue(listed.contains("wishes CPR_NUMBER"), listed::toString);
    assertEquals(first.goals().size(), doc.path("goals").size(), "every goal is covered by the consent");
  }

  @Test
  void without_any_consent_only_the_form_identity_is_written_and_the_whole_form_is_listed() {
    Course course = Course.builder().from(POOL.get(1)).consents(List.of()).build();
    GoalAgreementForm form = course.formRevisions().get(0);
    byte[] bytes = JSON.writer().withView(ExportViews.teamShare(course, Recipient.organisation("anyone"),
        form.updatedAt())).write(DocumentKind.GOAL_AGREEMENT_FORM, form);
    JsonNode doc = tree(bytes);
    List<String> fields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schemaVersion", "kind", "id", "revision", "updatedAt", "extensions"), fields);
    JsonNode withheld = doc.at(NOTE).path("withheld");
    assertEquals(1, withheld.size());
    assertEquals("form", withheld.get(0).path("path").asText());
    assertEquals("NO_CONSENT", withheld.get(0).path("consentReason").asText());
    assertTrue(JSON.reader().read(bytes, DocumentKind.GOAL_AGREEMENT_FORM).isValid());
  }

  @Test
  void writing_the_course_writes_the_share_of_its_form_on_the_date() {
    Course course = consentingCourse(POOL.get(2));
    LocalDate date = adultDate(course).plusDays(500);
    Recipient uu = Recipient.organisation(course.organisations().stream().filter(o -> o.id().endsWith("org-uu"))
        .findFirst().orElseThrow().id());
    DocumentWriter w = JSON.writer().withView(ExportViews.teamShare(course, uu, date));
    GoalAgreementForm current = course.formOn(date).orElseThrow();
    assertArrayEquals(w.write(DocumentKind.GOAL_AGREEMENT_FORM, current), w.write(DocumentKind.COURSE, course));
    assertThrows(IllegalArgumentException.class, () -> w.write(DocumentKind.COURSE, POOL.get(3)));
    assertThrows(IllegalArgumentException.class,
        () -> w.write(DocumentKind.GOAL_AGREEMENT_FORM, POOL.get(3).formRevisions().get(0)));
    assertThrows(IllegalArgumentException.class, () -> w.write(DocumentKind.COHORT,
        new Cohort("x-1", date, java.util.Optional.empty(), List.of(course))));
    assertThrows(IllegalArgumentException.class, () -> JSON.writer()
        .withView(ExportViews.teamShare(course, uu, course.startDate().minusDays(400)))
        .write(DocumentKind.COURSE, course));
  }

  @Test
  void vendor_extensions_are_not_carried_into_a_share_but_listed() {
    Course course = consentingCourse(POOL.get(4));
    GoalAgreementForm form = course.formRevisions().get(0);
    Recipient uu = Recipient.organisation(course.organisations().stream().filter(o -> o.id().endsWith("org-uu"))
        .findFirst().orElseThrow().id());
    Retained retained = Retained.empty().withExtension("", "dk.vendor.dubu:caseId", dk.samarbejdsmodel.json.tree.JsonValue.of("DUBU-1"));
    String text = new String(JSON.writer().withView(ExportViews.teamShare(course, uu, adultDate(course)))
        .write(DocumentKind.GOAL_AGREEMENT_FORM, form, retained), StandardCharsets.UTF_8);
    assertFalse(text.contains("DUBU-1"));
    assertTrue(text.contains("{\"path\":\"extensions\",\"reason\":\"NOT_IN_SHARE\"}"), text);
  }

  @Test
  void the_view_refuses_a_bare_tree_and_prints_no_personal_data() {
    Course course = POOL.get(5);
    ExportView view = ExportViews.teamShare(course, Recipient.organisation("org-x"), course.startDate());
    assertEquals("TEAM_SHARE", view.name());
    assertThrows(UnsupportedOperationException.class,
        () -> view.apply(DocumentKind.GOAL_AGREEMENT_FORM, dk.samarbejdsmodel.json.tree.JsonObject.of()));
    dk.samarbejdsmodel.testkit.PersonalData.assertNoneIn(view.toString(),
        dk.samarbejdsmodel.testkit.PersonalData.of(course));
    assertEquals(ExportView.FULL, ExportViews.full());
  }

  /** A recipient the consent does not name gets the form's identity only, with the reason recorded. */
  @Test
  void a_recipient_out_of_scope_gets_the_reason() {
    Course course = consentingCourse(POOL.get(6));
    Recipient jc = Recipient.organisation(course.organisations().stream().filter(o -> o.id().endsWith("org-jc"))
        .findFirst().orElseThrow().id());
    GoalAgreementForm form = course.formRevisions().get(0);
    JsonNode note = tree(JSON.writer().withView(ExportViews.teamShare(course, jc, adultDate(course)))
        .write(DocumentKind.GOAL_AGREEMENT_FORM, form)).at(NOTE);
    assertEquals(jc.organisationId().orElseThrow(), note.at("/recipient/organisationId").asText());
    assertTrue(note.path("permittedCategories").isEmpty());
    assertEquals("form", note.at("/withheld/0/path").asText());
    assertEquals("RECIPIENT_NOT_IN_SCOPE", note.at("/withheld/0/consentReason").asText());
  }
}
