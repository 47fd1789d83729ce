package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.testkit.RandomCourses;
import dk.samarbejdsmodel.core.testkit.SamGen;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Write → read gives an equal value, and read → write gives the same bytes, for every kind. */
class RoundTripTest {

  private static final SamJson JSON = SamJson.defaults();
  private static final SamJson PRETTY = SamJson.builder().prettyPrint(true).build();

  static <T> void assertRoundTrips(SamJson json, DocumentKind<T> kind, T value) {
    byte[] first = json.writer().write(kind, value);
    ReadResult<T> read = json.reader().read(first, kind);
    assertTrue(read.isValid(), () -> kind + " did not read back: " + read.errors());
    assertEquals(value, read.value().orElseThrow());
    byte[] second = json.writer().write(read);
    assertArrayEquals(first, second, () -> kind + " is not byte-stable");
  }

  @Test
  void every_course_round_trips() {
    qt().withExamples(200).forAll(SamGen.courses())
        .checkAssert(c -> assertRoundTrips(JSON, DocumentKind.COURSE, c));
  }

  @Test
  void every_course_round_trips_pretty_printed() {
    qt().withExamples(100).forAll(SamGen.courses())
        .checkAssert(c -> assertRoundTrips(PRETTY, DocumentKind.COURSE, c));
  }

  @Test
  void every_form_revision_round_trips() {
    qt().withExamples(200).forAll(SamGen.courses())
        .checkAssert(c -> c.formRevisions().forEach(f -> assertRoundTrips(JSON, DocumentKind.GOAL_AGREEMENT_FORM, f)));
  }

  @Test
  void every_meeting_checklist_round_trips() {
    qt().withExamples(200).forAll(SamGen.courses())
        .checkAssert(c -> c.checklists().forEach(x -> assertRoundTrips(JSON, DocumentKind.MEETING_CHECKLIST, x)));
  }

  @Test
  void every_dialogue_response_round_trips() {
    qt().withExamples(200).forAll(SamGen.courses())
        .checkAssert(c -> c.responses().forEach(x -> assertRoundTrips(JSON, DocumentKind.DIALOGUE_RESPONSE, x)));
  }

  @Test
  void every_cohort_round_trips() {
    Gen<Cohort> cohorts = SamGen.cohorts(6).zip(SamGen.seeds(), (courses, seed) ->
        new Cohort("extract-" + Math.floorMod(seed, 1000), LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(seed, 365)),
            seed % 2 == 0 ? Optional.empty() : Optional.of("Evaluator extract"), courses));
    qt().withExamples(100).forAll(cohorts).checkAssert(c -> assertRoundTrips(JSON, DocumentKind.COHORT, c));
  }

  @Test
  void every_programme_and_instrument_round_trips() {
    Programmes.all().forEach(p -> {
      assertRoundTrips(JSON, DocumentKind.PROGRAMME, p);
      p.instruments().forEach(i -> assertRoundTrips(JSON, DocumentKind.INSTRUMENT, i));
    });
    Instruments.all().forEach(i -> assertRoundTrips(JSON, DocumentKind.INSTRUMENT, i));
  }

  @Test
  void a_large_cohort_round_trips() {
    List<Course> courses = RandomCourses.courses(42L, 40);
    assertRoundTrips(JSON, DocumentKind.COHORT, new Cohort("big", LocalDate.of(2026, 1, 1), Optional.empty(), courses));
  }
}
