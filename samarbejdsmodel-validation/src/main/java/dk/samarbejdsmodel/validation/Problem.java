package dk.samarbejdsmodel.validation;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.json.ReadError;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Problem: one SDK problem behind a {@code ConstraintViolation} — a structural violation, a read error or a rule
 * finding — with its stable code, where it is (a property path such as {@code agreements[3].goalIds}, or a JSON
 * Pointer such as {@code /goals/0/id} for a document), and the SDK's own Danish and English messages. With
 * Hibernate Validator it travels as the violation's dynamic payload; {@link SamValidation#problem} gets it back.
 *
 * <pre>{@code
 * for (ConstraintViolation<?> v : validator.validate(request)) {
 *   Problem p = SamValidation.problem(v).orElseThrow();
 *   log.info("{} {} {}", p.where(), p.code(), p.messageDa());   // /agreements/0/responsibleId UNKNOWN_REFERENCE …
 * }
 * }</pre>
 *
 * @param source what kind of SDK problem
 * @param code the code: a {@code StructuralCode} or {@code ErrorCode} name, or a finding code such as
 *     {@code SAM-1012}
 * @param where the property path (structural violations and findings) or JSON Pointer (documents); {@code ""} for
 *     the whole value
 * @param messageDa the SDK's Danish message (without the path)
 * @param messageEn the SDK's English message (without the path)
 * @param args the message arguments (ids, numbers, field names — never personal data)
 * @param ruleId for findings, the rule ID such as {@code R-GOAL-01}
 * @param severity for findings, the severity
 */
public record Problem(Source source, String code, String where, String messageDa, String messageEn,
    List<String> args, Optional<String> ruleId, Optional<Severity> severity) {

  /** Where a problem comes from. */
  public enum Source {
    /** A structural violation ({@code StructuralViolationException}): the value cannot be built. */
    STRUCTURAL,
    /** A document read error ({@code ReadError}); {@link #where()} is a JSON Pointer. */
    DOCUMENT,
    /** A rule finding: the value is valid but breaks a rule of the model. */
    FINDING
  }

  /** Creates a problem; lists are copied. */
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(messageDa, "messageDa");
    Objects.requireNonNull(messageEn, "messageEn");
    args = List.copyOf(args);
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
  }

  /** A structural violation as a problem. */
  public static Problem of(Violation v) {
    return new Problem(Source.STRUCTURAL, v.code().name(), v.path(), v.message(Locale.forLanguageTag("da")),
        v.message(Locale.ENGLISH), v.args(), Optional.empty(), Optional.empty());
  }

  /** A read error as a problem; {@link #where()} is its JSON Pointer. */
  public static Problem of(ReadError e) {
    return new Problem(Source.DOCUMENT, e.code().name(), e.pointer(), e.messageDa(), e.messageEn(), List.of(),
        Optional.empty(), Optional.empty());
  }

  /** A rule finding as a problem. */
  public static Problem of(Finding f) {
    return new Problem(Source.FINDING, f.code(), f.path(), f.messageDa(), f.messageEn(), f.args(),
        Optional.of(f.ruleId()), Optional.of(f.severity()));
  }

  /** The message in the locale's language (Danish for {@code da}, English otherwise). */
  public String message(Locale locale) {
    return Labels.isDanish(locale) ? messageDa : messageEn;
  }

  /** The message-bundle key of this problem's code, without braces: {@code dk.samarbejdsmodel.<source>.<code>}. */
  public String messageKey() {
    return MessageKeys.key(this);
  }

  /** Where, code and the English message; no personal data (SDK messages never hold any). */
  @Override
  public String toString() {
    return (where.isEmpty() ? "" : where + " ") + code + ": " + messageEn;
  }
}
