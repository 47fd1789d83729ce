package dk.samarbejdsmodel.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Åben kode: a code value that vendors and plugins may extend beyond the built-in constants.
 *
 * <p>A code is either a built-in {@code UPPER_SNAKE} name such as {@code CRIME}, or a namespaced vendor code
 * such as {@code dk.aarhus:STU_LIFE}. Two codes are equal when they have the same type and the same text.
 * Subclasses are final, immutable and offer {@code of(String)} and constants.
 *
 * <pre>{@code
 * LifeArea area = LifeArea.of("CRIME");          // the built-in constant LifeArea.CRIME
 * LifeArea own = LifeArea.of("dk.aarhus:LEISURE"); // a municipality's own life area
 * String label = area.label(Locale.forLanguageTag("da")); // "Kriminalitet"
 * }</pre>
 */
public abstract class OpenCode implements Comparable<OpenCode> {

  private static final Pattern CODE =
      Pattern.compile("([a-z0-9]+(\\.[a-z0-9-]+)*:)?[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final String code;

  /**
   * Creates a code after checking its syntax.
   *
   * @param code the code text
   * @throws IllegalArgumentException if the code is not {@code UPPER_SNAKE} or {@code namespace:UPPER_SNAKE}
   */
  protected OpenCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!isValid(code)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " code must be UPPER_SNAKE or namespace:UPPER_SNAKE (at most 100 characters)");
    }
    this.code = code;
  }

  /** Returns true when the text is a syntactically valid code. */
  public static boolean isValid(String code) {
    return code != null && code.length() <= 100 && (isUpperSnake(code) || CODE.matcher(code).matches());
  }

  /**
   * The common case, a code without namespace ({@code [A-Z][A-Z0-9]*(_[A-Z0-9]+)*}), checked without the
   * pattern because every code read from a document passes here (docs/performance.md, B1).
   */
  private static boolean isUpperSnake(String code) {
    if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
      return false;
    }
    char previous = code.charAt(0);
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean upperOrDigit = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!upperOrDigit && !(c == '_' && previous != '_')) {
        return false;
      }
      previous = c;
    }
    return previous != '_';
  }

  /** The code text, for example {@code CRIME}. */
  public final String code() {
    return code;
  }

  /** True for a vendor code ({@code namespace:CODE}). */
  public final boolean isNamespaced() {
    return code.indexOf(':') >= 0;
  }

  /**
   * The built-in label in the given language (Danish or English), falling back to the code itself. A plugin's
   * label is known to its catalogue: {@code catalogue.label(code, locale)}.
   */
  public final String label(Locale locale) {
    return Labels.label(getClass().getSimpleName(), code, locale);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((OpenCode) o).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  @Override
  public final int compareTo(OpenCode o) {
    int c = getClass().getName().compareTo(o.getClass().getName());
    return c != 0 ? c : code.compareTo(o.code);
  }

  @Override
  public final String toString() {
    return code;
  }
}
