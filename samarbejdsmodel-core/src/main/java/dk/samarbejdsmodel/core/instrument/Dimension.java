package dk.samarbejdsmodel.core.instrument;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Dimension: one scored item or area of an instrument, with its scale and polarity, and optionally the
 * questions (items) asked under it — the dialogue form talks through several questions per life area and the
 * young person then rates the area as a whole (S0 p. 14; §6.6 pp. 37–38).
 *
 * <p>How the area score relates to its questions (docs/model.md "Dialogue form: questions and area score"):
 * the <em>recorded</em> area score is the score; when only the questions were answered, the area score is
 * <em>derived</em> from them ({@link #derivedScore(Answer)}): each assessed question is placed on the area's
 * scale (linearly, turned round when its polarity differs from the area's), the mean is taken and rounded half
 * up to a whole point. When both are recorded and differ by more than one point, rule R-DIALOGUE-01 gives a
 * warning.
 *
 * <pre>{@code
 * Dimension crime = Dimension.builder().code("CRIME").labelDa("Kriminalitet").labelEn("Crime")
 *     .scaleMin(1).scaleMax(5).polarity(Polarity.HIGHER_IS_BETTER)
 *     .addItems(Dimension.builder().code("dk.aarhus:CRIME_CHARGES").labelDa("Sigtelser").labelEn("Charges")
 *         .scaleMin(0).scaleMax(1).polarity(Polarity.LOWER_IS_BETTER).build())
 *     .build();
 * crime.score(answer);   // the recorded area score, else the one derived from the questions
 * }</pre>
 */
@Value.Immutable
public abstract class Dimension {

  /** Kode (UPPER_SNAKE or namespace:CODE); for the dialogue form a {@link LifeArea} code. */
  public abstract String code();

  /** Dansk betegnelse. */
  public abstract String labelDa();

  /** English label. */
  public abstract String labelEn();

  /** Laveste værdi. */
  public abstract int scaleMin();

  /** Højeste værdi. */
  public abstract int scaleMax();

  /** Retning. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.HIGHER_IS_BETTER;
  }

  /**
   * Spørgsmål: the questions asked under this dimension, in display order, each with its own code, labels,
   * scale and polarity. A question has no questions of its own. When empty, answers may still name questions by
   * their own codes, each then on this dimension's scale and polarity ({@link #question(String)}).
   */
  public abstract List<Dimension> items();

  /** The declared question with the code, if any. */
  public Optional<Dimension> item(String code) {
    return items().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /**
   * The question an item answer with this code answers: the declared one when the dimension declares questions;
   * when it declares none (the built-in dialogue form: S0 does not print the questions' wording), any valid code
   * ({@code UPPER_SNAKE} or {@code namespace:UPPER_SNAKE}) names a question on this dimension's own scale and
   * polarity. Empty when the code is not a question of this dimension.
   */
  public Optional<Dimension> question(String code) {
    if (!items().isEmpty()) {
      return item(code);
    }
    if (!OpenCode.isValid(code)) {
      return Optional.empty();
    }
    return Optional.of(Dimension.builder().code(code).labelDa(code).labelEn(code).scaleMin(scaleMin())
        .scaleMax(scaleMax()).polarity(polarity()).build());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Dimension}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableDimension.Builder {}

  /** Whether a value lies on the scale. */
  public boolean accepts(int value) {
    return value >= scaleMin() && value <= scaleMax();
  }

  /**
   * The change from {@code first} to {@code latest} oriented so that a positive number is an improvement for
   * the young person, whatever the polarity.
   */
  public int improvement(int first, int latest) {
    return polarity() == Polarity.HIGHER_IS_BETTER ? latest - first : first - latest;
  }

  /**
   * The score of this dimension in an answer: the recorded value when there is one, else the value
   * {@linkplain #derivedScore(Answer) derived} from the answered questions; empty when neither.
   */
  public OptionalInt score(Answer answer) {
    return answer.value().isPresent() ? answer.value() : derivedScore(answer);
  }

  /**
   * The area score derived from the answer's questions: every assessed {@linkplain #question(String) question}
   * is placed on the dimension's scale — position (value − min) / (max − min), turned round (1 − position) when
   * the question's polarity differs from the dimension's — the positions are averaged, and
   * {@code scaleMin + mean × (scaleMax − scaleMin)} is rounded half up to a whole point (exact arithmetic).
   * Empty when no defined question is assessed. Example: questions 3 and 4 on 1–5 under a 1–5 area give
   * positions 0.5 and 0.75, mean 0.625, 1 + 0.625 × 4 = 3.5, rounded to 4.
   */
  public OptionalInt derivedScore(Answer answer) {
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    int n = 0;
    for (Answer a : answer.items()) {
      Optional<Dimension> q = question(a.dimension());
      if (q.isEmpty() || a.value().isEmpty() || !q.get().accepts(a.value().getAsInt())) {
        continue;
      }
      Dimension d = q.get();
      long range = (long) d.scaleMax() - d.scaleMin();
      long offset = (long) a.value().getAsInt() - d.scaleMin();
      if (d.polarity() != polarity()) {
        offset = range - offset;
      }
      // num/den += offset/range
      num = num.multiply(BigInteger.valueOf(range)).add(BigInteger.valueOf(offset).multiply(den));
      den = den.multiply(BigInteger.valueOf(range));
      n++;
    }
    if (n == 0) {
      return OptionalInt.empty();
    }
    // x = scaleMin + (scaleMax - scaleMin) * num / (n * den); rounded half up: floor((2 R num + n den) / (2 n den))
    BigInteger r = BigInteger.valueOf((long) scaleMax() - scaleMin());
    BigInteger nd = BigInteger.valueOf(n).multiply(den);
    BigInteger rounded = r.multiply(num).multiply(BigInteger.TWO).add(nd).divide(nd.multiply(BigInteger.TWO));
    return OptionalInt.of(scaleMin() + rounded.intValueExact());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (!OpenCode.isValid(code())) {
      v.add("code", StructuralCode.INVALID_FORMAT, "UPPER_SNAKE or namespace:UPPER_SNAKE");
    }
    v.notBlank("labelDa", labelDa());
    v.notBlank("labelEn", labelEn());
    if (scaleMin() >= scaleMax()) {
      v.add("scaleMax", StructuralCode.INCONSISTENT, "scaleMax must be greater than scaleMin");
    }
    v.range("scaleMin", scaleMin(), -1000, 1000);
    v.range("scaleMax", scaleMax(), -1000, 1000);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items().size(); i++) {
      Dimension q = items().get(i);
      if (!q.items().isEmpty()) {
        v.add(PropertyPath.of("items").index(i).field("items"), StructuralCode.INCONSISTENT,
            "a question has no questions of its own");
      }
      if (!seen.add(q.code()) || q.code().equals(code())) {
        v.add(PropertyPath.of("items").index(i).field("code"), StructuralCode.DUPLICATE_ID);
      }
    }
    v.throwIfAny("Dimension");
  }
}
