package dk.samarbejdsmodel.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Strukturbrud: one structural violation found while building a value.
 *
 * @param path where, as a property path relative to the value being built, for example
 *     {@code agreements[3].responsible}
 * @param code why
 * @param args message arguments: ids, numbers and field names only
 */
public record Violation(String path, StructuralCode code, List<String> args) {

  /** Creates a violation; arguments are copied. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    path = Redaction.maskCprLike(path);
    args = args.stream().map(Redaction::maskCprLike).toList();
  }

  /**
   * Creates a violation with arguments. As a last line of defence, the path and every argument pass through
   * the SDK's one CPR detector ({@link Redaction#maskCprLike}), so a vendor that wrongly used CPR numbers as ids
   * still never sees one in a message, in any spelling.
   */
  public static Violation of(String path, StructuralCode code, Object... args) {
    return new Violation(path, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** This violation with {@code prefix} put in front of its path. */
  public Violation under(String prefix) {
    String p = path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
    return new Violation(p, code, args);
  }

  /** The message in the locale's language (Danish or English), without the path. */
  public String message(Locale locale) {
    Object[] values = args.toArray();
    if (Labels.isDanish(locale)) {
      for (int i = 0; i < values.length; i++) {
        values[i] = Details.danish((String) values[i]);
      }
    }
    return new MessageFormat(code.template(locale), Locale.ROOT).format(values);
  }

  /** The English message with the path, for example {@code goals[0].id: is required}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message(Locale.ENGLISH);
  }
}
