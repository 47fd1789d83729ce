/**
 * Statistikværdier: the statistics values the outcome measures produce — shares with their Wilson interval,
 * means, distributions, exclusions and the paired tests. See docs/outcomes.md for each method.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.outcome.stats;

import dk.samarbejdsmodel.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
