package dk.samarbejdsmodel.json.tree;

/**
 * {@code true} or {@code false}.
 *
 * @param value the truth value
 */
public record JsonBoolean(boolean value) implements JsonValue {

  /** {@code true}. */
  public static final JsonBoolean TRUE = new JsonBoolean(true);
  /** {@code false}. */
  public static final JsonBoolean FALSE = new JsonBoolean(false);

  @Override
  public String toString() {
    return "JsonBoolean[" + value + "]";
  }
}
