package dk.samarbejdsmodel.core.consent;

/**
 * Begrundelse for samtykkeafgørelse: why sharing was permitted or denied (R-CONSENT-01..03).
 *
 * <p>When several consents exist and none permits sharing, the reason is that of the consent that came
 * closest: a consent in scope for the recipient beats one that is not, one in scope for the category beats one
 * that is not, and one in force on the date that lacks the right signatures beats one that is not in force.
 *
 * <pre>{@code
 * ConsentDecision d = ConsentEvaluator.evaluate(course, recipient, InformationCategory.HEALTH, date);
 * if (d.reason() == ConsentReason.PARENTAL_CONSENT_LAPSED) {
 *   // the young person has turned 18: ask them for consent (a due item at 18)
 * }
 * }</pre>
 */
public enum ConsentReason {
  /** Permitted: consents in force on the date, in scope and signed by the right signatories, cover the sharing. */
  PERMITTED,
  /** Denied: the course holds no consent at all. */
  NO_CONSENT,
  /** Denied: no consent names the recipient or the recipient's organisation (R-CONSENT-03). */
  RECIPIENT_NOT_IN_SCOPE,
  /** Denied: consents name the recipient, but none covers the information category (R-CONSENT-03). */
  CATEGORY_NOT_IN_SCOPE,
  /** Denied: the covering consent was not yet given or not yet valid on the date (R-CONSENT-03). */
  NOT_YET_VALID,
  /** Denied: the covering consent's validity period ended before the date (R-CONSENT-03). */
  EXPIRED,
  /** Denied: the covering consent was withdrawn on or before the date (R-CONSENT-03). */
  WITHDRAWN,
  /** Denied: under 18, the programme requires the young person's consent as well, and it is missing (R-CONSENT-01). */
  MISSING_YOUNG_PERSON_CONSENT,
  /** Denied: under 18, the programme requires a custody holder's consent as well, and it is missing (R-CONSENT-01). */
  MISSING_CUSTODY_HOLDER_CONSENT,
  /** Denied: only custody holders consented, and the young person has turned 18 (R-CONSENT-02). */
  PARENTAL_CONSENT_LAPSED
}
