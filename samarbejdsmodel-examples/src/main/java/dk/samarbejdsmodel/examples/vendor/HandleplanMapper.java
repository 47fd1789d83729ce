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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    if (t.contains("bolig")) {
      return LifeArea.HOUSING;
    }
    if (t.contains("økonomi") || t.contains("praktisk")) {
      return LifeArea.HOUSEHOLD_ECONOMY;
    }
    return LifeArea.SOCIAL_NETWORK_COMPETENCES; // udvikling og adfærd, familie, fritid og venskaber, netværk
  }

  /**
   * The participant role for a vendor's role text, read word by word (never by substring: "Morbror" is not
   * "mor"). The young person's adult and the staff roles are checked before the young person and the parents,
   * so "Den unges voksne" is the adult and "Plejemor" a placement, not a custody holder — which matters,
   * since a custody holder's signature changes what a consent covers. Unknown texts map to {@code OTHER}.
   *
   * @param text the vendor's role text, e.g. "UU-vejleder", "Sagsbehandler, voksen", "Den unge"
   * @return the role, {@link ParticipantRole#OTHER} when nothing is recognised
   */
  public static ParticipantRole role(String text) {
    List<String> w = words(text);
    // the young person's adult first: "Den unges voksne", "Unges voksen"
    if (w.contains("unges") && (w.contains("voksne") || w.contains("voksen"))) {
      return ParticipantRole.YOUNG_PERSONS_ADULT;
    }
    // staff roles
    if (any(w, "voksenrådgiver", "voksensagsbehandler", "voksenmyndighed", "voksenafdeling", "voksenområdet")
        || ((any(w, "voksen", "voksne", "voksenområde")) && anyEnds(w, "sagsbehandler", "rådgiver"))) {
      return ParticipantRole.CASEWORKER_ADULTS;
    }
    if (anyStarts(w, "psykiatri") || any(w, "psykolog", "distriktspsykiatrien")) {
      return ParticipantRole.PSYCHIATRIC_COUNSELLOR;
    }
    if (any(w, "ungdomssanktion", "ungdomssanktionskoordinator", "ungdomskriminalitetsnævnet")) {
      return ParticipantRole.YOUTH_SANCTION_COORDINATOR;
    }
    if (any(w, "uu", "kui", "uddannelsesvejleder", "ungevejleder", "ungdomsvejleder")) {
      return ParticipantRole.UU_COUNSELLOR;
    }
    if (any(w, "jobcenter", "jobcentret", "jobkonsulent", "jobcenterkonsulent", "virksomhedskonsulent",
        "beskæftigelseskonsulent", "jobcentermedarbejder")) {
      return ParticipantRole.JOB_CENTRE_CONSULTANT;
    }
    if (anyStarts(w, "ydelse") || any(w, "ydelseskontoret")) {
      return ParticipantRole.BENEFITS_OFFICE_CASEWORKER;
    }
    if (anyStarts(w, "misbrug", "rusmiddel")) {
      return ParticipantRole.SUBSTANCE_ABUSE_CONSULTANT;
    }
    if (any(w, "familieplejekonsulent", "plejefamiliekonsulent", "familieplejen")) {
      return ParticipantRole.FOSTER_CARE_CONSULTANT;
    }
    if (any(w, "ssp", "sspmedarbejder", "ssp-medarbejder")) {
      return ParticipantRole.SSP_WORKER;
    }
    if (anyStarts(w, "bostøtte") || any(w, "cti", "icm")) {
      return ParticipantRole.HOUSING_SUPPORT_WORKER;
    }
    if (any(w, "kontaktperson")) {
      return ParticipantRole.CONTACT_PERSON;
    }
    if (anyEnds(w, "koordinator") || any(w, "guide")) {
      return ParticipantRole.COORDINATOR;
    }
    if (any(w, "studievejleder", "uddannelsessted", "uddannelsesinstitution", "erhvervsskole", "fgu")) {
      return ParticipantRole.EDUCATION_INSTITUTION_REPRESENTATIVE;
    }
    if (any(w, "lærer", "klasselærer", "skolelærer", "skoleleder", "skole", "skolen", "skolerepræsentant")) {
      return ParticipantRole.SCHOOL_REPRESENTATIVE;
    }
    if (any(w, "arbejdsgiver", "mester", "virksomhed", "praktikvært")) {
      return ParticipantRole.COMPANY_REPRESENTATIVE;
    }
    if (anyStarts(w, "pleje") || any(w, "anbringelsessted", "opholdssted", "opholdsstedet", "døgninstitution",
        "institution", "pædagog", "netværksplejefamilie")) {
      return ParticipantRole.PLACEMENT;
    }
    if (anyEnds(w, "sagsbehandler", "rådgiver")) {
      return ParticipantRole.CASEWORKER_CHILDREN_YOUTH;
    }
    // the young person
    if (w.equals(List.of("unge")) || w.equals(List.of("ung")) || containsPair(w, "den", "unge")) {
      return ParticipantRole.YOUNG_PERSON;
    }
    // parents with custody, then the rest of the private network
    if (any(w, "mor", "far", "forælder", "forældre", "forældremyndighedsindehaver", "mor/far")) {
      return ParticipantRole.PARENT_WITH_CUSTODY;
    }
    if (any(w, "morbror", "farbror", "moster", "faster", "mormor", "morfar", "farmor", "farfar", "bedstemor",
        "bedstefar", "bedsteforælder", "onkel", "tante", "søster", "bror", "storesøster", "storebror", "kusine",
        "fætter", "ven", "veninde", "kæreste", "nabo", "stedmor", "stedfar", "papmor", "papfar", "familie")) {
      return ParticipantRole.PRIVATE_OTHER;
    }
    return ParticipantRole.OTHER;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        words.add(part);
      }
    }
    return words;
  }

  private static boolean any(List<String> words, String... candidates) {
    for (String c : candidates) {
      if (words.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyStarts(List<String> words, String... prefixes) {
    for (String w : words) {
      for (String p : prefixes) {
        if (w.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyEnds(List<String> words, String... suffixes) {
    for (String w : words) {
      for (String s : suffixes) {
        if (w.endsWith(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsPair(List<String> words, String first, String second) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
        return true;
      }
    }
    return false;
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
