/**
 * Rapporten: the cohort report's tables (rows, cells, method and exclusion texts in Danish and English) and
 * their rendering. See docs/evaluators.md.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
