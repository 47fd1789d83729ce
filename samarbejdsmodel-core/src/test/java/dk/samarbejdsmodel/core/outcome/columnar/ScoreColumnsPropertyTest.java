package dk.samarbejdsmodel.core.outcome.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ResponseRecord;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The columnar change distribution and baseline means give exactly the record-based tables ({@link Measures#change},
 * {@link Measures#baselineMeans}) — sequential,
 * on a parallel stream, and merged from arbitrary partitions — over generated cohorts, including responses with
 * lower-is-better dimensions, dimensions absent from a response, "not assessed" marks and other instruments.
 */
class ScoreColumnsPropertyTest {

  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);
  private static final String[] DIMS = {"A", "B", "C", "D"};

  /** A record's responses replaced by random ones (some to another instrument). */
  private static CohortRecord scrambled(CohortRecord r, SplittableRandom rnd) {
    List<ResponseRecord> responses = new ArrayList<>();
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      Set<String> notAssessed = new LinkedHashSet<>();
      Map<String, Polarity> polarities = new LinkedHashMap<>();
      for (String d : DIMS) {
        int k = rnd.nextInt(10);
        if (k < 6) {
          scores.put(d, 1 + rnd.nextInt(5));
        } else if (k < 7) {
          notAssessed.add(d);
        }
        if (rnd.nextInt(8) > 0) {
          polarities.put(d, rnd.nextInt(4) == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
        }
      }
      String instrument = rnd.nextInt(6) == 0 ? "OTHER" : Measures.DIALOGUE_FORM;
      responses.add(new ResponseRecord(instrument, 1, r.startDate(), r.ageAtStart(), scores, notAssessed,
          polarities));
    }
    return CohortRecord.builder().from(r).responses(responses).build();
  }

  private static void agree(List<CohortRecord> records, ChangeClassifier c, SplittableRandom rnd) {
    Map<String, Distribution> expected = Measures.change(Measures.DIALOGUE_FORM, c).of(records);
    ScoreColumns columns = ScoreColumns.of(records, Measures.DIALOGUE_FORM);
    assertEquals(expected, columns.change(c));
    assertEquals(expected, columns.changeParallel(c));
    int cut = records.isEmpty() ? 0 : rnd.nextInt(records.size() + 1);
    ChangeCounts merged = columns.changeCounts(c, cut, records.size()).plus(columns.changeCounts(c, 0, cut));
    assertEquals(expected, columns.finish(merged, c));
    Map<String, Mean> baseline = Measures.baselineMeans(Measures.DIALOGUE_FORM).of(records);
    assertEquals(baseline, columns.baselineMeans());
    assertEquals(baseline, columns.baselineMeansParallel());
    BaselineSums sums = columns.baselineSums(cut, records.size()).plus(columns.baselineSums(0, cut));
    assertEquals(baseline, columns.finish(sums));
  }

  @Test
  void generated_cohorts_give_identical_tables() {
    qt().withExamples(40).forAll(SamGen.cohorts(30), SamGen.seeds()).checkAssert((courses, seed) -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      agree(CohortRecord.from(courses, AS_OF), ChangeClassifier.withThreshold(1 + rnd.nextInt(2)), rnd);
    });
  }

  @Test
  void scrambled_responses_give_identical_tables() {
    qt().withExamples(150).forAll(SamGen.seeds()).checkAssert(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<CohortRecord> records = new ArrayList<>();
      for (CohortRecord r : CohortRecord.from(RandomCourses.courses(seed, 1 + rnd.nextInt(30)), AS_OF)) {
        records.add(scrambled(r, rnd));
      }
      agree(records, ChangeClassifier.withThreshold(1 + rnd.nextInt(3)), rnd);
    });
  }

  @Test
  void a_large_cohort_splits_across_many_ranges_and_still_agrees() {
    SplittableRandom rnd = new SplittableRandom(5L);
    List<CohortRecord> base = CohortRecord.from(RandomCourses.courses(5L, 20), AS_OF);
    List<CohortRecord> records = new ArrayList<>();
    for (int i = 0; i < 3 * ScoreColumns.GRAIN; i++) {
      records.add(scrambled(base.get(i % base.size()), rnd));
    }
    agree(records, ChangeClassifier.DEFAULT, rnd);
  }
}
