package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Læsekontekst: the state of one read — mode, lookups, errors found and data retained. Not thread-safe; one
 * per read. Internal.
 *
 * <pre>{@code
 * DecodeContext ctx = new DecodeContext(ReadMode.STRICT, Programmes::find, Instruments::find);
 * Goal g = ModelCodecs.GOAL.decode(node, "/goals/0", ctx); // null when ctx.errors() is not empty
 * }</pre>
 */
public final class DecodeContext {

  private static final Locale DA = Locale.forLanguageTag("da");

  private final ReadMode mode;
  private final Function<String, Optional<Programme>> programmes;
  private final BiFunction<String, Integer, Optional<Instrument>> instruments;
  private final List<ReadError> errors = new ArrayList<>();
  private final Map<String, ObjectNode> extensions = new LinkedHashMap<>();
  private final Map<String, ObjectNode> unknown = new LinkedHashMap<>();

  private final Function<String, Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy>> consentPolicies;

  /** A context for one read. */
  public DecodeContext(ReadMode mode, Function<String, Optional<Programme>> programmes,
      BiFunction<String, Integer, Optional<Instrument>> instruments) {
    this(mode, programmes, instruments, dk.samarbejdsmodel.core.programme.ConsentPolicy::builtIn);
  }

  /** A context for one read that also knows vendors' consent policies. */
  public DecodeContext(ReadMode mode, Function<String, Optional<Programme>> programmes,
      BiFunction<String, Integer, Optional<Instrument>> instruments,
      Function<String, Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy>> consentPolicies) {
    this.mode = mode;
    this.programmes = programmes;
    this.instruments = instruments;
    this.consentPolicies = consentPolicies;
  }

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

  /** Records an error. */
  public void error(String pointer, ErrorCode code, Object... args) {
    errors.add(ReadError.of(pointer, code, args));
  }

  /** Records a core structural exception's violations below a pointer. */
  public void structural(String pointer, StructuralViolationException e) {
    violations(pointer, e.violations());
  }

  /** Records core violations below a pointer. */
  public void violations(String pointer, List<Violation> violations) {
    for (Violation v : violations) {
      errors.add(new ReadError(Pointers.fromPath(pointer, v.path()), ErrorCode.of(v.code()), v.message(DA),
          v.message(Locale.ENGLISH)));
    }
  }

  /** The number of errors so far. */
  public int errorCount() {
    return errors.size();
  }

  /** Every error so far. */
  public List<ReadError> errors() {
    return List.copyOf(errors);
  }

  /** Keeps an extension of the object at a pointer. */
  public void extension(String pointer, String key, JsonNode value) {
    extensions.computeIfAbsent(pointer, p -> JsonNodeFactory.instance.objectNode()).set(key, value);
  }

  /** Keeps an unknown field of the object at a pointer (lenient mode). */
  public void unknown(String pointer, String name, JsonNode value) {
    unknown.computeIfAbsent(pointer, p -> JsonNodeFactory.instance.objectNode()).set(name, value);
  }

  /** Everything retained. */
  public Retained retained() {
    return Retained.of(extensions, unknown);
  }
}
