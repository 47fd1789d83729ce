package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.report.Cell;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.MarkdownReport;
import dk.samarbejdsmodel.core.outcome.report.ReportOptions;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.PairedTest;
import dk.samarbejdsmodel.core.outcome.stats.Rounding;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.outcome.stats.ZeroDifferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.PersonalData;
import dk.samarbejdsmodel.testkit.RandomCourses;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Definitions of the measures on small hand-made cohorts: polarity, thresholds, exclusions, tests, privacy. */
class MeasuresTest {

  static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** A course with dialogue responses (one map of area scores per response, null = not assessed). */
  static Course course(String id, LocalDate birth, List<Map<String, Integer>> responses) {
    Course.Builder b = Course.builder().id(id).programme(Programmes.AFTERCARE)
        .municipality(Municipality.of("101", "København"))
        .youngPerson(YoungPerson.builder().id(id + "-yp").birthDate(birth).build()).startDate(START)
        .addProfessionals(Professional.builder().id("k1").role(ParticipantRole.COORDINATOR).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("k1", START));
    for (int i = 0; i < responses.size(); i++) {
      InstrumentResponse.Builder r = InstrumentResponse.builder().id(id + "-r" + i).instrumentId("DIALOGUE_FORM")
          .instrumentVersion(1).date(START.plusMonths(3L * i));
      responses.get(i).forEach((k, v) -> r.addAnswers(v == null ? Answer.notAssessed(k) : Answer.of(k, v)));
      b.addResponses(r.build());
    }
    return b.build();
  }

  static Map<String, Integer> crime(Integer v) {
    java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
    m.put("CRIME", v);
    return m;
  }

  @Test
  void change_classification_is_polarity_aware_with_a_threshold() {
    assertEquals(ChangeClass.PROGRESS, ChangeClassifier.DEFAULT.classify(2, 3, Polarity.HIGHER_IS_BETTER));
    assertEquals(ChangeClass.DECLINE, ChangeClassifier.DEFAULT.classify(2, 3, Polarity.LOWER_IS_BETTER));
    assertEquals(ChangeClass.STATUS_QUO, ChangeClassifier.DEFAULT.classify(3, 3, Polarity.LOWER_IS_BETTER));
    assertEquals(ChangeClass.STATUS_QUO, ChangeClassifier.withThreshold(2).classify(2, 3, Polarity.HIGHER_IS_BETTER));
    assertEquals(ChangeClass.DECLINE, ChangeClassifier.withThreshold(2).classify(4, 2, Polarity.HIGHER_IS_BETTER));
    assertThrows(IllegalArgumentException.class, () -> ChangeClassifier.withThreshold(0));
  }

  @Test
  void change_excludes_and_counts_young_people_with_fewer_than_two_responses_and_not_assessed_areas() {
    LocalDate birth = LocalDate.of(2004, 5, 1);
    List<CohortRecord> records = CohortRecord.from(List.of(
        course("a", birth, List.of(crime(3), crime(2), crime(5))),
        course("b", birth, List.of(crime(4))),
        course("c", birth, List.of()),
        course("d", birth, List.of(crime(null), crime(4))),
        course("e", birth, List.of(crime(4), crime(4)))), LocalDate.of(2021, 1, 1));
    Distribution d = Measures.change("DIALOGUE_FORM", ChangeClassifier.DEFAULT).of(records).get("CRIME");
    assertEquals(2, d.n());
    assertEquals(1, d.count("PROGRESS"), "first 3 → latest 5, the middle response is ignored");
    assertEquals(1, d.count("STATUS_QUO"));
    assertEquals(List.of(Exclusion.of(ExclusionReason.NO_RESPONSE, 1), Exclusion.of(ExclusionReason.ONE_RESPONSE_ONLY, 1),
        Exclusion.of(ExclusionReason.NOT_ASSESSED, 1)), d.exclusions());
    assertEquals(Map.of("CRIME", ChangeClass.PROGRESS), Measures.changes(records.get(0), "DIALOGUE_FORM",
        ChangeClassifier.DEFAULT));
    Mean baseline = Measures.baselineMeans("DIALOGUE_FORM").of(records).get("CRIME");
    assertEquals(3, baseline.n());
    assertEquals(11, baseline.sum());
    assertEquals(List.of(Exclusion.of(ExclusionReason.NO_RESPONSE, 1), Exclusion.of(ExclusionReason.NOT_ASSESSED, 1)),
        baseline.exclusions());
  }

  @Test
  void paired_tests_declare_and_apply_the_zero_difference_convention() {
    LocalDate birth = LocalDate.of(2004, 5, 1);
    int[][] pairs = {{3, 3}, {2, 2}, {1, 2}, {2, 4}, {3, 2}, {1, 4}, {2, 5}, {1, 3}, {4, 4}};
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < pairs.length; i++) {
      courses.add(course("c" + i, birth, List.of(crime(pairs[i][0]), crime(pairs[i][1]))));
    }
    List<CohortRecord> records = CohortRecord.from(courses, LocalDate.of(2021, 1, 1));
    PairedTest w = Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.WILCOX).of(records).get("CRIME");
    PairedTest p = Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.PRATT).of(records).get("CRIME");
    assertEquals(9, w.pairs());
    assertEquals(3, w.zeros());
    assertEquals(5, w.improved());
    assertEquals(1, w.worsened());
    // differences 1, 2, -1, 3, 3, 2: ranks 1.5, 3.5, 1.5, 5.5, 5.5, 3.5 → W+ = 19.5 (zeros discarded)
    assertEquals(19.5, w.wilcoxonStatistic(), 1e-12);
    // Pratt: the three zeros take ranks 1–3, the others shift by 3 → W+ = 19.5 + 5 × 3
    assertEquals(34.5, p.wilcoxonStatistic(), 1e-12);
    assertNotEquals(w.wilcoxonP(), p.wilcoxonP());
    // sign test: 5 of 6 non-zero pairs improved → two-sided exact p = 2 × 7/64
    assertEquals(0.21875, w.signP(), 1e-12);
    assertEquals(w.signP(), p.signP(), 1e-12);
    assertTrue(w.smallN());
    assertTrue(w.method().contains("WILCOX"));
    assertTrue(w.exclusions().contains(Exclusion.of(ExclusionReason.ZERO_DIFFERENCE, 3)));
    assertFalse(p.exclusions().stream().anyMatch(x -> x.reason() == ExclusionReason.ZERO_DIFFERENCE));
    assertEquals(19.0 / 9, w.first().value(), 1e-12);
  }

  @Test
  void rounding_is_half_up_on_exact_values() {
    assertEquals(3, Rounding.percent(5, 200));   // 2.5% → 3%
    assertEquals(1, Rounding.percent(1, 200));   // 0.5% → 1%
    assertEquals(0, Rounding.percent(1, 201));
    assertEquals("3,3", Mean.of(33, 10, "x").text(Labels.DANISH));
    assertEquals("0.3", Mean.of(1, 4, "x").text(Locale.ENGLISH)); // 0.25 → 0.3
    assertEquals("–", Share.of(0, 0, "x").text());
    assertTrue(Double.isNaN(Share.of(0, 0, "x").lower()));
  }

  @Test
  void the_pseudonymiser_is_keyed_stable_and_needs_a_long_key() {
    byte[] key = "a sixteen+ byte secret key".getBytes(StandardCharsets.UTF_8);
    Pseudonymiser p = Pseudonymiser.withKey(key);
    Course c = RandomCourses.course(7);
    CohortRecord a = p.record(c, LocalDate.of(2040, 1, 1));
    CohortRecord b = Pseudonymiser.withKey(key).record(c, LocalDate.of(2040, 1, 1));
    assertEquals(a, b);
    assertEquals(32, a.courseId().length());
    assertNotEquals(c.id(), a.courseId());
    assertNotEquals(a.courseId(), Pseudonymiser.withKey("another sixteen-byte key".getBytes(StandardCharsets.UTF_8))
        .record(c, LocalDate.of(2040, 1, 1)).courseId());
    assertNotEquals(p.pseudonym("course", "x"), p.pseudonym("young-person", "x"));
    assertThrows(IllegalArgumentException.class, () -> Pseudonymiser.withKey(new byte[15]));
    assertFalse(p.toString().contains("secret"));
    PersonalData.assertNoneIn(a.toString(), PersonalData.of(c));
    assertEquals(a.municipalityCode(), c.municipality().code());
    assertEquals(a.programmeId(), c.programme().id());
  }

  @Test
  void fixed_meetings_follow_the_programme_cadence() {
    // AFTERCARE: fixed meetings at 16, 17½ and 18½; a young person turning 16 on 2020-03-01
    LocalDate birth = LocalDate.of(2004, 3, 1);
    Course c = course("f", birth, List.of());
    c = c.recordMeeting(Meeting.builder().id("m1").kind(MeetingKind.NETWORK).date(LocalDate.of(2020, 2, 20)).build());
    CohortRecord early = CohortRecord.from(c, LocalDate.of(2020, 3, 15));
    assertEquals(1, early.fixedMeetingsDue(), "a meeting held in the window counts at once (MeetingSchedule)");
    assertEquals(1, early.fixedMeetingsHeld());
    Course unheld = course("g", birth, List.of());
    assertEquals(0, CohortRecord.from(unheld, LocalDate.of(2020, 2, 29)).fixedMeetingsDue(),
        "an unheld milestone is expected from its due date on, not before");
    assertEquals(1, CohortRecord.from(unheld, LocalDate.of(2020, 3, 1)).fixedMeetingsDue());
    CohortRecord later = CohortRecord.from(c, LocalDate.of(2021, 12, 31));
    assertEquals(2, later.fixedMeetingsDue());
    assertEquals(1, later.fixedMeetingsHeld());
    MeetingCompletion m = Measures.fixedMeetingCompletion().of(List.of(later));
    assertEquals("50%", m.overall().text());
    assertEquals(0, m.allHeld().count());
  }

  @Test
  void a_report_over_courses_with_personal_data_prints_none_of_it() {
    List<Course> courses = RandomCourses.courses(99, 15);
    LocalDate asOf = LocalDate.of(2040, 1, 1);
    CohortReport report = CohortReport.of(CohortRecord.from(courses, asOf), asOf);
    for (Locale locale : List.of(Labels.DANISH, Locale.ENGLISH)) {
      PersonalData.assertNoneIn(MarkdownReport.render(report, locale), PersonalData.of(courses));
    }
    PersonalData.assertNoneIn(report.toString(), PersonalData.of(courses));
  }
}
