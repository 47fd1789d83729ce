/**
 * Testkit: what a vendor's tests need to exercise the SDK — {@link dk.samarbejdsmodel.testkit.RandomCourses}
 * (seeded, whole, consistent courses; no test framework needed), {@link dk.samarbejdsmodel.testkit.SamGen}
 * (QuickTheories generators), {@link dk.samarbejdsmodel.testkit.RandomCoursesSource} (a JUnit 5 source for
 * parameterised tests) and {@link dk.samarbejdsmodel.testkit.PersonalData} (every personal-data string of a
 * course, for privacy assertions), and {@link dk.samarbejdsmodel.testkit.ApiSignatures} (which public signatures of
 * a jar mention a given library, to keep it out of an API). The artifact holds no service files and no JUnit platform properties, so it
 * changes nothing in the tests that use it: {@code Catalogue.standard()} stays the vendor's own.
 */
@NullMarked
package dk.samarbejdsmodel.testkit;

import org.jspecify.annotations.NullMarked;
