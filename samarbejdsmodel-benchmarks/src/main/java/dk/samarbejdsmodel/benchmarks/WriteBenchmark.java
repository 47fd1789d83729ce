package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.json.DocumentKind;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B2 Skrivning: writing the realistic course as compact UTF-8 JSON — the SDK writer against Jackson databind
 * writing the {@link Mirror} classes; both produce the same bytes.
 *
 * <pre>{@code
 * java -jar benchmarks.jar WriteBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {

  /** The SDK writer. */
  @Benchmark
  public byte[] samJson(Bench s) {
    return s.writer.write(DocumentKind.COURSE, s.course);
  }

  /** Baseline: plain databind from the mirror classes. */
  @Benchmark
  public byte[] jacksonMirror(Bench s) throws IOException {
    return Mirror.MAPPER.writeValueAsBytes(s.mirror);
  }
}
