/**
 * Redskaber: the model's tools — the goal-and-agreement form (mål- og aftaleskema) with revisions, the network
 * card, network and intervention overviews, consent (samtykkeerklæring) and the meeting checklist
 * (mødetjekliste).
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.tools;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
