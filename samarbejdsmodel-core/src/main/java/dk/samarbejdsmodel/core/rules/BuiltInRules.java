package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.PropertyPath;
import static dk.samarbejdsmodel.core.Severity.ERROR;
import static dk.samarbejdsmodel.core.Severity.INFO;
import static dk.samarbejdsmodel.core.Severity.WARNING;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.housing.CtiPhase;
import dk.samarbejdsmodel.core.housing.CtiPhasePeriod;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.housing.IcmSupport;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderArea;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.leadergroup.LeaderGroupMember;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.Ages;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of the domain specification (§4–§5, §3.1, §4.7), in catalogue order. */
final class BuiltInRules {

  /** CTI: at most 10 young people per worker (R-HOUSE-06, S4). */
  static final int CTI_CAP = 10;
  /** ICM: at most 8 young people per worker (R-HOUSE-07, S4). */
  static final int ICM_CAP = 8;
  /** CTI runs 9 months (R-HOUSE-05, S4). */
  static final Period CTI_LENGTH = Period.ofMonths(9);
  /** The window before the assessment age in which a network meeting makes the assessment (R-COURSE-03). */
  static final Period ASSESSMENT_WINDOW = Period.ofMonths(6);
  /** Leader groups in operation meet at least half-yearly (R-LEAD-01, S2). */
  static final int LEADER_GROUP_MAX_MONTHS = 6;

  /**
   * The metadata of finding SAM-0000, which the evaluator reports instead of a rule that threw; never run itself
   * (its check finds nothing), and not part of {@link #ALL}.
   */
  static final SimpleRule RULE_FAILED = SimpleRule.course("R-PLUGIN", "SAM-0000", ERROR, "SDK",
      (c, d, out) -> { });

  private BuiltInRules() {}

  // ------------------------------------------------------------------ helpers

  /** The date a course is judged on: the date, or the end date once it has ended. */
  static LocalDate effective(Course c, LocalDate date) {
    return c.end().map(e -> e.date()).filter(e -> !e.isAfter(date)).orElse(date);
  }

  static boolean endedOn(Course c, LocalDate date) {
    return c.end().isPresent() && !c.end().get().date().isAfter(date);
  }

  /** The index of the latest form revision on or before a date, or -1. */
  static int formIndex(Course c, LocalDate date) {
    int found = -1;
    for (int i = 0; i < c.formRevisions().size(); i++) {
      if (!c.formRevisions().get(i).updatedAt().isAfter(date)) {
        found = i;
      }
    }
    return found;
  }

  static boolean signedByYoungPerson(Consent c) {
    return c.signedBy(SignatoryKind.YOUNG_PERSON);
  }

  /**
   * R-CONSENT-02's condition on a date: a consent signed only by custody holders is in force, none signed by the
   * young person is, and the young person is 18 — among consents given on or before {@code known}.
   */
  static boolean adultUncovered(Course c, LocalDate t, LocalDate known) {
    if (t.isBefore(Ages.dateAtAge(c.youngPerson().birthDate(), Period.ofYears(18)))) {
      return false;
    }
    List<Consent> given = c.consents().stream().filter(x -> !x.givenAt().isAfter(known) && !x.givenAt().isAfter(t))
        .collect(Collectors.toList());
    boolean custodyOnly = given.stream().anyMatch(x -> !signedByYoungPerson(x) && x.isInForceOn(t));
    boolean young = given.stream().anyMatch(x -> signedByYoungPerson(x) && x.isInForceOn(t));
    return custodyOnly && !young;
  }

  /** The first date after {@code date} on which R-CONSENT-02's condition holds, knowing what is given by date. */
  static Optional<LocalDate> firstAdultUncoveredAfter(Course c, LocalDate date) {
    List<LocalDate> candidates = new ArrayList<>();
    candidates.add(Ages.dateAtAge(c.youngPerson().birthDate(), Period.ofYears(18)));
    for (Consent x : c.consents()) {
      if (x.givenAt().isAfter(date)) {
        continue;
      }
      candidates.add(x.validFrom());
      x.validUntil().ifPresent(u -> candidates.add(u.plusDays(1)));
      x.withdrawnAt().ifPresent(candidates::add);
    }
    return candidates.stream().filter(t -> t.isAfter(date)).sorted()
        .filter(t -> c.end().map(e -> !t.isAfter(e.date())).orElse(true))
        .filter(t -> adultUncovered(c, t, date)).findFirst();
  }

  /** Whether the assessment of R-COURSE-03 has been made by a date: a network meeting in the window before the age. */
  static boolean assessmentMade(Course c, LocalDate ageDate, LocalDate by) {
    LocalDate from = ageDate.minus(ASSESSMENT_WINDOW);
    return c.meetings().stream().anyMatch(m -> m.kind() == MeetingKind.NETWORK && !m.date().isAfter(by)
        && !m.date().isBefore(from) && m.date().isBefore(ageDate));
  }

  static Optional<LocalDate> supportStart(HousingSupport h) {
    return h.cti().map(CtiSupport::start).or(() -> h.icm().map(IcmSupport::start));
  }

  static Optional<LocalDate> supportEnd(HousingSupport h) {
    return h.cti().flatMap(CtiSupport::end).or(() -> h.icm().flatMap(IcmSupport::end));
  }

  static String workerPath(HousingSupport h) {
    return h.cti().isPresent() ? "housingSupport.cti" : "housingSupport.icm";
  }

  // ------------------------------------------------------------------ goal-and-agreement form (§4.1)

  static final SimpleRule GOAL_01_RESPONSIBLE = SimpleRule.course("R-GOAL-01", "SAM-1011", ERROR,
      "S0 Fig 6.3 p. 33; S4 p. 12", (c, d, out) -> {
        int i = formIndex(c, effective(c, d));
        if (i < 0) {
          return;
        }
        List<Agreement> as = c.formRevisions().get(i).agreements();
        for (int j = 0; j < as.size(); j++) {
          if (as.get(j).responsibleId().isEmpty()) {
            out.add(PropertyPath.of("formRevisions").index(i).field("agreements").index(j).field("responsible"),
                as.get(j).id());
          }
        }
      });

  static final SimpleRule GOAL_01_DATE = SimpleRule.course("R-GOAL-01", "SAM-1012", ERROR,
      "S0 Fig 6.3 p. 33; S4 p. 12", (c, d, out) -> {
        int i = formIndex(c, effective(c, d));
        if (i < 0) {
          return;
        }
        List<Agreement> as = c.formRevisions().get(i).agreements();
        for (int j = 0; j < as.size(); j++) {
          if (as.get(j).deadline().isEmpty() && as.get(j).followUpDate().isEmpty()) {
            out.add(PropertyPath.of("formRevisions").index(i).field("agreements").index(j).field("deadline"),
                as.get(j).id());
          }
        }
      });

  static final SimpleRule GOAL_02 = SimpleRule.course("R-GOAL-02", "SAM-1021", WARNING, "S0 §2 p. 4; Fig 3.1 p. 10",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        int i = formIndex(c, e);
        if (i < 0) {
          return;
        }
        GoalAgreementForm f = c.formRevisions().get(i);
        for (int j = 0; j < f.goals().size(); j++) {
          Goal g = f.goals().get(j);
          if (g.statusOn(e).orElse(GoalStatus.ACTIVE) == GoalStatus.ACTIVE && f.agreementsFor(g.id()).isEmpty()) {
            out.add(PropertyPath.of("formRevisions").index(i).field("goals").index(j), g.id());
          }
        }
      });

  static final SimpleRule GOAL_03 = SimpleRule.course("R-GOAL-03", "SAM-1031", WARNING, "S2 p. 5",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        int i = formIndex(c, e);
        if (i < 0) {
          return;
        }
        GoalAgreementForm f = c.formRevisions().get(i);
        boolean any = f.goals().stream().anyMatch(g -> g.statusOn(e).orElse(GoalStatus.ACTIVE) == GoalStatus.ACTIVE
            && g.lifeArea().equals(LifeArea.SCHOOL_EDUCATION_EMPLOYMENT));
        if (!any) {
          out.add(PropertyPath.of("formRevisions").index(i).field("goals"), f.revision());
        }
      });

  static final SimpleRule GOAL_04_GOALS = SimpleRule.course("R-GOAL-04", "SAM-1041", ERROR, "S0 Fig 3.1 p. 10",
      (c, d, out) -> lostInRevision(c, d, out, "goals", GoalAgreementForm::goals, Goal::id));

  static final SimpleRule GOAL_04_AGREEMENTS = SimpleRule.course("R-GOAL-04", "SAM-1042", ERROR, "S0 Fig 3.1 p. 10",
      (c, d, out) -> lostInRevision(c, d, out, "agreements", GoalAgreementForm::agreements, Agreement::id));

  /** R-GOAL-04: reports each element of a revision that the next revision (up to the date) no longer has. */
  private static <T> void lostInRevision(Course c, LocalDate d, SimpleRule.Out out, String part,
      java.util.function.Function<GoalAgreementForm, List<T>> elements, java.util.function.Function<T, String> id) {
    int last = formIndex(c, effective(c, d));
    for (int i = 1; i <= last; i++) {
      GoalAgreementForm prev = c.formRevisions().get(i - 1);
      GoalAgreementForm cur = c.formRevisions().get(i);
      Set<String> ids = elements.apply(cur).stream().map(id).collect(Collectors.toSet());
      for (T element : elements.apply(prev)) {
        if (!ids.contains(id.apply(element))) {
          out.add(PropertyPath.of("formRevisions").index(i).field(part), id.apply(element), prev.revision(),
              cur.revision());
        }
      }
    }
  }

  static final SimpleRule GOAL_05 = SimpleRule.course("R-GOAL-05", "SAM-1051", WARNING, "S0 Fig 3.1 p. 10; Fig 6.3 p. 33",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        int i = formIndex(c, e);
        if (i < 0) {
          return;
        }
        List<Agreement> as = c.formRevisions().get(i).agreements();
        for (int j = 0; j < as.size(); j++) {
          if (as.get(j).isOverdueOn(e)) {
            out.add(PropertyPath.of("formRevisions").index(i).field("agreements").index(j).field("deadline"),
                as.get(j).id(),
                as.get(j).deadline().get());
          }
        }
      });

  static final SimpleRule GOAL_06 = SimpleRule.course("R-GOAL-06", "SAM-1061", WARNING, "S0 Fig 3.1 p. 10 (Afslutning)",
      (c, d, out) -> {
        if (!endedOn(c, d) || c.end().get().kind() != EndKind.PLANNED) {
          return;
        }
        LocalDate e = c.end().get().date();
        int i = formIndex(c, e);
        if (i < 0) {
          out.add("formRevisions");
          return;
        }
        GoalAgreementForm f = c.formRevisions().get(i);
        boolean goal = f.goals().stream().anyMatch(g -> g.statusOn(e).orElse(GoalStatus.ACTIVE) == GoalStatus.ACTIVE);
        boolean action = f.agreements().stream().anyMatch(a -> a.responsibleId().isPresent()
            && !a.statusOn(e).orElse(AgreementStatus.AGREED).isClosed());
        if (!goal || !action) {
          out.add(PropertyPath.of("formRevisions").index(i), f.revision());
        }
      });

  // ------------------------------------------------------------------ consent (§4.3)

  static final SimpleRule CONSENT_01_CUSTODY = SimpleRule.course("R-CONSENT-01", "SAM-2011", ERROR,
      "S2 p. 12 (default); S0 Fig 3.1 p. 9", (c, d, out) -> unsignedUnder18(c, d, out, SignatoryKind.CUSTODY_HOLDER));

  static final SimpleRule CONSENT_01_YOUNG_PERSON = SimpleRule.course("R-CONSENT-01", "SAM-2012", ERROR,
      "S2 p. 12 (default)", (c, d, out) -> unsignedUnder18(c, d, out, SignatoryKind.YOUNG_PERSON));

  /**
   * R-CONSENT-01: reports each consent given (up to the date) while the young person was under 18 that lacks a
   * signature of {@code kind} although the programme's consent policy requires it at that age.
   */
  private static void unsignedUnder18(Course c, LocalDate d, SimpleRule.Out out, SignatoryKind kind) {
    ConsentPolicy policy = c.programme().consentPolicy();
    LocalDate e = effective(c, d);
    for (int i = 0; i < c.consents().size(); i++) {
      Consent x = c.consents().get(i);
      if (x.givenAt().isAfter(e)) {
        continue;
      }
      int age = c.ageOn(x.givenAt());
      if (age < 18 && policy.requiredSignatures(age).contains(kind) && !x.signedBy(kind)) {
        out.add(PropertyPath.of("consents").index(i).field("signatories"), x.id());
      }
    }
  }

  static final SimpleRule CONSENT_02 = SimpleRule.course("R-CONSENT-02", "SAM-2021", ERROR, "S2 p. 12; S0 §2 p. 4",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        if (!adultUncovered(c, e, e)) {
          return;
        }
        for (int i = 0; i < c.consents().size(); i++) {
          Consent x = c.consents().get(i);
          if (!x.givenAt().isAfter(e) && !signedByYoungPerson(x) && x.isInForceOn(e)) {
            out.add(PropertyPath.of("consents").index(i), x.id());
          }
        }
      });

  static Optional<LocalDate> firstConsent(Course c, LocalDate e) {
    return c.consents().stream().map(Consent::givenAt).filter(g -> !g.isAfter(e)).min(Comparator.naturalOrder());
  }

  static final SimpleRule CONSENT_04_CARD = SimpleRule.course("R-CONSENT-04", "SAM-2041", WARNING, "S0 Fig 3.1 p. 9",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        Optional<LocalDate> first = firstConsent(c, e);
        c.networkCard().ifPresent(card -> {
          if (!card.madeAt().isAfter(e) && first.map(card.madeAt()::isBefore).orElse(true)) {
            out.add("networkCard.madeAt", card.madeAt());
          }
        });
      });

  static final SimpleRule CONSENT_04_TEAM = SimpleRule.course("R-CONSENT-04", "SAM-2042", WARNING, "S0 Fig 3.1 p. 9",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        Optional<LocalDate> first = firstConsent(c, e);
        for (int i = 0; i < c.teamMemberships().size(); i++) {
          LocalDate from = c.teamMemberships().get(i).from();
          if (!from.isAfter(e) && first.map(from::isBefore).orElse(true)) {
            out.add(PropertyPath.of("teamMemberships").index(i).field("from"), c.teamMemberships().get(i).personId(),
                from);
          }
        }
      });

  static final SimpleRule CONSENT_04_MEETING = SimpleRule.course("R-CONSENT-04", "SAM-2043", WARNING, "S0 Fig 3.1 p. 9",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        Optional<LocalDate> first = firstConsent(c, e);
        for (int i = 0; i < c.meetings().size(); i++) {
          Meeting m = c.meetings().get(i);
          if (m.kind() == MeetingKind.NETWORK && !m.date().isAfter(e) && first.map(m.date()::isBefore).orElse(true)) {
            out.add(PropertyPath.of("meetings").index(i).field("date"), m.id(), m.date());
          }
        }
      });

  // ------------------------------------------------------------------ meetings (§4.6)

  static final SimpleRule MEET_01 = SimpleRule.course("R-MEET-01", "SAM-3011", WARNING, "S0 §6.3 p. 25",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        for (int i = 0; i < c.meetings().size(); i++) {
          Meeting m = c.meetings().get(i);
          if (m.kind() == MeetingKind.NETWORK && !m.date().isAfter(e) && m.decisionsRecorded()
              && !m.youngPersonAttended()) {
            out.add(PropertyPath.of("meetings").index(i), m.id(), m.date());
          }
        }
      });

  static final SimpleRule MEET_02 = SimpleRule.course("R-MEET-02", "SAM-3021", WARNING, "S0 §3.1 p. 8; §6.3 p. 25",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        List<Meeting> network = c.networkMeetings().stream().filter(m -> !m.date().isAfter(e))
            .collect(Collectors.toList());
        LocalDate previous = null;
        for (Meeting m : network) {
          final LocalDate after = previous;
          boolean pre = c.meetings().stream().anyMatch(x -> x.kind() == MeetingKind.INDIVIDUAL
              && x.youngPersonAttended() && !x.date().isAfter(m.date()) && (after == null || x.date().isAfter(after)));
          if (!pre) {
            out.add(PropertyPath.of("meetings").index(c.meetings().indexOf(m)), m.id(), m.date());
          }
          previous = m.date();
        }
      });

  static final SimpleRule MEET_03_OVERDUE = SimpleRule.course("R-MEET-03", "SAM-3031", WARNING,
      "S0 §3.1 p. 8; S2 p. 5; S4 p. 10", (c, d, out) -> {
        for (DueMeeting m : MeetingSchedule.of(c, d).withStatus(DueMeetingStatus.OVERDUE)) {
          out.add("meetings", m.label(), m.dueDate());
        }
      });

  static final SimpleRule MEET_03_MISSED = SimpleRule.course("R-MEET-03", "SAM-3032", ERROR,
      "S0 §3.1 p. 8; S2 p. 5; S4 p. 10", (c, d, out) -> {
        for (DueMeeting m : MeetingSchedule.of(c, d).withStatus(DueMeetingStatus.MISSED)) {
          out.add("meetings", m.label(), m.dueDate());
        }
      });

  static final SimpleRule MEET_03_ROLLING = SimpleRule.course("R-MEET-03", "SAM-3033", WARNING, "S4 p. 10",
      (c, d, out) -> {
        MeetingSchedule s = MeetingSchedule.of(c, d);
        if (s.rollingShortfall()) {
          out.add("meetings", s.rollingMinimum(), s.effectiveDate());
        }
      });

  static final SimpleRule MEET_04 = SimpleRule.course("R-MEET-04", "SAM-3041", WARNING, "S0 §6.3 p. 28",
      (c, d, out) -> {
        for (MeetingGap g : MeetingSchedule.of(c, d).gaps()) {
          Meeting from = c.meetings().stream().filter(m -> m.id().equals(g.fromMeetingId())).findFirst().orElseThrow();
          out.add(PropertyPath.of("meetings").index(c.meetings().indexOf(from)), g.fromMeetingId(), g.from(), g.until(),
              g.maxMonths());
        }
      });

  static final SimpleRule MEET_05 = SimpleRule.course("R-MEET-05", "SAM-3051", WARNING, "S0 §6.3 p. 31",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        List<Meeting> network = c.networkMeetings().stream().filter(m -> !m.date().isAfter(e))
            .collect(Collectors.toList());
        for (int k = 0; k < network.size(); k++) {
          Meeting m = network.get(k);
          if (endedOn(c, d) && k == network.size() - 1) {
            continue; // the last meeting of an ended course needs no next date
          }
          boolean onForm = c.formRevisions().stream().anyMatch(f -> f.meetingId().map(m.id()::equals).orElse(false)
              && f.nextMeetingDate().isPresent());
          if (m.nextMeetingDate().isEmpty() && !onForm) {
            out.add(PropertyPath.of("meetings").index(c.meetings().indexOf(m)).field("nextMeetingDate"), m.id(),
                m.date());
          }
        }
      });

  // ------------------------------------------------------------------ course (§5)

  static final SimpleRule COURSE_01 = SimpleRule.course("R-COURSE-01", "SAM-4011", ERROR, "S0 §3.1 p. 8",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        if (!e.isBefore(c.startDate()) && c.coordinatorOn(e).isEmpty()) {
          out.add("coordinatorAssignments", e);
        }
      });

  static final SimpleRule COURSE_01_AUTHORITY = SimpleRule.course("R-COURSE-01", "SAM-4012", WARNING,
      "S4 p. 10 (myndighedskoordinator)", (c, d, out) -> {
        if (!c.programme().coordinatorNeedsAuthorityCompetence()) {
          return;
        }
        LocalDate e = effective(c, d);
        for (int i = 0; i < c.coordinatorAssignments().size(); i++) {
          CoordinatorAssignment a = c.coordinatorAssignments().get(i);
          if (!a.from().isAfter(e) && c.professional(a.coordinatorId()).map(p -> !p.authorityCompetence())
              .orElse(false)) {
            out.add(PropertyPath.of("coordinatorAssignments").index(i), a.coordinatorId());
          }
        }
      });

  static final SimpleRule COURSE_02_LATE = SimpleRule.course("R-COURSE-02", "SAM-4021", INFO, "S0 Fig 3.1 p. 9",
      (c, d, out) -> c.programme().recommendedStartAge().ifPresent(age -> {
        int atStart = c.ageOn(c.startDate());
        if (atStart > age) {
          out.add("startDate", atStart, age);
        }
      }));

  static final SimpleRule COURSE_02_EARLY = SimpleRule.course("R-COURSE-02", "SAM-4022", WARNING, "S0 Fig 3.1 p. 9; S2 p. 4",
      (c, d, out) -> c.programme().minStartAge().ifPresent(age -> {
        int atStart = c.ageOn(c.startDate());
        if (atStart < age) {
          out.add("startDate", atStart, age);
        }
      }));

  static final SimpleRule COURSE_02_END_AGE = SimpleRule.course("R-COURSE-02", "SAM-4023", WARNING, "S0 Fig 3.1 p. 9; S2 p. 4",
      (c, d, out) -> c.programme().endBeforeAge().ifPresent(age -> {
        LocalDate limit = Ages.dateAtAge(c.youngPerson().birthDate(), Period.ofYears(age));
        if (!effective(c, d).isBefore(limit)) {
          out.add(endedOn(c, d) ? "end.date" : "end", age);
        }
      }));

  static final SimpleRule COURSE_03 = SimpleRule.course("R-COURSE-03", "SAM-4031", WARNING, "S0 Fig 3.1 p. 10",
      (c, d, out) -> c.programme().assessmentBeforeAge().ifPresent(age -> {
        LocalDate ageDate = Ages.dateAtAge(c.youngPerson().birthDate(), Period.ofYears(age));
        LocalDate e = effective(c, d);
        if (!e.isBefore(ageDate) && c.startDate().isBefore(ageDate) && !assessmentMade(c, ageDate, e)) {
          out.add("meetings", age);
        }
      }));

  static final SimpleRule COURSE_04_YOUNG_PERSON = SimpleRule.course("R-COURSE-04", "SAM-4041", WARNING, "S4 p. 12",
      (c, d, out) -> {
        if (endedOn(c, d) && !c.end().get().youngPersonInvolved()) {
          out.add("end.youngPersonInvolved", c.end().get().date());
        }
      });

  static final SimpleRule COURSE_04_TEAM = SimpleRule.course("R-COURSE-04", "SAM-4042", WARNING, "S4 p. 12",
      (c, d, out) -> {
        if (endedOn(c, d) && !c.end().get().teamInvolved()) {
          out.add("end.teamInvolved", c.end().get().date());
        }
      });

  /**
   * R-COURSE-05: adult services join the team by 17½ (S0 p. 5; §6.2 p. 24), for programmes whose fixed meetings
   * include the one at 17½ (the age at which the decision on ungestøtte is due, barnets lov § 111). Reported from
   * the day after 17½ while no adult-services caseworker has joined, if the course was open at 17½.
   */
  static final SimpleRule COURSE_05 = SimpleRule.course("R-COURSE-05", "SAM-4051", WARNING, "S0 §2 p. 5; §6.2 p. 24",
      (c, d, out) -> adultServicesDue(c).ifPresent(due -> {
        LocalDate e = effective(c, d);
        if (e.isAfter(due) && !adultServicesJoined(c, e)) {
          out.add("teamMemberships", due);
        }
      }));

  /** The day adult services should have joined (17½), for programmes with a fixed meeting at 17½. */
  static Optional<LocalDate> adultServicesDue(Course c) {
    if (!(c.programme().meetingCadence() instanceof MeetingCadence.AgeMilestones am)
        || !am.ages().contains(MeetingSchedule.LEGAL_DEADLINE_AGE)) {
      return Optional.empty();
    }
    LocalDate due = Ages.dateAtAge(c.youngPerson().birthDate(), MeetingSchedule.LEGAL_DEADLINE_AGE);
    boolean openAtDue = !c.startDate().isAfter(due) && c.end().map(x -> x.date().isAfter(due)).orElse(true);
    return openAtDue ? Optional.of(due) : Optional.empty();
  }

  /** Whether an adult-services caseworker joined the team on or before the date. */
  static boolean adultServicesJoined(Course c, LocalDate date) {
    return c.teamMemberships().stream()
        .anyMatch(t -> t.role().equals(ParticipantRole.CASEWORKER_ADULTS) && !t.from().isAfter(date));
  }

  /** The current legal basis behind a built-in rule, where a legal duty stands behind it (docs/domain.md §0). */
  static final Map<String, String> LEGAL_BASIS = Map.of(
      "R-MEET-03", "barnets lov § 111 (the meeting at 17½)",
      "R-COURSE-03", "barnets lov §§ 114–116 (ungestøtte until 23)",
      "R-COURSE-05", "barnets lov § 111, stk. 2; §§ 122–123",
      "R-HOUSE-08", "serviceloven § 85; lov om en aktiv beskæftigelsesindsats (mentor)");

  // ------------------------------------------------------------------ housing support (§3.1)

  static final SimpleRule HOUSE_01 = SimpleRule.course("R-HOUSE-01", "SAM-5011", ERROR, "S4 p. 7; pp. 11–12",
      (c, d, out) -> c.housingSupport().ifPresent(h -> {
        if (h.combination() == HousingSupportCombination.SM_ONLY
            && c.housingSubgroup().map(HousingSubgroup.HOMELESS::equals).orElse(false)) {
          out.add("housingSupport.combination", h.combination(), HousingSubgroup.HOMELESS);
        }
      }));

  static final SimpleRule HOUSE_02 = SimpleRule.course("R-HOUSE-02", "SAM-5021", WARNING, "S4 p. 7; pp. 11–12",
      (c, d, out) -> c.housingSupport().ifPresent(h -> {
        if (c.housingSubgroup().isEmpty()) {
          out.add("housingSubgroup", h.combination());
        }
      }));

  static final SimpleRule HOUSE_03 = SimpleRule.course("R-HOUSE-03", "SAM-5031", ERROR, "S4 p. 7; pp. 11–12",
      (c, d, out) -> c.housingSupport().ifPresent(h -> {
        if (h.combination() == HousingSupportCombination.SM_WITH_ICM
            && c.housingSubgroup().map(HousingSubgroup.AT_RISK::equals).orElse(false)) {
          out.add("housingSupport.combination", h.combination(), HousingSubgroup.AT_RISK);
        }
      }));

  static final SimpleRule HOUSE_04_BEFORE = SimpleRule.course("R-HOUSE-04", "SAM-5041", ERROR, "S4 p. 25",
      (c, d, out) -> c.housingSupport().ifPresent(h -> supportStart(h).ifPresent(s -> {
        if (s.isBefore(c.startDate())) {
          out.add(workerPath(h) + ".start", s);
        }
      })));

  static final SimpleRule HOUSE_04_AFTER = SimpleRule.course("R-HOUSE-04", "SAM-5042", ERROR, "S4 p. 25",
      (c, d, out) -> c.housingSupport().ifPresent(h -> {
        if (endedOn(c, d) && supportStart(h).isPresent()) {
          LocalDate end = c.end().get().date();
          if (supportEnd(h).map(x -> x.isAfter(end)).orElse(true)) {
            out.add(workerPath(h) + ".end", end);
          }
        }
      }));

  static final SimpleRule HOUSE_05_HOUSING = SimpleRule.course("R-HOUSE-05", "SAM-5051", ERROR, "S4 pp. 10–12",
      (c, d, out) -> c.housingSupport().flatMap(HousingSupport::cti).ifPresent(cti -> {
        if (cti.housingAllocatedAt().map(cti.start()::isBefore).orElse(true)) {
          out.add("housingSupport.cti.start", cti.start());
        }
      }));

  static final SimpleRule HOUSE_05_LENGTH = SimpleRule.course("R-HOUSE-05", "SAM-5052", WARNING, "S4 pp. 10–12",
      (c, d, out) -> c.housingSupport().flatMap(HousingSupport::cti).ifPresent(cti -> {
        LocalDate limit = cti.start().plus(CTI_LENGTH);
        LocalDate e = effective(c, d);
        boolean over = cti.end().map(x -> x.isAfter(limit)).orElse(e.isAfter(limit));
        if (over) {
          out.add("housingSupport.cti.end", limit);
        }
      }));

  static final SimpleRule HOUSE_05_PHASES = SimpleRule.course("R-HOUSE-05", "SAM-5053", WARNING, "S4 p. 10",
      (c, d, out) -> c.housingSupport().flatMap(HousingSupport::cti).ifPresent(cti -> {
        List<CtiPhasePeriod> ps = cti.phases();
        CtiPhase[] order = CtiPhase.values();
        for (int i = 0; i < ps.size(); i++) {
          CtiPhasePeriod p = ps.get(i);
          boolean wrongPhase = i >= order.length || p.phase() != order[i];
          boolean early = i == 0 ? p.start().isBefore(cti.start())
              : ps.get(i - 1).end().map(x -> !p.start().isAfter(x)).orElse(true);
          if (wrongPhase || early) {
            out.add(PropertyPath.of("housingSupport").field("cti").field("phases").index(i), p.phase(), i + 1);
          }
        }
      }));

  static SimpleRule cap(String id, String code, int cap, boolean cti) {
    return SimpleRule.caseload(id, code, WARNING, "S4 p. 11", (courses, d, out) -> {
      Map<String, List<Course>> byWorker = new LinkedHashMap<>();
      for (Course c : courses) {
        if (endedOn(c, d) || c.housingSupport().isEmpty()) {
          continue;
        }
        HousingSupport h = c.housingSupport().get();
        Optional<String> worker = cti
            ? h.cti().filter(x -> !x.start().isAfter(d) && x.end().map(e -> !e.isBefore(d)).orElse(true))
                .map(CtiSupport::workerId)
            : h.icm().filter(x -> !x.start().isAfter(d) && x.end().map(e -> !e.isBefore(d)).orElse(true))
                .map(IcmSupport::workerId);
        worker.ifPresent(w -> byWorker.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
      }
      byWorker.forEach((w, list) -> {
        if (list.size() > cap) {
          for (Course c : list) {
            out.addAbout(c.id(), (cti ? "housingSupport.cti" : "housingSupport.icm") + ".workerId", w, list.size(),
                cap);
          }
        }
      });
    });
  }

  static final SimpleRule HOUSE_06 = cap("R-HOUSE-06", "SAM-5061", CTI_CAP, true);

  static final SimpleRule HOUSE_07_CAP = cap("R-HOUSE-07", "SAM-5071", ICM_CAP, false);

  static final SimpleRule HOUSE_07_VISITATION = SimpleRule.course("R-HOUSE-07", "SAM-5072", ERROR, "S4 p. 11",
      (c, d, out) -> c.housingSupport().flatMap(HousingSupport::icm).ifPresent(icm -> {
        if (icm.start().isBefore(icm.visitationAt())) {
          out.add("housingSupport.icm.start", icm.start(), icm.visitationAt());
        }
      }));

  static final SimpleRule HOUSE_08 = SimpleRule.course("R-HOUSE-08", "SAM-5081", ERROR, "S4 p. 12",
      (c, d, out) -> c.housingSupport().ifPresent(h -> supportEnd(h).ifPresent(end -> {
        if (!end.isAfter(effective(c, d)) && h.followOn().isEmpty()) {
          out.add("housingSupport.followOn", end);
        }
      })));

  static final SimpleRule HOUSE_09 = SimpleRule.course("R-HOUSE-09", "SAM-5091", WARNING, "S4 p. 22",
      (c, d, out) -> c.housingSupport().ifPresent(h -> {
        Optional<String> worker = h.cti().map(CtiSupport::workerId).or(() -> h.icm().map(IcmSupport::workerId));
        worker.ifPresent(w -> {
          if (c.coordinatorAssignments().stream().anyMatch(a -> a.coordinatorId().equals(w))) {
            out.add(workerPath(h) + ".workerId", w);
          }
        });
      }));

  // ------------------------------------------------------------------ code lists (§7)

  /**
   * R-CODE-01: a status registration or checklist dated after a code's last day still uses the retired code
   * (docs/domain.md §7). Older registrations keep their codes without a finding.
   */
  static final SimpleRule CODE_01 = SimpleRule.course("R-CODE-01", "SAM-7011", WARNING, "SDK (docs/domain.md §7)",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        for (int i = 0; i < c.statusRegistrations().size(); i++) {
          var r = c.statusRegistrations().get(i);
          if (!r.date().isAfter(e)) {
            retired(r.date(), r.education(), r.employment(), PropertyPath.of("statusRegistrations").index(i), out);
          }
        }
        for (int i = 0; i < c.checklists().size(); i++) {
          var x = c.checklists().get(i);
          if (!x.date().isAfter(e)) {
            retired(x.date(), x.education(), x.employment(), PropertyPath.of("checklists").index(i), out);
          }
        }
      });

  private static void retired(LocalDate date, Optional<dk.samarbejdsmodel.core.tools.EducationStatus> education,
      Optional<dk.samarbejdsmodel.core.tools.EmploymentStatus> employment, PropertyPath path, SimpleRule.Out out) {
    education.flatMap(dk.samarbejdsmodel.core.tools.EducationStatus::type).ifPresent(t -> {
      if (t.validity().until().map(date::isAfter).orElse(false)) {
        out.add(path.field("education").field("type"), t.code(), date, t.validity().until().get());
      }
    });
    employment.ifPresent(s -> {
      if (s.validity().until().map(date::isAfter).orElse(false)) {
        out.add(path.field("employment"), s.code(), date, s.validity().until().get());
      }
    });
  }

  // ------------------------------------------------------------------ dialogue form (§4.4)

  /** How far a recorded area score may lie from the score its questions give before R-DIALOGUE-01 warns. */
  static final int AREA_SCORE_TOLERANCE = 1;

  /**
   * R-DIALOGUE-01: a response records both an area score and answers to the area's questions, and the recorded
   * score lies more than {@value #AREA_SCORE_TOLERANCE} point from the score the questions give
   * ({@code Dimension.derivedScore}). The recorded score stays the score; the finding asks to check it.
   */
  static final SimpleRule DIALOGUE_01 = SimpleRule.course("R-DIALOGUE-01", "SAM-8011", WARNING,
      "S0 p. 14; §6.6 pp. 37–38",
      (c, d, out) -> {
        LocalDate e = effective(c, d);
        for (int i = 0; i < c.responses().size(); i++) {
          InstrumentResponse r = c.responses().get(i);
          Optional<Instrument> instrument = c.instrumentFor(r);
          if (r.date().isAfter(e) || instrument.isEmpty()) {
            continue;
          }
          for (int j = 0; j < r.answers().size(); j++) {
            Answer a = r.answers().get(j);
            Optional<Dimension> dim = instrument.get().dimension(a.dimension());
            if (a.value().isEmpty() || dim.isEmpty()) {
              continue;
            }
            OptionalInt derived = dim.get().derivedScore(a);
            int recorded = a.value().getAsInt();
            if (derived.isPresent() && Math.abs(recorded - derived.getAsInt()) > AREA_SCORE_TOLERANCE) {
              out.add(PropertyPath.of("responses").index(i).field("answers").index(j).field("value"), a.dimension(),
                  r.date(), recorded,
                  derived.getAsInt());
            }
          }
        }
      });

  // ------------------------------------------------------------------ leader group (§4.7)

  /**
   * The months the leader group may go between meetings: the shortest
   * {@code leaderGroupMaxMonthsBetweenMeetings} of the programmes it oversees, 6 when it names none.
   */
  static int leaderGroupMaxMonths(List<dk.samarbejdsmodel.core.programme.Programme> programmes) {
    return programmes.stream().mapToInt(dk.samarbejdsmodel.core.programme.Programme::leaderGroupMaxMonthsBetweenMeetings)
        .min().orElse(LEADER_GROUP_MAX_MONTHS);
  }

  static final SimpleRule LEAD_01 = SimpleRule.leaderGroup("R-LEAD-01", "SAM-6011", WARNING, "S2 p. 25",
      (SimpleRule.ProgrammesLeaderGroupCheck) (g, programmes, d, out) -> g.inOperationSince()
          .filter(s -> !s.isAfter(d)).ifPresent(since -> {
            int max = leaderGroupMaxMonths(programmes);
            List<LocalDate> ms = g.meetings().stream().filter(m -> !m.isBefore(since) && !m.isAfter(d)).sorted()
                .collect(Collectors.toList());
            LocalDate previous = since;
            for (LocalDate m : ms) {
              if (previous.plusMonths(max).isBefore(m)) {
                out.add("meetings", previous, m, max);
              }
              previous = m;
            }
            if (previous.plusMonths(max).isBefore(d)) {
              out.add("meetings", previous, d, max);
            }
          }));

  static final SimpleRule LEAD_02 = SimpleRule.leaderGroup("R-LEAD-02", "SAM-6021", WARNING, "S0 §7.1 p. 40; S2 p. 15",
      (g, d, out) -> {
        Set<LeaderArea> areas = g.members().stream().map(LeaderGroupMember::area).collect(Collectors.toSet());
        List<LeaderArea> required = new java.util.ArrayList<>(List.of(LeaderArea.CHILDREN_AND_YOUTH,
            LeaderArea.EMPLOYMENT, LeaderArea.UU, LeaderArea.ADULT_SERVICES));
        if (g.programmeIds().contains("MENTAL_HEALTH")) {
          required.add(LeaderArea.REGIONAL_PSYCHIATRY);
        }
        for (LeaderArea a : required) {
          if (!areas.contains(a)) {
            out.add("members", a);
          }
        }
      });

  /** Every built-in rule in catalogue order. */
  static final List<Rule> ALL = List.of(
      GOAL_01_RESPONSIBLE, GOAL_01_DATE, GOAL_02, GOAL_03, GOAL_04_GOALS, GOAL_04_AGREEMENTS, GOAL_05, GOAL_06,
      CONSENT_01_CUSTODY, CONSENT_01_YOUNG_PERSON, CONSENT_02, CONSENT_04_CARD, CONSENT_04_TEAM, CONSENT_04_MEETING,
      MEET_01, MEET_02, MEET_03_OVERDUE, MEET_03_MISSED, MEET_03_ROLLING, MEET_04, MEET_05,
      COURSE_01, COURSE_01_AUTHORITY, COURSE_02_LATE, COURSE_02_EARLY, COURSE_02_END_AGE, COURSE_03,
      COURSE_04_YOUNG_PERSON, COURSE_04_TEAM, COURSE_05,
      HOUSE_01, HOUSE_02, HOUSE_03, HOUSE_04_BEFORE, HOUSE_04_AFTER, HOUSE_05_HOUSING, HOUSE_05_LENGTH,
      HOUSE_05_PHASES, HOUSE_06, HOUSE_07_CAP, HOUSE_07_VISITATION, HOUSE_08, HOUSE_09,
      CODE_01, DIALOGUE_01, LEAD_01, LEAD_02);
}
