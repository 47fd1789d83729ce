package dk.samarbejdsmodel.testkit;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.course.StartUpStep;
import dk.samarbejdsmodel.core.course.StartUpStepRecord;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.course.YoungPersonsAdult;
import dk.samarbejdsmodel.core.housing.CtiPhase;
import dk.samarbejdsmodel.core.housing.CtiPhasePeriod;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.FollowOn;
import dk.samarbejdsmodel.core.housing.FollowOnDecision;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.housing.IcmSupport;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.ImmutableInstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
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
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.TargetGroup;
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
import dk.samarbejdsmodel.core.tools.ImmutableConsent;
import dk.samarbejdsmodel.core.tools.ImmutableGoalAgreementForm;
import dk.samarbejdsmodel.core.tools.ImmutableMeetingChecklist;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Intervention;
import dk.samarbejdsmodel.core.tools.InterventionOverview;
import dk.samarbejdsmodel.core.tools.LegalBasis;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkCardEntry;
import dk.samarbejdsmodel.core.tools.NetworkOverview;
import dk.samarbejdsmodel.core.tools.NetworkOverviewEntry;
import dk.samarbejdsmodel.core.tools.NetworkSector;
import dk.samarbejdsmodel.core.tools.PlacementType;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Tilfældige forløb: a seeded generator of whole, internally consistent courses and of every part of one —
 * independent of any test framework, so JUnit tests, property tests ({@link SamGen}), benchmarks and fuzzers
 * share it. The same seed always gives the same course.
 *
 * <p>Courses hold personal data on purpose — valid CPR numbers, names, phone numbers, e-mail and addresses
 * drawn from fixed pools ({@link #GIVEN_NAMES}, {@link #FAMILY_NAMES}) — so privacy tests can prove it never
 * leaks ({@link PersonalData#of(Course)}). Rule breaches (missing pre-meetings, overdue agreements, gaps) occur
 * naturally; structural invalidity never does.
 *
 * <pre>{@code
 * Course c = RandomCourses.course(42L);
 * List<Course> cohort = RandomCourses.courses(7L, 100);
 * }</pre>
 */
public final class RandomCourses {

  /** Given names used for generated people: distinctive, at least five letters. */
  public static final List<String> GIVEN_NAMES = List.of("Frederikke", "Mikkelsen-Aa", "Asbjørn", "Signelil",
      "Valdemarine", "Thorbjørn", "Rosalinde", "Sebastiano", "Ingeborg", "Kasimir", "Cecilieanne", "Aksel-Emil");
  /** Family names used for generated people. */
  public static final List<String> FAMILY_NAMES = List.of("Vestergaardsen", "Kjærsgaard-Holm", "Abildtrup",
      "Brøndumgaard", "Fuglsangholt", "Skovbo-Linde", "Rasmussengaard", "Østergaard-Bech", "Lindholmsen",
      "Hvidtfeldt-Aa");

  private static final List<Municipality> MUNICIPALITIES = List.of(
      Municipality.of("101", "København"), Municipality.of("751", "Aarhus"), Municipality.of("461", "Odense"),
      Municipality.of("851", "Aalborg"), Municipality.of("561", "Esbjerg"), Municipality.of("621", "Kolding"),
      Municipality.of("630", "Vejle"), Municipality.of("615", "Horsens"), Municipality.of("791", "Viborg"),
      Municipality.of("657", "Herning"));

  private static final List<Programme> PROGRAMMES =
      List.of(Programmes.AFTERCARE, Programmes.MENTAL_HEALTH, Programmes.HOMELESSNESS);

  private static final List<ParticipantRole> PROFESSIONAL_ROLES = List.of(ParticipantRole.CASEWORKER_CHILDREN_YOUTH,
      ParticipantRole.UU_COUNSELLOR, ParticipantRole.JOB_CENTRE_CONSULTANT, ParticipantRole.CONTACT_PERSON,
      ParticipantRole.CASEWORKER_ADULTS, ParticipantRole.PLACEMENT, ParticipantRole.PSYCHIATRIC_COUNSELLOR,
      ParticipantRole.SCHOOL_REPRESENTATIVE);

  private RandomCourses() {}

  /** The course for a seed. */
  public static Course course(long seed) {
    return new Gen(new SplittableRandom(seed)).course();
  }

  /** The course for a seed in a given programme. */
  public static Course course(long seed, Programme programme) {
    return new Gen(new SplittableRandom(seed)).course(programme);
  }

  /** {@code count} courses from one seed, with distinct course and person ids. */
  public static List<Course> courses(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Course> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new Gen(r.split(), "k" + i + "-").course());
    }
    return list;
  }

  /** A valid CPR number for a birth date (the serial's first digit encodes the century). */
  public static Cpr cprFor(LocalDate birthDate, SplittableRandom r) {
    int year = birthDate.getYear();
    int seventh = year < 1900 ? 5 + r.nextInt(4) : year < 2000 ? r.nextInt(4) : (r.nextBoolean() ? 4 : 9);
    if (year >= 2037) {
      seventh = 5 + r.nextInt(4);
    }
    String s = String.format("%02d%02d%02d%d%03d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
        year % 100, seventh, r.nextInt(1000));
    return Cpr.parse(s);
  }

  /** The generator state for one course. */
  static final class Gen {
    private final SplittableRandom r;
    private final String p;

    Gen(SplittableRandom r) {
      this(r, "");
    }

    Gen(SplittableRandom r, String idPrefix) {
      this.r = r;
      this.p = idPrefix;
    }

    private <T> T pick(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    private boolean chance(double probability) {
      return r.nextDouble() < probability;
    }

    private LocalDate plusDays(LocalDate d, int min, int max) {
      return d.plusDays(min + r.nextInt(max - min + 1));
    }

    PersonName name() {
      return PersonName.of(pick(GIVEN_NAMES), pick(FAMILY_NAMES));
    }

    ContactDetails contact(PersonName n) {
      return ContactDetails.builder()
          .phone(String.format("+45 %02d %02d %02d %02d", 20 + r.nextInt(80), r.nextInt(100), r.nextInt(100),
              r.nextInt(100)))
          .email(n.givenName().toLowerCase() + "." + n.familyName().toLowerCase() + "@example.dk")
          .address("Tværvej " + (1 + r.nextInt(200)) + ", " + (1000 + r.nextInt(8999)) + " Byen")
          .build();
    }

    Course course() {
      return course(pick(PROGRAMMES));
    }

    Course course(Programme programme) {
      LocalDate birth = LocalDate.of(1998, 1, 1).plusDays(r.nextInt(14 * 365));
      if (chance(0.05)) {
        birth = LocalDate.of(2000 + 4 * r.nextInt(3), 2, 29);
      }
      PersonName ypName = name();
      YoungPerson yp = YoungPerson.builder().id(p + "yp").birthDate(birth).cpr(cprFor(birth, r)).name(ypName)
          .contact(contact(ypName)).build();
      int minAge = programme.minStartAge().orElse(15);
      LocalDate start = plusDays(yp.dateAtAge(Period.ofYears(minAge + r.nextInt(4))), 0, 300);
      LocalDate horizon = plusDays(start, 60, 1100);
      Municipality municipality = pick(MUNICIPALITIES);

      Course.Builder b = Course.builder().id(p + "course").programme(programme).municipality(municipality)
          .youngPerson(yp).startDate(start).targetGroup(pick(programme.targetGroups()));

      // organisations and professionals
      List<Organisation> orgs = List.of(
          org("org-bu", "Børn og Unge", OrganisationSector.CHILDREN_AND_FAMILY, municipality),
          org("org-uu", "UU-centret", OrganisationSector.UU, municipality),
          org("org-jc", "Jobcentret", OrganisationSector.JOB_CENTRE, municipality),
          org("org-voksen", "Voksenområdet", OrganisationSector.ADULT_SERVICES, municipality));
      b.addAllOrganisations(orgs);
      PersonName coordName = name();
      Professional coordinator = Professional.builder().id(p + "p-koord").role(ParticipantRole.COORDINATOR)
          .organisationId(p + "org-bu").title(programme.coordinatorTitleDa())
          .authorityCompetence(programme.coordinatorNeedsAuthorityCompetence() || chance(0.5))
          .name(coordName).contact(contact(coordName)).build();
      List<Professional> pros = new ArrayList<>(List.of(coordinator));
      int extra = 2 + r.nextInt(4);
      for (int i = 0; i < extra; i++) {
        PersonName n = name();
        pros.add(Professional.builder().id(p + "p-" + i).role(PROFESSIONAL_ROLES.get(i % PROFESSIONAL_ROLES.size()))
            .organisationId(pick(orgs).id()).name(n).contact(contact(n)).build());
      }
      Professional second = null;
      if (chance(0.2)) {
        PersonName n = name();
        second = Professional.builder().id(p + "p-koord2").role(ParticipantRole.COORDINATOR)
            .organisationId(p + "org-bu").name(n).authorityCompetence(true).build();
        pros.add(second);
      }
      Professional housingWorker = null;
      if (programme.housingSupport()) {
        housingWorker = Professional.builder().id(p + "p-bostotte").role(ParticipantRole.HOUSING_SUPPORT_WORKER)
            .name(name()).build();
        pros.add(housingWorker);
      }
      b.addAllProfessionals(pros);

      // private network
      List<PrivatePerson> privates = new ArrayList<>();
      if (chance(0.8)) {
        PersonName n = name();
        privates.add(PrivatePerson.builder().id(p + "pp-mor").role(ParticipantRole.PARENT_WITH_CUSTODY)
            .custodyHolder(true).relation("mor").name(n).contact(contact(n)).build());
      }
      if (chance(0.5)) {
        PersonName n = name();
        privates.add(PrivatePerson.builder().id(p + "pp-voksen").role(ParticipantRole.YOUNG_PERSONS_ADULT)
            .relation("moster").name(n).contact(contact(n)).build());
      }
      b.addAllPrivatePersons(privates);

      // coordinator history, team, adult
      if (second != null) {
        LocalDate handover = plusDays(start, 30, 400);
        b.addCoordinatorAssignments(dk.samarbejdsmodel.core.course.ImmutableCoordinatorAssignment.of(
            coordinator.id(), start, Optional.of(handover.minusDays(1))));
        b.addCoordinatorAssignments(CoordinatorAssignment.of(second.id(), handover));
      } else {
        b.addCoordinatorAssignments(CoordinatorAssignment.of(coordinator.id(), start));
      }
      for (Professional pro : pros.subList(1, pros.size())) {
        if (chance(0.8)) {
          b.addTeamMemberships(TeamMembership.of(pro.id(), pro.role(), plusDays(start, 0, 60)));
        }
      }
      Optional<String> adult = Optional.empty();
      if (!privates.isEmpty() && chance(0.7)) {
        adult = Optional.of(privates.get(privates.size() - 1).id());
      } else if (chance(0.3)) {
        adult = Optional.of(pros.get(pros.size() - 1).id());
      }
      adult.ifPresent(a -> b.youngPersonsAdult(YoungPersonsAdult.of(a, plusDays(start, 0, 90))));
      if (chance(0.7)) {
        b.addStartUpSteps(StartUpStepRecord.done(StartUpStep.INFORMED, start));
      }
      if (chance(0.5)) {
        b.addStartUpSteps(StartUpStepRecord.done(StartUpStep.EXPECTATIONS_ALIGNED, plusDays(start, 0, 20)));
      }

      // consents
      int consents = chance(0.1) ? 0 : 1 + r.nextInt(2);
      for (int i = 0; i < consents; i++) {
        LocalDate given = plusDays(start, -30, 30 + 200 * i);
        Consent.Builder cb = Consent.builder().id(p + "consent-" + i).givenAt(given).validFrom(given)
            .purpose("Udveksling af oplysninger i Samarbejdsmodellen");
        Optional<PrivatePerson> custody = privates.stream().filter(PrivatePerson::custodyHolder).findFirst();
        boolean byYoungPerson = custody.isEmpty() || chance(0.85);
        if (byYoungPerson) {
          cb.addSignatories(Signatory.of(SignatoryKind.YOUNG_PERSON, yp.id()));
        }
        if (custody.isPresent() && (!byYoungPerson || chance(0.7))) {
          cb.addSignatories(Signatory.of(SignatoryKind.CUSTODY_HOLDER, custody.get().id()));
        }
        boolean anyParty = false;
        for (Organisation o : orgs) {
          if (chance(0.7)) {
            cb.addParties(ConsentParty.organisation(o.id()));
            anyParty = true;
          }
        }
        if (chance(0.4)) {
          cb.addParties(ConsentParty.professional(pick(pros).id()));
          anyParty = true;
        }
        if (!anyParty) {
          cb.addParties(ConsentParty.organisation(orgs.get(0).id()));
        }
        for (InformationCategory cat : InformationCategory.builtIns()) {
          if (chance(0.6)) {
            cb.addCategories(cat);
          }
        }
        cb.addCategories(InformationCategory.EDUCATION);
        if (chance(0.3)) {
          cb.validUntil(plusDays(given, 180, 900));
        }
        if (chance(0.15)) {
          cb.withdrawnAt(plusDays(given, 1, 400));
        }
        b.addConsents(cb.build());
      }

      // network card and overviews
      List<String> others = new ArrayList<>();
      pros.forEach(x -> others.add(x.id()));
      privates.forEach(x -> others.add(x.id()));
      if (chance(0.75)) {
        var card = NetworkCard.builder().madeAt(plusDays(start, 0, 40));
        boolean adultMarked = false;
        for (PrivatePerson pp : privates) {
          boolean isAdult = adult.isPresent() && adult.get().equals(pp.id());
          card.addEntries(NetworkCardEntry.builder().personId(pp.id()).sector(NetworkSector.FAMILY)
              .ring(1 + r.nextInt(2)).relation("familie").inviteToMeetings(chance(0.6)).youngPersonsAdult(isAdult)
              .build());
          adultMarked |= isAdult;
        }
        for (Professional pro : pros) {
          if (chance(0.5)) {
            boolean isAdult = !adultMarked && adult.isPresent() && adult.get().equals(pro.id());
            card.addEntries(NetworkCardEntry.builder().personId(pro.id()).sector(NetworkSector.PROFESSIONALS)
                .ring(2 + r.nextInt(2)).inviteToMeetings(chance(0.8)).youngPersonsAdult(isAdult).build());
          }
        }
        b.networkCard(card.build());
      }
      if (chance(0.6)) {
        var o = NetworkOverview.builder().updatedAt(plusDays(start, 0, 60));
        o.addEntries(NetworkOverviewEntry.of(yp.id(), ParticipantRole.YOUNG_PERSON));
        pros.forEach(x -> o.addEntries(NetworkOverviewEntry.of(x.id(), x.role())));
        b.networkOverview(o.build());
      }
      if (chance(0.6)) {
        LocalDate s = start.minusDays(r.nextInt(400));
        b.interventionOverview(InterventionOverview.builder().updatedAt(plusDays(start, 0, 60))
            .addInterventions(Intervention.builder().id("i1").name("Kontaktperson")
                .legalBasis(LegalBasis.of("SEL § 52, stk. 3, nr. 7")).providerId(orgs.get(0).id())
                .responsibleId(pros.get(pros.size() - 1).id()).start(s).build())
            .build());
      }

      // meetings, forms, checklists
      List<Meeting> meetings = new ArrayList<>();
      List<GoalAgreementForm> forms = new ArrayList<>();
      List<MeetingChecklist> checklists = new ArrayList<>();
      LocalDate d = plusDays(start, 10, 60);
      int n = 0;
      GoalAgreementForm form = null;
      while (!d.isAfter(horizon)) {
        n++;
        String mid = p + "m" + n;
        if (chance(0.75)) {
          meetings.add(Meeting.builder().id(mid + "-pre").kind(MeetingKind.INDIVIDUAL).date(d.minusDays(1 + r.nextInt(7)))
              .addParticipants(MeetingParticipant.of(yp.id(), ParticipantRole.YOUNG_PERSON, true, true))
              .build());
        }
        boolean ypAttended = chance(0.9);
        var mb = Meeting.builder().id(mid).kind(MeetingKind.NETWORK).date(d)
            .addParticipants(MeetingParticipant.of(yp.id(), ParticipantRole.YOUNG_PERSON, ypAttended,
                ypAttended && chance(0.9)))
            .addParticipants(MeetingParticipant.of(coordinator.id(), ParticipantRole.COORDINATOR, true, true))
            .leaderId(coordinator.id())
            .decisionsRecorded(chance(0.85));
        for (Professional pro : pros.subList(1, pros.size())) {
          if (chance(0.6)) {
            boolean att = chance(0.8);
            mb.addParticipants(MeetingParticipant.of(pro.id(), pro.role(), att, att && chance(0.7)));
          }
        }
        for (PrivatePerson pp : privates) {
          if (chance(0.5)) {
            boolean att = chance(0.7);
            mb.addParticipants(MeetingParticipant.of(pp.id(), pp.role(), att, att && chance(0.9)));
          }
        }
        for (MeetingComponent c : MeetingComponent.values()) {
          if (chance(0.8)) {
            mb.addComponents(c);
          }
        }
        LocalDate next = plusDays(d, 45, 130);
        if (chance(0.9)) {
          mb.nextMeetingDate(next);
        }
        meetings.add(mb.build());
        if (chance(0.85)) {
          form = reviseForm(form, yp, coordinator, pros, privates, mid, d, next);
          forms.add(form);
        }
        if (chance(0.8)) {
          checklists.add(checklist(mid, d, pros, privates, ypAttended));
        }
        d = next;
      }
      b.addAllMeetings(meetings).addAllFormRevisions(forms).addAllChecklists(checklists);

      // dialogue responses
      Instrument dialogue = programme.instruments().get(0);
      LocalDate rd = plusDays(start, 0, 30);
      int k = 0;
      while (!rd.isAfter(horizon)) {
        b.addResponses(response(dialogue, p + "resp-" + (k++), rd));
        rd = plusDays(rd, programme.dialogueCadenceMonths() * 28, programme.dialogueCadenceMonths() * 35);
      }

      // status registrations
      LocalDate sd = start;
      while (!sd.isAfter(horizon)) {
        b.addStatusRegistrations(status(sd, programme.housingSupport()));
        sd = plusDays(sd, 60, 200);
      }

      // housing support
      if (programme.housingSupport()) {
        HousingSubgroup sub = chance(0.5) ? HousingSubgroup.HOMELESS : HousingSubgroup.AT_RISK;
        b.housingSubgroup(sub).targetGroup(sub == HousingSubgroup.HOMELESS ? TargetGroup.HOMELESS : TargetGroup.AT_RISK);
        b.housingSupport(housing(sub, housingWorker.id(), start, horizon));
      }

      // end: after every dated event
      if (chance(0.35)) {
        LocalDate last = horizon;
        for (Meeting m : meetings) {
          last = m.date().isAfter(last) ? m.date() : last;
        }
        boolean planned = chance(0.6);
        b.end(CourseEnd.builder().date(plusDays(last, 0, 40)).kind(planned ? EndKind.PLANNED : EndKind.UNPLANNED)
            .reason(planned ? EndReason.GOALS_ACHIEVED : pick(List.of(EndReason.DECLINED, EndReason.MOVED,
                EndReason.DROPPED_OUT, EndReason.OTHER)))
            .youngPersonInvolved(chance(0.9)).teamInvolved(chance(0.9)).build());
      }
      return b.build();
    }

    private Organisation org(String id, String name, OrganisationSector sector, Municipality m) {
      return Organisation.builder().id(p + id).name(name).sector(sector).municipalityCode(m.code()).build();
    }

    private GoalAgreementForm reviseForm(GoalAgreementForm previous, YoungPerson yp, Professional coordinator,
        List<Professional> pros, List<PrivatePerson> privates, String meetingId, LocalDate date, LocalDate next) {
      GoalAgreementForm.Builder fb;
      List<Goal> goals = new ArrayList<>();
      List<Agreement> agreements = new ArrayList<>();
      if (previous == null) {
        fb = GoalAgreementForm.builder().id(p + "form").revision(1).updatedAt(date)
            .wishes("Jeg vil gerne have min egen lejlighed og et job");
        fb.addParticipants(FormParticipant.builder().personId(yp.id()).role(ParticipantRole.YOUNG_PERSON)
            .name(yp.name()).build());
        for (Professional pro : pros) {
          fb.addParticipants(FormParticipant.builder().personId(pro.id()).role(pro.role())
              .organisationId(pro.organisationId()).name(pro.name()).build());
        }
        for (PrivatePerson pp : privates) {
          fb.addParticipants(FormParticipant.builder().personId(pp.id()).role(pp.role()).name(pp.name()).build());
        }
        fb.followUpById(coordinator.id()).addRecipientIds(yp.id(), coordinator.id());
      } else {
        fb = previous.nextRevision(date).goals(List.of()).agreements(List.of());
        // keep every goal and agreement, closing some by status (R-GOAL-04); occasionally drop one (a breach)
        boolean dropOne = chance(0.05);
        for (Goal g : previous.goals()) {
          if (dropOne && goals.size() == 0 && previous.goals().size() > 1) {
            dropOne = false;
            continue;
          }
          goals.add(g.status() == GoalStatus.ACTIVE && chance(0.25)
              ? dk.samarbejdsmodel.core.tools.ImmutableGoal.builder().from(g)
                  .addStatusHistory(StatusChange.of(date, chance(0.7) ? GoalStatus.ACHIEVED : GoalStatus.NOT_ACHIEVED))
                  .build()
              : g);
        }
        java.util.Set<String> keptGoals = new java.util.HashSet<>();
        goals.forEach(g -> keptGoals.add(g.id()));
        for (Agreement a : previous.agreements()) {
          if (!keptGoals.containsAll(a.goalIds())) {
            continue;
          }
          agreements.add(!a.status().isClosed() && chance(0.4)
              ? dk.samarbejdsmodel.core.tools.ImmutableAgreement.builder().from(a)
                  .addStatusHistory(StatusChange.of(date, pick(List.of(AgreementStatus.IN_PROGRESS,
                      AgreementStatus.DONE, AgreementStatus.NOT_DONE, AgreementStatus.CANCELLED))))
                  .build()
              : a);
        }
      }
      fb.meetingId(meetingId).nextMeetingDate(next);
      int newGoals = previous == null ? 1 + r.nextInt(3) : r.nextInt(2);
      int revision = previous == null ? 1 : previous.revision() + 1;
      for (int i = 0; i < newGoals; i++) {
        String gid = "g" + revision + "-" + i;
        LifeArea area = i == 0 && chance(0.8) ? LifeArea.SCHOOL_EDUCATION_EMPLOYMENT : pick(LifeArea.builtIns());
        goals.add(Goal.builder().id(gid).lifeArea(area).description("Mål i den unges egne ord " + gid)
            .horizon(pick(List.of(GoalHorizon.values()))).targetDate(plusDays(date, 60, 400))
            .addStatusHistory(StatusChange.of(date, GoalStatus.ACTIVE)).build());
        int na = chance(0.1) ? 0 : 1 + r.nextInt(2);
        for (int j = 0; j < na; j++) {
          var ab = Agreement.builder().id("a" + gid + "-" + j).addGoalIds(gid)
              .action("Handling " + j).addStatusHistory(StatusChange.of(date, AgreementStatus.AGREED));
          if (chance(0.95)) {
            ab.responsibleId(chance(0.3) ? yp.id() : pick(pros).id());
          }
          if (chance(0.9)) {
            ab.deadline(plusDays(date, 14, 150));
          } else if (chance(0.5)) {
            ab.followUpDate(plusDays(date, 14, 150));
          }
          if (chance(0.5)) {
            ab.followUpById(coordinator.id());
          }
          agreements.add(ab.build());
        }
      }
      return fb.goals(goals).agreements(agreements).build();
    }

    private MeetingChecklist checklist(String meetingId, LocalDate date, List<Professional> pros,
        List<PrivatePerson> privates, boolean ypAttended) {
      MeetingChecklist.Builder cb = MeetingChecklist.builder().id(meetingId + "-cl").meetingId(meetingId)
          .date(date).placementType(pick(PlacementType.builtIns()));
      boolean inEducation = chance(0.6);
      cb.education(inEducation ? EducationStatus.inEducation(pick(EducationType.builtIns()))
          : EducationStatus.notInEducation());
      cb.employment(inEducation ? EmploymentStatus.NOT_RELEVANT_IN_EDUCATION
          : pick(EmploymentStatus.builtIns().subList(0, 9)));
      cb.addParticipants(ypAttended ? ChecklistParticipant.attended(ParticipantRole.YOUNG_PERSON, chance(0.9))
          : ChecklistParticipant.absent(ParticipantRole.YOUNG_PERSON));
      for (Professional pro : pros) {
        if (chance(0.6)) {
          cb.addParticipants(chance(0.85) ? ChecklistParticipant.attended(pro.role(), chance(0.8))
              : ChecklistParticipant.absent(pro.role()));
        }
      }
      for (PrivatePerson pp : privates) {
        if (chance(0.5)) {
          cb.addParticipants(ChecklistParticipant.attended(pp.role(), chance(0.9)));
        }
      }
      for (ChecklistItem item : ChecklistItem.values()) {
        if (chance(0.97)) {
          boolean desirable = chance(0.9);
          cb.putAnswer(item, item == ChecklistItem.YOUNG_PERSON_ATTENDED ? ypAttended
              : desirable == item.desirableAnswer());
        }
      }
      return cb.build();
    }

    InstrumentResponse response(Instrument instrument, String id, LocalDate date) {
      InstrumentResponse.Builder rb = InstrumentResponse.builder().id(id).instrumentId(instrument.id())
          .instrumentVersion(instrument.version()).date(date);
      for (Dimension dim : instrument.dimensions()) {
        rb.addAnswers(chance(0.05) ? Answer.notAssessed(dim.code())
            : Answer.of(dim.code(), dim.scaleMin() + r.nextInt(dim.scaleMax() - dim.scaleMin() + 1)));
      }
      if (chance(0.3)) {
        rb.note("Den unge oplever at blive hørt");
      }
      return rb.build();
    }

    StatusRegistration status(LocalDate date, boolean housing) {
      boolean inEducation = chance(0.6);
      var sb = StatusRegistration.builder().date(date)
          .education(inEducation ? EducationStatus.inEducation(pick(EducationType.builtIns()))
              : EducationStatus.notInEducation())
          .employment(inEducation ? EmploymentStatus.NOT_RELEVANT_IN_EDUCATION
              : pick(EmploymentStatus.builtIns().subList(0, 9)));
      if (housing) {
        sb.housing(pick(List.of(HousingStatus.values())));
      }
      return sb.build();
    }

    HousingSupport housing(HousingSubgroup sub, String worker, LocalDate start, LocalDate horizon) {
      List<HousingSupportCombination> allowed = sub == HousingSubgroup.HOMELESS
          ? List.of(HousingSupportCombination.SM_WITH_CTI, HousingSupportCombination.SM_WITH_ICM)
          : List.of(HousingSupportCombination.SM_ONLY, HousingSupportCombination.SM_WITH_CTI);
      HousingSupportCombination combination = chance(0.1) ? pick(List.of(HousingSupportCombination.values()))
          : pick(allowed);
      var hb = HousingSupport.builder().combination(combination);
      if (combination == HousingSupportCombination.SM_WITH_CTI) {
        LocalDate housed = plusDays(start, 0, 60);
        LocalDate ctiStart = plusDays(housed, chance(0.9) ? 0 : -20, 14);
        var cb = CtiSupport.builder().workerId(worker).housingAllocatedAt(housed).start(ctiStart);
        LocalDate ps = ctiStart;
        for (CtiPhase phase : CtiPhase.values()) {
          LocalDate pe = plusDays(ps, 80, 100);
          if (pe.isAfter(horizon)) {
            cb.addPhases(CtiPhasePeriod.started(phase, ps));
            break;
          }
          cb.addPhases(CtiPhasePeriod.completed(phase, ps, pe));
          ps = pe.plusDays(1);
        }
        LocalDate ctiEnd = ctiStart.plusMonths(9);
        if (!ctiEnd.isAfter(horizon)) {
          cb.end(ctiEnd);
          if (chance(0.8)) {
            hb.followOn(FollowOn.of(pick(List.of(FollowOnDecision.values())), ctiEnd));
          }
        }
        hb.cti(cb.build());
      } else if (combination == HousingSupportCombination.SM_WITH_ICM) {
        LocalDate visitation = plusDays(start, 0, 60);
        var ib = IcmSupport.builder().workerId(worker).visitationAt(visitation)
            .start(plusDays(visitation, 0, 20));
        hb.icm(ib.build());
      }
      return hb.build();
    }
  }
}
