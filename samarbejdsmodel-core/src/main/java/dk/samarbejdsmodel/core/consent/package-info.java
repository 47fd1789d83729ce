/**
 * Samtykke og deling: consent evaluation and consent-aware sharing views.
 *
 * <p>{@link dk.samarbejdsmodel.core.consent.ConsentEvaluator} answers "may this recipient receive this
 * information category about the young person on this date?" (R-CONSENT-01..03) with a
 * {@link dk.samarbejdsmodel.core.consent.ConsentDecision}. {@link dk.samarbejdsmodel.core.consent.SharingView}
 * builds the subset of a course ({@link dk.samarbejdsmodel.core.consent.CourseShare}) or of one
 * goal-and-agreement form ({@link dk.samarbejdsmodel.core.consent.FormShare}) that the recipient may receive;
 * everything left out is listed as {@link dk.samarbejdsmodel.core.consent.Withheld} with a
 * {@link dk.samarbejdsmodel.core.consent.WithheldReason}. A share never contains a CPR number (S0 §6.4).
 *
 * <p>Everything here is a pure function of its arguments, immutable and thread-safe.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.consent;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
