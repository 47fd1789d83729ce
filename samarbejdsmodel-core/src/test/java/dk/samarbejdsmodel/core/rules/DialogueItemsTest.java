package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.ImmutableCourse;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Measures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dialogue form's questions (items) and the life-area score (docs/model.md "Dialogue form: questions and
 * area score"). Every expected figure is computed by hand in the comments.
 */
class DialogueItemsTest {

  static final Dimension CRIME = Instruments.DIALOGUE_FORM.dimension("CRIME").orElseThrow();

  /** A 1–5 area with declared questions: two on 1–5 and a yes/no (0–1) where yes is worse. */
  static final Dimension DECLARED = Dimension.builder().code("CRIME").labelDa("Kriminalitet").labelEn("Crime")
      .scaleMin(1).scaleMax(5)
      .addItems(q("dk.aarhus:CRIME_FRIENDS", 1, 5, Polarity.HIGHER_IS_BETTER),
          q("dk.aarhus:CRIME_PLANS", 1, 5, Polarity.HIGHER_IS_BETTER),
          q("dk.aarhus:CRIME_CHARGES", 0, 1, Polarity.LOWER_IS_BETTER),
          q("dk.aarhus:CRIME_TEN", 1, 10, Polarity.HIGHER_IS_BETTER))
      .build();

  static Dimension q(String code, int min, int max, Polarity p) {
    return Dimension.builder().code(code).labelDa(code).labelEn(code).scaleMin(min).scaleMax(max).polarity(p).build();
  }

  static OptionalInt derived(Dimension d, Answer... items) {
    return d.derivedScore(Answer.withItems(d.code(), items));
  }

  @Test
  void the_area_score_is_derived_from_the_questions_by_hand() {
    // 3 and 4 on 1–5: positions 2/4 and 3/4, mean 5/8; 1 + 4 × 5/8 = 3.5 → rounds half up to 4
    assertEquals(OptionalInt.of(4), derived(CRIME, Answer.of("Q1", 3), Answer.of("Q2", 4)));
    // 2 and 3: positions 1/4, 2/4, mean 3/8; 1 + 1.5 = 2.5 → 3
    assertEquals(OptionalInt.of(3), derived(CRIME, Answer.of("Q1", 2), Answer.of("Q2", 3)));
    // 2, 2, 3: mean position 4/12; 1 + 4/3 = 2.33 → 2
    assertEquals(OptionalInt.of(2), derived(CRIME, Answer.of("Q1", 2), Answer.of("Q2", 2), Answer.of("Q3", 3)));
    // a not-assessed question is left out: 5 alone → 5; none assessed → empty
    assertEquals(OptionalInt.of(5), derived(CRIME, Answer.of("Q1", 5), Answer.notAssessed("Q2")));
    assertEquals(OptionalInt.empty(), derived(CRIME, Answer.notAssessed("Q1")));
    // declared questions with their own scales: 4 on 1–5 → 3/4; 5 on 1–5 → 1; "no charges" 0 on 0–1, lower is
    // better → turned round: 1 − 0 = 1; mean 11/12; 1 + 4 × 11/12 = 4.67 → 5
    assertEquals(OptionalInt.of(5), derived(DECLARED, Answer.of("dk.aarhus:CRIME_FRIENDS", 4),
        Answer.of("dk.aarhus:CRIME_PLANS", 5), Answer.of("dk.aarhus:CRIME_CHARGES", 0)));
    // 7 on 1–10 → 6/9 = 2/3; 1 + 4 × 2/3 = 3.67 → 4; with a charge (1 → 0): mean 1/3, 1 + 4/3 = 2.33 → 2
    assertEquals(OptionalInt.of(4), derived(DECLARED, Answer.of("dk.aarhus:CRIME_TEN", 7)));
    assertEquals(OptionalInt.of(2), derived(DECLARED, Answer.of("dk.aarhus:CRIME_TEN", 7),
        Answer.of("dk.aarhus:CRIME_CHARGES", 1)));
  }

  @Test
  void the_recorded_area_score_wins_and_old_answers_are_unchanged() {
    Answer both = Answer.builder().dimension("CRIME").value(2).addItems(Answer.of("Q1", 5)).build();
    assertEquals(OptionalInt.of(2), CRIME.score(both));
    assertEquals(OptionalInt.of(5), CRIME.derivedScore(both));
    assertEquals(OptionalInt.of(3), CRIME.score(Answer.of("CRIME", 3)));
    assertEquals(OptionalInt.empty(), CRIME.score(Answer.notAssessed("CRIME")));
    InstrumentResponse r = response(LocalDate.of(2026, 1, 10), Answer.withItems("CRIME", Answer.of("Q1", 3),
        Answer.of("Q2", 4)));
    assertEquals(OptionalInt.empty(), r.score("CRIME")); // nothing recorded
    assertEquals(OptionalInt.of(4), Instruments.DIALOGUE_FORM.score(r, "CRIME"));
    assertEquals(List.of(), Instruments.DIALOGUE_FORM.validate(r));
  }

  @Test
  void questions_are_checked_against_the_instrument() {
    Instrument own = Instrument.builder().id("dk.aarhus:DIALOGUE").version(1).nameDa("Dialog").nameEn("Dialogue")
        .addDimensions(DECLARED).build();
    InstrumentResponse r = InstrumentResponse.builder().id("r9").instrumentId(own.id()).instrumentVersion(1)
        .date(LocalDate.of(2026, 1, 10)).addAnswers(Answer.builder().dimension("CRIME").value(3)
            .addItems(Answer.of("dk.aarhus:CRIME_CHARGES", 2), Answer.of("dk.aarhus:UNKNOWN", 1)).build())
        .build();
    assertEquals(List.of("answers[0].items[0].value OUT_OF_RANGE", "answers[0].items[1].dimension UNKNOWN_REFERENCE"),
        summary(own.validate(r)));
    // the built-in form declares no questions: own codes are accepted on the area's scale
    InstrumentResponse b = response(LocalDate.of(2026, 1, 10), Answer.builder().dimension("CRIME")
        .addItems(Answer.of("dk.aarhus:Q1", 6), Answer.of("not a code", 3)).build());
    assertEquals(List.of("answers[0].items[0].value OUT_OF_RANGE", "answers[0].items[1].dimension INVALID_FORMAT"),
        summary(Instruments.DIALOGUE_FORM.validate(b)));
  }

  @Test
  void structure_refuses_nested_questions_and_duplicates() {
    StructuralViolationException e = assertThrows(StructuralViolationException.class, () -> Dimension.builder()
        .code("CRIME").labelDa("K").labelEn("C").scaleMin(1).scaleMax(5).addItems(DECLARED, q("CRIME", 1, 5,
            Polarity.HIGHER_IS_BETTER)).build());
    // DECLARED has questions of its own, and its code (CRIME) is the dimension's; so is the second question's
    assertEquals(List.of("items[0].items INCONSISTENT", "items[0].code DUPLICATE_ID", "items[1].code DUPLICATE_ID"),
        summary(e.violations()));
    StructuralViolationException a = assertThrows(StructuralViolationException.class, () -> Answer.builder()
        .dimension("CRIME").addItems(Answer.withItems("Q1", Answer.of("Q2", 1)), Answer.of("Q1", 2)).build());
    assertEquals(List.of("items[0].items INCONSISTENT", "items[1].dimension DUPLICATE_ID"), summary(a.violations()));
  }

  @Test
  void outcome_measures_use_the_derived_area_score() {
    // first response: CRIME from its questions 3 and 4 → 4; latest: CRIME recorded 5 → progress, +1
    Course c = withResponses(Fixtures.aftercare(),
        response(Fixtures.START, Answer.withItems("CRIME", Answer.of("Q1", 3), Answer.of("Q2", 4))),
        response(Fixtures.START.plusMonths(6), Answer.of("CRIME", 5)));
    CohortRecord rec = CohortRecord.from(c, Fixtures.D);
    CohortRecord.ResponseRecord first = rec.responsesTo("DIALOGUE_FORM").get(0);
    assertEquals(4, first.scores().get("CRIME"));
    assertFalse(first.notAssessed().contains("CRIME"));
    // O-01 baseline mean for CRIME over this one young person: 4.0
    assertEquals(4.0, Measures.baselineMeans("DIALOGUE_FORM").of(List.of(rec)).get("CRIME").value(), 1e-9);
    // questions all not assessed and no area score: the area is not assessed
    Course none = withResponses(Fixtures.aftercare(), response(Fixtures.START,
        Answer.withItems("CRIME", Answer.notAssessed("Q1"))));
    assertTrue(CohortRecord.from(none, Fixtures.D).responsesTo("DIALOGUE_FORM").get(0).notAssessed()
        .contains("CRIME"));
  }

  // ------------------------------------------------------------------ R-DIALOGUE-01

  /** The clean course with one more response: CRIME recorded {@code recorded}, its questions 1 and 1 (→ 1). */
  static Course withMismatch(int recorded) {
    return withResponses(Fixtures.aftercare(), response(Fixtures.START.plusMonths(3), Answer.builder()
        .dimension("CRIME").value(recorded).addItems(Answer.of("Q1", 1), Answer.of("Q2", 1)).build()));
  }

  @Test
  void a_recorded_score_far_from_its_questions_gives_a_warning() {
    // recorded 2, questions give 1: one point apart → no finding; recorded 3: two points → SAM-8011
    assertFalse(LawDeadlinesTest.codes(withMismatch(2), Fixtures.D).contains("SAM-8011"));
    Finding f = LawDeadlinesTest.RULES.evaluate(withMismatch(3), Fixtures.D).stream()
        .filter(x -> x.code().equals("SAM-8011")).findFirst().orElseThrow();
    assertEquals("responses[2].answers[0].value", f.path());
    assertEquals(List.of("CRIME", Fixtures.START.plusMonths(3).toString(), "3", "1"), f.args());
    assertEquals("R-DIALOGUE-01", f.ruleId());
    // the recorded score stays the score
    assertEquals(3, CohortRecord.from(withMismatch(3), Fixtures.D).responses().get(1).scores().get("CRIME"));
  }

  static InstrumentResponse response(LocalDate date, Answer... answers) {
    return InstrumentResponse.builder().id("r-" + date).instrumentId("DIALOGUE_FORM").instrumentVersion(1)
        .date(date).addAnswers(answers).build();
  }

  static Course withResponses(Course c, InstrumentResponse... more) {
    List<InstrumentResponse> rs = new ArrayList<>(c.responses());
    rs.addAll(List.of(more));
    return ImmutableCourse.copyOf(c).withResponses(rs);
  }

  static List<String> summary(List<Violation> vs) {
    return vs.stream().map(v -> v.path() + " " + v.code()).collect(Collectors.toList());
  }
}
