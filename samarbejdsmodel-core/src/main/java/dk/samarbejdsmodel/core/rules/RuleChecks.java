package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Labels;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks a rule passes before it may join a catalogue: ID, code, templates. */
final class RuleChecks {

  private static final Pattern BUILT_IN_CODE = Pattern.compile("SAM-\\d{4}");
  private static final Pattern VENDOR_CODE = Pattern.compile("[a-z0-9]+(\\.[a-z0-9-]+)*:[A-Z0-9]+(-[A-Z0-9]+)*");
  private static final Pattern BUILT_IN_ID = Pattern.compile("R-[A-Z]+-\\d{2}|R-PLUGIN");

  private RuleChecks() {}

  /** The problems of a rule, or none. */
  static List<String> problems(Rule r, boolean vendor) {
    String da;
    String en;
    try {
      da = r.messageTemplate(Labels.DANISH);
      en = r.messageTemplate(Labels.ENGLISH);
    } catch (RuntimeException e) {
      return List.of("its message templates could not be read (" + e.getClass().getSimpleName() + ")");
    }
    List<String> problems = new ArrayList<>(problems(r.id(), r.code(), r.seed(), da, en, vendor));
    if (r.scope() == null) {
      problems.add("it has no scope");
    }
    if (r.defaultSeverity() == null) {
      problems.add("it has no default severity");
    }
    return problems;
  }

  static List<String> problems(String id, String code, String seed, String da, String en, boolean vendor) {
    List<String> problems = new ArrayList<>();
    if (code == null || code.isBlank()) {
      problems.add("the code is missing");
    } else if (vendor && BUILT_IN_CODE.matcher(code).matches()) {
      problems.add("the code " + code + " is reserved for the SDK's rules; a plugin's code is namespaced, for example "
          + "dk.aarhus:" + code.substring(4));
    } else if (!BUILT_IN_CODE.matcher(code).matches() && !VENDOR_CODE.matcher(code).matches()) {
      problems.add("the code " + code + " must be namespaced (namespace:CODE, for example dk.aarhus:JOB-01)");
    }
    if (id == null || id.isBlank()) {
      problems.add("the rule ID is missing");
    } else if (!VENDOR_CODE.matcher(id).matches() && (vendor || !BUILT_IN_ID.matcher(id).matches())) {
      problems.add("the rule ID " + id + " must be namespaced (namespace:R-…, for example dk.aarhus:R-JOB-01)");
    }
    if (seed == null) {
      problems.add("the seed is missing");
    }
    template("Danish", da, problems);
    template("English", en, problems);
    return problems;
  }

  /** Checks one MessageFormat template; a single apostrophe (which MessageFormat drops) is refused. */
  static void template(String language, String template, List<String> problems) {
    if (template == null || template.isBlank()) {
      problems.add("the " + language + " message template is missing");
      return;
    }
    for (int i = 0; i < template.length(); i++) {
      if (template.charAt(i) == '\'') {
        if (i + 1 < template.length() && template.charAt(i + 1) == '\'') {
          i++;
        } else {
          problems.add("the " + language + " message template has a single apostrophe at position " + i
              + ", which MessageFormat would drop (\"didn't\" would read \"didnt\"); write it twice ('')");
          return;
        }
      }
    }
    try {
      new MessageFormat(template, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      problems.add("the " + language + " message template is not a valid MessageFormat pattern (unbalanced braces or "
          + "an argument that is not {0}, {1} …)");
    }
  }
}
