package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Måleredskab: an instrument definition — the dialogue form, S1's questionnaire, a fidelity scale or a
 * plugin's own — as data. Responses pin the instrument id and version.
 *
 * <pre>{@code
 * Instrument dialogue = Instruments.DIALOGUE_FORM;
 * dialogue.dimension("CRIME").get().scaleMax(); // 5
 * List<Violation> problems = dialogue.validate(response);
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
   * Checks a response against this definition: same id and version, known dimensions, values on the scale.
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
        v.add("answers[" + i + "].dimension", StructuralCode.UNKNOWN_REFERENCE);
      } else if (a.value().isPresent() && !d.get().accepts(a.value().getAsInt())) {
        v.add("answers[" + i + "].value", StructuralCode.OUT_OF_RANGE, d.get().scaleMin(), d.get().scaleMax());
      }
    }
    return v.list();
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
        v.add("dimensions[" + i + "].code", StructuralCode.DUPLICATE_ID);
      }
    }
    v.throwIfAny("Instrument");
  }
}
