package dk.samarbejdsmodel.core;

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

  /** The simple name of the type that could not be built. */
  public String type() {
    return type;
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }
}
