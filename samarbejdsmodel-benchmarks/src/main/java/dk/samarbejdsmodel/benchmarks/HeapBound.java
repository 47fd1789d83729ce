package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadMode;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Minnegrænse: how much heap the reader needs for hostile and large inputs of about 16 MiB (the default size
 * limit). For each input, fresh JVMs are started with ever smaller {@code -Xmx} (a binary search) to find the
 * least heap in which the read completes; the JVM's own need (reading nothing) is subtracted and the rest is
 * given as a multiple of the input's size. Not a JMH benchmark: memory, not time.
 *
 * <pre>{@code
 * java -cp samarbejdsmodel-benchmarks/target/benchmarks.jar dk.samarbejdsmodel.benchmarks.HeapBound
 * }</pre>
 */
public final class HeapBound {

  /** About 16 MiB of input. */
  static final int SIZE = 16 * 1024 * 1024 - 4096;

  private static final String[] INPUTS = {"none", "wrong-type-flood", "empty-object-flood", "short-strings",
      "extension-empty-objects", "lenient-unknown-numbers", "cohort"};

  private HeapBound() {}

  /**
   * With an input name and the file holding it: reads it (exit 0 when the read completes). Without arguments:
   * writes each input to a temporary file and measures it.
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      byte[] doc = Files.readAllBytes(Path.of(args[1])); // only the input itself is held
      if (doc.length == 0) {
        return;
      }
      boolean lenient = args[0].startsWith("lenient");
      SamJson json = lenient ? SamJson.builder().mode(ReadMode.LENIENT).build() : SamJson.defaults();
      ReadResult<?> r = json.reader().read(doc, kindOf(args[0]));
      System.out.println(args[0] + ": " + doc.length + " bytes, " + (r.isValid() ? "valid" : r.errors().size()
          + " errors listed"));
      return;
    }
    int base = least("none");
    System.out.printf(Locale.ROOT, "JVM alone: %d MiB%n", base);
    System.out.println("| input (about 16 MiB) | least heap | minus the JVM's own | multiple of the input |");
    System.out.println("|---|---|---|---|");
    for (String in : INPUTS) {
      if (in.equals("none")) {
        continue;
      }
      int mib = least(in);
      double size = input(in).length / 1048576.0;
      System.out.printf(Locale.ROOT, "| %s (%.1f MiB) | %d MiB | %d MiB | %.1f× |%n", in, size, mib, mib - base,
          (mib - base) / size);
    }
  }

  private static DocumentKind<?> kindOf(String input) {
    return input.equals("cohort") ? DocumentKind.COHORT : DocumentKind.GOAL_AGREEMENT_FORM;
  }

  /** The least -Xmx in MiB (to 4 MiB) in which the input reads. */
  private static int least(String input) throws Exception {
    int lo = 8;
    int hi = 2048;
    if (!reads(input, hi)) {
      return -1;
    }
    while (hi - lo > 4) {
      int mid = (lo + hi) / 2;
      if (reads(input, mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static boolean reads(String input, int mib) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = new File(HeapBound.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "heapbound-" + input + ".json");
    if (!Files.exists(file)) {
      Files.write(file, input(input));
      file.toFile().deleteOnExit();
    }
    Process p = new ProcessBuilder(java, "-Xmx" + mib + "m", "-XX:+UseSerialGC", "-cp", cp,
        HeapBound.class.getName(), input, file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    return p.waitFor() == 0;
  }

  /** The input document, generated. */
  static byte[] input(String name) {
    String form = new String(CourseDocument.bytes(), StandardCharsets.UTF_8);
    return switch (name) {
      case "none" -> new byte[0];
      case "wrong-type-flood" -> formWith("\"goals\":[", "0", ",");
      case "empty-object-flood" -> formWith("\"goals\":[", "{}", ",");
      case "short-strings" -> formWith("\"recipientIds\":[", "\"x\"", ",");
      case "extension-empty-objects" -> formWith("\"extensions\":{\"dk.vendor.x:flood\":[", "{}", ",");
      case "lenient-unknown-numbers" -> formWith("\"vendorFlood\":[", "123", ",");
      case "cohort" -> cohort(form);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static byte[] formWith(String open, String element, String sep) {
    String head = "{\"schemaVersion\":\"1.0\",\"kind\":\"goal-agreement-form\",\"id\":\"F-1\",\"revision\":1,"
        + "\"updatedAt\":\"2025-01-01\"," + open;
    String close = open.contains("{") ? "]}}" : "]}";
    StringBuilder sb = new StringBuilder(SIZE + 64).append(head);
    int n = 0;
    while (sb.length() + element.length() + sep.length() + close.length() < SIZE) {
      sb.append(n++ == 0 ? "" : sep).append(element);
    }
    return sb.append(close).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cohort(String course) {
    String body = course.substring(course.indexOf(',', course.indexOf("\"kind\"")) + 1, course.length() - 1);
    StringBuilder sb = new StringBuilder(SIZE + 64)
        .append("{\"schemaVersion\":\"1.0\",\"kind\":\"cohort\",\"id\":\"C-1\",\"extractedAt\":\"2026-06-30\",\"courses\":[");
    int n = 0;
    while (sb.length() + body.length() + 16 < SIZE) {
      String id = "course-" + n;
      sb.append(n++ == 0 ? "" : ",").append('{').append(body.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\""))
          .append('}');
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
