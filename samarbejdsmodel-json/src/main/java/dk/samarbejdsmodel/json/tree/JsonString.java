package dk.samarbejdsmodel.json.tree;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value the text
 */
public record JsonString(String value) implements JsonValue {

  /** A string. */
  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  /** Only the length, never the text (it may be personal data). */
  @Override
  public String toString() {
    return "JsonString[" + value.length() + " chars]";
  }
}
