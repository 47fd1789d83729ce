/** Møder: network, individual, acute and professionals-only meetings, participants and minimum components. */
@DomainStyle
package dk.samarbejdsmodel.core.meeting;

import dk.samarbejdsmodel.core.DomainStyle;
