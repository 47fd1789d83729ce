package dk.samarbejdsmodel.core.rules;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Frist: one thing that must happen in a course, and by when — its kind, the rule that creates it, the due
 * date, the path of the element concerned, and arguments (an id or label). A due date before the evaluation
 * date means the item is late (the matching rule then usually reports a finding too).
 *
 * <pre>{@code
 * for (DueItem i : DueItems.of(course, LocalDate.of(2026, 3, 1))) {
 *   System.out.println(i.dueDate() + " " + i.kind() + " (" + i.ruleId() + ") " + i.path());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class DueItem {

  /** Hvad. */
  public abstract DueItemKind kind();

  /** The rule ID that creates the item, or the domain section where the spec has none (e.g. {@code §4.4}). */
  public abstract String ruleId();

  /** Senest. */
  public abstract LocalDate dueDate();

  /** Path of the element concerned inside the course. */
  public abstract String path();

  /** Ids, labels or codes describing the item (a fixed meeting's label, an agreement's id …). */
  public abstract List<String> args();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DueItem}. */
  public static final class Builder extends ImmutableDueItem.Builder {}

  /** A due item. */
  public static DueItem of(DueItemKind kind, String ruleId, LocalDate dueDate, String path, String... args) {
    return builder().kind(kind).ruleId(ruleId).dueDate(dueDate).path(path).addArgs(args).build();
  }

  /** A due item at a path built with {@link dk.samarbejdsmodel.core.PropertyPath}. */
  public static DueItem of(DueItemKind kind, String ruleId, LocalDate dueDate,
      dk.samarbejdsmodel.core.PropertyPath path, String... args) {
    return of(kind, ruleId, dueDate, path.toString(), args);
  }
}
