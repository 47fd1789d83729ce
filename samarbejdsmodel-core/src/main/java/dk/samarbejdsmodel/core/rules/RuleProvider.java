package dk.samarbejdsmodel.core.rules;

import java.util.List;

/**
 * Regeludbyder: service provider interface through which plugins add rules.
 *
 * <p>Register the implementation in {@code META-INF/services/dk.samarbejdsmodel.core.rules.RuleProvider}; its
 * rules then appear in {@link RuleCatalogue#standard()} and are run by {@link RuleEvaluator#standard()}. A rule
 * that throws does not stop the evaluation: the evaluator reports it as finding {@code SAM-0000}.
 *
 * <pre>{@code
 * public final class AarhusRules implements RuleProvider {
 *   public List<Rule> rules() { return List.of(new NeedsSchoolContact()); }
 * }
 * }</pre>
 */
public interface RuleProvider {
  /** The rules this plugin contributes. */
  List<Rule> rules();
}
