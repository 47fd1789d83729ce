/**
 * Resultatmåling: outcome functions for evaluators (domain specification §6, O-01 … O-16).
 *
 * <p>Courses are turned into pseudonymised {@link dk.samarbejdsmodel.core.outcome.CohortRecord}s; every
 * {@link dk.samarbejdsmodel.core.outcome.Measure} aggregates records through a mergeable
 * {@link dk.samarbejdsmodel.core.outcome.Tally}, so a cohort split any way and aggregated in parallel gives
 * exactly the sequential result. Results ({@link dk.samarbejdsmodel.core.outcome.Share},
 * {@link dk.samarbejdsmodel.core.outcome.Mean}, {@link dk.samarbejdsmodel.core.outcome.Distribution}) carry n,
 * exclusions with reasons and the method; shares carry a 95% Wilson interval.
 * {@link dk.samarbejdsmodel.core.outcome.CohortReport} assembles the tables of S0 ch. 4–6 as data and
 * {@link dk.samarbejdsmodel.core.outcome.MarkdownReport} renders them.
 *
 * <pre>{@code
 * List<CohortRecord> records = CohortRecord.from(courses, asOf);
 * Distribution ageAtStart = Measures.ageAtStart().of(records);
 * String markdown = MarkdownReport.render(CohortReport.of(records, asOf), Labels.DANISH);
 * }</pre>
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.outcome;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
