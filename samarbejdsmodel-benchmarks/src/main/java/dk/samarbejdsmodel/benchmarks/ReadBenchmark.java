package dk.samarbejdsmodel.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.samarbejdsmodel.core.course.Course;
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
 * B1 Læsning: reading the realistic course document — the SDK (size and UTF-8 checks, parse, decode, build the
 * immutable model, structural validation) against Jackson databind into the {@link Mirror} classes (no
 * validation), with a streaming token walk as the floor.
 *
 * <pre>{@code
 * java -jar benchmarks.jar ReadBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The SDK: a validated, immutable {@link Course}. */
  @Benchmark
  public Course samJson(Bench s) {
    return s.reader.read(s.json, DocumentKind.COURSE).orElseThrow();
  }

  /** Baseline: plain databind into mutable mirror classes. */
  @Benchmark
  public Mirror.Course jacksonMirror(Bench s) throws IOException {
    return Mirror.MAPPER.readValue(s.json, Mirror.Course.class);
  }

  /** Floor: a streaming token walk that decodes every name, string and number but builds nothing. */
  @Benchmark
  public long streamingFloor(Bench s) throws IOException {
    return walk(s.json);
  }

  /** The token walk: a checksum over every decoded name, string and number. */
  public static long walk(byte[] json) throws IOException {
    long h = 0;
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> h += p.currentName().length();
          case VALUE_STRING -> h += p.getText().length();
          case VALUE_NUMBER_INT -> h += p.getIntValue();
          default -> h += t.ordinal();
        }
      }
    }
    return h;
  }
}
