package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Måleredskab: an instrument definition — the dialogue form, S1's questionnaire, a fidelity scale or a
 * plugin's own — as data. Responses pin the instrument id and version. A dimension may list the questions asked
 * under it ({@link Dimension#items()}); a response may then answer them beside, or instead of, the dimension's
 * own score ({@link #score(InstrumentResponse, String)}).
 *
 * <pre>{@code
 * Instrument dialogue = Instruments.DIALOGUE_FORM;
 * dialogue.dimension("CRIME").get().scaleMax(); // 5
 * List<Violation> problems = dialogue.validate(response);
 * OptionalInt crime = dialogue.score(response, "CRIME"); // recorded, else derived from the questions
 * }</pre>
 */
@Value.Immutable
public abstract class Instrument {

  /** Id (UPPER_SNAKE), e.g. {@code DIALOGUE_FORM}. */
  public abstract String id();

  /** Version (≥ 1); a change of dimensions or scales needs a new version. */
  public abstract int version();

  /** Dansk navn. */
  public abstract String nameDa();

  /** English name. */
  public abstract String nameEn();

  /** Dimensionerne, in display order. */
  public abstract List<Dimension> dimensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Instrument}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableInstrument.Builder {}

  /** The dimension with the code, if any. */
  public Optional<Dimension> dimension(String code) {
    for (Dimension d : dimensions()) { // a loop, not a stream: asked once per answer read (B1)
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The codes of all dimensions. */
  @Value.Derived
  @Value.Auxiliary
  public Set<String> dimensionCodes() {
    return dimensions().stream().map(Dimension::code).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Checks a response against this definition: same id and version, known dimensions and questions, values on
   * their scales.
   *
   * @return the violations (paths relative to the response), empty when the response fits
   */
  public List<Violation> validate(InstrumentResponse response) {
    Violations v = new Violations();
    if (!response.instrumentId().equals(id())) {
      v.add("instrumentId", StructuralCode.INCONSISTENT, "response is for instrument " + response.instrumentId());
    }
    if (response.instrumentVersion() != version()) {
      v.add("instrumentVersion", StructuralCode.INCONSISTENT,
          "response pins version " + response.instrumentVersion() + " but the instrument is version " + version());
    }
    List<Answer> answers = response.answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      Optional<Dimension> d = dimension(a.dimension());
      if (d.isEmpty()) {
        v.add(PropertyPath.of("answers").index(i).field("dimension"), StructuralCode.UNKNOWN_REFERENCE);
      } else {
        if (a.value().isPresent() && !d.get().accepts(a.value().getAsInt())) {
          v.add(PropertyPath.of("answers").index(i).field("value"), StructuralCode.OUT_OF_RANGE, d.get().scaleMin(),
              d.get().scaleMax());
        }
        for (int j = 0; j < a.items().size(); j++) {
          Answer q = a.items().get(j);
          Optional<Dimension> item = d.get().question(q.dimension());
          PropertyPath path = PropertyPath.of("answers").index(i).field("items").index(j);
          if (item.isEmpty() && d.get().items().isEmpty()) {
            v.add(path.field("dimension"), StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
          } else if (item.isEmpty()) {
            v.add(path.field("dimension"), StructuralCode.UNKNOWN_REFERENCE);
          } else if (q.value().isPresent() && !item.get().accepts(q.value().getAsInt())) {
            v.add(path.field("value"), StructuralCode.OUT_OF_RANGE, item.get().scaleMin(), item.get().scaleMax());
          }
        }
      }
    }
    return v.list();
  }

  /**
   * The score of a dimension in a response: the recorded score, else the one derived from the answered questions
   * ({@link Dimension#score(Answer)}); empty when the dimension is not in this instrument, not answered, or not
   * assessed. {@link InstrumentResponse#score(String)} gives the recorded score only.
   */
  public OptionalInt score(InstrumentResponse response, String dimension) {
    Optional<Dimension> d = dimension(dimension);
    if (d.isEmpty()) {
      return OptionalInt.empty();
    }
    return response.answers().stream().filter(a -> a.dimension().equals(dimension)).findFirst()
        .map(a -> d.get().score(a)).orElse(OptionalInt.empty());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!dk.samarbejdsmodel.core.OpenCode.isValid(id())) {
      v.add("id", StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
    }
    v.range("version", version(), 1, Integer.MAX_VALUE);
    v.notBlank("nameDa", nameDa());
    v.notBlank("nameEn", nameEn());
    v.notEmpty("dimensions", dimensions());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < dimensions().size(); i++) {
      if (!seen.add(dimensions().get(i).code())) {
        v.add(PropertyPath.of("dimensions").index(i).field("code"), StructuralCode.DUPLICATE_ID);
      }
    }
    v.throwIfAny("Instrument");
  }
}
