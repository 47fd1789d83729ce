package dk.samarbejdsmodel.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
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
 * B5 Kold start: the first validated course read in a fresh JVM — one call per forked JVM, nothing warmed up
 * beforehand (the document bytes are loaded from a resource without touching an SDK or Jackson class), so the
 * time includes loading and initialising every class, the SDK's configuration and Jackson's, and running the
 * code interpreted. The baseline is the first plain-Jackson read into the {@link Mirror} classes with a new
 * {@code ObjectMapper}. The SDK has no Bean Validation / Hibernate Validator bootstrap to pay: its structural
 * validation is plain Java in the core model (see docs/decisions.md).
 *
 * <pre>{@code
 * java -jar benchmarks.jar ColdStartBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ColdStartBenchmark {

  /** The document bytes only. */
  @State(Scope.Benchmark)
  public static class Document {
    /** The bytes. */
    public byte[] json;

    /** Loads the resource. */
    @Setup
    public void setUp() {
      json = CourseDocument.bytes();
    }
  }

  /** The SDK: default configuration, strict read, validated course. */
  @Benchmark
  public Course samJson(Document d) {
    return SamJson.defaults().reader().read(d.json, DocumentKind.COURSE).orElseThrow();
  }

  /** Baseline: a new plain mapper reading the mirror classes. */
  @Benchmark
  public Mirror.Course jacksonMirror(Document d) throws IOException {
    return new ObjectMapper().readValue(d.json, Mirror.Course.class);
  }
}
