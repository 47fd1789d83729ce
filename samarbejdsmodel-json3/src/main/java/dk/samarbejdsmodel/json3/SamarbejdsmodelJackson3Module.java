package dk.samarbejdsmodel.json3;

import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.InvalidDocumentException;
import dk.samarbejdsmodel.json.ReadMode;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.internal.PlainValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;

/**
 * Jackson 3-modul: lets a Jackson 3 {@code JsonMapper} ({@code tools.jackson}, as in Spring Boot 4) read and write
 * the eight document kinds and every result type of the SDK — findings, due items, consent decisions, shares,
 * schedules, report tables, goals, meetings and records holding them — exactly as the Jackson 2
 * {@code SamarbejdsmodelModule} does. It is found through {@code META-INF/services/tools.jackson.databind.JacksonModule},
 * so {@code JsonMapper.builder().findAndAddModules()} is enough; Spring Boot 4 registers a module bean.
 *
 * <p>The module does not describe the format again: documents are written by the SDK's {@code DocumentWriter} and
 * read by its {@code DocumentReader} (the mapper only carries the tokens), and the result types use the same plain
 * conventions as the Jackson 2 module. An invalid document fails with a {@code DatabindException} whose cause is an
 * {@code InvalidDocumentException} listing every error. No polymorphic typing is ever enabled.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SamarbejdsmodelJackson3Module()).build();
 * String json = mapper.writeValueAsString(course);
 * Course back = mapper.readValue(json, Course.class);
 * }</pre>
 *
 * <p>Size and syntax limits are those of the mapper you bring; use {@code SamJson.reader()} for hardened reading of
 * untrusted input.
 */
public final class SamarbejdsmodelJackson3Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private final transient SamJson config;

  /** A module with the default configuration ({@code SamJson.defaults()}); used by {@code ServiceLoader}. */
  public SamarbejdsmodelJackson3Module() {
    this(SamJson.defaults());
  }

  /** A module with a configuration (mode, programmes, instruments, migrations). */
  public SamarbejdsmodelJackson3Module(SamJson config) {
    super("samarbejdsmodel-jackson3", new Version(1, 0, 0, "SNAPSHOT", "dk.samarbejdsmodel", "samarbejdsmodel-json3"));
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new Serializers() {
      @Override
      public ValueSerializer<?> findSerializer(SerializationConfig c, JavaType type,
          BeanDescription.Supplier beanDescRef, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
        Class<?> raw = type.getRawClass();
        return (PlainValues.isDocument(raw) || PlainValues.handles(raw)) && !type.isEnumType() ? new Ser(config)
            : null;
      }
    });
    context.addDeserializers(new Deserializers() {
      @Override
      public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig c,
          BeanDescription.Supplier beanDescRef) {
        Class<?> raw = type.getRawClass();
        return (PlainValues.isDocument(raw) || PlainValues.handles(raw)) && !type.isEnumType()
            ? new Deser(config, type) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig c, Class<?> valueType) {
        return PlainValues.isDocument(valueType) || PlainValues.handles(valueType);
      }
    });
  }

  /** Writes a plain structure (maps, lists, texts, numbers, booleans) token by token. */
  @SuppressWarnings("unchecked")
  static void write(Object plain, JsonGenerator gen) {
    if (plain == null) {
      gen.writeNull();
    } else if (plain instanceof Map<?, ?> m) {
      gen.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        gen.writeName(e.getKey());
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

  /** The plain structure of the value the parser stands on, numbers exact (BigInteger, BigDecimal). */
  static Object exact(JsonParser p) {
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        while (p.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (members.containsKey(name)) {
            throw DatabindException.from(p, "a key occurs twice in one object");
          }
          members.put(name, exact(p));
        }
        return members;
      }
      case START_ARRAY: {
        List<Object> elements = new java.util.ArrayList<>();
        while (p.nextToken() != tools.jackson.core.JsonToken.END_ARRAY) {
          elements.add(exact(p));
        }
        return elements;
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw DatabindException.from(p, "not a JSON value");
    }
  }

  private static java.lang.reflect.Type reflect(JavaType t) {
    java.lang.reflect.Type[] args = new java.lang.reflect.Type[t.containedTypeCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = reflect(t.containedType(i));
    }
    return PlainValues.parameterized(t.getRawClass(), args);
  }

  private static final class Ser extends ValueSerializer<Object> {
    private final SamJson config;

    Ser(SamJson config) {
      this.config = config;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      write(PlainValues.toPlain(value, config), gen);
    }
  }

  private static final class Deser extends ValueDeserializer<Object> {
    private final SamJson config;
    private final java.lang.reflect.Type type;
    private final boolean document;
    private final boolean json;

    Deser(SamJson config, JavaType type) {
      this.config = config;
      this.type = reflect(type);
      this.document = PlainValues.isDocument(type.getRawClass());
      this.json = dk.samarbejdsmodel.json.tree.JsonValue.class.isAssignableFrom(type.getRawClass());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      // the SDK's own JSON values are read token by token, numbers exact whatever the mapper's number settings
      Object plain = json ? exact(p) : ctxt.readValue(p, Object.class);
      boolean ignoreUnknown = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        return PlainValues.fromPlain(type, plain, config, ignoreUnknown);
      } catch (InvalidDocumentException e) {
        String hint = document && ignoreUnknown && config.mode() == ReadMode.STRICT
            && e.errors().stream().anyMatch(x -> x.code() == ErrorCode.UNKNOWN_FIELD)
            ? " (the mapper's FAIL_ON_UNKNOWN_PROPERTIES=false does not apply to Samarbejdsmodellen documents,"
                + " which this module reads in STRICT mode; register new SamarbejdsmodelJackson3Module(a lenient"
                + " SamJson) to accept and keep unknown fields)" : "";
        throw DatabindException.from(p, e.getMessage() + hint, e);
      } catch (RuntimeException e) {
        throw DatabindException.from(p, String.valueOf(e.getMessage()), e);
      }
    }
  }
}
