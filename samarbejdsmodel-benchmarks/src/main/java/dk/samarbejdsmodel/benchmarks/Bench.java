package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.DocumentReader;
import dk.samarbejdsmodel.json.DocumentWriter;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmarktilstand: the shared JMH state of B1–B3 — the realistic course, its document bytes, the SDK reader
 * and writer, and the same document read into the {@link Mirror} classes.
 *
 * <pre>{@code
 * Bench s = new Bench();
 * s.setUp();
 * s.reader.read(s.json, DocumentKind.COURSE);
 * }</pre>
 */
@State(Scope.Benchmark)
public class Bench {

  /** The date the rules are evaluated on: about three years into the course, after its last meeting. */
  public static final LocalDate RULES_DATE = LocalDate.of(2026, 6, 15);

  /** The document. */
  public byte[] json;
  /** The course. */
  public Course course;
  /** The document in mirror classes. */
  public Mirror.Course mirror;
  /** The SDK reader (strict defaults). */
  public DocumentReader reader;
  /** The SDK writer (compact, full view). */
  public DocumentWriter writer;

  /** Builds the state. */
  @Setup
  public void setUp() {
    json = CourseDocument.bytes();
    SamJson sam = SamJson.defaults();
    reader = sam.reader();
    writer = sam.writer();
    course = reader.read(json, DocumentKind.COURSE).orElseThrow();
    try {
      mirror = Mirror.MAPPER.readValue(json, Mirror.Course.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
