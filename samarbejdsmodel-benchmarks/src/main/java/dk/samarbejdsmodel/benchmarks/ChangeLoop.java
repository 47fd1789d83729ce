package dk.samarbejdsmodel.benchmarks;

/**
 * Håndskrevet løkke: the B4 baseline — the change distribution (O-03, threshold 1, first versus latest response
 * per young person, polarity-aware) computed by one pass over the primitive arrays of a {@link CohortFixture},
 * with no objects per young person.
 *
 * <pre>{@code
 * long[][] counts = ChangeLoop.counts(CohortFixture.of(1000, 1L));
 * counts[d][ChangeLoop.PROGRESS];   // young people who progressed on dimension d
 * }</pre>
 */
public final class ChangeLoop {

  /** Column of declines. */
  public static final int DECLINE = 0;
  /** Column of status quo. */
  public static final int STATUS_QUO = 1;
  /** Column of progress. */
  public static final int PROGRESS = 2;
  /** Column of "not assessed in the first or the latest response". */
  public static final int NOT_ASSESSED = 3;
  /** Row (in every column) of young people with only one response: {@code counts[dims][0]}. */
  public static final int ONE_RESPONSE_ROW_COLUMN = 0;

  private ChangeLoop() {}

  /**
   * Per dimension {@code d}, {@code counts[d]} = {decline, status quo, progress, not assessed}; the extra row
   * {@code counts[dims][0]} counts young people with only one response.
   */
  public static long[][] counts(CohortFixture cohort) {
    int dims = cohort.dimensions();
    int[] first = cohort.firstResponse();
    int[] scores = cohort.scores();
    boolean[] lower = cohort.lowerIsBetter();
    long[][] counts = new long[dims + 1][4];
    int people = first.length - 1;
    for (int p = 0; p < people; p++) {
      int a0 = first[p] * dims;
      int b0 = (first[p + 1] - 1) * dims;
      if (a0 == b0) {
        counts[dims][ONE_RESPONSE_ROW_COLUMN]++;
        continue;
      }
      for (int d = 0; d < dims; d++) {
        int a = scores[a0 + d];
        int b = scores[b0 + d];
        if (a == CohortFixture.NOT_ASSESSED || b == CohortFixture.NOT_ASSESSED) {
          counts[d][NOT_ASSESSED]++;
        } else {
          int diff = lower[d] ? a - b : b - a;
          counts[d][diff >= 1 ? PROGRESS : diff <= -1 ? DECLINE : STATUS_QUO]++;
        }
      }
    }
    return counts;
  }
}
