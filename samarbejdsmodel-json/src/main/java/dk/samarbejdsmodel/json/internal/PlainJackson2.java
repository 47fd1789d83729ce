package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The Jackson 2 side of {@link PlainValues}: serializers and deserializers for the SDK's result types, found by
 * type, writing the plain structure token by token (so mapper settings such as map ordering or null inclusion do
 * not change the format's conventions). Internal.
 */
public final class PlainJackson2 {

  private PlainJackson2() {}

  /** The serializers. */
  public static Serializers serializers(SamJson config) {
    return new Serializers.Base() {
      @Override
      public JsonSerializer<?> findSerializer(SerializationConfig c, JavaType type, BeanDescription beanDesc) {
        return PlainValues.handles(type.getRawClass()) && !type.isEnumType() ? new Ser(config) : null;
      }
    };
  }

  /** The deserializers. */
  public static Deserializers deserializers(SamJson config) {
    return new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig c,
          BeanDescription beanDesc) {
        return PlainValues.handles(type.getRawClass()) && !type.isEnumType() ? new Deser(config, type) : null;
      }
    };
  }

  /** Writes a plain structure. */
  @SuppressWarnings("unchecked")
  public static void write(Object plain, JsonGenerator gen) throws IOException {
    if (plain == null) {
      gen.writeNull();
    } else if (plain instanceof Map<?, ?> m) {
      gen.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        gen.writeFieldName(e.getKey());
        write(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (plain instanceof List<?> l) {
      gen.writeStartArray();
      for (Object o : l) {
        write(o, gen);
      }
      gen.writeEndArray();
    } else if (plain instanceof String s) {
      gen.writeString(s);
    } else if (plain instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (plain instanceof Integer || plain instanceof Short || plain instanceof Byte) {
      gen.writeNumber(((Number) plain).intValue());
    } else if (plain instanceof Long n) {
      gen.writeNumber(n);
    } else if (plain instanceof BigDecimal n) {
      gen.writeNumber(n);
    } else if (plain instanceof BigInteger n) {
      gen.writeNumber(n);
    } else if (plain instanceof Number n) {
      gen.writeNumber(n.doubleValue());
    } else {
      throw new IllegalStateException("not a plain value: " + plain.getClass().getName());
    }
  }

  private static final class Ser extends JsonSerializer<Object> {
    private final SamJson config;

    Ser(SamJson config) {
      this.config = config;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      write(PlainValues.toPlain(value, config), gen);
    }
  }

  private static final class Deser extends JsonDeserializer<Object> {
    private final SamJson config;
    private final Type type;
    private final Class<?> json;

    Deser(SamJson config, JavaType type) {
      this.config = config;
      this.type = PlainTypes.of(type);
      this.json = dk.samarbejdsmodel.json.tree.JsonValue.class.isAssignableFrom(type.getRawClass())
          ? type.getRawClass() : null;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (json != null) {
        // the SDK's own JSON values: read token by token, numbers exact whatever the mapper's number settings
        dk.samarbejdsmodel.json.tree.JsonValue v;
        try {
          v = Jackson2Trees.read(p);
        } catch (IllegalArgumentException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
        if (!json.isInstance(v)) {
          throw JsonMappingException.from(p, "must be a " + json.getSimpleName());
        }
        return v;
      }
      Object plain = ctxt.readValue(p, Object.class);
      try {
        return PlainValues.fromPlain(type, plain, config,
            !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
      } catch (RuntimeException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
