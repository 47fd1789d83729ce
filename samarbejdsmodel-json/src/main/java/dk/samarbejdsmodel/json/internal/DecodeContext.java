package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.ReadError;
import dk.samarbejdsmodel.json.ReadMode;
import dk.samarbejdsmodel.json.Retained;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Læsekontekst: the state of one read — mode, lookups, the path to the value being read, errors found and data
 * retained. The path is a stack of member names and array indices; a JSON Pointer string is built from it only
 * when an error is recorded (or data is retained), never for a value that reads cleanly. At most
 * {@code maxErrors} errors are kept; the rest are counted and reported as one final
 * {@link ErrorCode#TOO_MANY_ERRORS}. Not thread-safe; one per read. Internal.
 *
 * <pre>{@code
 * DecodeContext ctx = new DecodeContext(ReadMode.STRICT, catalogue::programme, catalogue::instrument, 100);
 * ctx.push("goals"); ctx.push(0);
 * Goal g = ModelCodecs.GOAL.read(parser, ctx);   // errors at /goals/0/...; null when there were any
 * ctx.pop(); ctx.pop();
 * }</pre>
 */
public final class DecodeContext {

  private static final Locale DA = Locale.forLanguageTag("da");

  /**
   * A problem that ends the read with that one error (as a syntax error does): a duplicate key. Carries no
   * stack trace.
   */
  public static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ReadError error;

    Fatal(ReadError error) {
      super(error.code().name(), null, false, false);
      this.error = error;
    }

    /** The error. */
    public ReadError error() {
      return error;
    }
  }

  private final ReadMode mode;
  private final Function<String, Optional<Programme>> programmes;
  private final BiFunction<String, Integer, Optional<Instrument>> instruments;
  private final int maxErrors;
  private final List<ReadError> errors = new ArrayList<>();
  private long dropped;
  private Map<String, Map<String, dk.samarbejdsmodel.json.tree.JsonValue>> extensions;
  private Map<String, Map<String, dk.samarbejdsmodel.json.tree.JsonValue>> unknown;
  private String[] names = new String[32];
  private int[] indices = new int[32];
  private int depth;

  /** A context for one read with the default error cap (100). */
  public DecodeContext(ReadMode mode, Function<String, Optional<Programme>> programmes,
      BiFunction<String, Integer, Optional<Instrument>> instruments) {
    this(mode, programmes, instruments, 100);
  }

  /** A context for one read keeping at most {@code maxErrors} errors. */
  public DecodeContext(ReadMode mode, Function<String, Optional<Programme>> programmes,
      BiFunction<String, Integer, Optional<Instrument>> instruments, int maxErrors) {
    this(mode, programmes, instruments, maxErrors, dk.samarbejdsmodel.core.programme.ConsentPolicy::builtIn);
  }

  /** A context for one read that also knows vendors' consent policies. */
  public DecodeContext(ReadMode mode, Function<String, Optional<Programme>> programmes,
      BiFunction<String, Integer, Optional<Instrument>> instruments, int maxErrors,
      Function<String, Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy>> consentPolicies) {
    this.mode = mode;
    this.programmes = programmes;
    this.instruments = instruments;
    this.maxErrors = maxErrors;
    this.consentPolicies = consentPolicies;
  }

  private final Function<String, Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy>> consentPolicies;

  /** The consent policy with a code: a built-in, or a vendor's the reader was given. */
  public Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy> consentPolicy(String code) {
    return dk.samarbejdsmodel.core.programme.ConsentPolicy.builtIn(code).or(() -> consentPolicies.apply(code));
  }

  /** The mode. */
  public ReadMode mode() {
    return mode;
  }

  /** The programme with an id. */
  public Optional<Programme> programme(String id) {
    return programmes.apply(id);
  }

  /** The instrument with an id and version. */
  public Optional<Instrument> instrument(String id, int version) {
    return instruments.apply(id, version);
  }

  // ------------------------------------------------------------------ path

  /** Enters a member of the current object. */
  public void push(String name) {
    grow();
    names[depth++] = name;
  }

  /** Enters an element of the current array. */
  public void push(int index) {
    grow();
    names[depth] = null;
    indices[depth++] = index;
  }

  /** Leaves the member or element entered last. */
  public void pop() {
    names[--depth] = null;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  /** The JSON Pointer of the current path (built now). */
  public String pointer() {
    if (depth == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] == null) {
        sb.append(indices[i]);
      } else {
        Pointers.appendEscaped(sb, names[i]);
      }
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ errors

  /** Records an error at the current path. */
  public void error(ErrorCode code, Object... args) {
    if (errors.size() < maxErrors) {
      errors.add(ReadError.of(pointer(), code, args));
    } else {
      dropped++;
    }
  }

  /** Records an error at a member of the current object. */
  public void errorAt(String member, ErrorCode code, Object... args) {
    push(member);
    error(code, args);
    pop();
  }

  /** Records an error at an explicit pointer. */
  public void errorAtPointer(String pointer, ErrorCode code, Object... args) {
    if (errors.size() < maxErrors) {
      errors.add(ReadError.of(pointer, code, args));
    } else {
      dropped++;
    }
  }

  /** Records a wrong JSON type at the current path and skips the value (children included). */
  public void wrongType(JsonParser p, String expected) throws IOException {
    error(ErrorCode.WRONG_TYPE, expected);
    skip(p);
  }

  /** Ends the read with a duplicate key in the current object. */
  public Fatal duplicateKey(String name) {
    push(name);
    Fatal f = new Fatal(ReadError.of(pointer(), ErrorCode.DUPLICATE_KEY));
    pop();
    return f;
  }

  /** Records a core structural exception's violations below the current path. */
  public void structural(StructuralViolationException e) {
    violations(e.violations());
  }

  /** Records core violations below the current path. */
  public void violations(List<Violation> violations) {
    violationsAt(pointer(), violations);
  }

  /** Records core violations below a pointer (one already reported at the same place is not repeated). */
  public void violationsAt(String pointer, List<Violation> violations) {
    for (Violation v : violations) {
      String at = Pointers.fromPath(pointer, v.path());
      ErrorCode code = ErrorCode.of(v.code());
      if (errors.stream().anyMatch(e -> e.code() == code && e.pointer().equals(at))) {
        continue;
      }
      if (errors.size() < maxErrors) {
        errors.add(new ReadError(Pointers.fromPath(pointer, v.path()), ErrorCode.of(v.code()), v.message(DA),
            v.message(Locale.ENGLISH)));
      } else {
        dropped++;
      }
    }
  }

  /** The number of errors so far, those beyond the cap included. */
  public long errorCount() {
    return errors.size() + dropped;
  }

  /** Every error kept, followed by one {@link ErrorCode#TOO_MANY_ERRORS} counting the rest when there are more. */
  public List<ReadError> errors() {
    if (dropped == 0) {
      return List.copyOf(errors);
    }
    List<ReadError> all = new ArrayList<>(errors);
    all.add(ReadError.of("", ErrorCode.TOO_MANY_ERRORS, dropped, maxErrors));
    return List.copyOf(all);
  }

  // ------------------------------------------------------------------ retained data

  /** Keeps an extension of the current object. */
  public void extension(String key, JsonNode value) {
    if (extensions == null) {
      extensions = new LinkedHashMap<>();
    }
    extensions.computeIfAbsent(pointer(), p -> new LinkedHashMap<>()).put(key, Jackson2Trees.value(value));
  }

  /** Keeps an unknown field of the current object (lenient mode). */
  public void unknown(String name, JsonNode value) {
    if (unknown == null) {
      unknown = new LinkedHashMap<>();
    }
    unknown.computeIfAbsent(pointer(), p -> new LinkedHashMap<>()).put(name, Jackson2Trees.value(value));
  }

  /** Everything retained. */
  public Retained retained() {
    return extensions == null && unknown == null ? Retained.empty()
        : Retained.of(objects(extensions), objects(unknown));
  }

  private static Map<String, dk.samarbejdsmodel.json.tree.JsonObject> objects(
      Map<String, Map<String, dk.samarbejdsmodel.json.tree.JsonValue>> byPointer) {
    Map<String, dk.samarbejdsmodel.json.tree.JsonObject> out = new LinkedHashMap<>();
    if (byPointer != null) {
      byPointer.forEach((p, members) -> out.put(p, new dk.samarbejdsmodel.json.tree.JsonObject(members)));
    }
    return out;
  }

  // ------------------------------------------------------------------ raw JSON

  /**
   * Skips the value the parser stands on, children included, still refusing duplicate keys (as the format
   * does everywhere).
   */
  public void skip(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Set<String> seen = null;
      int n = 0;
      String first = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (n == 0) {
          first = name;
        } else {
          if (seen == null) {
            seen = new HashSet<>();
            seen.add(first);
          }
          if (!seen.add(name)) {
            throw duplicateKey(name);
          }
        }
        n++;
        p.nextToken();
        push(name);
        skip(p);
        pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        push(i++);
        skip(p);
        pop();
      }
    } else if (t == JsonToken.VALUE_STRING) {
      p.getText(); // decoded, so that the string-length limit applies to skipped values too
    }
  }

  /**
   * A number with a fraction or exponent exactly as a {@code BigDecimal}. One whose exponent is beyond what a
   * {@code BigDecimal} holds ({@code 1e9999999999}) is refused as {@link ErrorCode#NUMBER_OUT_OF_RANGE} and kept
   * as JSON {@code null} in the (then invalid) result.
   */
  public JsonNode exactNumber(JsonParser p) throws IOException {
    try {
      return EXACT.numberNode(p.getDecimalValue());
    } catch (NumberFormatException | ArithmeticException | com.fasterxml.jackson.core.JsonParseException e) {
      error(ErrorCode.NUMBER_OUT_OF_RANGE, "-1E+2147483647", "1E+2147483647");
      return EXACT.nullNode();
    }
  }

  @SuppressWarnings("deprecation") // exact BigDecimal nodes; the non-deprecated way is newer than the oldest Jackson the SDK supports (2.17)
  private static final JsonNodeFactory EXACT = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * The value the parser stands on as a tree (for extensions and retained unknown fields), with the node types
   * a default {@code ObjectMapper.readTree} gives, except that a number with a fraction or an exponent is kept
   * exactly, as a {@code BigDecimal} with its scale ({@code 1E-400}, {@code 12345678901234567.89} and
   * {@code 1.50} come back as written, never rounded to a double); duplicate keys are refused.
   */
  public JsonNode tree(JsonParser p) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode o = f.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (o.has(name)) {
            throw duplicateKey(name);
          }
          p.nextToken();
          push(name);
          o.set(name, tree(p));
          pop();
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = f.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          push(i++);
          a.add(tree(p));
          pop();
        }
        return a;
      }
      case VALUE_STRING -> {
        return f.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> f.numberNode(p.getIntValue());
          case LONG -> f.numberNode(p.getLongValue());
          default -> f.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return exactNumber(p);
      }
      case VALUE_TRUE -> {
        return f.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return f.booleanNode(false);
      }
      case VALUE_NULL -> {
        return f.nullNode();
      }
      default -> {
        return f.pojoNode(p.getEmbeddedObject());
      }
    }
  }
}
