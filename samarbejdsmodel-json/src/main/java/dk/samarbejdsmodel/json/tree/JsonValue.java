package dk.samarbejdsmodel.json.tree;

import dk.samarbejdsmodel.json.internal.Jackson2Trees;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * JSON-værdi: one immutable JSON value — an {@linkplain JsonObject object} (members in order), an
 * {@linkplain JsonArray array}, a {@linkplain JsonString string}, a {@linkplain JsonNumber number} (kept exactly, as
 * a {@code BigDecimal} with its scale), a {@linkplain JsonBoolean boolean} or {@linkplain JsonNull null}. The SDK's
 * own type for a piece of a document, so that migrations, export views, schemas and extension values do not tie a
 * vendor to one JSON library (or one major version of it). Values are thread-safe; "changing" one returns a new
 * value.
 *
 * <pre>{@code
 * JsonValue v = JsonValue.parse("{\"caseId\":\"K-17\",\"weight\":1.50}");
 * JsonObject o = (JsonObject) v;
 * String caseId = o.string("caseId").orElseThrow();              // "K-17"
 * JsonObject more = o.with("priority", JsonValue.of(2));         // o unchanged
 * String text = more.toJson();                                   // {"caseId":"K-17","weight":1.50,"priority":2}
 * }</pre>
 *
 * <p>Equality is structural: objects are equal when they have the same members (in any order), numbers when their
 * {@code BigDecimal}s are equal (so {@code 1.5} and {@code 1.50} differ, as their text does). {@code toString()}
 * shows only the shape (member names, sizes), never a string or number, because extension values may hold
 * personal data; {@link #toJson()} gives the text.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

  /** JSON {@code null}. */
  JsonNull NULL = JsonNull.INSTANCE;

  /** A string. */
  static JsonString of(String text) {
    return new JsonString(text);
  }

  /** {@code true} or {@code false}. */
  static JsonBoolean of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /** An integer. */
  static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /** A number, exactly as given (its scale included: {@code 1.50} is written {@code 1.50}). */
  static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /**
   * The value of a JSON text. Numbers are kept exactly; a key twice in one object is refused.
   *
   * @throws IllegalArgumentException if the text is not one JSON value (the message never quotes the text)
   */
  static JsonValue parse(String json) {
    return Jackson2Trees.parse(json);
  }

  /** The compact JSON text of this value: no spaces, members in order, numbers as they were given. */
  default String toJson() {
    return Jackson2Trees.text(this);
  }

  /**
   * The value at a JSON Pointer ({@code ""} for this value, {@code "/goals/0/title"} …; {@code ~0} and {@code ~1}
   * escape {@code ~} and {@code /}), if there is one.
   */
  default Optional<JsonValue> at(String pointer) {
    if (pointer.isEmpty()) {
      return Optional.of(this);
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer is empty or starts with /");
    }
    JsonValue at = this;
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (at instanceof JsonObject o) {
        Optional<JsonValue> next = o.get(name);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        at = next.get();
      } else if (at instanceof JsonArray a && name.matches("0|[1-9][0-9]{0,8}")
          && Integer.parseInt(name) < a.size()) {
        at = a.get(Integer.parseInt(name));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }
}
