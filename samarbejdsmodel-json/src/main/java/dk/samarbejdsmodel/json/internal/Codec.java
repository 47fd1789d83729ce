package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kodek: reads, writes and describes (as JSON Schema) one JSON value of a core type. Internal.
 *
 * <pre>{@code
 * LocalDate d = Codecs.DATE.decode(node, "/startDate", ctx); // null and an error in ctx when invalid
 * }</pre>
 *
 * @param <T> the Java type
 */
public abstract class Codec<T> {

  /** The value read from a node, or {@code null} after recording at least one error in the context. */
  public abstract T decode(JsonNode node, String pointer, DecodeContext ctx);

  /** The JSON for a value. */
  public abstract JsonNode encode(T value, String pointer, EncodeContext ctx);

  /** The JSON Schema of the value (a {@code $ref} for object types, registered in the schema context). */
  public abstract ObjectNode schema(SchemaContext s);
}
