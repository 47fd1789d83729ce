package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Svar: the score on one dimension, or "not assessed" (ikke vurderet) when the value is empty; optionally with
 * the answers to the dimension's questions ({@link Dimension#items()}). For the dialogue form the value is the
 * life-area score the young person gives after talking the questions through; when it is absent and questions
 * are answered, the area score is derived from them ({@link Dimension#score(Answer)}).
 *
 * <pre>{@code
 * Answer.of("CRIME", 5);
 * Answer.notAssessed("SUBSTANCE_USE");
 * Answer.builder().dimension("CRIME").value(4)                       // the area score, recorded
 *     .addItems(Answer.of("dk.aarhus:CRIME_CHARGES", 0)).build();     // and a question's answer beside it
 * Answer.withItems("CRIME", Answer.of("dk.aarhus:CRIME_CHARGES", 0)); // the area score derived
 * }</pre>
 */
@Value.Immutable
public abstract class Answer {

  /** The dimension code. */
  @Value.Parameter
  public abstract String dimension();

  /** The score; empty means not assessed. */
  @Value.Parameter
  public abstract OptionalInt value();

  /**
   * Answers to the dimension's questions, each an answer whose {@link #dimension()} is the question's code; empty
   * when only the area was scored. A question's answer has no questions of its own.
   */
  public abstract List<Answer> items();

  /** A new builder (for answers with questions). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Answer}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableAnswer.Builder {}

  /** An answer with questions only: the dimension's score is derived from them. */
  public static Answer withItems(String dimension, Answer... items) {
    return ImmutableAnswer.builder().dimension(dimension).addItems(items).build();
  }

  /** An assessed answer. */
  public static Answer of(String dimension, int value) {
    return ImmutableAnswer.of(dimension, OptionalInt.of(value));
  }

  /** An answer marked "not assessed". */
  public static Answer notAssessed(String dimension) {
    return ImmutableAnswer.of(dimension, OptionalInt.empty());
  }

  /** True when the dimension's own score was recorded (a derived score does not count here). */
  public boolean isAssessed() {
    return value().isPresent();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.notBlank("dimension", dimension());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items().size(); i++) {
      if (!items().get(i).items().isEmpty()) {
        v.add(PropertyPath.of("items").index(i).field("items"), StructuralCode.INCONSISTENT,
            "a question's answer has no questions");
      }
      if (!seen.add(items().get(i).dimension())) {
        v.add(PropertyPath.of("items").index(i).field("dimension"), StructuralCode.DUPLICATE_ID);
      }
    }
    v.throwIfAny("Answer");
  }
}
