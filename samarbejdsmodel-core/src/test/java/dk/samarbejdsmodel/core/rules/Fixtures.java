package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.housing.CtiPhase;
import dk.samarbejdsmodel.core.housing.CtiPhasePeriod;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.FollowOn;
import dk.samarbejdsmodel.core.housing.FollowOnDecision;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.housing.IcmSupport;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.ImmutableMeeting;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Hand-made courses that break no rule on {@link #D}: an AFTERCARE course for a young person born 2 April 2010
 * who started at 15, and a HOMELESSNESS course with CTI. Tests derive breaking and keeping variants from them.
 */
final class Fixtures {

  /** The evaluation date of the clean courses. */
  static final LocalDate D = LocalDate.of(2026, 6, 1);
  static final LocalDate START = LocalDate.of(2025, 5, 1);
  static final LocalDate BIRTH = LocalDate.of(2010, 4, 2);
  /** Network meeting dates, each agreeing the next. */
  static final List<LocalDate> MEETINGS = List.of(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 8, 25),
      LocalDate.of(2025, 11, 17), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 4, 6));
  static final LocalDate NEXT = LocalDate.of(2026, 6, 29);

  private Fixtures() {}

  static Meeting network(int n, LocalDate date, LocalDate next) {
    return Meeting.builder().id("m" + n).kind(MeetingKind.NETWORK).date(date)
        .addParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, true, true))
        .addParticipants(MeetingParticipant.of("p-koord", ParticipantRole.COORDINATOR, true, true))
        .leaderId("p-koord").decisionsRecorded(true).nextMeetingDate(next).build();
  }

  static Meeting preMeeting(int n, LocalDate networkDate) {
    return Meeting.builder().id("m" + n + "-pre").kind(MeetingKind.INDIVIDUAL).date(networkDate.minusDays(3))
        .addParticipants(MeetingParticipant.of("yp", ParticipantRole.YOUNG_PERSON, true, true)).build();
  }

  static List<Meeting> meetings() {
    List<Meeting> list = new ArrayList<>();
    for (int i = 0; i < MEETINGS.size(); i++) {
      LocalDate next = i + 1 < MEETINGS.size() ? MEETINGS.get(i + 1) : NEXT;
      list.add(preMeeting(i + 1, MEETINGS.get(i)));
      list.add(network(i + 1, MEETINGS.get(i), next));
    }
    return list;
  }

  static Goal goal(String id, LifeArea area, LocalDate from) {
    return Goal.builder().id(id).lifeArea(area).description("Mål " + id).horizon(GoalHorizon.MEDIUM)
        .addStatusHistory(StatusChange.of(from, GoalStatus.ACTIVE)).build();
  }

  static Agreement agreement(String id, String goalId, LocalDate from, LocalDate deadline) {
    return Agreement.builder().id(id).addGoalIds(goalId).action("Handling " + id).responsibleId("p-uu")
        .deadline(deadline).followUpById("p-koord")
        .addStatusHistory(StatusChange.of(from, AgreementStatus.AGREED)).build();
  }

  static GoalAgreementForm form1() {
    LocalDate d = MEETINGS.get(0);
    return GoalAgreementForm.builder().id("form").revision(1).updatedAt(d).meetingId("m1")
        .addParticipants(FormParticipant.builder().personId("yp").role(ParticipantRole.YOUNG_PERSON).build())
        .addParticipants(FormParticipant.builder().personId("p-koord").role(ParticipantRole.COORDINATOR).build())
        .addParticipants(FormParticipant.builder().personId("p-uu").role(ParticipantRole.UU_COUNSELLOR).build())
        .addGoals(goal("g1", LifeArea.SCHOOL_EDUCATION_EMPLOYMENT, d), goal("g2", LifeArea.PHYSICAL_HEALTH, d))
        .addAgreements(agreement("a1", "g1", d, LocalDate.of(2026, 9, 1)),
            agreement("a2", "g2", d, LocalDate.of(2026, 10, 1)))
        .followUpById("p-koord").nextMeetingDate(MEETINGS.get(1)).addRecipientIds("yp", "p-koord").build();
  }

  static GoalAgreementForm form2() {
    return form1().nextRevision(MEETINGS.get(4)).meetingId("m5").nextMeetingDate(NEXT).build();
  }

  static Consent consent(String id, LocalDate given, Signatory... signatories) {
    return Consent.builder().id(id).addSignatories(signatories).givenAt(given).validFrom(given)
        .addParties(ConsentParty.professional("p-uu")).addCategories(InformationCategory.EDUCATION)
        .purpose("Samarbejde om uddannelse").build();
  }

  static final Signatory YOUNG = Signatory.of(SignatoryKind.YOUNG_PERSON, "yp");
  static final Signatory MOTHER = Signatory.of(SignatoryKind.CUSTODY_HOLDER, "pp-mor");

  static Course.Builder aftercareBuilder() {
    return Course.builder().id("c-aftercare").programme(Programmes.AFTERCARE)
        .municipality(Municipality.of("751", "Aarhus")).targetGroup(TargetGroup.PLACED)
        .youngPerson(YoungPerson.builder().id("yp").birthDate(BIRTH).build())
        .startDate(START)
        .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR)
            .authorityCompetence(true).build())
        .addProfessionals(Professional.builder().id("p-uu").role(ParticipantRole.UU_COUNSELLOR).build())
        .addPrivatePersons(PrivatePerson.builder().id("pp-mor").role(ParticipantRole.PARENT_WITH_CUSTODY)
            .custodyHolder(true).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
        .addConsents(consent("k1", START, YOUNG, MOTHER))
        .addTeamMemberships(TeamMembership.of("p-uu", ParticipantRole.UU_COUNSELLOR, START.plusDays(5)))
        .networkCard(NetworkCard.builder().madeAt(START.plusDays(10)).build())
        .addAllMeetings(meetings())
        .addFormRevisions(form1(), form2())
        .addResponses(dialogue("r1", MEETINGS.get(0)), dialogue("r2", MEETINGS.get(4)));
  }

  static InstrumentResponse dialogue(String id, LocalDate date) {
    InstrumentResponse.Builder b = InstrumentResponse.builder().id(id).instrumentId(Instruments.DIALOGUE_FORM.id())
        .instrumentVersion(Instruments.DIALOGUE_FORM.version()).date(date);
    Instruments.DIALOGUE_FORM.dimensions().forEach(dim -> b.addAnswers(Answer.of(dim.code(), 3)));
    return b.build();
  }

  /** The clean AFTERCARE course. */
  static Course aftercare() {
    return aftercareBuilder().build();
  }

  static Course aftercare(UnaryOperator<Course.Builder> change) {
    return change.apply(aftercareBuilder()).build();
  }

  static CtiSupport cti(LocalDate allocated, LocalDate start, boolean ended) {
    CtiSupport.Builder b = CtiSupport.builder().workerId("p-cti").housingAllocatedAt(allocated).start(start)
        .addPhases(CtiPhasePeriod.completed(CtiPhase.TRANSITION, start, start.plusMonths(3).minusDays(1)))
        .addPhases(CtiPhasePeriod.completed(CtiPhase.TRY_OUT, start.plusMonths(3), start.plusMonths(6).minusDays(1)));
    if (ended) {
      b.addPhases(CtiPhasePeriod.completed(CtiPhase.TRANSFER_OF_CARE, start.plusMonths(6), start.plusMonths(9)))
          .end(start.plusMonths(9));
    } else {
      b.addPhases(CtiPhasePeriod.started(CtiPhase.TRANSFER_OF_CARE, start.plusMonths(6)));
    }
    return b.build();
  }

  static final LocalDate CTI_START = LocalDate.of(2025, 5, 25);

  static Course.Builder homelessnessBuilder() {
    return aftercareBuilder().id("c-homeless").programme(Programmes.HOMELESSNESS).targetGroup(TargetGroup.HOMELESS)
        .youngPerson(YoungPerson.builder().id("yp").birthDate(LocalDate.of(2005, 3, 10)).build())
        .addProfessionals(Professional.builder().id("p-cti").role(ParticipantRole.HOUSING_SUPPORT_WORKER).build())
        .housingSubgroup(HousingSubgroup.HOMELESS)
        .housingSupport(HousingSupport.builder().combination(HousingSupportCombination.SM_WITH_CTI)
            .cti(cti(LocalDate.of(2025, 5, 20), CTI_START, true))
            .followOn(FollowOn.of(FollowOnDecision.SEL_85_HOUSING_SUPPORT, CTI_START.plusMonths(9))).build());
  }

  /** The clean HOMELESSNESS course with CTI. */
  static Course homelessness() {
    return homelessnessBuilder().build();
  }

  static Course homelessness(UnaryOperator<Course.Builder> change) {
    return change.apply(homelessnessBuilder()).build();
  }

  /** A HOMELESSNESS course with a running ICM. */
  static Course icm(String id, String worker, LocalDate visitation, LocalDate start) {
    return homelessnessBuilder().id(id)
        .addProfessionals(Professional.builder().id(worker.equals("p-cti") ? "p-x" : worker)
            .role(ParticipantRole.HOUSING_SUPPORT_WORKER).build())
        .housingSupport(HousingSupport.builder().combination(HousingSupportCombination.SM_WITH_ICM)
            .icm(IcmSupport.builder().workerId(worker).visitationAt(visitation).start(start).build()).build())
        .build();
  }

  /** A HOMELESSNESS course with a CTI running on {@link #D}. */
  static Course runningCti(String id) {
    return homelessnessBuilder().id(id)
        .housingSupport(HousingSupport.builder().combination(HousingSupportCombination.SM_WITH_CTI)
            .cti(cti(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 10), false)).build())
        .build();
  }

  /** The meetings with one replaced. */
  static List<Meeting> meetingsWith(String id, UnaryOperator<ImmutableMeeting> change) {
    List<Meeting> list = new ArrayList<>();
    for (Meeting m : meetings()) {
      list.add(m.id().equals(id) ? change.apply(ImmutableMeeting.copyOf(m)) : m);
    }
    return list;
  }

  static Course withMeetings(Course c, List<Meeting> meetings) {
    return ImmutableCourse.copyOf(c).withMeetings(meetings);
  }

  static Programme strictConsent() {
    return Programme.builder().from(Programmes.AFTERCARE).id("dk.test:STRICT")
        .consentPolicy(dk.samarbejdsmodel.core.programme.ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18)
        .build();
  }
}
