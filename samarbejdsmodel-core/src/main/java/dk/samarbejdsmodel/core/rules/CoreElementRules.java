package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.programme.CoreElement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which core element each built-in rule belongs to: a programme that leaves the element out does not run the
 * rule (docs/rules.md, "Core elements switch rules"). Keyed by finding code or, for all of a rule's codes, by
 * rule ID.
 */
final class CoreElementRules {

  /** Rule ID or finding code → the core element it belongs to, in the order of docs/rules.md. */
  static final Map<String, CoreElement> TABLE = table();

  private CoreElementRules() {}

  private static Map<String, CoreElement> table() {
    Map<String, CoreElement> t = new LinkedHashMap<>();
    t.put("R-COURSE-01", CoreElement.RESPONSIBLE_COORDINATOR);
    t.put("SAM-4042", CoreElement.CROSS_DISCIPLINARY_TEAM);
    t.put("R-MEET-01", CoreElement.FIXED_MEETINGS);
    t.put("R-MEET-02", CoreElement.FIXED_MEETINGS);
    t.put("R-MEET-03", CoreElement.FIXED_MEETINGS);
    t.put("R-MEET-04", CoreElement.FIXED_MEETINGS);
    t.put("R-MEET-05", CoreElement.FIXED_MEETINGS);
    t.put("R-GOAL-01", CoreElement.BINDING_AGREEMENTS);
    t.put("R-GOAL-02", CoreElement.BINDING_AGREEMENTS);
    t.put("R-GOAL-03", CoreElement.BINDING_AGREEMENTS);
    t.put("R-GOAL-04", CoreElement.BINDING_AGREEMENTS);
    t.put("R-GOAL-05", CoreElement.BINDING_AGREEMENTS);
    t.put("R-GOAL-06", CoreElement.BINDING_AGREEMENTS);
    t.put("§4.4", CoreElement.ONGOING_DOCUMENTATION);
    t.put("R-DIALOGUE-01", CoreElement.ONGOING_DOCUMENTATION);
    t.put("R-LEAD-01", CoreElement.LEADER_GROUP);
    t.put("R-LEAD-02", CoreElement.LEADER_GROUP);
    return java.util.Collections.unmodifiableMap(t);
  }

  /** The elements of a built-in rule (or due item) by its rule ID and code. */
  static Set<CoreElement> of(String ruleId, String code) {
    CoreElement e = TABLE.get(code);
    if (e == null) {
      e = TABLE.get(ruleId);
    }
    return e == null ? Set.of() : Set.of(e);
  }
}
