/**
 * Regler: the rules of Samarbejdsmodellen as pure functions of (course, date) — findings with stable
 * {@code SAM-nnnn} codes ({@link dk.samarbejdsmodel.core.rules.RuleEvaluator}), the fixed-meeting schedule per
 * programme ({@link dk.samarbejdsmodel.core.rules.MeetingSchedule}), what is due next
 * ({@link dk.samarbejdsmodel.core.rules.DueItems}), the course lifecycle
 * ({@link dk.samarbejdsmodel.core.rules.CourseLifecycle}) and the start-up report
 * ({@link dk.samarbejdsmodel.core.rules.StartUpReport}). Vendors add rules through
 * {@link dk.samarbejdsmodel.core.rules.RuleProvider}.
 */
@DomainStyle
@NullMarked
package dk.samarbejdsmodel.core.rules;

import org.jspecify.annotations.NullMarked;
import dk.samarbejdsmodel.core.DomainStyle;
