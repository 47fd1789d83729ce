/**
 * Bostøtte: housing support for the HOMELESSNESS programme (S4) — Critical Time Intervention (CTI, 9 months in
 * three phases) and Intensive Case Management (ICM), the allowed combinations per subgroup, and the follow-on
 * decision at the end.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.housing;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
