package dk.samarbejdsmodel.examples.vendor;

import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.StatusChange;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Oversættelse af en handleplan: maps a vendor's {@link Handleplan} onto the SDK's goal-and-agreement form.
 *
 * <ul>
 *   <li>each target becomes a goal; its ICS theme picks the life area ({@link #lifeArea(String)}); the
 *       horizon follows the deadline (under 6 months short, under 18 medium, else long);</li>
 *   <li>each action becomes an agreement on its target's goal, with a deadline and a responsible participant —
 *       one participant per distinct responsible role, with the vendor's role text mapped to a
 *       {@link ParticipantRole} ({@link #role(String)});</li>
 *   <li>the plan's legal basis and case number stay in the vendor's system; the form carries the ids
 *       {@code <caseId>-…} so a later export can be matched.</li>
 * </ul>
 *
 * <p>Unknown themes or roles are not dropped: an unknown role maps to {@code OTHER}, an unrecognised theme to
 * {@code SOCIAL_NETWORK_COMPETENCES}, and the rule engine's findings show what the coordinator must complete.
 */
public final class HandleplanMapper {

  private HandleplanMapper() {}

  /** The life area for an ICS theme (children's ICS triangle and the adult and job-plan themes). */
  public static LifeArea lifeArea(String icsTheme) {
    String t = icsTheme.toLowerCase(Locale.ROOT);
    if (t.contains("skole") || t.contains("uddannelse") || t.contains("beskæftigelse") || t.contains("job")) {
      return LifeArea.SCHOOL_EDUCATION_EMPLOYMENT;
    }
    if (t.contains("psyk") || t.contains("trivsel")) {
      return LifeArea.MENTAL_HEALTH;
    }
    if (t.contains("sundhed") || t.contains("helbred")) {
      return LifeArea.PHYSICAL_HEALTH;
    }
    if (t.contains("misbrug") || t.contains("rusmid")) {
      return LifeArea.SUBSTANCE_USE;
    }
    if (t.contains("krimi")) {
      return LifeArea.CRIME;
    }
    if (t.contains("økonomi") || t.contains("bolig") || t.contains("praktisk")) {
      return LifeArea.HOUSEHOLD_ECONOMY;
    }
    return LifeArea.SOCIAL_NETWORK_COMPETENCES; // udvikling og adfærd, familie, fritid og venskaber, netværk
  }

  /** The participant role for a vendor's role text. */
  public static ParticipantRole role(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("den unge")) {
      return ParticipantRole.YOUNG_PERSON;
    }
    if (t.contains("uu")) {
      return ParticipantRole.UU_COUNSELLOR;
    }
    if (t.contains("jobcenter")) {
      return ParticipantRole.JOB_CENTRE_CONSULTANT;
    }
    if (t.contains("voksen")) {
      return t.contains("sagsbehandler") ? ParticipantRole.CASEWORKER_ADULTS : ParticipantRole.YOUNG_PERSONS_ADULT;
    }
    if (t.contains("sagsbehandler") || t.contains("rådgiver")) {
      return ParticipantRole.CASEWORKER_CHILDREN_YOUTH;
    }
    if (t.contains("kontaktperson")) {
      return ParticipantRole.CONTACT_PERSON;
    }
    if (t.contains("koordinator")) {
      return ParticipantRole.COORDINATOR;
    }
    if (t.contains("mor") || t.contains("far") || t.contains("forælder")) {
      return ParticipantRole.PARENT_WITH_CUSTODY;
    }
    return ParticipantRole.OTHER;
  }

  /** The SDK person id the mapping gives the plan's participant in a role: {@code <caseId>-<role code>}. */
  public static String participantId(Handleplan plan, ParticipantRole role) {
    return plan.caseId() + "-" + role.code().toLowerCase(Locale.ROOT);
  }

  /**
   * The goal-and-agreement form for a plan.
   *
   * @param plan the vendor's plan
   * @param youngPersonId the young person's pseudonymous id in the SDK
   * @param revision the form revision to create (1 for a first plan)
   */
  public static GoalAgreementForm toForm(Handleplan plan, String youngPersonId, int revision) {
    GoalAgreementForm.Builder form = GoalAgreementForm.builder()
        .id(plan.caseId() + "-form").revision(revision).updatedAt(plan.planDate()).wishes(plan.wishes());
    Map<ParticipantRole, String> participants = new LinkedHashMap<>();
    participants.put(ParticipantRole.YOUNG_PERSON, youngPersonId);
    form.addParticipants(FormParticipant.builder().personId(youngPersonId).role(ParticipantRole.YOUNG_PERSON)
        .name(PersonName.of(plan.givenName(), plan.familyName())).build());
    for (Handleplan.Action a : plan.actions()) {
      ParticipantRole role = role(a.responsibleRole());
      if (!participants.containsKey(role)) {
        String id = participantId(plan, role);
        participants.put(role, id);
        FormParticipant.Builder p = FormParticipant.builder().personId(id).role(role);
        if (a.responsibleName() != null && a.responsibleName().contains(" ")) {
          int space = a.responsibleName().lastIndexOf(' ');
          p.name(PersonName.of(a.responsibleName().substring(0, space), a.responsibleName().substring(space + 1)));
        }
        form.addParticipants(p.build());
      }
    }
    for (Handleplan.Target t : plan.targets()) {
      Goal.Builder g = Goal.builder().id("g" + t.number()).lifeArea(lifeArea(t.icsTheme())).description(t.text())
          .addStatusHistory(StatusChange.of(plan.planDate(), GoalStatus.ACTIVE));
      long months = t.deadline() == null ? 24 : ChronoUnit.MONTHS.between(plan.planDate(), t.deadline());
      g.horizon(months < 6 ? GoalHorizon.SHORT : months < 18 ? GoalHorizon.MEDIUM : GoalHorizon.LONG);
      if (t.deadline() != null) {
        g.targetDate(t.deadline());
      }
      form.addGoals(g.build());
    }
    int n = 0;
    for (Handleplan.Action a : plan.actions()) {
      Agreement.Builder ab = Agreement.builder().id("a" + (++n)).addGoalIds("g" + a.targetNumber()).action(a.text())
          .responsibleId(participants.get(role(a.responsibleRole())))
          .addStatusHistory(StatusChange.of(plan.planDate(), AgreementStatus.AGREED));
      if (a.deadline() != null) {
        ab.deadline(a.deadline());
      }
      form.addAgreements(ab.build());
    }
    form.followUpById(participants.getOrDefault(ParticipantRole.COORDINATOR, youngPersonId));
    form.recipientIds(participants.values());
    return form.build();
  }
}
