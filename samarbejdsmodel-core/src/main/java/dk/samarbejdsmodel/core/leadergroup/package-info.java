/** Tværgående ledergruppe (element 7): members by area and meetings. */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.leadergroup;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
