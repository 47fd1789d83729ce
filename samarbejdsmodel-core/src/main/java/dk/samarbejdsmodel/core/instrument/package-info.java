/**
 * Redskaber til måling: instrument definitions (the dialogue form, S1's questionnaire and fidelity scale, and
 * plugins' own), their dimensions, scales and polarity, and responses pinned to an instrument version.
 */
@DomainStyle
package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.DomainStyle;
