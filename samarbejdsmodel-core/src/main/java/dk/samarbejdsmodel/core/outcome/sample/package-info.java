/**
 * Eksempelkohorte: the bundled, seeded synthetic sample cohort whose computed report prints S0's published
 * marginals.
 *
 * <pre>{@code
 * List<Course> courses = SampleCohort.generate(SampleCohort.DEFAULT_SEED);
 * }</pre>
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.outcome.sample;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
