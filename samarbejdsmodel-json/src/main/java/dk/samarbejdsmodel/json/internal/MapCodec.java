package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Kortkodek: a JSON object used as a map: keys parsed from strings, values by a codec; written with keys sorted.
 *
 * <pre>{@code
 * // {"YOUNG_PERSON_HEARD": true} <-> Map.of(ChecklistItem.YOUNG_PERSON_HEARD, true)
 * Map<ChecklistItem, Boolean> answers = ModelCodecs.CHECKLIST_ANSWERS.read(parser, ctx);
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class MapCodec<K, V> extends Codec<Map<K, V>> {

  private final Function<String, K> parseKey;
  private final Function<K, String> keyText;
  private final Comparator<K> order;
  private final Codec<V> values;
  private final ObjectNode keySchema;
  private final ErrorCode badKey;
  private final Object badKeyArg;

  /**
   * A map codec.
   *
   * @param parseKey the key for a text, or {@code null} when the text is not a key; one to one (two names never
   *     give one key), so that a duplicate key is a duplicate name
   * @param keyText the text of a key
   * @param order the order keys are written in
   * @param values the value codec
   * @param keySchema the schema of a key ({@code propertyNames})
   * @param badKey the error for an unparseable key, with its argument
   */
  public MapCodec(Function<String, K> parseKey, Function<K, String> keyText, Comparator<K> order, Codec<V> values,
      ObjectNode keySchema, ErrorCode badKey, Object badKeyArg) {
    this.parseKey = parseKey;
    this.keyText = keyText;
    this.order = order;
    this.values = values;
    this.keySchema = keySchema;
    this.badKey = badKey;
    this.badKeyArg = badKeyArg;
  }

  @Override
  public Map<K, V> read(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctx.wrongType(p, "an object");
      return null;
    }
    long before = ctx.errorCount();
    Map<K, V> out = new LinkedHashMap<>();
    // a duplicate of a kept key is found in the map itself (keys are parsed one to one from names); only names
    // that were not kept (a bad key or value) need a set of their own, which a valid map never makes (B1)
    Set<String> notKept = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      K key = parseKey.apply(name);
      if (key != null && out.containsKey(key) || notKept != null && notKept.contains(name)) {
        throw ctx.duplicateKey(name);
      }
      p.nextToken();
      ctx.push(name);
      V v = null;
      if (key == null) {
        ctx.error(badKey, badKeyArg);
        ctx.skip(p);
      } else {
        v = values.read(p, ctx);
        if (v != null) {
          out.put(key, v);
        }
      }
      if (v == null) {
        if (notKept == null) {
          notKept = new HashSet<>();
        }
        notKept.add(name);
      }
      ctx.pop();
    }
    return ctx.errorCount() > before ? null : out;
  }

  @Override
  public void write(Map<K, V> value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
    List<K> keys = new ArrayList<>(value.keySet());
    keys.sort(order);
    g.writeStartObject();
    for (K k : keys) {
      String text = keyText.apply(k);
      g.writeFieldName(text);
      values.write(value.get(k), g, pointer == null ? null : Pointers.child(pointer, text), ctx);
    }
    g.writeEndObject();
  }

  @Override
  public JsonNode encode(Map<K, V> value, String pointer, EncodeContext ctx) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    List<K> keys = new ArrayList<>(value.keySet());
    keys.sort(order);
    for (K k : keys) {
      String text = keyText.apply(k);
      out.set(text, values.encode(value.get(k), Pointers.child(pointer, text), ctx));
    }
    return out;
  }

  @Override
  public ObjectNode schema(SchemaContext s) {
    ObjectNode o = SchemaContext.node().put("type", "object");
    o.set("propertyNames", keySchema.deepCopy());
    o.set("additionalProperties", values.schema(s));
    return o;
  }
}
