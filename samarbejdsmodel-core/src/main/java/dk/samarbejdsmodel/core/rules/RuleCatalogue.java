package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.programme.Programme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regelkatalog: an ordered, immutable list of rules with unique codes — the built-in rules of the domain
 * specification, optionally followed by plugins' rules. A host's rules are those of its {@code Catalogue}
 * ({@code catalogue.rules()}); this class finds no plugins itself.
 *
 * <p>Every rule is checked when the catalogue is made: codes unique and (for plugins) namespaced, rule IDs
 * namespaced, message templates valid (see {@link SimpleRule}). All problems are reported at once, in an
 * {@link IllegalArgumentException} that names each rule's code and class.
 *
 * <pre>{@code
 * RuleCatalogue all = Catalogue.standard().rules();   // built-ins + plugins
 * RuleCatalogue mine = RuleCatalogue.of(List.of(myRule));
 * all.byCode("SAM-1011").orElseThrow().id();            // "R-GOAL-01"
 * all.check(programme);                                 // programme settings naming unknown rules
 * }</pre>
 */
public final class RuleCatalogue {

  private final List<Rule> rules;

  private RuleCatalogue(List<Rule> rules) {
    List<String> problems = new ArrayList<>();
    Map<String, Rule> codes = new HashMap<>();
    Set<Rule> builtIn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    builtIn.addAll(BuiltInRules.ALL);
    for (Rule r : rules) {
      if (r == null) {
        problems.add("a rule is null");
        continue;
      }
      // the SDK's own rules are checked by its tests (BuiltInRulesCheckTest), not at every catalogue: reading
      // their message templates would load the label bundles and MessageFormat into every JVM's first read (B5)
      if (!builtIn.contains(r)) {
        for (String p : RuleChecks.problems(r, true)) {
          problems.add("rule " + r.code() + " (" + r.getClass().getName() + "): " + p);
        }
      }
      Rule other = r.code() == null ? null : codes.putIfAbsent(r.code(), r);
      if (other != null) {
        problems.add("two rules share the code " + r.code() + ": " + describe(other) + " and " + describe(r));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the rule catalogue cannot be made: " + String.join("; ", problems));
    }
    this.rules = List.copyOf(rules);
  }

  /** A rule's class and where it was loaded from (its jar or folder), for error messages. */
  static String describe(Rule r) {
    return describe(r.getClass());
  }

  /** A class and where it was loaded from (the last part of its jar's or folder's location), for errors. */
  public static String describe(Class<?> c) {
    String where = "";
    try {
      // CodeSource.toString() is "(location signers)"; read as text so that the core needs no URL type
      String src = String.valueOf(c.getProtectionDomain().getCodeSource());
      int space = src.indexOf(' ');
      if (src.startsWith("(") && space > 1) {
        String location = src.substring(1, space);
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        where = " from " + trimmed.substring(trimmed.lastIndexOf('/') + 1);
      }
    } catch (SecurityException e) {
      // no location known
    }
    return c.getName() + where;
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

  /** Whether a text is a rule ID or a finding code of this catalogue. */
  public boolean knows(String idOrCode) {
    return rules.stream().anyMatch(r -> r.id().equals(idOrCode) || r.code().equals(idOrCode));
  }

  /**
   * The programme's rule settings that name no rule of this catalogue — a typo such as {@code R-MEET-99} in
   * {@link Programme#disabledRules()} or a key of {@link Programme#severityOverrides()}; empty when all are known.
   * Paths are relative to the programme: {@code disabledRules[i]} (the entry's place in the set's order, which is
   * the order it was given in) and {@code severityOverrides.KEY}.
   */
  public List<Violation> check(Programme programme) {
    Violations v = new Violations();
    int i = 0;
    for (String rule : programme.disabledRules()) {
      if (!knows(rule)) {
        v.add(PropertyPath.of("disabledRules").index(i), StructuralCode.UNKNOWN_REFERENCE,
            "no rule has the ID or code " + rule);
      }
      i++;
    }
    for (String rule : new java.util.TreeSet<>(programme.severityOverrides().keySet())) {
      if (!knows(rule)) {
        v.add("severityOverrides." + rule, StructuralCode.UNKNOWN_REFERENCE, "no rule has the ID or code " + rule);
      }
    }
    return v.list();
  }

  /** The same check as {@link #check(Programme)}, throwing when a setting names no rule. */
  public Programme requireKnown(Programme programme) {
    List<Violation> problems = check(programme);
    if (!problems.isEmpty()) {
      throw new dk.samarbejdsmodel.core.StructuralViolationException("Programme " + programme.id(), problems);
    }
    return programme;
  }
}
