package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.course.YoungPersonsAdult;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingComponent;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.ContactDetails;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.core.tools.ChecklistParticipant;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.PlacementType;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarkdata: the realistic course of issue 8 — about three years of an AFTERCARE course with 12 network
 * meetings, 12 checklists, 12 dialogue responses and a goal-and-agreement form with 10 goals, 30 agreements
 * and 4 revisions — built deterministically.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The realistic course. */
  public static Course realisticCourse() {
    LocalDate start = LocalDate.of(2023, 9, 1);
    String yp = "yp-bench";
    Course.Builder b = Course.builder().id("course-bench").programme(Programmes.AFTERCARE)
        .municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id(yp).birthDate(LocalDate.of(2007, 11, 14))
            .cpr(Cpr.parse("141107-4567")).name(PersonName.of("Sofie", "Kristensen"))
            .contact(ContactDetails.builder().phone("+45 20 30 40 50").email("sofie@example.dk").build()).build())
        .startDate(start);
    String[] orgs = {"org-bu", "org-uu", "org-jc", "org-voksen", "org-sted"};
    OrganisationSector[] sectors = {OrganisationSector.CHILDREN_AND_FAMILY, OrganisationSector.UU,
        OrganisationSector.JOB_CENTRE, OrganisationSector.ADULT_SERVICES, OrganisationSector.PLACEMENT};
    for (int i = 0; i < orgs.length; i++) {
      b.addOrganisations(Organisation.builder().id(orgs[i]).name("Organisation " + i).sector(sectors[i])
          .municipalityCode("751").build());
    }
    ParticipantRole[] roles = {ParticipantRole.COORDINATOR, ParticipantRole.CASEWORKER_CHILDREN_YOUTH,
        ParticipantRole.UU_COUNSELLOR, ParticipantRole.JOB_CENTRE_CONSULTANT, ParticipantRole.CASEWORKER_ADULTS,
        ParticipantRole.CONTACT_PERSON};
    List<String> pros = new ArrayList<>();
    for (int i = 0; i < roles.length; i++) {
      String id = "p-" + i;
      pros.add(id);
      b.addProfessionals(Professional.builder().id(id).role(roles[i]).organisationId(orgs[Math.min(i, 4)])
          .name(PersonName.of("Fagperson" + i, "Efternavn" + i)).build());
      if (i > 0) {
        b.addTeamMemberships(TeamMembership.of(id, roles[i], start.plusDays(14)));
      }
    }
    b.addPrivatePersons(PrivatePerson.builder().id("pp-mor").role(ParticipantRole.PARENT_WITH_CUSTODY)
        .custodyHolder(true).name(PersonName.of("Mette", "Kristensen")).build());
    b.addPrivatePersons(PrivatePerson.builder().id("pp-moster").role(ParticipantRole.YOUNG_PERSONS_ADULT)
        .name(PersonName.of("Hanne", "Lund")).build());
    b.youngPersonsAdult(YoungPersonsAdult.of("pp-moster", start.plusDays(30)));
    b.addCoordinatorAssignments(CoordinatorAssignment.of("p-0", start));
    b.addConsents(Consent.builder().id("consent-1").givenAt(start).validFrom(start)
        .addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, yp), Signatory.of(SignatoryKind.CUSTODY_HOLDER, "pp-mor"))
        .addParties(ConsentParty.organisation("org-bu"), ConsentParty.organisation("org-uu"),
            ConsentParty.organisation("org-jc"))
        .categories(InformationCategory.builtIns()).purpose("Samarbejdsmodellen").build());

    List<Goal> goals = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();
    LocalDate d = start.plusDays(30);
    int revision = 0;
    for (int m = 1; m <= 12; m++) {
      String mid = "m" + m;
      Meeting.Builder mb = Meeting.builder().id(mid).kind(MeetingKind.NETWORK).date(d).leaderId("p-0")
          .decisionsRecorded(true).nextMeetingDate(d.plusDays(90))
          .addParticipants(MeetingParticipant.of(yp, ParticipantRole.YOUNG_PERSON, true, true))
          .addParticipants(MeetingParticipant.of("pp-moster", ParticipantRole.YOUNG_PERSONS_ADULT, true, true));
      for (int i = 0; i < roles.length; i++) {
        mb.addParticipants(MeetingParticipant.of(pros.get(i), roles[i], i % 3 != 2, i % 3 != 2 && i % 2 == 0));
      }
      for (MeetingComponent c : MeetingComponent.values()) {
        mb.addComponents(c);
      }
      b.addMeetings(mb.build());
      b.addMeetings(Meeting.builder().id(mid + "-pre").kind(MeetingKind.INDIVIDUAL).date(d.minusDays(3))
          .addParticipants(MeetingParticipant.of(yp, ParticipantRole.YOUNG_PERSON, true, true)).build());

      MeetingChecklist.Builder cl = MeetingChecklist.builder().id("cl" + m).meetingId(mid).date(d)
          .placementType(m < 6 ? PlacementType.FOSTER_FAMILY : PlacementType.OWN_ROOM)
          .education(EducationStatus.inEducation(m < 6 ? EducationType.GRADE_10 : EducationType.VOCATIONAL))
          .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION)
          .addParticipants(ChecklistParticipant.attended(ParticipantRole.YOUNG_PERSON, true),
              ChecklistParticipant.attended(ParticipantRole.UU_COUNSELLOR, true),
              ChecklistParticipant.absent(ParticipantRole.CASEWORKER_ADULTS));
      for (ChecklistItem item : ChecklistItem.values()) {
        cl.putAnswer(item, item.desirableAnswer() ^ (m + item.ordinal()) % 11 == 0);
      }
      b.addChecklists(cl.build());

      InstrumentResponse.Builder r = InstrumentResponse.builder().id("r" + m).instrumentId("DIALOGUE_FORM")
          .instrumentVersion(1).date(d.minusDays(2));
      int k = 0;
      for (Dimension dim : Instruments.DIALOGUE_FORM.dimensions()) {
        r.addAnswers(Answer.of(dim.code(), 1 + (m + k++) % 5));
      }
      b.addResponses(r.build());

      if (m == 1 || m == 4 || m == 7 || m == 10) {
        revision++;
        for (int g = 0; g < (revision == 1 ? 4 : 2); g++) {
          String gid = "g" + goals.size();
          goals.add(Goal.builder().id(gid).lifeArea(LifeArea.builtIns().get(goals.size() % 7))
              .description("Mål " + gid).horizon(GoalHorizon.MEDIUM).targetDate(d.plusMonths(9))
              .addStatusHistory(StatusChange.of(d, GoalStatus.ACTIVE)).build());
        }
        int target = revision == 4 ? 30 : revision * 7;
        while (agreements.size() < target) {
          int a = agreements.size();
          agreements.add(Agreement.builder().id("a" + a).addGoalIds("g" + (a % goals.size())).action("Handling " + a)
              .responsibleId(pros.get(a % pros.size())).deadline(d.plusDays(60)).followUpById("p-0")
              .addStatusHistory(StatusChange.of(d, AgreementStatus.AGREED)).build());
        }
        GoalAgreementForm.Builder f = GoalAgreementForm.builder().id("form").revision(revision).updatedAt(d)
            .meetingId(mid).wishes("Egen bolig og en uddannelse").followUpById("p-0").nextMeetingDate(d.plusDays(90))
            .addParticipants(FormParticipant.builder().personId(yp).role(ParticipantRole.YOUNG_PERSON).build());
        for (int i = 0; i < roles.length; i++) {
          f.addParticipants(FormParticipant.builder().personId(pros.get(i)).role(roles[i]).build());
        }
        b.addFormRevisions(f.goals(goals).agreements(agreements).addRecipientIds(yp, "p-0").build());
      }
      b.addStatusRegistrations(StatusRegistration.builder().date(d)
          .education(EducationStatus.inEducation(m < 6 ? EducationType.GRADE_10 : EducationType.VOCATIONAL))
          .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION).build());
      d = d.plusDays(88);
    }
    return b.build();
  }
}
