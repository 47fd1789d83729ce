package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Kodek: reads, writes and describes (as JSON Schema) one JSON value of a core type. Reading streams from a
 * Jackson {@link JsonParser}; writing streams to a {@link JsonGenerator} (or, for the tree API, builds a node).
 * Internal.
 *
 * <pre>{@code
 * // the parser stands on the value's first token; afterwards on its last token
 * LocalDate d = Codecs.DATE.read(parser, ctx); // null and an error in ctx (at ctx's current path) when invalid
 * Codecs.DATE.write(d, generator, null, ctx);
 * }</pre>
 *
 * @param <T> the Java type
 */
public abstract class Codec<T> {

  /**
   * The value read from the parser, which stands on the value's first token and is left on its last token; or
   * {@code null} after recording at least one error in the context (at the context's current path).
   */
  public abstract T read(JsonParser p, DecodeContext ctx) throws IOException;

  /**
   * Writes the value. {@code pointer} is the value's JSON Pointer when the write carries retained data (and is
   * needed to find it), otherwise {@code null}.
   */
  public abstract void write(T value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException;

  /** The JSON for a value (the tree API: {@code DocumentWriter.toTree}). */
  public abstract JsonNode encode(T value, String pointer, EncodeContext ctx);

  /** The JSON Schema of the value (a {@code $ref} for object types, registered in the schema context). */
  public abstract ObjectNode schema(SchemaContext s);
}
