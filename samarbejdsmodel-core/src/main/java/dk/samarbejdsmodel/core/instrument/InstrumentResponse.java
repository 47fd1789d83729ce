package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Besvarelse: one completed instrument — for example a dialogue-form response at start, quarterly or at the
 * end — pinned to the instrument's id and version.
 *
 * <pre>{@code
 * InstrumentResponse first = InstrumentResponse.builder()
 *     .id("r1").instrumentId("DIALOGUE_FORM").instrumentVersion(1).date(LocalDate.of(2026, 1, 10))
 *     .addAnswers(Answer.of("CRIME", 5), Answer.notAssessed("SUBSTANCE_USE"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class InstrumentResponse {

  /** Id. */
  public abstract String id();

  /** Instrumentets id. */
  public abstract String instrumentId();

  /** Instrumentets version. */
  public abstract int instrumentVersion();

  /** Dato. */
  public abstract LocalDate date();

  /** Who answered (a person id), if recorded. */
  public abstract Optional<String> respondentId();

  /** The young person's experience of the collaboration and of being involved, in words (free text). */
  @Value.Redacted
  public abstract Optional<String> note();

  /** Svarene, one per dimension at most. */
  public abstract List<Answer> answers();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InstrumentResponse}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableInstrumentResponse.Builder {}

  /**
   * The recorded score on a dimension; empty if not answered, not assessed, or answered through its questions
   * only — {@link Instrument#score(InstrumentResponse, String)} then derives it.
   */
  public OptionalInt score(String dimension) {
    return answers().stream().filter(a -> a.dimension().equals(dimension)).findFirst()
        .map(Answer::value).orElse(OptionalInt.empty());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notBlank("instrumentId", instrumentId());
    v.range("instrumentVersion", instrumentVersion(), 1, Integer.MAX_VALUE);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < answers().size(); i++) {
      if (!seen.add(answers().get(i).dimension())) {
        v.add(PropertyPath.of("answers").index(i).field("dimension"), StructuralCode.DUPLICATE_ID);
      }
    }
    v.throwIfAny("InstrumentResponse");
  }
}
