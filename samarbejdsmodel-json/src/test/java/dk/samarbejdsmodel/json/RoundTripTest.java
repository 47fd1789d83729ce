package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
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

  /**
   * The main property: a generated course, and every form revision, meeting checklist and dialogue response in
   * it as a standalone document, survives write → read unchanged and read → write byte for byte.
   */
  @Test
  void every_course_and_its_parts_round_trip() {
    qt().withExamples(150).forAll(SamGen.courses()).checkAssert(c -> {
      assertRoundTrips(JSON, DocumentKind.COURSE, c);
      c.formRevisions().forEach(f -> assertRoundTrips(JSON, DocumentKind.GOAL_AGREEMENT_FORM, f));
      c.checklists().forEach(x -> assertRoundTrips(JSON, DocumentKind.MEETING_CHECKLIST, x));
      c.responses().forEach(x -> assertRoundTrips(JSON, DocumentKind.DIALOGUE_RESPONSE, x));
    });
  }

  /** Cheap and many: dialogue responses with arbitrary Unicode notes (quotes, controls, emoji, surrogates). */
  @Test
  void dialogue_responses_with_any_text_round_trip() {
    Gen<InstrumentResponse> responses = SamGen.from(r -> {
      InstrumentResponse.Builder b = InstrumentResponse.builder().id("r-" + r.nextInt(1_000_000))
          .instrumentId(Instruments.DIALOGUE_FORM.id()).instrumentVersion(Instruments.DIALOGUE_FORM.version())
          .date(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000)));
      if (r.nextBoolean()) {
        StringBuilder note = new StringBuilder();
        int length = r.nextInt(40);
        for (int i = 0; i < length; i++) {
          int kind = r.nextInt(5);
          note.appendCodePoint(kind == 0 ? r.nextInt(0x20) : kind == 1 ? "\"\\/æøåÆØÅ".codePointAt(r.nextInt(9))
              : kind == 2 ? 0x1F600 + r.nextInt(80) : kind == 3 ? 0x20 + r.nextInt(0x5F) : 0xA0 + r.nextInt(0x2000));
        }
        b.note(note.toString());
      }
      for (Dimension d : Instruments.DIALOGUE_FORM.dimensions()) {
        int pick = r.nextInt(3);
        if (pick == 1) {
          b.addAnswers(Answer.of(d.code(), d.scaleMin() + r.nextInt(d.scaleMax() - d.scaleMin() + 1)));
        } else if (pick == 2) {
          b.addAnswers(Answer.notAssessed(d.code()));
        }
      }
      return b.build();
    });
    qt().withExamples(1000).forAll(responses).checkAssert(x -> assertRoundTrips(JSON, DocumentKind.DIALOGUE_RESPONSE, x));
  }

  @Test
  void every_course_round_trips_pretty_printed() {
    qt().withExamples(30).forAll(SamGen.courses())
        .checkAssert(c -> assertRoundTrips(PRETTY, DocumentKind.COURSE, c));
  }

  @Test
  void every_cohort_round_trips() {
    Gen<Cohort> cohorts = SamGen.cohorts(4).zip(SamGen.seeds(), (courses, seed) ->
        new Cohort("extract-" + Math.floorMod(seed, 1000), LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(seed, 365)),
            seed % 2 == 0 ? Optional.empty() : Optional.of("Evaluator extract"), courses));
    qt().withExamples(30).forAll(cohorts).checkAssert(c -> assertRoundTrips(JSON, DocumentKind.COHORT, c));
  }

  @Test
  void every_programme_and_instrument_round_trips() {
    Catalogue.builtIn().programmes().forEach(p -> {
      assertRoundTrips(JSON, DocumentKind.PROGRAMME, p);
      p.instruments().forEach(i -> assertRoundTrips(JSON, DocumentKind.INSTRUMENT, i));
    });
    Catalogue.builtIn().instruments().forEach(i -> assertRoundTrips(JSON, DocumentKind.INSTRUMENT, i));
  }

  @Test
  void a_large_cohort_round_trips() {
    List<Course> courses = RandomCourses.courses(42L, 25);
    assertRoundTrips(JSON, DocumentKind.COHORT, new Cohort("big", LocalDate.of(2026, 1, 1), Optional.empty(), courses));
  }
}
