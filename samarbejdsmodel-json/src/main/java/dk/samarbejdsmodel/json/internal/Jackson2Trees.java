package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.tree.JsonArray;
import dk.samarbejdsmodel.json.tree.JsonBoolean;
import dk.samarbejdsmodel.json.tree.JsonNull;
import dk.samarbejdsmodel.json.tree.JsonNumber;
import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonString;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The internal adapter between the SDK's own JSON values ({@link JsonValue}) and Jackson 2: trees both ways, and
 * values written to and read from Jackson's streams. Numbers are kept exactly in both directions: an integer (scale
 * 0) becomes an int, long or big-integer node, anything else an exact decimal node, and back — so a document's
 * bytes do not change when a value passes through. Internal.
 *
 * <pre>{@code
 * JsonObject o = (JsonObject) Jackson2Trees.value(objectNode);
 * ObjectNode n = Jackson2Trees.node(o);
 * }</pre>
 */
public final class Jackson2Trees {

  @SuppressWarnings("deprecation") // exact BigDecimal nodes; the non-deprecated way is newer than the oldest Jackson the SDK supports (2.17)
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Jackson2Trees() {}

  /** The SDK value of a Jackson tree (a missing node is refused). */
  public static JsonValue value(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        node.properties().forEach(e -> members.put(e.getKey(), value(e.getValue())));
        return new JsonObject(members);
      }
      case ARRAY: {
        List<JsonValue> elements = new ArrayList<>(node.size());
        node.forEach(e -> elements.add(value(e)));
        return new JsonArray(elements);
      }
      case STRING:
        return new JsonString(node.textValue());
      case NUMBER:
        return new JsonNumber(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
      case BOOLEAN:
        return JsonValue.of(node.booleanValue());
      case NULL:
        return JsonValue.NULL;
      default:
        throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  /** The SDK object of a Jackson object node. */
  public static JsonObject object(ObjectNode node) {
    return (JsonObject) value(node);
  }

  /** The Jackson tree of an SDK value (numbers exact). */
  public static JsonNode node(JsonValue value) {
    if (value instanceof JsonObject o) {
      return node(o);
    } else if (value instanceof JsonArray a) {
      ArrayNode out = NODES.arrayNode(a.size());
      a.forEach(e -> out.add(node(e)));
      return out;
    } else if (value instanceof JsonString s) {
      return NODES.textNode(s.value());
    } else if (value instanceof JsonNumber n) {
      return number(n.value());
    } else if (value instanceof JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    return NODES.nullNode();
  }

  /** The Jackson object node of an SDK object. */
  public static ObjectNode node(JsonObject object) {
    ObjectNode out = NODES.objectNode();
    object.members().forEach((k, v) -> out.set(k, node(v)));
    return out;
  }

  private static JsonNode number(BigDecimal n) {
    if (n.scale() != 0) {
      return NODES.numberNode(n);
    }
    if (n.compareTo(INT_MIN) >= 0 && n.compareTo(INT_MAX) <= 0) {
      return NODES.numberNode(n.intValueExact());
    }
    if (n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0) {
      return NODES.numberNode(n.longValueExact());
    }
    return NODES.numberNode(n.toBigIntegerExact());
  }

  /** Writes an SDK value to a Jackson generator, as the tree {@link #node} gives would be written. */
  public static void write(JsonValue value, JsonGenerator g) throws IOException {
    if (value instanceof JsonObject o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        g.writeFieldName(e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof JsonArray a) {
      g.writeStartArray();
      for (JsonValue e : a) {
        write(e, g);
      }
      g.writeEndArray();
    } else if (value instanceof JsonString s) {
      g.writeString(s.value());
    } else if (value instanceof JsonNumber n) {
      writeNumber(n.value(), g);
    } else if (value instanceof JsonBoolean b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /** The compact text of a value. */
  public static String text(JsonValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The value of a JSON text: numbers exact, a key twice in one object refused.
   *
   * @throws IllegalArgumentException if the text is not exactly one JSON value
   */
  public static JsonValue parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value");
      }
      JsonValue v = read(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return v;
    } catch (IOException e) {
      // the parser's own message may quote the text; only the place is given
      com.fasterxml.jackson.core.JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          ? jpe.getLocation() : null;
      throw new IllegalArgumentException(at == null ? "not JSON"
          : "not JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
  }

  /** Reads the value the parser stands on (the parser then stands on its last token). */
  public static JsonValue read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (members.put(name, read(p)) != null) {
            throw new IllegalArgumentException("a key occurs twice in one object");
          }
        }
        return new JsonObject(members);
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(p));
        }
        return new JsonArray(elements);
      }
      case VALUE_STRING:
        return new JsonString(p.getText());
      case VALUE_NUMBER_INT:
        return new JsonNumber(new BigDecimal(p.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT:
        return new JsonNumber(p.getDecimalValue());
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw new IllegalArgumentException("not a JSON value: " + t);
    }
  }

  private static void writeNumber(BigDecimal n, JsonGenerator g) throws IOException {
    if (n.scale() != 0) {
      g.writeNumber(n);
    } else if (n.compareTo(INT_MIN) >= 0 && n.compareTo(INT_MAX) <= 0) {
      g.writeNumber(n.intValueExact());
    } else if (n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0) {
      g.writeNumber(n.longValueExact());
    } else {
      g.writeNumber(n.toBigIntegerExact());
    }
  }
}
