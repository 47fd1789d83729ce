package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.validation.DocumentType;
import dk.samarbejdsmodel.validation.OpenCode;
import dk.samarbejdsmodel.validation.SamId;
import dk.samarbejdsmodel.validation.SamValidation;
import dk.samarbejdsmodel.validation.ValidDocument;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B8 Validering: what Jakarta Validation (Hibernate Validator 9.1 with Expressly) costs with
 * {@code samarbejdsmodel-validation} — the bootstrap of a {@code ValidatorFactory} (paid once, at application
 * start) and the per-call cost of {@code validate} on a request DTO with {@code @SamId}/{@code @OpenCode}, on a
 * course document in a {@code @ValidDocument} field, and on a {@code Course} with its rule findings
 * ({@code SamValidation.mapping()}). Times are measured, never asserted.
 *
 * <pre>{@code
 * java -jar samarbejdsmodel-benchmarks/target/benchmarks.jar ValidationBenchmark
 * }</pre>
 */
public class ValidationBenchmark {

  /** A vendor's small request DTO. */
  public record GoalRequest(@SamId String id, @OpenCode(LifeArea.class) String lifeArea) {}

  /** A vendor's upload DTO holding a whole course document. */
  public record Upload(@ValidDocument(kind = DocumentType.COURSE) String body) {}

  static ValidatorFactory factory() {
    Clock clock = Clock.fixed(Bench.RULES_DATE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return Validation.byDefaultProvider().configure().clockProvider(() -> clock)
        .addMapping(SamValidation.mapping()).buildValidatorFactory();
  }

  /**
   * Bootstrap: building a factory (with the SDK's mapping) and its first validation of a small DTO. Single shot
   * in fresh JVMs: the first iteration of each fork is the cold start an application pays once; later iterations
   * show a further factory in a warm JVM.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  @Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public Object bootstrap() {
    try (ValidatorFactory f = factory()) {
      return f.getValidator().validate(new GoalRequest("g-1", "CRIME"));
    }
  }

  /** One shared factory and validator, as in an application. */
  @State(Scope.Benchmark)
  public static class Shared {
    ValidatorFactory factory;
    Validator validator;
    GoalRequest request = new GoalRequest("g-1", "dk.aarhus:LEISURE");
    Upload upload;
    Course course;

    /** Builds the factory and the inputs. */
    @Setup(Level.Trial)
    public void setUp() {
      factory = factory();
      validator = factory.getValidator();
      course = Fixtures.realisticCourse();
      upload = new Upload(new String(dk.samarbejdsmodel.json.SamJson.defaults().writer()
          .write(dk.samarbejdsmodel.json.DocumentKind.COURSE, course), StandardCharsets.UTF_8));
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
      factory.close();
    }
  }

  /** Per call: a request DTO with an id and an open code. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 10, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public Object smallDto(Shared s) {
    return s.validator.validate(s.request);
  }

  /** Per call: a whole course document in a {@code @ValidDocument} field (the SDK reader does the work). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 10, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public Object courseDocument(Shared s) {
    return s.validator.validate(s.upload);
  }

  /** Per call: a {@code Course} through the mapping, i.e. its rule findings as violations. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 10, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public Object courseFindings(Shared s) {
    return s.validator.validate(s.course);
  }
}
