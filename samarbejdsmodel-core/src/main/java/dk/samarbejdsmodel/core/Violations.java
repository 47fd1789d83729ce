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

  private static final java.util.regex.Pattern CPR_LIKE = java.util.regex.Pattern.compile("\\d{6}-?\\d{4}");

  private final List<Violation> list = new ArrayList<>();

  /** Records a violation. */
  public Violations add(String path, StructuralCode code, Object... args) {
    list.add(Violation.of(path, code, args));
    return this;
  }

  /** Records violations found in a nested value, prefixing their paths. */
  public Violations addAll(String prefix, Collection<Violation> nested) {
    for (Violation v : nested) {
      list.add(v.under(prefix));
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

  /** A CPR-like run needs ten digits; most ids have fewer, and skip the pattern (docs/performance.md, B1). */
  private static boolean atLeastTenDigits(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9' && ++digits >= 10) {
        return true;
      }
    }
    return false;
  }

  /** Checks that an id is usable: non-blank, at most 128 characters, no control characters. */
  public Violations id(String path, String value) {
    notBlank(path, value);
    if (value != null && !value.isBlank()
        && (value.length() > 128 || value.chars().anyMatch(Character::isISOControl))) {
      add(path, StructuralCode.INVALID_FORMAT, "an id of at most 128 printable characters");
    } else if (value != null && atLeastTenDigits(value) && CPR_LIKE.matcher(value).find()) {
      add(path, StructuralCode.INVALID_FORMAT, "a pseudonymous id, not a CPR number");
    }
    return this;
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
        add(path + "[" + i + "]." + field, StructuralCode.DUPLICATE_ID, value);
      }
    }
    return seen;
  }

  /** Checks that a reference resolves to a known id. */
  public Violations reference(String path, String ref, Set<String> known) {
    if (ref != null && !known.contains(ref)) {
      add(path, StructuralCode.UNKNOWN_REFERENCE, ref);
    }
    return this;
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The violations found so far. */
  public List<Violation> list() {
    return List.copyOf(list);
  }

  /**
   * Throws a {@link StructuralViolationException} listing every violation, if there are any.
   *
   * @param type the simple name of the value type being built
   */
  public void throwIfAny(String type) {
    if (!list.isEmpty()) {
      throw new StructuralViolationException(type, list);
    }
  }
}
