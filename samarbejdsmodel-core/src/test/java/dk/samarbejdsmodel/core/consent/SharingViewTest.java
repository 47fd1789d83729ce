package dk.samarbejdsmodel.core.consent;

import static dk.samarbejdsmodel.core.consent.Fixture.CASEWORKER;
import static dk.samarbejdsmodel.core.consent.Fixture.START;
import static dk.samarbejdsmodel.core.consent.Fixture.UU;
import static dk.samarbejdsmodel.core.consent.Fixture.consent;
import static dk.samarbejdsmodel.core.consent.Fixture.course;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sharing views: what is shared, what is withheld and why, and that the CPR number never goes out. */
class SharingViewTest {

  static final LocalDate D = LocalDate.of(2026, 3, 1);
  static final LocalDate FORM_DATE = LocalDate.of(2025, 9, 1);

  static Goal goal(String id, LifeArea area, String text) {
    return Goal.builder().id(id).lifeArea(area).description(text).horizon(GoalHorizon.MEDIUM)
        .addStatusHistory(StatusChange.of(FORM_DATE, GoalStatus.ACTIVE)).build();
  }

  static Agreement agreement(String id, String goalId, String action) {
    return Agreement.builder().id(id).addGoalIds(goalId).action(action).responsibleId("p-uu")
        .deadline(FORM_DATE.plusMonths(2)).addStatusHistory(StatusChange.of(FORM_DATE, AgreementStatus.AGREED)).build();
  }

  static GoalAgreementForm form(String wishes) {
    return GoalAgreementForm.builder().id("f1").revision(1).updatedAt(FORM_DATE).wishes(wishes)
        .addParticipants(FormParticipant.builder().personId("yp-1").role(ParticipantRole.YOUNG_PERSON)
            .name(PersonName.of("Signelil", "Abildtrup")).build())
        .addParticipants(FormParticipant.builder().personId("p-uu").role(ParticipantRole.UU_COUNSELLOR)
            .organisationId("org-uu").build())
        .addGoals(goal("g-edu", LifeArea.SCHOOL_EDUCATION_EMPLOYMENT, "Starte på EUD, mit cpr er 020409-4321"),
            goal("g-health", LifeArea.MENTAL_HEALTH, "Få styr på angsten"),
            Goal.builder().from(goal("g-sub", LifeArea.SOCIAL_NETWORK_COMPETENCES, "Gå til gruppeforløb"))
                .parentGoalId("g-health").build(),
            goal("g-own", LifeArea.of("dk.aarhus:LEISURE"), "Spille fodbold"))
        .addAgreements(agreement("a-edu", "g-edu", "Besøge tre erhvervsskoler"),
            agreement("a-health", "g-health", "Henvisning til psykolog"))
        .followUpById("p-uu").addRecipientIds("yp-1", "p-uu").nextMeetingDate(FORM_DATE.plusMonths(3))
        .build();
  }

  /** Consent to UU and the job centre for EDUCATION, EMPLOYMENT and SOCIAL. */
  static Course courseWithForm(String wishes) {
    Course c = course(Programmes.AFTERCARE,
        consent("k1", SignatoryKind.YOUNG_PERSON).addCategories(InformationCategory.SOCIAL).build());
    return c.reviseForm(form(wishes));
  }

  static Set<String> paths(List<Withheld> withheld, WithheldReason reason) {
    return withheld.stream().filter(w -> w.reason() == reason).map(Withheld::path).collect(Collectors.toSet());
  }

  @Test
  void the_team_share_keeps_covered_goals_and_lists_every_omission_with_its_reason() {
    Course c = courseWithForm("Egen lejlighed");
    FormShare share = FormShare.teamShare(c, c.latestForm().orElseThrow(), UU, D);
    GoalAgreementForm shared = share.form().orElseThrow();
    assertEquals(List.of("g-edu"), shared.goals().stream().map(Goal::id).toList());
    assertEquals(List.of("a-edu"), shared.agreements().stream().map(Agreement::id).toList());
    assertEquals("Egen lejlighed", shared.wishes().orElseThrow(), "wishes are SOCIAL, which is covered");
    assertEquals(2, shared.participants().size());
    assertEquals(Set.of("goals[g-health]", "goals[g-sub]", "agreements[a-health]"),
        paths(share.withheld(), WithheldReason.NOT_COVERED_BY_CONSENT));
    assertEquals(Set.of("goals[g-own]"), paths(share.withheld(), WithheldReason.UNCLASSIFIED));
    Withheld health = share.withheld().stream().filter(w -> w.path().equals("goals[g-health]")).findFirst().orElseThrow();
    assertEquals(Set.of(InformationCategory.HEALTH), health.categories());
    assertEquals(ConsentReason.CATEGORY_NOT_IN_SCOPE, health.consentReason().orElseThrow());
    Withheld sub = share.withheld().stream().filter(w -> w.path().equals("goals[g-sub]")).findFirst().orElseThrow();
    assertEquals(Set.of(InformationCategory.SOCIAL, InformationCategory.HEALTH), sub.categories(),
        "a sub-goal carries its parent's categories");
  }

  @Test
  void the_team_share_never_contains_the_cpr_number_not_even_typed_into_free_text() {
    Course c = courseWithForm("Mit CPR-nummer er 0204094321, ring til mig");
    FormShare share = FormShare.teamShare(c, c.latestForm().orElseThrow(), UU, D);
    GoalAgreementForm shared = share.form().orElseThrow();
    assertEquals(Set.of("wishes", "goals[g-edu].description"), paths(share.withheld(), WithheldReason.CPR_NUMBER));
    assertEquals("Mit CPR-nummer er ******-****, ring til mig", shared.wishes().orElseThrow());
    assertEquals("Starte på EUD, mit cpr er ******-****", shared.goals().get(0).description());
    String cpr = c.youngPerson().cpr().orElseThrow().value();
    for (String text : List.of(share.toString(), shared.wishes().get(), shared.goals().get(0).description())) {
      assertFalse(text.contains(cpr) || text.contains("0204094321") || text.contains("020409-4321"));
    }
  }

  @Test
  void a_recipient_without_consent_receives_an_empty_form_and_the_reason() {
    Course c = courseWithForm("Egen lejlighed");
    FormShare share = SharingView.form(c, c.latestForm().orElseThrow(), CASEWORKER, D);
    assertTrue(share.form().isEmpty());
    assertTrue(share.permittedCategories().isEmpty());
    assertEquals(1, share.withheld().size());
    assertEquals("form", share.withheld().get(0).path());
    assertEquals(ConsentReason.RECIPIENT_NOT_IN_SCOPE, share.withheld().get(0).consentReason().orElseThrow());
  }

  @Test
  void after_withdrawal_the_form_is_no_longer_shared_but_the_earlier_share_is_unchanged() {
    Course c = courseWithForm("Egen lejlighed");
    Course withdrawn = c.withdrawConsent("k1", LocalDate.of(2026, 2, 1));
    GoalAgreementForm f = withdrawn.latestForm().orElseThrow();
    assertTrue(SharingView.form(withdrawn, f, UU, D).form().isEmpty());
    assertEquals(ConsentReason.WITHDRAWN,
        SharingView.form(withdrawn, f, UU, D).withheld().get(0).consentReason().orElseThrow());
    assertEquals(SharingView.form(c, f, UU, LocalDate.of(2026, 1, 31)).form(),
        SharingView.form(withdrawn, f, UU, LocalDate.of(2026, 1, 31)).form());
  }

  @Test
  void a_form_from_another_course_is_refused() {
    Course c = course(Programmes.AFTERCARE);
    assertThrows(IllegalArgumentException.class, () -> SharingView.form(c, form("x"), UU, D));
  }

  @Test
  void the_course_share_has_the_frame_and_the_covered_parts_but_never_identifiers() {
    Course c = courseWithForm("Egen lejlighed")
        .recordMeeting(Meeting.builder().id("m1").kind(MeetingKind.NETWORK).date(FORM_DATE)
            .addParticipants(MeetingParticipant.of("yp-1", ParticipantRole.YOUNG_PERSON, true, true)).build())
        .registerStatus(StatusRegistration.builder().date(FORM_DATE)
            .education(EducationStatus.inEducation(EducationType.builtIns().get(0)))
            .housing(HousingStatus.values()[0]).build());
    CourseShare share = SharingView.course(c, UU, D);
    assertFalse(share.isEmpty());
    assertEquals("AFTERCARE", share.programmeId().orElseThrow());
    assertEquals("751", share.municipalityCode().orElseThrow());
    assertEquals(16, share.youngPersonAge().getAsInt());
    assertEquals("p-koord", share.coordinatorId().orElseThrow());
    assertEquals(1, share.meetings().size(), "meetings are SOCIAL, which is covered");
    assertEquals(1, share.statusRegistrations().size());
    assertTrue(share.statusRegistrations().get(0).education().isPresent());
    assertTrue(share.statusRegistrations().get(0).housing().isEmpty());
    assertTrue(paths(share.withheld(), WithheldReason.NOT_COVERED_BY_CONSENT).contains("statusRegistrations[0].housing"));
    assertEquals(Set.of("youngPerson.cpr"), paths(share.withheld(), WithheldReason.CPR_NUMBER));
    assertTrue(paths(share.withheld(), WithheldReason.DATA_MINIMISATION).contains("youngPerson.birthDate"));
    assertTrue(paths(share.withheld(), WithheldReason.NOT_IN_SHARE).contains("consents"));
    assertEquals(List.of("g-edu"), share.form().orElseThrow().form().orElseThrow().goals().stream().map(Goal::id).toList());
    assertFalse(share.toString().contains(c.youngPerson().cpr().orElseThrow().value()));
    assertFalse(share.toString().contains("Signelil"));
  }

  @Test
  void without_social_consent_meetings_are_withheld_and_listed() {
    Course c = course(Programmes.AFTERCARE, consent("k1", SignatoryKind.YOUNG_PERSON).build())
        .recordMeeting(Meeting.builder().id("m1").kind(MeetingKind.NETWORK).date(FORM_DATE).build());
    CourseShare share = SharingView.course(c, UU, D);
    assertTrue(share.meetings().isEmpty());
    assertTrue(paths(share.withheld(), WithheldReason.NOT_COVERED_BY_CONSENT).contains("meetings[m1]"));
  }

  @Test
  void a_recipient_without_consent_receives_only_ids() {
    Course c = courseWithForm("Egen lejlighed");
    CourseShare share = SharingView.course(c, CASEWORKER, D);
    assertTrue(share.isEmpty());
    assertTrue(share.youngPersonName().isEmpty());
    assertTrue(share.form().isEmpty());
    assertEquals(List.of("course"), share.withheld().stream().map(Withheld::path).toList());
  }

  @Test
  void life_areas_map_to_categories_and_vendor_areas_to_none() {
    assertEquals(Set.of(InformationCategory.HEALTH), SharingCategories.forLifeArea(LifeArea.MENTAL_HEALTH));
    assertEquals(Set.of(InformationCategory.EDUCATION, InformationCategory.EMPLOYMENT),
        SharingCategories.forLifeArea(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT));
    for (LifeArea a : LifeArea.builtIns()) {
      assertFalse(SharingCategories.forLifeArea(a).isEmpty(), a.code());
    }
    assertTrue(SharingCategories.forLifeArea(LifeArea.of("dk.aarhus:LEISURE")).isEmpty());
  }
}
