package dk.samarbejdsmodel.examples.vendor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Handleplan: a vendor's own plan record as an ICS-based children's system or a job-centre system holds it —
 * deliberately <em>not</em> an SDK type. It stands for what a DUBU-like system exports: a <em>barnets plan</em>
 * (barnets lov §§ 91–92) or, from 16, an <em>ungeplan</em> (barnets lov §§ 108–110, in place at the latest 3
 * months after the 16th birthday), or the job centre's "Min Plan" (lov om en aktiv beskæftigelsesindsats
 * chapter 9), with targets (mål) by ICS theme and actions (indsatser) with responsible parties and deadlines.
 * Older exports may still say "handleplan"; the record's name keeps the vendor's word.
 *
 * @param caseId the vendor's case number
 * @param cpr the young person's CPR number (personal data)
 * @param givenName the young person's given name (personal data)
 * @param familyName the young person's family name (personal data)
 * @param legalBasis e.g. "barnets lov § 108 (ungeplan)", "barnets lov § 91 (barnets plan)" or "LAB kapitel 9 (Min Plan)"
 * @param planDate the date of the plan
 * @param wishes the young person's own wishes, in their words
 * @param targets the targets
 * @param actions the actions
 */
public record Handleplan(String caseId, String cpr, String givenName, String familyName, String legalBasis,
    LocalDate planDate, String wishes, List<Target> targets, List<Action> actions) {

  /** Copies the lists. */
  public Handleplan {
    Objects.requireNonNull(caseId, "caseId");
    targets = List.copyOf(targets);
    actions = List.copyOf(actions);
  }

  /**
   * Mål i handleplanen.
   *
   * @param number the target's number in the plan (1, 2, …)
   * @param icsTheme the ICS theme, e.g. "Skoleforhold", "Sundhedsforhold", "Udvikling og adfærd"
   * @param text the target in words
   * @param deadline the target date, if any
   */
  public record Target(int number, String icsTheme, String text, LocalDate deadline) {}

  /**
   * Indsats i handleplanen.
   *
   * @param targetNumber the target it serves
   * @param text what is to be done
   * @param responsibleRole who is responsible, as the vendor's role text, e.g. "UU-vejleder", "Den unge"
   * @param responsibleName the responsible person's name (personal data)
   * @param deadline the deadline, if any
   */
  public record Action(int targetNumber, String text, String responsibleRole, String responsibleName,
      LocalDate deadline) {}
}
