package dk.samarbejdsmodel.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Brudsamler: collects structural violations inside a value type's {@code @Value.Check} method and throws
 * them together. A support class for the SDK's value types and for plugin authors writing their own.
 *
 * <pre>{@code
 * Violations v = new Violations();
 * v.notBlank("id", id());
 * v.range("value", value(), 1, 5);
 * v.throwIfAny("Answer");
 * }</pre>
 */
public final class Violations {

  /** The longest id, in Unicode characters (code points), as in the JSON Schemas' {@code maxLength}. */
  public static final int MAX_ID_LENGTH = 128;

  /** Made on the first violation: every value's check makes a collector, and nearly all find nothing (B1). */
  private List<Violation> list;

  private List<Violation> found() {
    if (list == null) {
      list = new ArrayList<>();
    }
    return list;
  }

  /** Records a violation. */
  public Violations add(String path, StructuralCode code, Object... args) {
    found().add(Violation.of(path, code, args));
    return this;
  }

  /** Records a violation at a path. */
  public Violations add(PropertyPath path, StructuralCode code, Object... args) {
    return add(path.toString(), code, args);
  }

  /** Records violations found in a nested value, prefixing their paths. */
  public Violations addAll(PropertyPath prefix, Collection<Violation> nested) {
    return addAll(prefix.toString(), nested);
  }

  /** Records violations found in a nested value, prefixing their paths. */
  public Violations addAll(String prefix, Collection<Violation> nested) {
    for (Violation v : nested) {
      found().add(v.under(prefix));
    }
    return this;
  }

  /** Checks that a text is not blank. */
  public Violations notBlank(String path, String value) {
    if (value == null) {
      add(path, StructuralCode.REQUIRED);
    } else if (value.isBlank()) {
      add(path, StructuralCode.BLANK);
    }
    return this;
  }

  /** Checks an optional text is not blank when present. */
  public Violations notBlank(String path, Optional<String> value) {
    value.ifPresent(s -> notBlank(path, s));
    return this;
  }

  /**
   * Checks that an id is usable: non-blank, at most {@value #MAX_ID_LENGTH} Unicode characters, made of
   * printable characters with at least one visible one, and pseudonymous.
   *
   * <p>Refused: control characters, line and paragraph separators (U+2028, U+2029), bidi controls (U+200E,
   * U+200F, U+061C, U+202A–U+202E, U+2066–U+2069: they make an id display as another), lone surrogates,
   * noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF …), an id made only of spaces, invisible characters and
   * combining marks (no-break space, zero-width space, soft hyphen …), and anything CPR-like in any spelling
   * ({@link Redaction#containsCprLike}). Emoji and other characters outside the Basic Multilingual Plane count as
   * one character each.
   */
  public Violations id(String path, String value) {
    notBlank(path, value);
    if (value == null || value.isBlank()) {
      return this;
    }
    if (!printableId(value)) {
      add(path, StructuralCode.INVALID_FORMAT, "an id of at most 128 printable characters");
    } else if (Redaction.containsCprLike(value)) {
      add(path, StructuralCode.INVALID_FORMAT, "a pseudonymous id, not a CPR number");
    }
    return this;
  }

  static boolean printableId(String value) {
    // the common case first: printable ASCII (and spaces) decide without asking Character for a type; exactly
    // what the general check below gives for such a text (IdCheckTest)
    int n = value.length();
    if (n <= MAX_ID_LENGTH) {
      boolean visible = false;
      int i = 0;
      for (; i < n; i++) {
        char c = value.charAt(i);
        if (c > ' ' && c < 0x7F) {
          visible = true;
        } else if (c != ' ') {
          break;
        }
      }
      if (i == n) {
        return visible;
      }
    }
    return printableIdGeneral(value);
  }

  static boolean printableIdGeneral(String value) {
    if (value.length() > 2 * MAX_ID_LENGTH || value.codePointCount(0, value.length()) > MAX_ID_LENGTH) {
      return false;
    }
    boolean visible = false;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || isBidiControl(cp) || isNonCharacter(cp)) {
        return false;
      }
      visible |= !(type == Character.SPACE_SEPARATOR || type == Character.FORMAT
          || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.UNASSIGNED
          || Character.isWhitespace(cp) || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0
          || cp == 0x2800);
    }
    return visible;
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** Checks a number range (inclusive). */
  public Violations range(String path, long value, long min, long max) {
    if (value < min || value > max) {
      add(path, StructuralCode.OUT_OF_RANGE, min, max);
    }
    return this;
  }

  /** Checks that a collection is not empty. */
  public Violations notEmpty(String path, Collection<?> values) {
    if (values.isEmpty()) {
      add(path, StructuralCode.EMPTY);
    }
    return this;
  }

  /** Checks that an optional end date is not before a start date. */
  public Violations period(String path, LocalDate from, Optional<LocalDate> until) {
    if (until.isPresent() && until.get().isBefore(from)) {
      add(path, StructuralCode.DATE_ORDER);
    }
    return this;
  }

  /** Checks that the ids of a list's elements are unique; reports {@code path[i].idField}. */
  public <T> Set<String> uniqueIds(String path, List<T> elements, Function<T, String> id) {
    return uniqueIdsOf(path, elements, id, "id");
  }

  /** Checks that the ids of a list's elements are unique; reports {@code path[i].field}. */
  public <T> Set<String> uniqueIdsOf(String path, List<T> elements, Function<T, String> id, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      if (value != null && !seen.add(value)) {
        add(PropertyPath.of(path).index(i).field(field), StructuralCode.DUPLICATE_ID);
      }
    }
    return seen;
  }

  /** Checks that a reference resolves to a known id. */
  public Violations reference(PropertyPath path, String ref, Set<String> known) {
    if (ref != null && !known.contains(ref)) {
      add(path, StructuralCode.UNKNOWN_REFERENCE);
    }
    return this;
  }

  /** Checks that a reference resolves to a known id. */
  public Violations reference(String path, String ref, Set<String> known) {
    if (ref != null && !known.contains(ref)) {
      add(path, StructuralCode.UNKNOWN_REFERENCE);
    }
    return this;
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return list == null || list.isEmpty();
  }

  /** The violations found so far. */
  public List<Violation> list() {
    return isEmpty() ? List.of() : List.copyOf(list);
  }

  /**
   * Throws a {@link StructuralViolationException} listing every violation, if there are any.
   *
   * @param type the simple name of the value type being built
   */
  public void throwIfAny(String type) {
    if (!isEmpty()) {
      throw new StructuralViolationException(type, list);
    }
  }
}
