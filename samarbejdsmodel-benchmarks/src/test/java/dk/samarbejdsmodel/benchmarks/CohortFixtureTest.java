package dk.samarbejdsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.Measure;
import dk.samarbejdsmodel.core.outcome.Measures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The B4 cohort is what it claims, and the loop computes what the measure computes. */
class CohortFixtureTest {

  private static final int N = 40_000;

  @Test
  void the_cohort_has_exactly_the_requested_responses_and_is_deterministic() {
    CohortFixture c = CohortFixture.of(N, 8L);
    assertEquals(N, c.responses());
    assertEquals(N * c.dimensions(), c.scores().length);
    assertEquals(7, c.dimensions());
    int[] first = c.firstResponse();
    assertEquals(0, first[0]);
    assertEquals(N, first[c.people()]);
    for (int p = 0; p < c.people(); p++) {
      int k = first[p + 1] - first[p];
      assertTrue(k >= 1 && k <= 7, "1–7 responses per young person");
    }
    double perPerson = (double) N / c.people();
    assertTrue(perPerson > 3.7 && perPerson < 4.3, "about 4 responses per young person: " + perPerson);
    long notAssessed = java.util.Arrays.stream(c.scores()).filter(s -> s == CohortFixture.NOT_ASSESSED).count();
    double share = (double) notAssessed / c.scores().length;
    assertTrue(share > 0.03 && share < 0.05, "about 4 % not assessed: " + share);
    assertTrue(java.util.Arrays.stream(c.scores()).allMatch(s -> s == CohortFixture.NOT_ASSESSED || s >= 1 && s <= 5));
    assertArrayEquals(c.scores(), CohortFixture.of(N, 8L).scores());
    assertTrue(!java.util.Arrays.equals(c.scores(), CohortFixture.of(N, 9L).scores()));
  }

  @Test
  void the_benchmark_cohort_holds_one_million_responses() {
    assertEquals(1_000_000, CohortFixture.BENCHMARK_RESPONSES);
    CohortFixture c = CohortFixture.of(CohortFixture.BENCHMARK_RESPONSES, 8L);
    assertEquals(1_000_000, c.firstResponse()[c.people()]);
  }

  @Test
  void the_records_hold_the_same_responses_as_the_arrays() {
    CohortFixture c = CohortFixture.of(N, 8L);
    List<CohortRecord> records = c.records();
    assertEquals(c.people(), records.size());
    assertEquals(N, records.stream().mapToInt(r -> r.responses().size()).sum());
    CohortRecord r = records.get(17);
    int first = c.firstResponse()[17];
    for (int k = 0; k < r.responses().size(); k++) {
      for (int d = 0; d < c.dimensions(); d++) {
        int s = c.scores()[(first + k) * c.dimensions() + d];
        String code = c.dimensionCodes().get(d);
        Integer got = r.responses().get(k).scores().get(code);
        assertEquals(s == CohortFixture.NOT_ASSESSED ? null : Integer.valueOf(s), got);
        assertEquals(s == CohortFixture.NOT_ASSESSED, r.responses().get(k).notAssessed().contains(code));
      }
    }
  }

  @Test
  void the_primitive_loop_and_the_measure_agree_sequentially_and_in_parallel() {
    CohortFixture c = CohortFixture.of(N, 8L);
    List<CohortRecord> records = c.records();
    Measure<Map<String, Distribution>> m = Measures.change(CohortFixture.INSTRUMENT.id(), ChangeClassifier.DEFAULT);
    long[][] loop = ChangeLoop.counts(c);
    Map<String, Distribution> seq = records.stream().collect(m.collector());
    Map<String, Distribution> par = records.parallelStream().collect(m.collector());
    assertEquals(seq, par);
    assertEquals(java.util.Set.copyOf(c.dimensionCodes()), seq.keySet());
    for (int d = 0; d < c.dimensions(); d++) {
      Distribution x = seq.get(c.dimensionCodes().get(d));
      assertEquals(loop[d][ChangeLoop.DECLINE], x.counts().get("DECLINE"));
      assertEquals(loop[d][ChangeLoop.STATUS_QUO], x.counts().get("STATUS_QUO"));
      assertEquals(loop[d][ChangeLoop.PROGRESS], x.counts().get("PROGRESS"));
      assertEquals(loop[d][ChangeLoop.NOT_ASSESSED], count(x, ExclusionReason.NOT_ASSESSED));
      assertEquals(loop[c.dimensions()][ChangeLoop.ONE_RESPONSE_ROW_COLUMN], count(x, ExclusionReason.ONE_RESPONSE_ONLY));
      assertTrue(loop[d][ChangeLoop.PROGRESS] > 0 && loop[d][ChangeLoop.DECLINE] > 0);
    }
    assertTrue(loop[c.dimensions()][ChangeLoop.ONE_RESPONSE_ROW_COLUMN] > 0);
  }

  private static long count(Distribution x, ExclusionReason reason) {
    return x.exclusions().stream().filter(e -> e.reason() == reason).mapToLong(e -> e.count()).sum();
  }
}
