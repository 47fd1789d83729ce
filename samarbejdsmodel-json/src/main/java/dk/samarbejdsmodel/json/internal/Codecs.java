package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.json.ErrorCode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Skalarkodeks: the codecs of JSON scalars — texts, ids, dates, periods, integers, booleans, enums, open codes,
 * CPR numbers. Internal.
 *
 * <pre>{@code
 * Codec<LifeArea> c = Codecs.openCode(LifeArea.class, LifeArea::of, LifeArea::builtIns);
 * Codec<Integer> ring = Codecs.integer(1, 3);
 * }</pre>
 */
public final class Codecs {

  private Codecs() {}

  /** The pattern of an open code (as {@link OpenCode}). */
  public static final String CODE_PATTERN = "^([a-z0-9]+(\\.[a-z0-9-]+)*:)?[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** A text; any string. */
  public static final Codec<String> TEXT = text(null);

  /** An id: 1 to 128 characters (the core checks that it is printable and not a CPR number). */
  public static final Codec<String> ID = text(128);

  /** A calendar date, {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public LocalDate decode(JsonNode node, String pointer, DecodeContext ctx) {
      if (!node.isTextual()) {
        ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
        return null;
      }
      LocalDate d = parseDate(node.textValue());
      if (d == null) {
        ctx.error(pointer, ErrorCode.INVALID_DATE);
      }
      return d;
    }

    @Override
    public JsonNode encode(LocalDate value, String pointer, EncodeContext ctx) {
      return TextNode.valueOf(DATE_FORMAT.format(value));
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    }
  };

  /** An ISO-8601 period such as {@code P16Y6M}. */
  public static final Codec<Period> PERIOD = new Codec<>() {
    @Override
    public Period decode(JsonNode node, String pointer, DecodeContext ctx) {
      if (!node.isTextual()) {
        ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
        return null;
      }
      if (!node.textValue().matches("P(-?[0-9]{1,4}Y)?(-?[0-9]{1,4}M)?(-?[0-9]{1,5}D)?")
          || node.textValue().length() < 3) {
        ctx.error(pointer, ErrorCode.INVALID_PERIOD);
        return null;
      }
      try {
        return Period.parse(node.textValue());
      } catch (DateTimeParseException e) {
        ctx.error(pointer, ErrorCode.INVALID_PERIOD);
        return null;
      }
    }

    @Override
    public JsonNode encode(Period value, String pointer, EncodeContext ctx) {
      return TextNode.valueOf(value.toString());
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("minLength", 3)
          .put("pattern", "^P(-?[0-9]{1,4}Y)?(-?[0-9]{1,4}M)?(-?[0-9]{1,5}D)?$");
    }
  };

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean decode(JsonNode node, String pointer, DecodeContext ctx) {
      if (!node.isBoolean()) {
        ctx.error(pointer, ErrorCode.WRONG_TYPE, "true or false");
        return null;
      }
      return node.booleanValue();
    }

    @Override
    public JsonNode encode(Boolean value, String pointer, EncodeContext ctx) {
      return BooleanNode.valueOf(value);
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "boolean");
    }
  };

  /** Any 32-bit integer. */
  public static final Codec<Integer> INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);

  /** A CPR number: ten digits whose first six are a valid date (personal data). */
  public static final Codec<Cpr> CPR = new Codec<>() {
    @Override
    public Cpr decode(JsonNode node, String pointer, DecodeContext ctx) {
      if (!node.isTextual()) {
        ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
        return null;
      }
      if (!node.textValue().matches("[0-9]{10}") || !Cpr.isValid(node.textValue())) {
        ctx.error(pointer, ErrorCode.INVALID_CPR);
        return null;
      }
      return Cpr.parse(node.textValue());
    }

    @Override
    public JsonNode encode(Cpr value, String pointer, EncodeContext ctx) {
      return TextNode.valueOf(value.value());
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("pattern", "^[0-9]{10}$");
    }
  };

  /** A strict {@code YYYY-MM-DD} date, or {@code null}. */
  static LocalDate parseDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
        return null;
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** A text of at most {@code maxLength} characters (none when {@code null}); ids must not be empty. */
  public static Codec<String> text(Integer maxLength) {
    return new Codec<>() {
      @Override
      public String decode(JsonNode node, String pointer, DecodeContext ctx) {
        if (!node.isTextual()) {
          ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
          return null;
        }
        return node.textValue();
      }

      @Override
      public JsonNode encode(String value, String pointer, EncodeContext ctx) {
        return TextNode.valueOf(value);
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        ObjectNode o = SchemaContext.node().put("type", "string");
        if (maxLength != null) {
          o.put("minLength", 1).put("maxLength", maxLength);
        }
        return o;
      }
    };
  }

  /** An integer in {@code [min, max]}. */
  public static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public Integer decode(JsonNode node, String pointer, DecodeContext ctx) {
        if (!node.isIntegralNumber()) {
          ctx.error(pointer, ErrorCode.WRONG_TYPE, "an integer");
          return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
          ctx.error(pointer, ErrorCode.NUMBER_OUT_OF_RANGE, min, max);
          return null;
        }
        return node.intValue();
      }

      @Override
      public JsonNode encode(Integer value, String pointer, EncodeContext ctx) {
        return IntNode.valueOf(value);
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return SchemaContext.node().put("type", "integer").put("minimum", min).put("maximum", max);
      }
    };
  }

  /** A closed list of names: the constants of an enum. */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      public E decode(JsonNode node, String pointer, DecodeContext ctx) {
        if (!node.isTextual()) {
          ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
          return null;
        }
        for (E c : constants) {
          if (c.name().equals(node.textValue())) {
            return c;
          }
        }
        ctx.error(pointer, ErrorCode.NOT_ALLOWED, allowed);
        return null;
      }

      @Override
      public JsonNode encode(E value, String pointer, EncodeContext ctx) {
        return TextNode.valueOf(value.name());
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref(type.getSimpleName(), () -> {
          ObjectNode o = SchemaContext.node().put("type", "string");
          ArrayNode e = o.putArray("enum");
          Arrays.stream(constants).forEach(c -> e.add(c.name()));
          return o;
        });
      }
    };
  }

  /** An open code: a built-in {@code UPPER_SNAKE} code or a vendor's {@code namespace:UPPER_SNAKE}. */
  public static <C extends OpenCode> Codec<C> openCode(Class<C> type, Function<String, C> of,
      java.util.function.Supplier<java.util.List<C>> builtIns) {
    return new Codec<>() {
      @Override
      public C decode(JsonNode node, String pointer, DecodeContext ctx) {
        if (!node.isTextual()) {
          ctx.error(pointer, ErrorCode.WRONG_TYPE, "a string");
          return null;
        }
        if (!OpenCode.isValid(node.textValue())) {
          ctx.error(pointer, ErrorCode.INVALID_CODE);
          return null;
        }
        try {
          return of.apply(node.textValue());
        } catch (IllegalArgumentException e) {
          ctx.error(pointer, ErrorCode.NOT_NAMESPACED, type.getSimpleName());
          return null;
        }
      }

      @Override
      public JsonNode encode(C value, String pointer, EncodeContext ctx) {
        return TextNode.valueOf(value.code());
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref(type.getSimpleName(), () -> {
          ObjectNode o = SchemaContext.node()
              .put("description", "a built-in code (see examples) or a vendor code namespace:UPPER_SNAKE")
              .put("type", "string").put("maxLength", 100).put("pattern", CODE_PATTERN);
          ArrayNode examples = o.putArray("examples");
          builtIns.get().forEach(c -> examples.add(c.code()));
          return o;
        });
      }
    };
  }
}
