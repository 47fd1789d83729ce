/**
 * Redskaber: the model's tools — the goal-and-agreement form (mål- og aftaleskema) with revisions, the network
 * card, network and intervention overviews, consent (samtykkeerklæring) and the meeting checklist
 * (mødetjekliste).
 */
@DomainStyle
package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.DomainStyle;
