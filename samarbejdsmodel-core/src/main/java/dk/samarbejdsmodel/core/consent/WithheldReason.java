package dk.samarbejdsmodel.core.consent;

/**
 * Begrundelse for tilbageholdelse: why an item was left out of a sharing view. Nothing is left out silently:
 * every omission is a {@link Withheld} entry with one of these reasons.
 *
 * <pre>{@code
 * CourseShare share = SharingView.course(course, recipient, date);
 * share.withheld().stream().filter(w -> w.reason() == WithheldReason.NOT_COVERED_BY_CONSENT).count();
 * }</pre>
 */
public enum WithheldReason {
  /** The recipient's consent does not cover the item's information category on the date. */
  NOT_COVERED_BY_CONSENT,
  /** A CPR number — or CPR-like text inside free text, which is masked — never goes into a share (S0 §6.4). */
  CPR_NUMBER,
  /** Data minimisation: the recipient does not need it (the birth date is replaced by the age; private contact details). */
  DATA_MINIMISATION,
  /** The item's life area is a vendor code with no information category, so no consent can be matched to it. */
  UNCLASSIFIED,
  /** Records kept for the coordinator, the leader group and evaluators (consents, checklists, responses …), never in a share. */
  NOT_IN_SHARE
}
