package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The memory a read may use, per input size (docs/reliability.md §1, "Memory per input size"): for the worst
 * inputs we know — floods of bad list elements on the streaming path and on the tree path (a document whose
 * envelope is not first), a valid document, and the largest string — at 1, 4 and 16 MiB, the bytes one read
 * allocates stay below {@link #FLOOR} + {@link #FACTOR} × the input size, and the result keeps at most 101 errors.
 * Prints the measured table; every build measures 1 MiB, {@code -Dtest=MemoryBoundTest -Dmemory.sizes=1,4,16}
 * all three.
 */
class MemoryBoundTest {

  /** The documented bound: a read allocates at most 64 MiB + 128 × the input size (the fuzz oracle allows 200 ×). */
  static final long FLOOR = 64L << 20;
  static final long FACTOR = 128;

  private static final SamJson JSON = SamJson.defaults();

  private static long allocated(Runnable r) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    r.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  /** A form whose goals are {@code element} repeated to fill about {@code size} bytes; envelope first or last. */
  static byte[] flood(String element, int size, boolean envelopeFirst) {
    int count = (size - 200) / (element.length() + 1);
    StringBuilder b = new StringBuilder(size + 64);
    String envelope = "\"schemaVersion\":\"1.0\",\"kind\":\"goal-agreement-form\"";
    b.append('{');
    if (envelopeFirst) {
      b.append(envelope).append(',');
    }
    b.append("\"id\":\"f\",\"revision\":1,\"updatedAt\":\"2025-01-01\",\"goals\":[");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append(element);
    }
    b.append(']');
    if (!envelopeFirst) {
      b.append(',').append(envelope);
    }
    return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bigString(int size) {
    String s = "{\"schemaVersion\":\"1.0\",\"kind\":\"goal-agreement-form\",\"id\":\"f\",\"revision\":1,"
        + "\"updatedAt\":\"2025-01-01\",\"wishes\":\"";
    int n = Math.min(size - s.length() - 4, 999_999);
    return (s + "x".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void one_read_allocates_at_most_the_documented_multiple_of_its_size() {
    List<String> rows = new ArrayList<>();
    List<String> over = new ArrayList<>();
    // every build: 1 MiB; the measurement in docs/reliability.md: -Dmemory.sizes=1,4,16
    for (String m : System.getProperty("memory.sizes", "1").split(",")) {
      int mib = Integer.parseInt(m.trim());
      int size = mib == 16 ? Limits.DEFAULT_MAX_DOCUMENT_BYTES - 1024 : mib << 20;
      for (Object[] c : new Object[][] {
          {"goals [0,0,…] (streaming)", flood("0", size, true)},
          {"goals [{},{},…] (streaming)", flood("{}", size, true)},
          {"goals [0,0,…] (tree: envelope last)", flood("0", size, false)},
          {"goals [{},{},…] (tree: envelope last)", flood("{}", size, false)},
          {"a string of 999,999 characters", bigString(size)}}) {
        byte[] doc = (byte[]) c[1];
        ReadResult<?>[] r = new ReadResult<?>[1];
        JSON.reader().read(doc); // warm
        long bytes = allocated(() -> r[0] = JSON.reader().read(doc));
        rows.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %d |", c[0], doc.length, bytes,
            (double) bytes / doc.length, r[0].errors().size()));
        if (bytes > FLOOR + FACTOR * doc.length || r[0].errors().size() > 101) {
          over.add(c[0] + " at " + doc.length + " bytes: " + bytes);
        }
      }
    }
    System.out.println("| input | bytes | allocated by one read | per input byte | errors kept |");
    rows.forEach(System.out::println);
    assertTrue(over.isEmpty(), over::toString);
  }
}
