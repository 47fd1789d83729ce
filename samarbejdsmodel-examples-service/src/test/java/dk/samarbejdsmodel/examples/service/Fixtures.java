package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.util.concurrent.atomic.AtomicInteger;

/** Course documents for the tests. */
final class Fixtures {

  /** The CPR number of the vendor example's young person, both spellings. */
  static final String CPR = "150808-4123";
  static final String CPR_DIGITS = "1508084123";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private Fixtures() {}

  /** A case id no other test uses. */
  static String uniqueCase(String prefix) {
    return prefix + NEXT.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  /** The vendor example's course for a case id, as the SDK writes it. */
  static String courseJson(String caseId) {
    return SamJson.defaults().writer().writeString(DocumentKind.COURSE, DemoCourses.vendorCourse(caseId));
  }

  /** The course for a case id. */
  static Course course(String caseId) {
    return DemoCourses.vendorCourse(caseId);
  }
}
