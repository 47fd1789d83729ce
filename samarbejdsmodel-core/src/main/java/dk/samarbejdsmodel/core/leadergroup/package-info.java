/** Tværgående ledergruppe (element 7): members by area and meetings. */
@DomainStyle
package dk.samarbejdsmodel.core.leadergroup;

import dk.samarbejdsmodel.core.DomainStyle;
