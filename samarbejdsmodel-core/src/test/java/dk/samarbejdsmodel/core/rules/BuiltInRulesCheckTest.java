package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks a rule catalogue makes of a plugin's rules (code, ID, seed, scope, severity, message templates in
 * both languages) hold for every built-in rule. A catalogue skips them for the SDK's own rules, so that a
 * JVM's first read does not load the label bundles (docs/performance.md, B5); this test is where they are made.
 */
class BuiltInRulesCheckTest {

  @Test
  void everyBuiltInRulePassesTheCataloguesChecks() {
    for (Rule r : BuiltInRules.ALL) {
      assertEquals(List.of(), RuleChecks.problems(r, false), r.code());
    }
  }

  @Test
  void aBuiltInRuleInACatalogueIsStillCheckedForItsCode() {
    List<Rule> twice = new java.util.ArrayList<>(BuiltInRules.ALL);
    twice.add(BuiltInRules.ALL.get(0));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RuleCatalogue.of(twice));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("two rules share the code"), e.getMessage());
  }
}
