/**
 * Kolonner: a column-oriented form of a cohort for the outcome measures that walk every response of every young
 * person — the scores of each instrument dimension in one primitive column ({@code byte} when the scale fits,
 * else {@code int}), the responses of each record in one index range — so a measure over a million responses reads a few arrays instead of chasing a
 * million maps. Built once from {@link dk.samarbejdsmodel.core.outcome.CohortRecord}s; gives exactly the tables
 * of the record-based {@link dk.samarbejdsmodel.core.outcome.Measures} (a property test checks it), and splits by
 * index ranges for parallel streams with exact merging.
 *
 * <pre>{@code
 * ScoreColumns columns = ScoreColumns.of(records, "DIALOGUE_FORM");
 * Map<String, Distribution> change = columns.change(ChangeClassifier.DEFAULT);          // = Measures.change(...)
 * Map<String, Distribution> same = columns.changeParallel(ChangeClassifier.DEFAULT);   // fork-join, exact
 * }</pre>
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.outcome.columnar;

import dk.samarbejdsmodel.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
