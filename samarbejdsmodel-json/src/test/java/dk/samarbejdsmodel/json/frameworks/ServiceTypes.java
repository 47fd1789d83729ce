package dk.samarbejdsmodel.json.frameworks;

import java.util.Set;

/**
 * Public types of core that are services, builders or internal state — nothing a vendor returns from an endpoint,
 * so the Jackson module does not write them.
 */
final class ServiceTypes {

  static final Set<String> SERVICES = Set.of(
      "dk.samarbejdsmodel.core.Violations",                  // a collector used while building a value
      "dk.samarbejdsmodel.core.catalogue.Catalogue",         // programmes, instruments and rules (functions)
      "dk.samarbejdsmodel.core.outcome.ChangeClassifier",    // a function
      "dk.samarbejdsmodel.core.outcome.MeasureAccumulator",  // mutable state while computing a measure
      "dk.samarbejdsmodel.core.outcome.Pseudonymiser",       // holds a secret key: never serialised
      "dk.samarbejdsmodel.core.outcome.Tally",               // internal counters of a measure
      "dk.samarbejdsmodel.core.outcome.columnar.ScoreColumns", // primitive columns a measure runs on, not a result
      "dk.samarbejdsmodel.core.outcome.columnar.ChangeCounts", // mutable counters of the columnar change measure
      "dk.samarbejdsmodel.core.outcome.columnar.BaselineSums", // mutable sums of the columnar baseline measure
      "dk.samarbejdsmodel.core.outcome.report.CohortReport$ReportAccumulator", // mutable state of the one-pass report
      "dk.samarbejdsmodel.core.rules.RuleCatalogue",         // a set of rules (functions)
      "dk.samarbejdsmodel.core.rules.RuleEvaluator");        // a service

  private ServiceTypes() {}

  /** True for a type the module need not write: a service, a builder, an exception, a plain interface. */
  static boolean skip(Class<?> c) {
    return SERVICES.contains(c.getName()) || c.getSimpleName().equals("Builder")
        || Throwable.class.isAssignableFrom(c) || (c.isInterface() && !c.isSealed()) || implementsSpi(c);
  }

  /** Rules and plugin providers are functions a plugin supplies, not results. */
  private static boolean implementsSpi(Class<?> c) {
    for (Class<?> x = c; x != null; x = x.getSuperclass()) {
      for (Class<?> i : x.getInterfaces()) {
        if (!i.isSealed() && i.getName().startsWith("dk.samarbejdsmodel.core.")
            && (i.getSimpleName().endsWith("Rule") || i.getSimpleName().endsWith("Provider")
                || i.getSimpleName().endsWith("Policy") || i.getSimpleName().endsWith("Plugin"))) {
          return true;
        }
      }
    }
    return false;
  }
}
