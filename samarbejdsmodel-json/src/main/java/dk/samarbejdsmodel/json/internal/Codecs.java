package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.json.ErrorCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
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

  private static final Pattern PERIOD_SYNTAX = Pattern.compile("P(-?[0-9]{1,4}Y)?(-?[0-9]{1,4}M)?(-?[0-9]{1,5}D)?");
  private static final Pattern CPR_SYNTAX = Pattern.compile("[0-9]{10}");

  /**
   * A codec of a JSON string: reading checks the token type, then turns the text into the value; writing
   * writes the value's text.
   *
   * @param <T> the Java type
   */
  public abstract static class TextCodec<T> extends Codec<T> {

    /** The value for a text, or {@code null} after recording an error in the context. */
    protected abstract T fromText(String text, DecodeContext ctx);

    /** The text of a value. */
    protected abstract String toText(T value);

    /**
     * The value for a text read straight from the parser's character buffer, without making a {@code String}
     * (docs/performance.md, B1: codes, enum constants and dates are a third of a course's strings), or
     * {@code null} when there is no such shortcut for this text; then {@link #fromText} decides, errors
     * included. Must give exactly what {@code fromText} gives for the same text when it gives a value.
     */
    protected T fromChars(char[] chars, int offset, int length) {
      return null;
    }

    @Override
    public final T read(JsonParser p, DecodeContext ctx) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ctx.wrongType(p, "a string");
        return null;
      }
      T quick = fromChars(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      return quick != null ? quick : fromText(p.getText(), ctx);
    }

    /**
     * Writes the value's text; a codec may write it without encoding a {@code String} again (enum constants
     * write their names encoded once, dates their ten characters).
     */
    protected void writeText(T value, JsonGenerator g) throws IOException {
      g.writeString(toText(value));
    }

    @Override
    public final void write(T value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
      writeText(value, g);
    }

    @Override
    public final JsonNode encode(T value, String pointer, EncodeContext ctx) {
      return TextNode.valueOf(toText(value));
    }
  }

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** A text; any string. */
  public static final Codec<String> TEXT = text(null);

  /** An id: 1 to 128 characters (the core checks that it is printable and not a CPR number). */
  public static final Codec<String> ID = new TextCodec<>() {
    @Override
    protected String fromText(String text, DecodeContext ctx) {
      // the core's id rule on every id the format holds, references included: printable, something visible, no
      // bidi controls, at most 128 characters (code points, as the schema counts), nothing CPR-like
      java.util.List<dk.samarbejdsmodel.core.Violation> v = new dk.samarbejdsmodel.core.Violations().id("", text)
          .list();
      if (!v.isEmpty()) {
        ctx.violations(v);
      }
      return text;
    }

    @Override
    protected String toText(String value) {
      return value;
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("minLength", 1)
          .put("maxLength", dk.samarbejdsmodel.core.Violations.MAX_ID_LENGTH);
    }
  };

  /** A calendar date, {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE = new TextCodec<>() {
    @Override
    protected LocalDate fromChars(char[] c, int o, int length) {
      if (length != 10 || c[o + 4] != '-' || c[o + 7] != '-') {
        return null;
      }
      int y = 0;
      int m = 0;
      int d = 0;
      for (int i = 0; i < 10; i++) {
        int digit = c[o + i] - '0';
        if (i == 4 || i == 7) {
          continue;
        }
        if (digit < 0 || digit > 9) {
          return null;
        }
        if (i < 4) {
          y = y * 10 + digit;
        } else if (i < 7) {
          m = m * 10 + digit;
        } else {
          d = d * 10 + digit;
        }
      }
      // a real date only; anything else (30 February) goes the slow way, which reports it
      return m >= 1 && m <= 12 && d >= 1 && d <= java.time.Month.of(m).length(java.time.Year.isLeap(y))
          ? LocalDate.of(y, m, d) : null;
    }

    @Override
    protected LocalDate fromText(String text, DecodeContext ctx) {
      LocalDate d = parseDate(text);
      if (d == null) {
        ctx.error(ErrorCode.INVALID_DATE);
      }
      return d;
    }

    @Override
    protected String toText(LocalDate value) {
      int y = value.getYear();
      return y >= 0 && y <= 9999 ? value.toString() : DATE_FORMAT.format(value);
    }

    @Override
    protected void writeText(LocalDate value, JsonGenerator g) throws IOException {
      int y = value.getYear();
      if (y < 0 || y > 9999) {
        g.writeString(toText(value));
        return;
      }
      // YYYY-MM-DD straight into a small buffer: what toString() gives, without its StringBuilder and String
      int m = value.getMonthValue();
      int d = value.getDayOfMonth();
      char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
          (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + d / 10),
          (char) ('0' + d % 10)};
      g.writeString(c, 0, 10);
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    }
  };

  /** An ISO-8601 period such as {@code P16Y6M}. */
  public static final Codec<Period> PERIOD = new TextCodec<>() {
    @Override
    protected Period fromText(String text, DecodeContext ctx) {
      if (!PERIOD_SYNTAX.matcher(text).matches() || text.length() < 3) {
        ctx.error(ErrorCode.INVALID_PERIOD);
        return null;
      }
      try {
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        ctx.error(ErrorCode.INVALID_PERIOD);
        return null;
      }
    }

    @Override
    protected String toText(Period value) {
      return value.toString();
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
    public Boolean read(JsonParser p, DecodeContext ctx) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      } else if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      ctx.wrongType(p, "true or false");
      return null;
    }

    @Override
    public void write(Boolean value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
      g.writeBoolean(value);
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
  public static final Codec<Cpr> CPR = new TextCodec<>() {
    @Override
    protected Cpr fromText(String text, DecodeContext ctx) {
      if (!CPR_SYNTAX.matcher(text).matches() || !Cpr.isValid(text)) {
        ctx.error(ErrorCode.INVALID_CPR);
        return null;
      }
      return Cpr.parse(text);
    }

    @Override
    protected String toText(Cpr value) {
      return value.value();
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
    return new TextCodec<>() {
      @Override
      protected String fromText(String text, DecodeContext ctx) {
        return text;
      }

      @Override
      protected String toText(String value) {
        return value;
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
      public Integer read(JsonParser p, DecodeContext ctx) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
          ctx.wrongType(p, "an integer");
          return null;
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          ctx.error(ErrorCode.NUMBER_OUT_OF_RANGE, min, max);
          return null;
        }
        int v = p.getIntValue();
        if (v < min || v > max) {
          ctx.error(ErrorCode.NUMBER_OUT_OF_RANGE, min, max);
          return null;
        }
        return v;
      }

      @Override
      public void write(Integer value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
        g.writeNumber(value.intValue());
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
    Map<String, E> byName = new HashMap<>();
    for (E c : constants) {
      byName.put(c.name(), c);
    }
    String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    CharTable<E> names = new CharTable<>(Arrays.asList(constants), Enum::name);
    SerializedString[] encoded = new SerializedString[constants.length];
    for (E c : constants) {
      encoded[c.ordinal()] = new SerializedString(c.name());
    }
    return new TextCodec<>() {
      @Override
      protected E fromChars(char[] chars, int offset, int length) {
        return names.find(chars, offset, length);
      }

      @Override
      protected E fromText(String text, DecodeContext ctx) {
        E c = byName.get(text);
        if (c == null) {
          ctx.error(ErrorCode.NOT_ALLOWED, allowed);
        }
        return c;
      }

      @Override
      protected String toText(E value) {
        return value.name();
      }

      @Override
      protected void writeText(E value, JsonGenerator g) throws IOException {
        g.writeString(encoded[value.ordinal()]);
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
    return new TextCodec<>() {
      /** The built-in codes, made on the first read (the code type's class is initialised then, not before). */
      private CharTable<C> table;

      @Override
      protected C fromChars(char[] chars, int offset, int length) {
        CharTable<C> t = table;
        if (t == null) {
          // only the constants that of() returns for their own code: exactly what fromText gives
          t = new CharTable<>(builtIns.get().stream().filter(c -> of.apply(c.code()) == c).toList(), OpenCode::code);
          table = t; // a racing thread makes an equal table; CharTable's fields are final, so either is safe
        }
        return t.find(chars, offset, length);
      }

      @Override
      protected C fromText(String text, DecodeContext ctx) {
        if (!OpenCode.isValid(text)) {
          ctx.error(ErrorCode.INVALID_CODE);
          return null;
        }
        try {
          return of.apply(text);
        } catch (IllegalArgumentException e) {
          ctx.error(ErrorCode.NOT_NAMESPACED, type.getSimpleName());
          return null;
        }
      }

      @Override
      protected String toText(C value) {
        return value.code();
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

  /**
   * Values found by their text in a parser's character buffer, without making a string: a short table
   * searched by length and then character by character (an enum or a code list has a few dozen entries).
   */
  static final class CharTable<V> {
    private final char[][] keys;
    private final Object[] values;

    CharTable(java.util.List<V> entries, Function<V, String> text) {
      keys = new char[entries.size()][];
      values = new Object[entries.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = text.apply(entries.get(i)).toCharArray();
        values[i] = entries.get(i);
      }
    }

    /** The value whose text is {@code chars[offset, offset + length)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V find(char[] chars, int offset, int length) {
      if (chars == null) {
        return null;
      }
      for (int i = 0; i < keys.length; i++) {
        char[] k = keys[i];
        if (k.length == length && Arrays.equals(k, 0, length, chars, offset, offset + length)) {
          return (V) values[i];
        }
      }
      return null;
    }
  }
}
