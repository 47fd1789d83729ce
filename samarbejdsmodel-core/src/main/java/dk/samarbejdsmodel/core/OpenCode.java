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

  /**
   * Checks that a code that is not one of its type's built-ins is namespaced: vendors' codes must be
   * {@code namespace:CODE} so that they can never collide with a built-in code of a later version.
   *
   * @throws IllegalArgumentException naming the type and the code, and how to write it
   */
  public static void requireNamespaced(OpenCode vendorCode) {
    if (!vendorCode.isNamespaced()) {
      String type = vendorCode.getClass().getSimpleName();
      throw new IllegalArgumentException(type + " " + vendorCode.code + " is not a built-in code; a vendor's "
          + type + " must be namespaced, for example dk.aarhus:" + vendorCode.code);
    }
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

  /**
   * What besides the code makes two codes of the type different (a participant role's {@code RoleKind}), or
   * null when the code alone decides; part of {@link #equals}, {@link #hashCode} and {@link #compareTo}.
   */
  protected Enum<?> qualifier() {
    return null;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((OpenCode) o).code.equals(code)
        && Objects.equals(((OpenCode) o).qualifier(), qualifier());
  }

  @Override
  public final int hashCode() {
    return (getClass().hashCode() * 31 + code.hashCode()) * 31 + Objects.hashCode(qualifier());
  }

  @Override
  public final int compareTo(OpenCode o) {
    int c = getClass().getName().compareTo(o.getClass().getName());
    if (c == 0) {
      c = code.compareTo(o.code);
    }
    if (c == 0 && !Objects.equals(qualifier(), o.qualifier())) {
      c = qualifier() == null ? -1 : o.qualifier() == null ? 1 : qualifier().name().compareTo(o.qualifier().name());
    }
    return c;
  }

  @Override
  public final String toString() {
    return code;
  }
}
