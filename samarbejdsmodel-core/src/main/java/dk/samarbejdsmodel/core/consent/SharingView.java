package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.ImmutableAgreement;
import dk.samarbejdsmodel.core.tools.ImmutableGoal;
import dk.samarbejdsmodel.core.tools.ImmutableIntervention;
import dk.samarbejdsmodel.core.tools.ImmutableLegalBasis;
import dk.samarbejdsmodel.core.tools.ImmutableNetworkCard;
import dk.samarbejdsmodel.core.tools.ImmutableNetworkCardEntry;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Intervention;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkCardEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Delingsvisning: builds what a recipient may receive on a date — of a whole course ({@link CourseShare}) or
 * of one goal-and-agreement form revision ({@link FormShare}) — from the consent decisions of
 * {@link ConsentEvaluator} and the category map of {@link SharingCategories}.
 *
 * <p>Guarantees: a share never contains a CPR number (CPR-like text in free text is masked and reported); it
 * never contains an item of a category the recipient's consent does not cover on the date; and nothing is left
 * out silently — every omission is a {@link Withheld} entry with its {@link WithheldReason}.
 *
 * <pre>{@code
 * Recipient uu = Recipient.of(course, "p-uu");
 * CourseShare share = SharingView.course(course, uu, LocalDate.of(2026, 3, 2));
 * FormShare form = SharingView.form(course, course.latestForm().get(), uu, LocalDate.of(2026, 3, 2));
 * }</pre>
 */
public final class SharingView {

  private static final Set<InformationCategory> SOCIAL = Set.of(SharingCategories.SOCIAL_RECORDS);

  private SharingView() {}

  /** The share of a course for a recipient on a date. */
  public static CourseShare course(Course course, Recipient recipient, LocalDate date) {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(date, "date");
    Permissions p = Permissions.of(course, recipient, date);
    CourseShare.Builder b = CourseShare.builder().recipient(recipient).date(date).courseId(course.id())
        .youngPersonId(course.youngPerson().id()).decisions(p.decisions());
    if (!p.any()) {
      return b.addWithheld(denied("course", p, p.decisions().keySet())).build();
    }
    b.programmeId(course.programme().id()).municipalityCode(course.municipality().code())
        .state(course.state(date)).coordinatorId(course.coordinatorOn(date).map(CoordinatorAssignment::coordinatorId))
        .youngPersonName(course.youngPerson().name()).youngPersonAge(course.ageOn(date));
    course.youngPerson().cpr().ifPresent(c -> b.addWithheld(Withheld.of("youngPerson.cpr", WithheldReason.CPR_NUMBER)));
    b.addWithheld(Withheld.of("youngPerson.birthDate", WithheldReason.DATA_MINIMISATION));
    course.youngPerson().contact()
        .ifPresent(c -> b.addWithheld(Withheld.of("youngPerson.contact", WithheldReason.DATA_MINIMISATION)));
    if (!course.privatePersons().isEmpty()) {
      b.addWithheld(Withheld.of("privatePersons", WithheldReason.DATA_MINIMISATION));
    }
    if (!course.professionals().isEmpty()) {
      b.addWithheld(Withheld.of("professionals", WithheldReason.NOT_IN_SHARE));
    }

    // the form: the latest revision on the date; earlier and later revisions are history
    Optional<GoalAgreementForm> current = course.formOn(date);
    current.ifPresent(f -> b.form(form(course, f, recipient, date)));
    for (GoalAgreementForm f : course.formRevisions()) {
      if (current.isEmpty() || f.revision() != current.get().revision()) {
        b.addWithheld(Withheld.of(PropertyPath.of("formRevisions").key(Integer.toString(f.revision())).toString(),
            WithheldReason.NOT_IN_SHARE));
      }
    }

    // SOCIAL records
    boolean social = p.allPermitted(SOCIAL);
    List<Withheld> masked = new ArrayList<>();
    for (Meeting m : course.meetings()) {
      if (social) {
        b.addMeetings(m);
      } else {
        b.addWithheld(denied(PropertyPath.of("meetings").key(m.id()), p, SOCIAL));
      }
    }
    course.interventionOverview().ifPresent(o -> {
      for (Intervention i : o.interventions()) {
        PropertyPath path = PropertyPath.of("interventionOverview").field("interventions").key(i.id());
        if (social) {
          b.addInterventions(mask(i, path, masked));
        } else {
          b.addWithheld(denied(path, p, SOCIAL));
        }
      }
    });
    course.networkCard().ifPresent(card -> {
      if (social) {
        b.networkCard(mask(card, masked));
      } else {
        b.addWithheld(denied("networkCard", p, SOCIAL));
      }
    });
    course.networkOverview().ifPresent(o -> {
      if (social) {
        b.networkOverview(o);
      } else {
        b.addWithheld(denied("networkOverview", p, SOCIAL));
      }
    });
    b.addAllWithheld(masked);

    // status registrations, part by part
    List<StatusRegistration> regs = course.statusRegistrations();
    for (int i = 0; i < regs.size(); i++) {
      statusRegistration(regs.get(i), PropertyPath.of("statusRegistrations").index(i), p, b);
    }

    // records that are never part of a share
    notInShare(b, "consents", !course.consents().isEmpty());
    notInShare(b, "checklists", !course.checklists().isEmpty());
    notInShare(b, "responses", !course.responses().isEmpty());
    notInShare(b, "startUpSteps", !course.startUpSteps().isEmpty());
    notInShare(b, "teamMemberships", !course.teamMemberships().isEmpty());
    notInShare(b, "coordinatorAssignments", !course.coordinatorAssignments().isEmpty());
    notInShare(b, "youngPersonsAdult", course.youngPersonsAdult().isPresent());
    notInShare(b, "targetGroup", course.targetGroup().isPresent());
    notInShare(b, "housingSubgroup", course.housingSubgroup().isPresent());
    notInShare(b, "housingSupport", course.housingSupport().isPresent());
    notInShare(b, "end", course.end().isPresent());
    return b.build();
  }

  /**
   * The team share of one goal-and-agreement form revision of the course for a recipient on a date.
   *
   * @throws IllegalArgumentException if the form is not one of the course's revisions
   */
  public static FormShare form(Course course, GoalAgreementForm form, Recipient recipient, LocalDate date) {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(date, "date");
    if (!course.formRevisions().contains(form)) {
      throw new IllegalArgumentException("the form revision is not part of the course");
    }
    Permissions p = Permissions.of(course, recipient, date);
    FormShare.Builder b = FormShare.builder().recipient(recipient).date(date).formId(form.id())
        .revision(form.revision()).decisions(p.decisions());
    if (!p.any()) {
      return b.addWithheld(denied("form", p, p.decisions().keySet())).build();
    }
    List<Withheld> withheld = new ArrayList<>();

    // goals: own categories plus every ancestor's; unclassified if any life area on the chain has none
    Map<String, Goal> byId = new HashMap<>();
    form.goals().forEach(g -> byId.put(g.id(), g));
    Set<String> kept = new HashSet<>();
    Set<String> unclassified = new HashSet<>();
    Map<String, Set<InformationCategory>> categories = new HashMap<>();
    List<Goal> goals = new ArrayList<>();
    for (Goal g : form.goals()) {
      Set<InformationCategory> cats = new LinkedHashSet<>();
      boolean classified = true;
      Set<String> seen = new HashSet<>();
      for (Goal cur = g; cur != null && seen.add(cur.id()); cur = cur.parentGoalId().map(byId::get).orElse(null)) {
        Set<InformationCategory> own = SharingCategories.forLifeArea(cur.lifeArea());
        classified &= !own.isEmpty();
        cats.addAll(own);
      }
      categories.put(g.id(), cats);
      PropertyPath path = PropertyPath.of("goals").key(g.id());
      if (!classified) {
        unclassified.add(g.id());
        withheld.add(Withheld.builder().path(path.toString()).reason(WithheldReason.UNCLASSIFIED).categories(cats)
            .build());
      } else if (!p.allPermitted(cats)) {
        withheld.add(denied(path, p, cats));
      } else {
        kept.add(g.id());
        String text = maskText(g.description(), path.field("description"), withheld);
        goals.add(text.equals(g.description()) ? g : ImmutableGoal.copyOf(g).withDescription(text));
      }
    }

    // agreements: kept only with all their goals
    List<Agreement> agreements = new ArrayList<>();
    for (Agreement a : form.agreements()) {
      PropertyPath path = PropertyPath.of("agreements").key(a.id());
      if (kept.containsAll(a.goalIds())) {
        String text = maskText(a.action(), path.field("action"), withheld);
        agreements.add(text.equals(a.action()) ? a : ImmutableAgreement.copyOf(a).withAction(text));
      } else {
        Set<InformationCategory> cats = new LinkedHashSet<>();
        a.goalIds().forEach(id -> cats.addAll(categories.getOrDefault(id, Set.of())));
        boolean byConsent = a.goalIds().stream().anyMatch(id -> !kept.contains(id) && !unclassified.contains(id));
        withheld.add(byConsent ? denied(path, p, cats)
            : Withheld.builder().path(path.toString()).reason(WithheldReason.UNCLASSIFIED).categories(cats).build());
      }
    }

    // the young person's wishes: SOCIAL
    Optional<String> wishes = Optional.empty();
    if (form.wishes().isPresent()) {
      if (p.allPermitted(SOCIAL)) {
        wishes = Optional.of(maskText(form.wishes().get(), PropertyPath.of("wishes"), withheld));
      } else {
        withheld.add(denied("wishes", p, SOCIAL));
      }
    }
    GoalAgreementForm shared = GoalAgreementForm.builder().from(form).goals(goals).agreements(agreements)
        .wishes(wishes).build();
    return b.form(shared).withheld(withheld).build();
  }

  private static void statusRegistration(StatusRegistration r, PropertyPath path, Permissions p,
      CourseShare.Builder b) {
    StatusRegistration.Builder sb = StatusRegistration.builder().date(r.date());
    boolean anyPart = false;
    if (r.education().isPresent()) {
      if (p.permitted(InformationCategory.EDUCATION)) {
        sb.education(r.education());
        anyPart = true;
      } else {
        b.addWithheld(denied(path.field("education"), p, Set.of(InformationCategory.EDUCATION)));
      }
    }
    if (r.employment().isPresent()) {
      if (p.permitted(InformationCategory.EMPLOYMENT)) {
        sb.employment(r.employment());
        anyPart = true;
      } else {
        b.addWithheld(denied(path.field("employment"), p, Set.of(InformationCategory.EMPLOYMENT)));
      }
    }
    if (r.housing().isPresent()) {
      if (p.permitted(InformationCategory.HOUSING)) {
        sb.housing(r.housing());
        anyPart = true;
      } else {
        b.addWithheld(denied(path.field("housing"), p, Set.of(InformationCategory.HOUSING)));
      }
    }
    if (anyPart) {
      b.addStatusRegistrations(sb.build());
    }
  }

  private static void notInShare(CourseShare.Builder b, String path, boolean present) {
    if (present) {
      b.addWithheld(Withheld.of(path, WithheldReason.NOT_IN_SHARE));
    }
  }

  private static Withheld denied(PropertyPath path, Permissions p, Set<InformationCategory> categories) {
    return denied(path.toString(), p, categories);
  }

  private static Withheld denied(String path, Permissions p, Set<InformationCategory> categories) {
    return Withheld.builder().path(path).reason(WithheldReason.NOT_COVERED_BY_CONSENT).categories(categories)
        .consentReason(p.firstDenial(categories)).build();
  }

  private static String maskText(String text, PropertyPath path, List<Withheld> withheld) {
    if (Redaction.containsCprLike(text)) {
      withheld.add(Withheld.of(path.toString(), WithheldReason.CPR_NUMBER));
      return Redaction.maskCprLike(text);
    }
    return text;
  }

  private static Intervention mask(Intervention i, PropertyPath path, List<Withheld> withheld) {
    ImmutableIntervention out =
        ImmutableIntervention.copyOf(i).withName(maskText(i.name(), path.field("name"), withheld));
    if (i.legalBasis().isPresent()) {
      String text = maskText(i.legalBasis().get().text(), path.field("legalBasis").field("text"), withheld);
      out = out.withLegalBasis(ImmutableLegalBasis.copyOf(i.legalBasis().get()).withText(text));
    }
    return out;
  }

  private static NetworkCard mask(NetworkCard card, List<Withheld> withheld) {
    List<NetworkCardEntry> entries = new ArrayList<>();
    for (NetworkCardEntry e : card.entries()) {
      Optional<String> relation = e.relation()
          .map(r -> maskText(r, PropertyPath.of("networkCard").field("entries").key(e.personId()).field("relation"),
              withheld));
      entries.add(ImmutableNetworkCardEntry.copyOf(e).withRelation(relation));
    }
    return ImmutableNetworkCard.copyOf(card).withEntries(entries);
  }
}
