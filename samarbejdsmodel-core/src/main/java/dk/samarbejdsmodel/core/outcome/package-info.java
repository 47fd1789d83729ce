/**
 * Resultatmåling: outcome functions for evaluators (domain specification §6, O-01 … O-16).
 *
 * <p>Courses are turned into pseudonymised {@link dk.samarbejdsmodel.core.outcome.CohortRecord}s; every
 * {@link dk.samarbejdsmodel.core.outcome.Measure} aggregates records through a mergeable
 * {@link dk.samarbejdsmodel.core.outcome.Tally}, so a cohort split any way and aggregated in parallel gives
 * exactly the sequential result. Results ({@link dk.samarbejdsmodel.core.outcome.stats.Share},
 * {@link dk.samarbejdsmodel.core.outcome.stats.Mean}, {@link dk.samarbejdsmodel.core.outcome.stats.Distribution}) carry n,
 * exclusions with reasons and the method; shares carry a 95% Wilson interval.
 * {@link dk.samarbejdsmodel.core.outcome.report.CohortReport} assembles the tables of S0 ch. 4–6 as data and
 * {@link dk.samarbejdsmodel.core.outcome.report.MarkdownReport} renders them.
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

import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.MarkdownReport;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
