package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instruments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the area score derived from a life area's questions (docs/model.md "Dialogue form: questions
 * and area score"), on the built-in dialogue form (questions on the area's 1–5 scale).
 */
class DerivedAreaScorePropertyTest {

  static final Dimension AREA = Instruments.DIALOGUE_FORM.dimension("HOUSEHOLD_ECONOMY").orElseThrow();

  static Answer answer(List<Integer> values) {
    List<Answer> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      items.add(Answer.of("Q" + i, values.get(i)));
    }
    return Answer.withItems(AREA.code(), items.toArray(new Answer[0]));
  }

  @Test
  void the_derived_score_lies_between_the_lowest_and_highest_answer_and_is_the_rounded_mean() {
    qt().withExamples(2000).forAll(lists().of(integers().between(1, 5)).ofSizeBetween(1, 12)).checkAssert(vs -> {
      int derived = AREA.derivedScore(answer(vs)).getAsInt();
      int lo = vs.stream().mapToInt(Integer::intValue).min().getAsInt();
      int hi = vs.stream().mapToInt(Integer::intValue).max().getAsInt();
      assertTrue(lo <= derived && derived <= hi, vs + " → " + derived);
      // same scale and polarity as the area: the mean of the values, rounded half up (2 × sum + n) / (2n)
      int sum = vs.stream().mapToInt(Integer::intValue).sum();
      assertEquals((2 * sum + vs.size()) / (2 * vs.size()), derived, vs.toString());
      // the order of the questions does not matter
      List<Integer> reversed = new ArrayList<>(vs);
      java.util.Collections.reverse(reversed);
      assertEquals(derived, AREA.derivedScore(answer(reversed)).getAsInt());
    });
  }
}
