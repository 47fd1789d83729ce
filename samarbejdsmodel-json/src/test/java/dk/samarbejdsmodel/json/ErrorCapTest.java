package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.testkit.RandomCourses;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The error cap (issue 20, item 1): a read lists at most {@link SamJson#maxErrors()} errors and counts the rest
 * in one final {@code TOO_MANY_ERRORS}; floods of bad list elements cost no memory per error. Memory is checked
 * loosely (bytes allocated by the reading thread, a bound far above what the reader needs and far below what it
 * needed before the cap), never time.
 */
class ErrorCapTest {

  private static final SamJson JSON = SamJson.defaults();

  /** A valid goal-and-agreement form whose goals are replaced by {@code count} copies of {@code element}. */
  static byte[] formWithGoals(String element, int count) {
    var form = RandomCourses.course(7L).latestForm().orElseThrow();
    String doc = JSON.writer().writeString(DocumentKind.GOAL_AGREEMENT_FORM, form);
    StringBuilder goals = new StringBuilder(count * (element.length() + 1) + 16).append("\"goals\":[");
    for (int i = 0; i < count; i++) {
      goals.append(i == 0 ? "" : ",").append(element);
    }
    goals.append("],");
    String flooded = doc.replaceFirst("\"goals\":\\[.*?\\],\"agreements\"", goals + "\"agreements\"");
    assertTrue(flooded.length() > count, "the goals were replaced");
    return flooded.getBytes(StandardCharsets.UTF_8);
  }

  private static long allocated(Runnable r) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    r.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void a_flood_of_wrong_types_lists_the_first_100_and_counts_the_rest() {
    int n = 1_000_000;
    byte[] doc = formWithGoals("0", n); // about 2 MB
    ReadResult<?>[] r = new ReadResult<?>[1];
    long bytes = allocated(() -> r[0] = JSON.reader().read(doc, DocumentKind.GOAL_AGREEMENT_FORM));
    List<ReadError> errors = r[0].errors();
    assertEquals(101, errors.size());
    assertEquals("/goals/0", errors.get(0).pointer());
    assertEquals(ErrorCode.WRONG_TYPE, errors.get(99).code());
    assertEquals("/goals/99", errors.get(99).pointer());
    ReadError last = errors.get(100);
    assertEquals(ErrorCode.TOO_MANY_ERRORS, last.code());
    assertEquals("", last.pointer());
    assertTrue(last.messageEn().contains("999,900") && last.messageEn().contains("100"), last.messageEn());
    assertTrue(last.messageDa().contains("999,900"), last.messageDa());
    // before the cap: 1.7 GiB allocated for this document
    assertTrue(bytes < 64L * doc.length, () -> bytes + " bytes allocated for a " + doc.length + "-byte document");
  }

  @Test
  void a_flood_of_empty_objects_is_bounded_too() {
    int n = 4 * 1024 * 1024 / 3; // "{}," : 4 MiB
    byte[] doc = formWithGoals("{}", n);
    ReadResult<?>[] r = new ReadResult<?>[1];
    long bytes = allocated(() -> r[0] = JSON.reader().read(doc, DocumentKind.GOAL_AGREEMENT_FORM));
    List<ReadError> errors = r[0].errors();
    assertEquals(101, errors.size());
    assertEquals(List.of("/goals/0/id", "/goals/0/lifeArea"),
        errors.subList(0, 2).stream().map(ReadError::pointer).toList());
    assertEquals(ErrorCode.TOO_MANY_ERRORS, errors.get(100).code());
    // before the cap: a 1 GiB heap was exhausted
    assertTrue(bytes < 256L * doc.length, () -> bytes + " bytes allocated for a " + doc.length + "-byte document");
  }

  @Test
  void the_cap_is_configurable_and_exact_below_it() {
    SamJson five = SamJson.builder().maxErrors(5).build();
    assertEquals(5, five.maxErrors());
    assertEquals(100, JSON.maxErrors());
    List<ReadError> errors = five.reader().read(formWithGoals("0", 12), DocumentKind.GOAL_AGREEMENT_FORM).errors();
    assertEquals(6, errors.size());
    assertTrue(errors.get(5).messageEn().startsWith("and 7 more errors"), errors.get(5).messageEn());
    List<ReadError> exact = five.reader().read(formWithGoals("0", 5), DocumentKind.GOAL_AGREEMENT_FORM).errors();
    assertEquals(5, exact.size());
    assertFalse(exact.stream().anyMatch(e -> e.code() == ErrorCode.TOO_MANY_ERRORS));
    assertThrows(IllegalArgumentException.class, () -> SamJson.builder().maxErrors(0));
  }
}
