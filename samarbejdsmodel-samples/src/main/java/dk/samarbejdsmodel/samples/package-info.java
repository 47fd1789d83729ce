/**
 * Eksempelkohorte: the bundled, seeded synthetic sample cohort whose computed report prints S0's published
 * marginals.
 *
 * <pre>{@code
 * List<Course> courses = SampleCohort.generate(SampleCohort.DEFAULT_SEED);
 * }</pre>
 */
@NullMarked
package dk.samarbejdsmodel.samples;

import org.jspecify.annotations.NullMarked;
