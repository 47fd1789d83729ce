/**
 * Samarbejdsmodellen — the core domain of the SDK.
 *
 * <p>Packages are named after the domain: {@code programme} (the three built-in programmes and custom ones),
 * {@code people}, {@code course} (the course aggregate and its lifecycle), {@code tools} (goal-and-agreement
 * form, network card, overviews, consent, meeting checklist), {@code meeting}, {@code instrument} (dialogue form
 * and other instruments), {@code housing} (housing support for the homelessness programme),
 * {@code leadergroup}, {@code rules} (findings and due items), {@code consent} (consent evaluation and sharing
 * views) and {@code outcome} (cohort statistics for evaluators).
 *
 * <p>Everything here is immutable and thread-safe; there is no I/O and no JSON (see the
 * {@code samarbejdsmodel-json} module).
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core;

import org.jspecify.annotations.NullMarked;
