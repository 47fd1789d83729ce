package dk.aarhus.ungeijob;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;

/** A course in Unge i job: a 16-year-old who consented alone, a coordinator, a mentor, two job checks. */
final class Courses {

  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final LocalDate BIRTH = LocalDate.of(2009, 9, 1);

  private Courses() {}

  static InstrumentResponse jobCheck(String id, LocalDate date, int motivation, int worry) {
    return InstrumentResponse.builder().id(id).instrumentId(UngeIJob.JOB_CHECK.id())
        .instrumentVersion(UngeIJob.JOB_CHECK.version()).date(date).respondentId("yp")
        .addAnswers(Answer.of("dk.aarhus:MOTIVATION", motivation), Answer.of("dk.aarhus:ROUTINES", 3),
            Answer.of("dk.aarhus:WORRY", worry), Answer.of("dk.aarhus:NETWORK", 2),
            Answer.of(UngeIJob.LEISURE.code(), 4))
        .build();
  }

  static Course.Builder builder(Programme programme) {
    return Course.builder().id("c-job-1").programme(programme).municipality(Municipality.of("751", "Aarhus"))
        .targetGroup(UngeIJob.JOB_READY)
        .youngPerson(YoungPerson.builder().id("yp").birthDate(BIRTH).build())
        .startDate(START)
        .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build())
        .addProfessionals(Professional.builder().id("p-job").role(ParticipantRole.JOB_CENTRE_CONSULTANT).build())
        .addPrivatePersons(PrivatePerson.builder().id("pp-mentor").role(UngeIJob.MENTOR).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
        .addConsents(Consent.builder().id("k1").addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, "yp"))
            .givenAt(START).validFrom(START).addParties(ConsentParty.professional("p-job"))
            .addCategories(InformationCategory.EMPLOYMENT).purpose("Samarbejde om job").build())
        .addTeamMemberships(TeamMembership.of("pp-mentor", UngeIJob.MENTOR, START))
        .addResponses(jobCheck("r1", START.plusDays(3), 2, 5), jobCheck("r2", START.plusMonths(3), 4, 2));
  }

  static Course course() {
    return builder(UngeIJob.PROGRAMME).build();
  }
}
