package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Turns SDK problems into constraint violations: the template is the code's bundle key
 * ({@code {dk.samarbejdsmodel.structural.UNKNOWN_REFERENCE}}), the path is extended by the problem's path or JSON
 * Pointer as one node, and — with Hibernate Validator — the SDK's messages and arguments become message
 * parameters ({@code {messageDa}}, {@code {messageEn}}, {@code {arg0}} …) and the {@link Problem} the dynamic
 * payload. Without Hibernate Validator the template is the English message itself. Internal.
 */
public final class Reporter {

  private static final boolean HIBERNATE = present("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

  private Reporter() {}

  private static boolean present(String name) {
    try {
      Class.forName(name, false, Reporter.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Reports every problem; returns false when there was at least one. */
  public static boolean report(ConstraintValidatorContext context, List<Problem> problems) {
    if (problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Problem p : problems) {
      report(context, p);
    }
    return false;
  }

  /** Reports one problem. */
  public static void report(ConstraintValidatorContext context, Problem p) {
    String template;
    if (HIBERNATE && HibernateSupport.enrich(context, p)) {
      template = "{" + p.messageKey() + "}";
    } else {
      template = escape(p.messageEn());
    }
    ConstraintValidatorContext.ConstraintViolationBuilder b = context.buildConstraintViolationWithTemplate(template);
    if (p.where().isEmpty()) {
      b.addConstraintViolation();
    } else {
      b.addPropertyNode(p.where()).addConstraintViolation();
    }
  }

  /** A literal as a message template: braces, dollar signs and backslashes escaped. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
