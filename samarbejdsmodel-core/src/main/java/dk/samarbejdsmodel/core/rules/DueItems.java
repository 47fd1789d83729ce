package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.people.Ages;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hvad skal ske, og hvornår: the due items of a course on a date, sorted by due date — fixed meetings, the
 * rolling minimum and the gap limit, the next agreed meeting, the young person's own consent at 18, the next
 * dialogue form, agreement deadlines and follow-ups, the assessment before 23, the programme's end age, the CTI
 * end and follow-on decision, and a coordinator when the current assignment ends without a successor. Each item
 * names the rule that creates it. A course that has ended on the date has no due items. A programme that leaves
 * out a core element or switches a rule off has none of that rule's due items. Plugin rules' due items are added
 * by {@link RuleEvaluator#dueItems}.
 *
 * <p>The items are made so that every time-driven finding is announced: when a course has no findings on a
 * date, and only the date moves on, no finding appears before the earliest due item's date.
 *
 * <pre>{@code
 * List<DueItem> next = DueItems.of(course, LocalDate.of(2026, 3, 1));
 * next.get(0).dueDate(); // the most urgent
 * }</pre>
 */
public final class DueItems {

  private DueItems() {}

  /** The due items of a course on a date, sorted by due date, kind and path. */
  public static List<DueItem> of(Course c, LocalDate date) {
    if (BuiltInRules.endedOn(c, date)) {
      return List.of();
    }
    List<DueItem> items = new ArrayList<>();
    MeetingSchedule schedule = MeetingSchedule.of(c, date);

    // fixed meetings not yet held and not yet missed (R-MEET-03)
    for (DueMeeting m : schedule.dueMeetings()) {
      if (m.status() == DueMeetingStatus.DUE || m.status() == DueMeetingStatus.OVERDUE) {
        items.add(DueItem.of(DueItemKind.FIXED_MEETING, "R-MEET-03", m.dueDate(), "meetings", m.label()));
      }
    }
    if (!schedule.rollingShortfall()) {
      schedule.rollingDeadline().ifPresent(d -> items.add(DueItem.of(DueItemKind.ROLLING_MINIMUM, "R-MEET-03",
          d.minusDays(1), "meetings", Integer.toString(schedule.rollingMinimum()))));
    }
    schedule.gapDeadline().ifPresent(d -> items.add(DueItem.of(DueItemKind.MEETING_GAP, "R-MEET-04", d,
        "meetings")));

    // next agreed meeting (R-MEET-05)
    List<Meeting> network = c.networkMeetings().stream().filter(m -> !m.date().isAfter(date)).toList();
    if (!network.isEmpty()) {
      Meeting last = network.get(network.size() - 1);
      Optional<LocalDate> agreed = last.nextMeetingDate().or(() -> c.formRevisions().stream()
          .filter(f -> f.meetingId().map(last.id()::equals).orElse(false)).map(GoalAgreementForm::nextMeetingDate)
          .flatMap(Optional::stream).findFirst());
      agreed.ifPresent(d -> items.add(DueItem.of(DueItemKind.NEXT_AGREED_MEETING, "R-MEET-05", d,
          PropertyPath.of("meetings").index(c.meetings().indexOf(last)).field("nextMeetingDate"), last.id())));
    }

    // the young person's own consent at 18 (R-CONSENT-02)
    BuiltInRules.firstAdultUncoveredAfter(c, date).ifPresent(d -> items.add(
        DueItem.of(DueItemKind.YOUNG_PERSONS_CONSENT, "R-CONSENT-02", d, "consents")));

    // the next response to each of the programme's instruments, at its cadence (§4.4)
    for (dk.samarbejdsmodel.core.instrument.Instrument in : c.programme().instruments()) {
      String instrument = in.id();
      if (items.stream().anyMatch(i -> i.kind().equals(DueItemKind.DIALOGUE) && i.args().contains(instrument))) {
        continue; // two versions of one instrument share their due item
      }
      List<InstrumentResponse> rs = c.responsesTo(instrument).stream().filter(r -> !r.date().isAfter(date)).toList();
      LocalDate next = rs.isEmpty() ? c.startDate()
          : rs.get(rs.size() - 1).date().plusMonths(c.programme().cadenceMonths(instrument));
      items.add(DueItem.of(DueItemKind.DIALOGUE, "§4.4", next, "responses", instrument));
    }

    // agreement deadlines and follow-ups (R-GOAL-05, R-GOAL-01)
    int fi = BuiltInRules.formIndex(c, date);
    if (fi >= 0) {
      List<Agreement> as = c.formRevisions().get(fi).agreements();
      for (int j = 0; j < as.size(); j++) {
        Agreement a = as.get(j);
        AgreementStatus status = a.statusOn(date).orElse(AgreementStatus.AGREED);
        if (status == AgreementStatus.DONE || status == AgreementStatus.CANCELLED) {
          continue; // NOT_DONE stays due: R-GOAL-05 counts it as overdue
        }
        PropertyPath p = PropertyPath.of("formRevisions").index(fi).field("agreements").index(j);
        a.deadline().ifPresent(d -> items.add(DueItem.of(DueItemKind.AGREEMENT_DEADLINE, "R-GOAL-05", d,
            p.field("deadline"), a.id())));
        a.followUpDate().ifPresent(d -> items.add(DueItem.of(DueItemKind.AGREEMENT_FOLLOW_UP, "R-GOAL-01", d,
            p.field("followUpDate"), a.id())));
      }
    }

    // the assessment before 23 (R-COURSE-03) and the end age (R-COURSE-02)
    LocalDate birth = c.youngPerson().birthDate();
    c.programme().assessmentBeforeAge().ifPresent(age -> {
      LocalDate ageDate = Ages.dateAtAge(birth, Period.ofYears(age));
      if (date.isBefore(ageDate) && c.startDate().isBefore(ageDate)
          && !BuiltInRules.assessmentMade(c, ageDate, date)) {
        items.add(DueItem.of(DueItemKind.ASSESSMENT_BEFORE_AGE, "R-COURSE-03", ageDate.minusDays(1), "meetings",
            Integer.toString(age)));
      }
    });
    c.programme().endBeforeAge().ifPresent(age -> {
      LocalDate ageDate = Ages.dateAtAge(birth, Period.ofYears(age));
      if (date.isBefore(ageDate)) {
        items.add(DueItem.of(DueItemKind.COURSE_END_BY_AGE, "R-COURSE-02", ageDate.minusDays(1), "end",
            Integer.toString(age)));
      }
    });

    // from the law: the ungeplan by 16 years 3 months (barnets lov § 108, stk. 3) and the decision on
    // ungestøtte by 17½ (§ 111, stk. 1), shown while the course is open before the date; adult services at
    // 17½ (R-COURSE-05); the end-of-course dialogue form before the end age (§4.4)
    if (c.programme().endBeforeAge().map(a -> a > 16).orElse(true)) {
      LocalDate plan = Ages.dateAtAge(birth, Period.ofYears(16)).plusMonths(3);
      if (!date.isAfter(plan) && c.startDate().isBefore(plan)) {
        items.add(DueItem.of(DueItemKind.YOUTH_PLAN, "§5", plan, "youngPerson.birthDate", "16"));
      }
      LocalDate decision = Ages.dateAtAge(birth, MeetingSchedule.LEGAL_DEADLINE_AGE);
      boolean placed = c.targetGroup().map(TargetGroup.PLACED::equals).orElse(false);
      if (placed && !date.isAfter(decision) && c.startDate().isBefore(decision)) {
        items.add(DueItem.of(DueItemKind.CONTINUED_SUPPORT_DECISION, "§5", decision, "youngPerson.birthDate",
            "17½"));
      }
    }
    BuiltInRules.adultServicesDue(c).filter(due -> !date.isAfter(due) && !BuiltInRules.adultServicesJoined(c, date))
        .ifPresent(due -> items.add(DueItem.of(DueItemKind.ADULT_SERVICES, "R-COURSE-05", due, "teamMemberships",
            "17½")));
    if (!c.programme().instruments().isEmpty()) {
      c.programme().endBeforeAge().ifPresent(age -> {
        LocalDate last = Ages.dateAtAge(birth, Period.ofYears(age)).minusDays(1);
        if (!date.isAfter(last)) {
          items.add(DueItem.of(DueItemKind.END_DIALOGUE_FORM, "§4.4", last, "responses",
              c.programme().instruments().get(0).id()));
        }
      });
    }

    // CTI end and the follow-on decision (R-HOUSE-05, R-HOUSE-08)
    c.housingSupport().ifPresent(h -> housing(h, date, items));

    // a coordinator when the current assignment ends without a successor (R-COURSE-01)
    for (int i = 0; i < c.coordinatorAssignments().size(); i++) {
      CoordinatorAssignment a = c.coordinatorAssignments().get(i);
      if (a.until().isPresent() && !a.until().get().isBefore(date)) {
        LocalDate next = a.until().get().plusDays(1);
        if (c.coordinatorOn(next).isEmpty()) {
          items.add(DueItem.of(DueItemKind.COORDINATOR, "R-COURSE-01", next,
              PropertyPath.of("coordinatorAssignments").index(i),
              a.coordinatorId()));
        }
      }
    }

    // a programme that leaves out a core element, or switches a rule off, has none of its due items
    items.removeIf(i -> c.programme().disabledRules().contains(i.ruleId())
        || !c.programme().elements().containsAll(CoreElementRules.of(i.ruleId(), "")));
    items.sort(ORDER);
    return List.copyOf(items);
  }

  /** The order of due items: due date, then kind (built-in kinds in declaration order first), path, arguments. */
  static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::dueDate)
      .thenComparingInt((DueItem i) -> DueItemKind.rank(i.kind())).thenComparing(DueItem::kind)
      .thenComparing(DueItem::path).thenComparing(i -> String.join(",", i.args()));

  private static void housing(HousingSupport h, LocalDate date, List<DueItem> items) {
    h.cti().ifPresent(cti -> {
      LocalDate limit = cti.start().plus(BuiltInRules.CTI_LENGTH);
      if (cti.end().isEmpty()) {
        items.add(DueItem.of(DueItemKind.CTI_END, "R-HOUSE-05", limit, "housingSupport.cti.end", cti.workerId()));
      }
    });
    if (h.followOn().isEmpty()) {
      Optional<LocalDate> end = BuiltInRules.supportEnd(h)
          .or(() -> h.cti().map(CtiSupport::start).map(s -> s.plus(BuiltInRules.CTI_LENGTH)));
      end.filter(e -> e.isAfter(date)).ifPresent(e -> items.add(DueItem.of(DueItemKind.FOLLOW_ON_DECISION,
          "R-HOUSE-08", e, "housingSupport.followOn")));
    }
  }
}
