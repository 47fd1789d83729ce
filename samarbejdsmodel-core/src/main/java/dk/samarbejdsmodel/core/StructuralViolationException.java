package dk.samarbejdsmodel.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Strukturelt ugyldig værdi: thrown by {@code build()} when a value would be structurally invalid. It lists
 * every violation, each with a path. Its message never contains personal data: only type names, paths, ids
 * and numbers.
 *
 * <pre>{@code
 * try {
 *   Agreement.builder().id("a1").action("Søg optagelse").build();
 * } catch (StructuralViolationException e) {
 *   e.violations(); // [goalIds: must not be empty, statusHistory: must not be empty]
 * }
 * }</pre>
 *
 * <p>A builder whose required fields are not all set throws it too, before any other check (the checks need
 * those fields): one {@link StructuralCode#REQUIRED} violation per missing field, all of them at once, for
 * example {@code [id: is required, lifeArea: is required]}. So does a {@code null} handed to a builder method
 * or a {@code with...} method: one {@code REQUIRED} violation at that field ({@code statusHistory[]} for a
 * {@code null} element of a list).
 */
public final class StructuralViolationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final transient List<Violation> violations;

  /** Creates the exception for a type and its violations. */
  public StructuralViolationException(String type, List<Violation> violations) {
    super(Redaction.maskCprLike(type + " is structurally invalid (" + violations.size() + " violation"
        + (violations.size() == 1 ? "" : "s") + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))));
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for missing required fields: one {@link StructuralCode#REQUIRED} violation per
   * field. The SDK's generated builders call it (through {@link DomainStyle}); the type is the value type whose
   * builder called it (for {@code ImmutableGoal.Builder}: {@code Goal}).
   *
   * <p>A name such as {@code "statusHistory element"} (what a generated builder says for a {@code null} list
   * element) becomes the path {@code statusHistory[]}.
   *
   * @param missingFields the names of the fields that are missing
   */
  public StructuralViolationException(String... missingFields) {
    this(callerType(), required(missingFields));
  }

  private static List<Violation> required(String... names) {
    List<Violation> out = new ArrayList<>(names.length);
    for (String name : names) {
      if (name != null && name.startsWith("Cannot build ")) {
        // the generated code's one other message: default/derived attribute initializers that call each other
        // (a defect in the value type, never in the input)
        out.add(Violation.of("", StructuralCode.INCONSISTENT, "attribute initializers form a cycle"));
      } else {
        out.add(Violation.of(fieldPath(name), StructuralCode.REQUIRED));
      }
    }
    return out;
  }

  /** {@code "x element"}, {@code "x key"}, {@code "x value"} → {@code x[]}; {@code "element"} → {@code []}. */
  private static String fieldPath(String name) {
    String n = name == null ? "" : name.strip();
    for (String suffix : new String[] {"element", "key", "value"}) {
      if (n.equals(suffix)) {
        return "[]";
      }
      if (n.endsWith(" " + suffix)) {
        return n.substring(0, n.length() - suffix.length() - 1).strip() + "[]";
      }
    }
    return n;
  }

  /** The value type of the generated class that is creating this exception: ImmutableGoal$Builder → Goal. */
  private static String callerType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(c -> !c.equals(StructuralViolationException.class.getName()))
        .findFirst()
        .map(StructuralViolationException::valueTypeName)
        .orElse("value"));
  }

  private static String valueTypeName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    String outer = nested < 0 ? simple : simple.substring(0, nested);
    return outer.startsWith("Immutable") && outer.length() > "Immutable".length()
        ? outer.substring("Immutable".length())
        : outer;
  }

  /** The simple name of the type that could not be built. */
  public String type() {
    return type;
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }
}
