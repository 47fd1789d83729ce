package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kursusdokument: the realistic course ({@link Fixtures#realisticCourse()}) as the compact JSON document the
 * SDK writes, stored as a class-path resource so that a benchmark can load the bytes without touching (and so
 * without warming up) a single SDK or Jackson class — which B5, the cold start, depends on.
 *
 * <p>{@code CourseDocumentTest} checks that the resource is exactly what the SDK writes today; when the format
 * changes, regenerate it with
 * {@code java -cp samarbejdsmodel-benchmarks/target/benchmarks.jar dk.samarbejdsmodel.benchmarks.CourseDocument
 * samarbejdsmodel-benchmarks/src/main/resources/dk/samarbejdsmodel/benchmarks/realistic-course.json}.
 *
 * <pre>{@code
 * byte[] json = CourseDocument.bytes();   // about 53 KB
 * }</pre>
 */
public final class CourseDocument {

  /** The resource name, relative to this class. */
  public static final String RESOURCE = "realistic-course.json";

  private CourseDocument() {}

  /** The stored document's bytes (read from the class path on every call). */
  public static byte[] bytes() {
    try (InputStream in = CourseDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the SDK writes for the realistic course now (compact, full export view). */
  public static byte[] written() {
    return SamJson.defaults().writer().write(DocumentKind.COURSE, Fixtures.realisticCourse());
  }

  /** Regenerates the resource at {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), written());
  }
}
