package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Mål- og aftaleskema: one revision of the goal-and-agreement form — the young person's wishes, goals,
 * agreements, who follows up on the form, and the date of the next meeting (S0 §3.2, §6.3).
 *
 * <p>Revised at every network meeting and between meetings. Referential integrity is structural: every
 * agreement's goals, every sub-goal's parent and every responsible or follow-up person must exist on the form.
 * Keeping every earlier goal and agreement in a later revision is rule R-GOAL-04 (see {@link #keeps}).
 *
 * <pre>{@code
 * GoalAgreementForm form = GoalAgreementForm.builder().id("f1").revision(1)
 *     .updatedAt(LocalDate.of(2026, 3, 1)).meetingId("m1")
 *     .addParticipants(FormParticipant.builder().personId("yp-1").role(ParticipantRole.YOUNG_PERSON).build())
 *     .addGoals(goal).addAgreements(agreement)
 *     .nextMeetingDate(LocalDate.of(2026, 6, 1)).build();
 * GoalAgreementForm next = form.nextRevision(LocalDate.of(2026, 4, 2)).addGoals(newGoal).build();
 * }</pre>
 */
@Value.Immutable
public abstract class GoalAgreementForm {

  /** Skemaets id, the same for every revision. */
  public abstract String id();

  /** Revisionsnummer, from 1, increasing. */
  public abstract int revision();

  /** Opdateret. */
  public abstract LocalDate updatedAt();

  /** The meeting the revision was made at, if any. */
  public abstract Optional<String> meetingId();

  /** Den unges ønsker for fremtiden, in the young person's own words (free text). */
  @Value.Redacted
  public abstract Optional<String> wishes();

  /** The people named on the form. */
  public abstract List<FormParticipant> participants();

  /** Mål. */
  public abstract List<Goal> goals();

  /** Aftaler. */
  public abstract List<Agreement> agreements();

  /** Hvem følger op på skemaet (a participant). */
  public abstract Optional<String> followUpById();

  /** Dato for næste møde, agreed at the meeting. */
  public abstract Optional<LocalDate> nextMeetingDate();

  /** Modtagere: participants the form is sent to. */
  public abstract List<String> recipientIds();

  /**
   * Registreret af: the id of the form participant who recorded the revision (optional; for vendors' audit trails). An id, never
   * a name.
   */
  public abstract Optional<String> recordedBy();

  /** Registreret den: the date it was recorded (optional; for vendors' audit trails). */
  public abstract Optional<LocalDate> recordedAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link GoalAgreementForm}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableGoalAgreementForm.Builder {}

  /** A builder for the next revision, pre-filled with this one's content, revision + 1 and the new date. */
  public Builder nextRevision(LocalDate updatedAt) {
    return builder().from(this).revision(revision() + 1).updatedAt(updatedAt).meetingId(Optional.empty());
  }

  /** The goal with the id. */
  public Optional<Goal> goal(String id) {
    return goals().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The agreement with the id. */
  public Optional<Agreement> agreement(String id) {
    return agreements().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Active goals. */
  public List<Goal> activeGoals() {
    return goals().stream().filter(g -> g.status() == GoalStatus.ACTIVE).collect(Collectors.toList());
  }

  /** Agreements serving a goal. */
  public List<Agreement> agreementsFor(String goalId) {
    return agreements().stream().filter(a -> a.goalIds().contains(goalId)).collect(Collectors.toList());
  }

  /**
   * True when this revision keeps every goal and agreement of {@code earlier} (R-GOAL-04: closed by status,
   * never dropped).
   */
  public boolean keeps(GoalAgreementForm earlier) {
    Set<String> goals = goals().stream().map(Goal::id).collect(Collectors.toSet());
    Set<String> agreements = agreements().stream().map(Agreement::id).collect(Collectors.toSet());
    return earlier.goals().stream().allMatch(g -> goals.contains(g.id()))
        && earlier.agreements().stream().allMatch(a -> agreements.contains(a.id()));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.range("revision", revision(), 1, Integer.MAX_VALUE);
    Set<String> people = v.uniqueIdsOf("participants", participants(), FormParticipant::personId, "personId");
    Set<String> goalIds = v.uniqueIds("goals", goals(), Goal::id);
    v.uniqueIds("agreements", agreements(), Agreement::id);
    Map<String, Goal> byId = goals().stream().collect(Collectors.toMap(Goal::id, Function.identity(), (a, b) -> a));
    for (int i = 0; i < goals().size(); i++) {
      Goal g = goals().get(i);
      if (g.parentGoalId().isPresent()) {
        v.reference(PropertyPath.of("goals").index(i).field("parentGoalId"), g.parentGoalId().get(), goalIds);
        Set<String> seen = new HashSet<>();
        Goal cur = g;
        while (cur != null && cur.parentGoalId().isPresent()) {
          if (!seen.add(cur.id())) {
            v.add(PropertyPath.of("goals").index(i).field("parentGoalId"), StructuralCode.CYCLE);
            break;
          }
          cur = byId.get(cur.parentGoalId().get());
        }
      }
    }
    for (int i = 0; i < agreements().size(); i++) {
      Agreement a = agreements().get(i);
      PropertyPath p = PropertyPath.of("agreements").index(i);
      for (int j = 0; j < a.goalIds().size(); j++) {
        v.reference(p.field("goalIds").index(j), a.goalIds().get(j), goalIds);
      }
      a.responsibleId().ifPresent(r -> v.reference(p.field("responsibleId"), r, people));
      a.followUpById().ifPresent(r -> v.reference(p.field("followUpById"), r, people));
    }
    followUpById().ifPresent(r -> v.reference("followUpById", r, people));
    for (int i = 0; i < recipientIds().size(); i++) {
      v.reference(PropertyPath.of("recipientIds").index(i), recipientIds().get(i), people);
    }
    recordedBy().ifPresent(r -> v.reference("recordedBy", r, people));
    v.throwIfAny("GoalAgreementForm");
  }
}
