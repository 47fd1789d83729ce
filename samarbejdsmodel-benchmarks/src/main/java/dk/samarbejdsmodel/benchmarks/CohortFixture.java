package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ResponseRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kohortedata: the B4 cohort — a deterministic set of dialogue-form responses spread over young people, held
 * twice: as primitive arrays (the input of the hand-written loop) and as {@link CohortRecord}s (the input of
 * the SDK's outcome measure). Both views hold the same scores by construction.
 *
 * <p>Young person {@code i} has between 1 and 7 responses (on average 4), a response every half year; each of
 * the seven dimensions is scored 1–5 or, with a probability of about 4 %, "not assessed".
 *
 * <pre>{@code
 * CohortFixture c = CohortFixture.of(1_000_000, 8L);
 * c.people();                          // about 250,000
 * List<CohortRecord> rs = c.records();  // one record per young person
 * }</pre>
 */
public final class CohortFixture {

  /** The number of responses of the benchmark cohort. */
  public static final int BENCHMARK_RESPONSES = 1_000_000;

  /** The instrument of the cohort. */
  public static final Instrument INSTRUMENT = Instruments.DIALOGUE_FORM;

  /** Marks a dimension "not assessed" in {@link #scores()}. */
  public static final int NOT_ASSESSED = -1;

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  private final int responses;
  private final int dims;
  private final int[] firstResponse;
  private final int[] scores;
  private final boolean[] lowerIsBetter;
  private final String[] dimensionCodes;

  private CohortFixture(int responses, int[] firstResponse, int[] scores) {
    this.responses = responses;
    this.dims = INSTRUMENT.dimensions().size();
    this.firstResponse = firstResponse;
    this.scores = scores;
    this.lowerIsBetter = new boolean[dims];
    this.dimensionCodes = new String[dims];
    for (int d = 0; d < dims; d++) {
      Dimension dim = INSTRUMENT.dimensions().get(d);
      lowerIsBetter[d] = dim.polarity() == Polarity.LOWER_IS_BETTER;
      dimensionCodes[d] = dim.code();
    }
  }

  /** A cohort with exactly {@code responses} responses, generated from {@code seed}. */
  public static CohortFixture of(int responses, long seed) {
    int dims = INSTRUMENT.dimensions().size();
    int[] starts = new int[responses / 2 + 2];
    int people = 0;
    int next = 0;
    while (next < responses) {
      starts[people++] = next;
      next = Math.min(responses, next + 1 + (int) Long.remainderUnsigned(mix(seed, people, 0, 0), 7));
    }
    starts[people] = responses;
    int[] scores = new int[responses * dims];
    int person = 0;
    for (int r = 0; r < responses; r++) {
      while (starts[person + 1] <= r) {
        person++;
      }
      for (int d = 0; d < dims; d++) {
        long h = mix(seed, person, r - starts[person] + 1, d + 1);
        scores[r * dims + d] = Long.remainderUnsigned(h, 25) == 0 ? NOT_ASSESSED
            : 1 + (int) Long.remainderUnsigned(h >>> 8, 5);
      }
    }
    return new CohortFixture(responses, Arrays.copyOf(starts, people + 1), scores);
  }

  private static long mix(long seed, long a, long b, long c) {
    long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL + c * 0x2545F4914F6CDD1DL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The number of responses. */
  public int responses() {
    return responses;
  }

  /** The number of young people. */
  public int people() {
    return firstResponse.length - 1;
  }

  /** The number of dimensions per response. */
  public int dimensions() {
    return dims;
  }

  /**
   * The index of the first response of each young person, plus a final entry equal to {@link #responses()}:
   * young person {@code i}'s responses are {@code firstResponse()[i] .. firstResponse()[i + 1] - 1}. Shared,
   * do not modify.
   */
  public int[] firstResponse() {
    return firstResponse;
  }

  /** Scores, {@code dimensions()} per response in instrument order; {@link #NOT_ASSESSED} when not assessed. */
  public int[] scores() {
    return scores;
  }

  /** Per dimension, whether lower is better. */
  public boolean[] lowerIsBetter() {
    return lowerIsBetter.clone();
  }

  /** The dimension codes in instrument order. */
  public List<String> dimensionCodes() {
    return List.of(dimensionCodes);
  }

  /** The cohort as records, one per young person, in person order (built on every call). */
  public List<CohortRecord> records() {
    Map<String, Polarity> polarities = new LinkedHashMap<>();
    INSTRUMENT.dimensions().forEach(d -> polarities.put(d.code(), d.polarity()));
    List<CohortRecord> out = new ArrayList<>(people());
    for (int p = 0; p < people(); p++) {
      String id = Integer.toString(p);
      int ageAtStart = 15 + p % 8;
      CohortRecord.Builder b = CohortRecord.builder().courseId("c-" + id).youngPersonId("yp-" + id)
          .programmeId("AFTERCARE").municipalityCode("751").municipalityName("Aarhus").asOf(LocalDate.of(2024, 1, 1))
          .startDate(START).ageAtStart(ageAtStart).fixedMeetingsDue(0).fixedMeetingsHeld(0);
      for (int r = firstResponse[p]; r < firstResponse[p + 1]; r++) {
        int k = r - firstResponse[p];
        Map<String, Integer> s = new LinkedHashMap<>();
        Set<String> notAssessed = new LinkedHashSet<>();
        for (int d = 0; d < dims; d++) {
          int v = scores[r * dims + d];
          if (v == NOT_ASSESSED) {
            notAssessed.add(dimensionCodes[d]);
          } else {
            s.put(dimensionCodes[d], v);
          }
        }
        b.addResponses(new ResponseRecord(INSTRUMENT.id(), INSTRUMENT.version(), START.plusMonths(6L * k),
            ageAtStart + k / 2, s, notAssessed, polarities));
      }
      out.add(b.build());
    }
    return out;
  }
}
