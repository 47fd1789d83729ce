package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.ImmutableCoordinatorAssignment;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.ChecklistParticipant;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkCardEntry;
import dk.samarbejdsmodel.core.tools.NetworkSector;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structural rule, each with a value that breaks it (and the exact path and code reported) and the
 * passing value it was derived from.
 */
class StructuralValidationTest {

  static final LocalDate D = LocalDate.of(2026, 3, 2);

  static Goal goal(String id) {
    return Goal.builder().id(id).lifeArea(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT).description("Uddannelse")
        .horizon(GoalHorizon.SHORT).addStatusHistory(StatusChange.of(D, GoalStatus.ACTIVE)).build();
  }

  static Agreement.Builder agreement(String id, String goalId) {
    return Agreement.builder().id(id).addGoalIds(goalId).action("Søg optagelse").responsibleId("yp")
        .deadline(D.plusDays(30)).addStatusHistory(StatusChange.of(D, AgreementStatus.AGREED));
  }

  static GoalAgreementForm.Builder form() {
    return GoalAgreementForm.builder().id("f").revision(1).updatedAt(D)
        .addParticipants(FormParticipant.builder().personId("yp").role(ParticipantRole.YOUNG_PERSON).build())
        .addGoals(goal("g1")).addAgreements(agreement("a1", "g1").build());
  }

  static YoungPerson youngPerson() {
    return YoungPerson.builder().id("yp").birthDate(LocalDate.of(2009, 5, 17)).build();
  }

  static Professional coordinator() {
    return Professional.builder().id("p1").role(ParticipantRole.COORDINATOR).organisationId("o1").build();
  }

  static Course.Builder course() {
    return Course.builder().id("c").programme(Programmes.AFTERCARE).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(youngPerson()).startDate(D)
        .addOrganisations(Organisation.builder().id("o1").name("Børn og Unge")
            .sector(OrganisationSector.CHILDREN_AND_FAMILY).build())
        .addProfessionals(coordinator())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p1", D));
  }

  static Meeting network(String id, LocalDate date) {
    return Meeting.builder().id(id).kind(MeetingKind.NETWORK).date(date)
        .addParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, true, true)).build();
  }

  static InstrumentResponse.Builder response() {
    return InstrumentResponse.builder().id("r1").instrumentId("DIALOGUE_FORM").instrumentVersion(1).date(D)
        .addAnswers(Answer.of("CRIME", 5));
  }

  static Consent.Builder consent() {
    return Consent.builder().id("k1").addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, "yp"))
        .givenAt(D).validFrom(D).addParties(ConsentParty.organisation("o1"))
        .addCategories(InformationCategory.EDUCATION).purpose("Samarbejde");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // goal
        c("goal: blank description", () -> Goal.builder().from(goal("g")).description(" ").build(),
            "description", StructuralCode.BLANK),
        c("goal: empty status history", () -> Goal.builder().from(goal("g")).statusHistory(List.of()).build(),
            "statusHistory", StructuralCode.EMPTY),
        c("goal: history out of order", () -> Goal.builder().from(goal("g"))
            .addStatusHistory(StatusChange.of(D.minusDays(1), GoalStatus.ACHIEVED)).build(),
            "statusHistory[1].date", StructuralCode.NOT_INCREASING),
        c("goal: own parent", () -> Goal.builder().from(goal("g")).parentGoalId("g").build(),
            "parentGoalId", StructuralCode.CYCLE),
        // agreement
        c("agreement: no goals", () -> agreement("a", "g").goalIds(List.of()).build(),
            "goalIds", StructuralCode.EMPTY),
        c("agreement: blank action", () -> agreement("a", "g").action("").build(), "action", StructuralCode.BLANK),
        c("agreement: empty history", () -> agreement("a", "g").statusHistory(List.of()).build(),
            "statusHistory", StructuralCode.EMPTY),
        // form
        c("form: revision 0", () -> form().revision(0).build(), "revision", StructuralCode.OUT_OF_RANGE),
        c("form: duplicate goal id", () -> form().addGoals(goal("g1")).build(), "goals[1].id",
            StructuralCode.DUPLICATE_ID),
        c("form: duplicate agreement id", () -> form().addAgreements(agreement("a1", "g1").build()).build(),
            "agreements[1].id", StructuralCode.DUPLICATE_ID),
        c("form: agreement to unknown goal", () -> form().addAgreements(agreement("a2", "gX").build()).build(),
            "agreements[1].goalIds[0]", StructuralCode.UNKNOWN_REFERENCE),
        c("form: unknown responsible", () -> form().addAgreements(agreement("a2", "g1").responsibleId("nobody")
            .build()).build(), "agreements[1].responsible", StructuralCode.UNKNOWN_REFERENCE),
        c("form: unknown follow-up", () -> form().followUpById("nobody").build(), "followUpBy",
            StructuralCode.UNKNOWN_REFERENCE),
        c("form: unknown recipient", () -> form().addRecipientIds("nobody").build(), "recipientIds[0]",
            StructuralCode.UNKNOWN_REFERENCE),
        c("form: unknown parent goal", () -> form().addGoals(Goal.builder().from(goal("g2")).parentGoalId("gX")
            .build()).build(), "goals[1].parentGoalId", StructuralCode.UNKNOWN_REFERENCE),
        c("form: goal cycle", () -> form().goals(List.of(
            Goal.builder().from(goal("g1")).parentGoalId("g2").build(),
            Goal.builder().from(goal("g2")).parentGoalId("g1").build())).build(),
            "goals[0].parentGoalId", StructuralCode.CYCLE),
        // people
        c("young person: CPR differs from birth date", () -> YoungPerson.builder().from(youngPerson())
            .cpr(Cpr.parse("010203-1234")).build(), "cpr", StructuralCode.INCONSISTENT),
        c("young person: CPR as id", () -> YoungPerson.builder().from(youngPerson()).id("1705091234").build(),
            "id", StructuralCode.INVALID_FORMAT),
        c("organisation: bad municipality code", () -> Organisation.builder().id("o").name("X")
            .sector(OrganisationSector.UU).municipalityCode("75").build(), "municipalityCode",
            StructuralCode.INVALID_FORMAT),
        c("municipality: bad code", () -> Municipality.of("7510", "Aarhus"), "code", StructuralCode.INVALID_FORMAT),
        c("name: both parts blank", () -> PersonName.of(" ", ""), "", StructuralCode.BLANK),
        // instrument and response
        c("dimension: min not below max", () -> Dimension.builder().code("X").labelDa("x").labelEn("x")
            .scaleMin(5).scaleMax(5).build(), "scaleMax", StructuralCode.INCONSISTENT),
        c("instrument: duplicate dimension", () -> Instrument.builder().from(Instruments.DIALOGUE_FORM)
            .addDimensions(Instruments.DIALOGUE_FORM.dimensions().get(0)).build(), "dimensions[7].code",
            StructuralCode.DUPLICATE_ID),
        c("response: duplicate dimension", () -> response().addAnswers(Answer.of("CRIME", 4)).build(),
            "answers[1].dimension", StructuralCode.DUPLICATE_ID),
        // checklist and meetings
        c("checklist participant: active but absent", () -> ChecklistParticipant.builder()
            .role(ParticipantRole.UU_COUNSELLOR).attended(false).active(true).build(), "active",
            StructuralCode.INCONSISTENT),
        c("education: type without education", () -> dk.samarbejdsmodel.core.tools.ImmutableEducationStatus.of(false,
            Optional.of(EducationType.STU)), "type", StructuralCode.INCONSISTENT),
        c("meeting participant: active but absent", () -> MeetingParticipant.of("x", ParticipantRole.OTHER, false,
            true), "active", StructuralCode.INCONSISTENT),
        c("meeting: next date not after meeting", () -> Meeting.builder().from(network("m", D))
            .nextMeetingDate(D).build(), "nextMeetingDate", StructuralCode.NOT_INCREASING),
        c("meeting: duplicate participant", () -> Meeting.builder().from(network("m", D))
            .addParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, true, false)).build(),
            "participants[1].personId", StructuralCode.DUPLICATE_ID),
        c("network card: ring 4", () -> NetworkCardEntry.builder().personId("x").sector(NetworkSector.FAMILY)
            .ring(4).build(), "ring", StructuralCode.OUT_OF_RANGE),
        c("network card: two adults", () -> NetworkCard.builder().madeAt(D)
            .addEntries(NetworkCardEntry.builder().personId("x").sector(NetworkSector.FAMILY).ring(1)
                .youngPersonsAdult(true).build(),
                NetworkCardEntry.builder().personId("y").sector(NetworkSector.FRIENDS).ring(1)
                .youngPersonsAdult(true).build()).build(), "entries", StructuralCode.INCONSISTENT),
        c("consent: no categories", () -> consent().categories(List.of()).build(), "categories", StructuralCode.EMPTY),
        c("consent: ends before start", () -> consent().validUntil(D.minusDays(1)).build(), "validUntil",
            StructuralCode.DATE_ORDER),
        c("consent: withdrawn before given", () -> consent().withdrawnAt(D.minusDays(1)).build(), "withdrawnAt",
            StructuralCode.INCONSISTENT),
        c("status: empty registration", () -> StatusRegistration.builder().date(D).build(), "",
            StructuralCode.INCONSISTENT),
        c("end: unplanned without reason", () -> CourseEnd.builder().date(D).kind(EndKind.UNPLANNED).build(),
            "reason", StructuralCode.REQUIRED),
        c("housing: SM_ONLY with CTI", () -> HousingSupport.builder().combination(HousingSupportCombination.SM_ONLY)
            .cti(CtiSupport.builder().workerId("w").start(D).build()).build(), "combination",
            StructuralCode.INCONSISTENT),
        c("programme: end age below start age", () -> Programme.builder().from(Programmes.AFTERCARE)
            .endBeforeAge(14).build(), "endBeforeAge", StructuralCode.INCONSISTENT),
        // course: referential integrity and history
        c("course: duplicate person id", () -> course().addProfessionals(Professional.builder().id("yp")
            .role(ParticipantRole.UU_COUNSELLOR).build()).build(), "professionals[1].id", StructuralCode.DUPLICATE_ID),
        c("course: professional in unknown organisation", () -> course().addProfessionals(Professional.builder()
            .id("p2").role(ParticipantRole.UU_COUNSELLOR).organisationId("oX").build()).build(),
            "professionals[1].organisationId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: coordinator is not a professional", () -> course().addCoordinatorAssignments(
            ImmutableCoordinatorAssignment.of("yp", D.plusYears(1), Optional.empty())).build(),
            "coordinatorAssignments[1].coordinatorId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: overlapping coordinators", () -> course().addProfessionals(Professional.builder().id("p2")
            .role(ParticipantRole.COORDINATOR).build())
            .addCoordinatorAssignments(CoordinatorAssignment.of("p2", D.plusDays(10))).build(),
            "coordinatorAssignments[1]", StructuralCode.OVERLAP),
        c("course: meeting participant unknown", () -> course().addMeetings(Meeting.builder().from(network("m", D))
            .addParticipants(MeetingParticipant.of("ghost", ParticipantRole.OTHER, true, false)).build()).build(),
            "meetings[0].participants[1].personId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: checklist for unknown meeting", () -> course().addChecklists(MeetingChecklist.builder().id("cl")
            .meetingId("m9").date(D).build()).build(), "checklists[0].meetingId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: form revisions not increasing", () -> course().addFormRevisions(form().build(), form().build())
            .build(), "formRevisions[1].revision", StructuralCode.NOT_INCREASING),
        c("course: response value off the scale", () -> course().addResponses(response()
            .answers(List.of(Answer.of("CRIME", 7))).build()).build(), "responses[0].answers[0].value",
            StructuralCode.OUT_OF_RANGE),
        c("course: response to an instrument version the catalogue does not know", () -> dk.samarbejdsmodel.core
            .catalogue.Catalogue.builtIn().requireFits(course().addResponses(response().instrumentVersion(9).build())
                .build()), "responses[0].instrumentId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: consent signed by a non-custody person", () -> course().addConsents(consent()
            .addSignatories(Signatory.of(SignatoryKind.CUSTODY_HOLDER, "p1")).build()).build(),
            "consents[0].signatories[1].personId", StructuralCode.UNKNOWN_REFERENCE),
        c("course: consent party unknown", () -> course().addConsents(consent()
            .addParties(ConsentParty.professional("ghost")).build()).build(), "consents[0].parties[1].id",
            StructuralCode.UNKNOWN_REFERENCE),
        c("course: housing support outside HOMELESSNESS", () -> course().housingSupport(HousingSupport.builder()
            .combination(HousingSupportCombination.SM_ONLY).build()).build(), "housingSupport",
            StructuralCode.INCONSISTENT),
        c("course: meeting after the end", () -> course().addMeetings(network("m", D.plusDays(20)))
            .end(CourseEnd.builder().date(D.plusDays(10)).kind(EndKind.PLANNED).build()).build(),
            "meetings[0].date", StructuralCode.INCONSISTENT),
        c("course: status registrations out of order", () -> course().addStatusRegistrations(
            StatusRegistration.builder().date(D).education(EducationStatus.notInEducation()).build(),
            StatusRegistration.builder().date(D.minusDays(1)).education(EducationStatus.notInEducation()).build())
            .build(), "statusRegistrations[1].date", StructuralCode.NOT_INCREASING));
  }

  static Arguments c(String name, Supplier<Object> build, String path, StructuralCode code) {
    return Arguments.of(name, build, path, code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_structurally_invalid_value_cannot_be_built(String name, Supplier<Object> build, String path,
      StructuralCode code) {
    StructuralViolationException e = assertThrows(StructuralViolationException.class, build::get);
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(path) && v.code() == code),
        () -> "expected " + code + " at '" + path + "' but got " + e.violations());
    for (Violation v : e.violations()) {
      assertTrue(!v.message(dk.samarbejdsmodel.core.Labels.DANISH).isBlank());
    }
  }

  @Test
  void the_passing_values_the_cases_are_derived_from_build() {
    assertDoesNotThrow(() -> goal("g"));
    assertDoesNotThrow(() -> agreement("a", "g").build());
    assertDoesNotThrow(() -> form().build());
    assertDoesNotThrow(() -> response().build());
    assertDoesNotThrow(() -> consent().build());
    assertDoesNotThrow(() -> network("m", D));
    Course c = course().addMeetings(network("m", D)).addFormRevisions(form().meetingId("m").build())
        .addConsents(consent().build()).addResponses(response().build())
        .addChecklists(MeetingChecklist.builder().id("cl").meetingId("m").date(D).build())
        .end(CourseEnd.builder().date(D.plusDays(10)).kind(EndKind.PLANNED).build()).build();
    assertEquals(1, c.meetings().size());
  }

  @Test
  void every_violation_is_reported_not_only_the_first() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> agreement("", "g").action(" ").goalIds(List.of()).statusHistory(List.of()).build());
    assertEquals(4, e.violations().size(), e.violations()::toString);
    assertTrue(e.getMessage().startsWith("Agreement is structurally invalid (4 violations)"));
  }

  @Test
  void messages_never_repeat_a_cpr_number_even_when_misused_as_an_id() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> form().addRecipientIds("170509-1234").build());
    assertTrue(!e.getMessage().contains("170509-1234") && !e.getMessage().contains("1705091234"), e::getMessage);
  }
}
