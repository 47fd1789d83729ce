/**
 * Programmer: a programme is data — the immutable profile that parameterises ages, cadence, role titles, core
 * elements, instruments and rule settings. Built-ins: {@code AFTERCARE} (S0), {@code MENTAL_HEALTH} (S2),
 * {@code HOMELESSNESS} (S4); plugins add their own through {@link dk.samarbejdsmodel.core.programme.ProgrammeProvider}.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.programme;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
