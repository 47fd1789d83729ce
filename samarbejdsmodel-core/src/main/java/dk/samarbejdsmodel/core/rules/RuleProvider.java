package dk.samarbejdsmodel.core.rules;

import java.util.List;

/**
 * Regeludbyder: service provider interface through which plugins add rules.
 *
 * <p>Register the implementation in {@code META-INF/services/dk.samarbejdsmodel.core.rules.RuleProvider}; its
 * rules then appear in {@code Catalogue.standard().rules()} and are run by {@code Catalogue.standard().evaluator()}
 * (or add the provider by hand: {@code Catalogue.builder().addBuiltIns().addPlugin(provider)}). A rule
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
