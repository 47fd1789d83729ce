package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Fund: one rule finding — a stable code ({@code SAM-nnnn}), a severity, the rule ID it comes from
 * ({@code R-GOAL-01}), the path of the offending element inside the course
 * ({@code formRevisions[2].agreements[3].responsible}), the message in Danish and English, and the message
 * arguments (ids, dates, counts — never personal data).
 *
 * <pre>{@code
 * List<Finding> findings = Catalogue.standard().evaluator().evaluate(course, LocalDate.of(2026, 3, 1));
 * for (Finding f : findings) {
 *   System.out.println(f.code() + " " + f.severity() + " " + f.path() + ": " + f.message(Labels.DANISH));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {

  private static final Pattern CODE = Pattern.compile("SAM-\\d{4}|[a-z0-9.]+:[A-Z0-9-]+");

  /** Stable code, {@code SAM-nnnn} for built-ins, {@code namespace:CODE} for vendors' rules. */
  public abstract String code();

  /** Alvorlighed, after the programme's severity overrides. */
  public abstract Severity severity();

  /** The rule ID in the domain specification, e.g. {@code R-GOAL-01}. */
  public abstract String ruleId();

  /** The course the finding is about (set by the evaluator). */
  public abstract Optional<String> courseId();

  /** Path to the offending element inside the course; empty for the course as a whole. */
  public abstract String path();

  /** Besked på dansk. */
  public abstract String messageDa();

  /** The message in English. */
  public abstract String messageEn();

  /** The message arguments, as strings. */
  public abstract List<String> args();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Finding}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /**
   * A finding of a rule at its default severity, with both messages rendered from the rule's templates.
   * Arguments pass through the SDK's one CPR detector ({@link Redaction#maskCprLike}) as a last line of
   * defence.
   */
  public static Finding of(Rule rule, String path, Object... args) {
    List<String> a = Arrays.stream(args).map(String::valueOf)
        .map(Redaction::maskCprLike).toList();
    Object[] arr = a.toArray();
    return builder().code(rule.code()).severity(rule.defaultSeverity()).ruleId(rule.id()).path(path)
        .messageDa(new MessageFormat(rule.messageTemplate(Labels.DANISH), Locale.ROOT).format(arr))
        .messageEn(new MessageFormat(rule.messageTemplate(Labels.ENGLISH), Locale.ROOT).format(arr))
        .args(a).build();
  }

  /** The message in the locale's language (Danish for {@code da}, English otherwise). */
  public String message(Locale locale) {
    return Labels.isDanish(locale) ? messageDa() : messageEn();
  }

  /** This finding with another severity. */
  public Finding withSeverityOverride(Severity severity) {
    return ImmutableFinding.copyOf(this).withSeverity(severity);
  }

  /** This finding about a course. */
  public Finding about(String courseId) {
    return ImmutableFinding.copyOf(this).withCourseId(courseId);
  }

  @Override
  public String toString() {
    return code() + " " + severity() + " " + ruleId() + (path().isEmpty() ? "" : " " + path()) + ": "
        + messageEn();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!CODE.matcher(code()).matches()) {
      v.add("code", StructuralCode.INVALID_FORMAT, "SAM-nnnn or namespace:CODE");
    }
    v.notBlank("ruleId", ruleId());
    v.throwIfAny("Finding");
  }
}
