package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B3 Regler: every course-scope rule of the standard catalogue plus the due items, for the realistic course on
 * {@link Bench#RULES_DATE}. Compared with B1's SDK read: checking a course must cost less than reading it.
 *
 * <pre>{@code
 * java -jar benchmarks.jar RulesBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RulesBenchmark {

  private static final RuleEvaluator EVALUATOR = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator();

  /** Findings and due items. */
  @Benchmark
  public void rulesAndDueItems(Bench s, Blackhole bh) {
    bh.consume(EVALUATOR.evaluate(s.course, Bench.RULES_DATE));
    bh.consume(DueItems.of(s.course, Bench.RULES_DATE));
  }
}
