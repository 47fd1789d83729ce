package dk.samarbejdsmodel.core;

import java.util.Objects;

/**
 * Egenskabssti: a path into a value, such as {@code formRevisions[2].agreements[0].deadline} — the form of every
 * {@link Violation}'s and rule finding's path. Built step by step instead of by string concatenation, so a path
 * is always well formed: fields joined by {@code .}, list elements as {@code [i]}, elements chosen by id as
 * {@code [id]}. Immutable; a step only links to its parent, and the text is made when it is read (a check builds
 * many paths and reports few).
 *
 * <pre>{@code
 * PropertyPath p = PropertyPath.of("formRevisions").index(2).field("agreements").index(0).field("deadline");
 * p.toString();                                   // "formRevisions[2].agreements[0].deadline"
 * PropertyPath.of("goals").key("g1").field("description").toString();   // "goals[g1].description"
 * }</pre>
 */
public final class PropertyPath {

  private static final PropertyPath ROOT = new PropertyPath(null, "", -1);

  private final PropertyPath parent;
  /** A field name, a key, or the whole text of a path given as written; null for an index step. */
  private final String step;
  /** 0: field (or path as written), 1: index, 2: key. */
  private final int kind;
  private final int index;

  private PropertyPath(PropertyPath parent, String step, int index) {
    this(parent, step, index, 0);
  }

  private PropertyPath(PropertyPath parent, String step, int index, int kind) {
    this.parent = parent;
    this.step = step;
    this.index = index;
    this.kind = kind;
  }

  /** The value itself: the empty path. */
  public static PropertyPath root() {
    return ROOT;
  }

  /** A path as written, for example {@code "id"} or {@code "networkCard.entries"}. */
  public static PropertyPath of(String path) {
    Objects.requireNonNull(path, "path");
    return path.isEmpty() ? ROOT : new PropertyPath(ROOT, path, -1);
  }

  /** This path followed by a field: {@code a[1]} → {@code a[1].name}. */
  public PropertyPath field(String name) {
    Objects.requireNonNull(name, "name");
    return new PropertyPath(this, name, -1, 0);
  }

  /** This path followed by a list index: {@code a} → {@code a[3]}. */
  public PropertyPath index(int i) {
    return new PropertyPath(this, null, i, 1);
  }

  /** This path followed by an element chosen by its id: {@code goals} → {@code goals[g1]}. */
  public PropertyPath key(String id) {
    Objects.requireNonNull(id, "id");
    return new PropertyPath(this, id, -1, 2);
  }

  /** True for the empty path. */
  public boolean isRoot() {
    return this == ROOT;
  }

  private void render(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.render(sb);
    switch (kind) {
      case 1 -> sb.append('[').append(index).append(']');
      case 2 -> sb.append('[').append(step).append(']');
      default -> {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(step);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PropertyPath p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The path as text, for example {@code consents[0].signatories[1].personId}; empty for the root. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }
}
