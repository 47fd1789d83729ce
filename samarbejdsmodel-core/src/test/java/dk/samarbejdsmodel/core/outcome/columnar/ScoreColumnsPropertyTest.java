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
 * lower-is-better dimensions, dimensions absent from a response, "not assessed" marks and other instruments, and
 * scales inside and outside the byte range (byte and {@code int} columns, mixed in one cohort).
 */
class ScoreColumnsPropertyTest {

  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);
  private static final String[] DIMS = {"A", "B", "C", "D"};
  /** Scales {lowest, highest}: inside the byte range (to its edges), and outside it above, below and both. */
  private static final int[][] SCALES = {
    {1, 5}, {0, 10}, {ScoreColumns.BYTE_MIN, ScoreColumns.BYTE_MAX}, {0, 1000}, {-300, -100}, {-127, 128},
    {Integer.MIN_VALUE + 2, Integer.MAX_VALUE}};

  /** A scale per dimension: mostly 1–5, sometimes another (so some cohorts mix byte and int columns). */
  private static int[][] scales(SplittableRandom rnd) {
    int[][] out = new int[DIMS.length][];
    for (int d = 0; d < DIMS.length; d++) {
      out[d] = SCALES[rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(SCALES.length)];
    }
    return out;
  }

  private static int score(int[] scale, SplittableRandom rnd) {
    long span = (long) scale[1] - scale[0] + 1;
    int k = rnd.nextInt(4);
    return k == 0 ? scale[0] : k == 1 ? scale[1] : (int) (scale[0] + (long) (rnd.nextDouble() * span));
  }

  /** A record's responses replaced by random ones (some to another instrument). */
  private static CohortRecord scrambled(CohortRecord r, SplittableRandom rnd, int[][] scales) {
    List<ResponseRecord> responses = new ArrayList<>();
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      Set<String> notAssessed = new LinkedHashSet<>();
      Map<String, Polarity> polarities = new LinkedHashMap<>();
      for (int j = 0; j < DIMS.length; j++) {
        String d = DIMS[j];
        int k = rnd.nextInt(10);
        if (k < 6) {
          scores.put(d, score(scales[j], rnd));
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
    cellsAgree(records, columns);
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
      int[][] scales = scales(rnd);
      for (CohortRecord r : CohortRecord.from(RandomCourses.courses(seed, 1 + rnd.nextInt(30)), AS_OF)) {
        records.add(scrambled(r, rnd, scales));
      }
      int[] thresholds = {1, 2, 3, 100, 254, 255, 256, Integer.MAX_VALUE};
      agree(records, ChangeClassifier.withThreshold(thresholds[rnd.nextInt(thresholds.length)]), rnd);
    });
  }

  @Test
  void a_large_cohort_splits_across_many_ranges_and_still_agrees() {
    SplittableRandom rnd = new SplittableRandom(5L);
    List<CohortRecord> base = CohortRecord.from(RandomCourses.courses(5L, 20), AS_OF);
    List<CohortRecord> records = new ArrayList<>();
    int[][] scales = {SCALES[0], SCALES[3], SCALES[2], SCALES[5]};
    for (int i = 0; i < 3 * ScoreColumns.GRAIN; i++) {
      records.add(scrambled(base.get(i % base.size()), rnd, scales));
    }
    agree(records, ChangeClassifier.DEFAULT, rnd);
    ScoreColumns columns = ScoreColumns.of(records, Measures.DIALOGUE_FORM);
    assertEquals(List.of(true, false, true, false),
        List.of(columns.isByteColumn(0), columns.isByteColumn(1), columns.isByteColumn(2), columns.isByteColumn(3)));
  }

  /** Every cell reads back as the record's score, {@code NOT_ASSESSED} or {@code ABSENT}, byte column or not. */
  private static void cellsAgree(List<CohortRecord> records, ScoreColumns columns) {
    int k = 0;
    for (CohortRecord r : records) {
      for (ResponseRecord x : r.responses()) {
        if (!x.instrumentId().equals(Measures.DIALOGUE_FORM)) {
          continue;
        }
        for (int d = 0; d < columns.dimensions().size(); d++) {
          String dim = columns.dimensions().get(d);
          Integer s = x.scores().get(dim);
          int expected = s != null ? s
              : x.notAssessed().contains(dim) || x.polarities().containsKey(dim) ? ScoreColumns.NOT_ASSESSED
              : ScoreColumns.ABSENT;
          assertEquals(expected, columns.score(d, k));
        }
        k++;
      }
    }
    assertEquals(k, columns.responses());
  }

  @Test
  void a_column_is_bytes_exactly_when_its_scores_fit_the_byte_range() {
    CohortRecord base = CohortRecord.from(RandomCourses.courses(3L, 1), AS_OF).get(0);
    int[][] cases = {{ScoreColumns.BYTE_MIN, ScoreColumns.BYTE_MAX}, {ScoreColumns.BYTE_MIN - 1, 0},
      {0, ScoreColumns.BYTE_MAX + 1}, {0, 1000}};
    for (int[] pair : cases) {
      List<ResponseRecord> responses = new ArrayList<>();
      for (int v : pair) {
        responses.add(new ResponseRecord(Measures.DIALOGUE_FORM, 1, base.startDate(), base.ageAtStart(),
            Map.of("A", v), Set.of(), Map.of("A", Polarity.HIGHER_IS_BETTER)));
      }
      List<CohortRecord> records = List.of(CohortRecord.builder().from(base).responses(responses).build());
      ScoreColumns columns = ScoreColumns.of(records, Measures.DIALOGUE_FORM);
      boolean fits = pair[0] >= ScoreColumns.BYTE_MIN && pair[1] <= ScoreColumns.BYTE_MAX;
      assertEquals(fits, columns.isByteColumn(0));
      assertEquals(pair[0], columns.score(0, 0));
      assertEquals(pair[1], columns.score(0, 1));
      agree(records, ChangeClassifier.DEFAULT, new SplittableRandom(1L));
    }
  }

  @Test
  void counts_of_other_columns_or_another_threshold_do_not_merge() {
    CohortRecord base = CohortRecord.from(RandomCourses.courses(3L, 1), AS_OF).get(0);
    ScoreColumns ab = ScoreColumns.of(List.of(withDimensions(base, "A", "B")), Measures.DIALOGUE_FORM);
    ScoreColumns ac = ScoreColumns.of(List.of(withDimensions(base, "A", "C")), Measures.DIALOGUE_FORM);
    ScoreColumns ab2 = ScoreColumns.of(List.of(withDimensions(base, "A", "B")), Measures.DIALOGUE_FORM);
    ChangeClassifier one = ChangeClassifier.withThreshold(1);
    ChangeClassifier two = ChangeClassifier.withThreshold(2);
    // same instrument and columns: they merge (two executors' columns with the same dimensions)
    ChangeCounts merged = ab.changeCounts(one, 0, 1).plus(ab2.changeCounts(one, 0, 1));
    assertEquals(2 * ab.changeCounts(one, 0, 1).count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.PROGRESS)
        + 2 * ab.changeCounts(one, 0, 1).count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.DECLINE)
        + 2 * ab.changeCounts(one, 0, 1).count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.STATUS_QUO),
        merged.count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.PROGRESS)
        + merged.count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.DECLINE)
        + merged.count(0, dk.samarbejdsmodel.core.outcome.ChangeClass.STATUS_QUO));
    ab2.finish(ab.changeCounts(one, 0, 1), one);
    // column 1 is B in one and C in the other: refused, not added
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ab.changeCounts(one, 0, 1).plus(ac.changeCounts(one, 0, 1)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ab.baselineSums(0, 1).plus(ac.baselineSums(0, 1)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ac.finish(ab.changeCounts(one, 0, 1), one));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ac.finish(ab.baselineSums(0, 1)));
    // counts classified with another threshold
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ab.changeCounts(one, 0, 1).plus(ab.changeCounts(two, 0, 1)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ab.finish(ab.changeCounts(one, 0, 1), two));
  }

  /** The record with two dialogue-form responses scoring the given dimensions (1 then 3). */
  private static CohortRecord withDimensions(CohortRecord base, String... dims) {
    List<ResponseRecord> responses = new ArrayList<>();
    for (int v : new int[] {1, 3}) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      Map<String, Polarity> polarities = new LinkedHashMap<>();
      for (String d : dims) {
        scores.put(d, v);
        polarities.put(d, Polarity.HIGHER_IS_BETTER);
      }
      responses.add(new ResponseRecord(Measures.DIALOGUE_FORM, 1, base.startDate(), base.ageAtStart(), scores,
          Set.of(), polarities));
    }
    return CohortRecord.builder().from(base).responses(responses).build();
  }
}
