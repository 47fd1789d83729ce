/** Møder: network, individual, acute and professionals-only meetings, participants and minimum components. */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.meeting;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
