package dk.samarbejdsmodel.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;

/**
 * Kold proces: B5's whole-process variant — a JVM that does one thing and exits, launched by {@link Runner}
 * and timed from launch to exit: {@code samjson} reads and validates the realistic course with the SDK,
 * {@code mirror} reads it with plain Jackson into the {@link Mirror} classes, {@code none} only loads the bytes
 * (the JVM's own start and stop).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dk.samarbejdsmodel.benchmarks.ColdStartMain samjson
 * java -cp benchmarks.jar dk.samarbejdsmodel.benchmarks.ColdStartMain mirror --cpu   # also prints its CPU time
 * }</pre>
 */
public final class ColdStartMain {

  private ColdStartMain() {}

  /** Runs one variant; exits non-zero if the read fails. */
  public static void main(String[] args) throws Exception {
    byte[] json = CourseDocument.bytes();
    Object result = switch (args.length == 0 ? "samjson" : args[0]) {
      case "samjson" -> SamJson.defaults().reader().read(json, DocumentKind.COURSE).orElseThrow();
      case "mirror" -> new ObjectMapper().readValue(json, Mirror.Course.class);
      case "none" -> json;
      default -> throw new IllegalArgumentException("samjson, mirror or none");
    };
    if (result == null) {
      System.exit(1);
    }
    if (args.length > 1 && args[1].equals("--cpu")) {
      // the process's CPU time so far (all threads: interpreter, JIT compilers, GC), for a figure that a loaded
      // machine disturbs less than the wall clock; read after the work, so it does not slow the read
      System.out.println("cpu-ms " + ProcessHandle.current().info().totalCpuDuration()
          .map(java.time.Duration::toMillis).orElse(-1L));
    }
  }
}
