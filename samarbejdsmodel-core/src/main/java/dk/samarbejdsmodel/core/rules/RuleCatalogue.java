package dk.samarbejdsmodel.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regelkatalog: an ordered, immutable list of rules with unique codes — the built-in rules of the domain
 * specification, optionally followed by plugins' rules. A host's rules are those of its {@code Catalogue}
 * ({@code catalogue.rules()}); this class finds no plugins itself.
 *
 * <pre>{@code
 * RuleCatalogue all = Catalogue.standard().rules();   // built-ins + plugins
 * RuleCatalogue mine = RuleCatalogue.of(List.of(myRule));
 * all.byCode("SAM-1011").orElseThrow().id();            // "R-GOAL-01"
 * }</pre>
 */
public final class RuleCatalogue {

  private final List<Rule> rules;

  private RuleCatalogue(List<Rule> rules) {
    Set<String> codes = new HashSet<>();
    for (Rule r : rules) {
      if (!codes.add(r.code())) {
        throw new IllegalArgumentException("two rules share the code " + r.code());
      }
    }
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules of the domain specification only. */
  public static RuleCatalogue builtIn() {
    return new RuleCatalogue(BuiltInRules.ALL);
  }

  /** A catalogue of the given rules; codes must be unique. */
  public static RuleCatalogue of(List<? extends Rule> rules) {
    return new RuleCatalogue(List.copyOf(rules));
  }

  /** This catalogue followed by more rules. */
  public RuleCatalogue plus(List<? extends Rule> more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(more);
    return new RuleCatalogue(all);
  }

  /** The rules, in evaluation order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rule with a finding code. */
  public Optional<Rule> byCode(String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** Every rule with a rule ID (one rule ID may have several finding codes). */
  public List<Rule> byId(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).collect(Collectors.toList());
  }

  /** The distinct rule IDs, in catalogue order. */
  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).distinct().collect(Collectors.toList());
  }
}
