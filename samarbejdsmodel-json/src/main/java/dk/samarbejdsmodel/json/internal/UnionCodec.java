package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.ErrorCode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Variantkodek: a closed set of object types told apart by an explicit {@code type} field with a fixed list of names — never
 * a class name from the input (no polymorphic default typing).
 *
 * <pre>{@code
 * Codec<MeetingCadence> c = new UnionCodec<MeetingCadence>("MeetingCadence")
 *     .variant("ROLLING_WINDOW", MeetingCadence.RollingWindow.class, rollingWindowCodec);
 * }</pre>
 *
 * @param <T> the common supertype
 */
public final class UnionCodec<T> extends Codec<T> {

  /** The discriminator field. */
  public static final String TYPE = "type";

  private record Variant<T>(String typeName, Class<? extends T> type, ObjectCodec<? extends T, ?> codec) {}

  private final String name;
  private final Map<String, Variant<T>> variants = new LinkedHashMap<>();

  /** An empty union. */
  public UnionCodec(String name) {
    this.name = name;
  }

  /** Adds a variant. */
  public <V extends T> UnionCodec<T> variant(String typeName, Class<V> type, ObjectCodec<V, ?> codec) {
    variants.put(typeName, new Variant<>(typeName, type, codec));
    return this;
  }

  private static final Set<String> SKIP = Set.of(TYPE);

  @Override
  public T read(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctx.wrongType(p, "an object");
      return null;
    }
    // the discriminator may come anywhere in the object: buffer it (variant objects are small and rare)
    JsonNode node = ctx.tree(p);
    JsonNode t = node.get(TYPE);
    if (t == null || t.isNull()) {
      ctx.errorAt(TYPE, ErrorCode.REQUIRED);
      return null;
    }
    Variant<T> v = t.isTextual() ? variants.get(t.textValue()) : null;
    if (v == null) {
      ctx.errorAt(TYPE, ErrorCode.NOT_ALLOWED, String.join(", ", variants.keySet()));
      return null;
    }
    try (JsonParser q = node.traverse()) {
      q.nextToken();
      return v.codec().readMembers(q, ctx, SKIP, false);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
    for (Variant<T> v : variants.values()) {
      if (v.type().isInstance(value)) {
        g.writeStartObject();
        g.writeStringField(TYPE, v.typeName());
        ((ObjectCodec<T, ?>) v.codec()).writeMembers(value, g, pointer, ctx, TYPE);
        g.writeEndObject();
        return;
      }
    }
    throw new IllegalArgumentException("no variant of " + name + " for " + value.getClass().getSimpleName());
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonNode encode(T value, String pointer, EncodeContext ctx) {
    for (Variant<T> v : variants.values()) {
      if (v.type().isInstance(value)) {
        ObjectNode out = SchemaContext.node().put(TYPE, v.typeName());
        ((ObjectCodec<T, ?>) v.codec()).encodeInto(out, value, pointer, ctx);
        return out;
      }
    }
    throw new IllegalArgumentException("no variant of " + name + " for " + value.getClass().getSimpleName());
  }

  @Override
  public ObjectNode schema(SchemaContext s) {
    return s.ref(name, () -> {
      ObjectNode o = SchemaContext.node();
      ArrayNode oneOf = o.putArray("oneOf");
      for (Variant<T> v : variants.values()) {
        ObjectNode variant = v.codec().objectSchema(s);
        ObjectNode props = SchemaContext.node();
        props.set(TYPE, SchemaContext.node().put("const", v.typeName()));
        props.setAll((ObjectNode) variant.get("properties"));
        variant.set("properties", props);
        ArrayNode req = variant.has("required") ? (ArrayNode) variant.get("required") : variant.putArray("required");
        req.insert(0, TYPE);
        oneOf.add(variant);
      }
      return o;
    });
  }
}
