/**
 * Redskaber til måling: instrument definitions (the dialogue form, S1's questionnaire and fidelity scale, and
 * plugins' own), their dimensions, scales and polarity, and responses pinned to an instrument version.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.instrument;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
