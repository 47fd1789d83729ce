package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.Measure;
import dk.samarbejdsmodel.core.outcome.Measures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4 Kohorte: the change distribution (O-02/O-03, {@link Measures#change}) over a cohort of 1,000,000 dialogue
 * responses — the SDK measure sequentially and as a parallel stream with the mergeable accumulator, against a
 * hand-written loop over primitive arrays ({@link ChangeLoop}).
 *
 * <pre>{@code
 * java -jar benchmarks.jar CohortBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CohortBenchmark {

  /** The cohort, in both shapes. */
  @State(Scope.Benchmark)
  public static class Cohort {
    /** Primitive arrays. */
    public CohortFixture fixture;
    /** Records. */
    public List<CohortRecord> records;
    /** The measure. */
    public Measure<Map<String, Distribution>> measure;

    /** Generates the cohort. */
    @Setup
    public void setUp() {
      fixture = CohortFixture.of(CohortFixture.BENCHMARK_RESPONSES, 8L);
      records = fixture.records();
      measure = Measures.change(CohortFixture.INSTRUMENT.id(), ChangeClassifier.DEFAULT);
    }
  }

  /** The SDK measure over a sequential stream with the accumulator's collector. */
  @Benchmark
  public Map<String, Distribution> measureSequential(Cohort c) {
    return c.records.stream().collect(c.measure.collector());
  }

  /** The same collector over a parallel stream (common fork-join pool). */
  @Benchmark
  public Map<String, Distribution> measureParallel(Cohort c) {
    return c.records.parallelStream().collect(c.measure.collector());
  }

  /** Baseline: the hand-written primitive loop. */
  @Benchmark
  public long[][] primitiveLoop(Cohort c) {
    return ChangeLoop.counts(c.fixture);
  }
}
