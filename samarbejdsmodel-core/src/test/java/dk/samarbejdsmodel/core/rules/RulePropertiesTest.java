package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.Ages;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.PersonalData;
import dk.samarbejdsmodel.testkit.SamGen;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of rule evaluation, schedules and due items over generated courses. */
class RulePropertiesTest {

  static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn());

  static Gen<Integer> offsets() {
    return SourceDSL.integers().between(-60, 1500);
  }

  @Test
  void evaluation_is_total_and_leaks_no_personal_data() {
    qt().withExamples(1000).forAll(SamGen.courses(), offsets()).checkAssert((c, k) -> {
      LocalDate d = c.startDate().plusDays(k);
      List<Finding> findings = RULES.evaluate(c, d);
      assertTrue(findings.stream().noneMatch(f -> f.code().equals("SAM-0000")), () -> "a rule threw: " + findings);
      findings.forEach(f -> {
        assertEquals(c.id(), f.courseId().orElseThrow());
        assertFalse(f.messageDa().isBlank() || f.messageEn().isBlank());
      });
      Set<String> secrets = PersonalData.of(c);
      PersonalData.assertNoneIn(findings.toString(), secrets);
      PersonalData.assertNoneIn(findings.stream().map(Finding::messageDa).collect(Collectors.joining()), secrets);
      List<DueItem> items = DueItems.of(c, d);
      for (int i = 1; i < items.size(); i++) {
        assertFalse(items.get(i).dueDate().isBefore(items.get(i - 1).dueDate()), "due items are sorted");
      }
      StartUpReport report = StartUpReport.of(c, d);
      assertTrue(report.steps().stream().filter(s -> s.status() == StepStatus.NEXT).count() <= 1);
      MeetingSchedule s = MeetingSchedule.of(c, d);
      assertTrue(s.heldCount() <= s.expectedCount());
      assertEquals(CourseLifecycleTest.expectedState(c, d), c.state(d));
    });
  }

  @Test
  void caseload_evaluation_is_total() {
    qt().withExamples(30).forAll(SamGen.cohorts(12), offsets()).checkAssert((cs, k) -> {
      LocalDate d = LocalDate.of(2020, 1, 1).plusDays(k * 3L);
      List<Finding> all = RULES.evaluateCaseload(cs, d);
      int own = cs.stream().mapToInt(c -> RULES.evaluate(c, d).size()).sum();
      assertTrue(all.size() >= own);
    });
  }

  /** Birth dates from 1998 to 2012, one in ten a 29 February. */
  static Gen<LocalDate> birthDates() {
    return SourceDSL.integers().between(0, 14 * 365).zip(SourceDSL.integers().between(0, 9),
        (n, leap) -> leap == 0 ? LocalDate.of(2000 + 4 * (n % 3), 2, 29) : LocalDate.of(1998, 1, 1).plusDays(n));
  }

  /** A bare course: a young person born on a date, starting some days after the programme's start age. */
  static Course bare(Programme p, LocalDate birth, int daysAfterStartAge) {
    LocalDate start = Ages.dateAtAge(birth, Period.ofYears(p.minStartAge().orElse(15))).plusDays(daysAfterStartAge);
    return Course.builder().id("c").programme(p).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id("yp").birthDate(birth).build()).startDate(start).build();
  }

  @Test
  void milestone_dates_follow_the_age_arithmetic() {
    qt().withExamples(1000).forAll(birthDates(), SourceDSL.integers().between(0, 1500), offsets())
        .checkAssert((birth, late, k) -> {
          Course c = bare(Programmes.AFTERCARE, birth, late);
          List<String> expected = new java.util.ArrayList<>();
          for (DueMeeting m : MeetingSchedule.of(c, c.startDate().plusDays(k)).dueMeetings()) {
            assertFalse(m.dueDate().isBefore(c.startDate()), "no milestone before the start is scheduled");
            expected.add(m.label());
            switch (m.label()) {
              case "16" -> {
                assertEquals(16, c.ageOn(m.dueDate()));
                assertEquals(15, c.ageOn(m.dueDate().minusDays(1)));
              }
              case "17½" -> {
                assertEquals(birth.plusMonths(17 * 12 + 6), m.dueDate());
                assertEquals(17, c.ageOn(m.dueDate()));
              }
              case "18½" -> {
                assertEquals(birth.plusMonths(18 * 12 + 6), m.dueDate());
                assertEquals(18, c.ageOn(m.dueDate()));
              }
              default -> throw new AssertionError("unexpected milestone " + m.label());
            }
          }
          List<String> all = List.of("16", "17½", "18½");
          assertEquals(all.subList(all.size() - expected.size(), all.size()), expected,
              "exactly the milestones on or after the start");
        });
  }

  @Test
  void mental_health_meetings_are_quarterly_until_18_then_at_18_and_a_half() {
    qt().withExamples(500).forAll(birthDates(), SourceDSL.integers().between(0, 1200)).checkAssert((birth, late) -> {
      Course c = bare(Programmes.MENTAL_HEALTH, birth, late);
      LocalDate eighteen = Ages.dateAtAge(birth, Period.ofYears(18));
      List<DueMeeting> ms = MeetingSchedule.of(c, c.startDate()).dueMeetings();
      int quarterly = 0;
      for (DueMeeting m : ms) {
        if (m.ageMilestone()) {
          assertEquals("18½", m.label());
          assertEquals(18, c.ageOn(m.dueDate()));
        } else {
          quarterly++;
          assertEquals(c.startDate().plusMonths(3L * quarterly), m.dueDate(), "quarterly from the start");
          assertTrue(m.dueDate().isBefore(eighteen));
        }
      }
      assertFalse(c.startDate().plusMonths(3L * (quarterly + 1)).isBefore(eighteen), "none left out before 18");
    });
  }

  static Set<String> keys(List<Finding> fs) {
    return fs.stream().map(f -> f.code() + "@" + f.path()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * When only the date moves on, and by less than the earliest due item, no new finding appears: a course with
   * no findings keeps none, and in general the findings can only shrink. Every time-driven finding is announced
   * by a due item.
   */
  @Test
  void no_new_findings_before_the_next_due_item() {
    AtomicInteger tested = new AtomicInteger();
    AtomicInteger clean = new AtomicInteger();
    qt().withExamples(1000).forAll(SamGen.courses(), SourceDSL.integers().between(0, 1200),
        SourceDSL.integers().between(1, 1000)).checkAssert((full, k, step) -> {
          LocalDate d = full.startDate().plusDays(k);
          Course c = KnownOn.course(full, d);
          List<DueItem> items = DueItems.of(c, d);
          LocalDate next = items.isEmpty() ? d.plusDays(5000) : items.get(0).dueDate();
          long room = ChronoUnit.DAYS.between(d, next) - 1;
          if (room < 1) {
            return;
          }
          LocalDate later = d.plusDays(1 + (step % room));
          Set<String> before = keys(RULES.evaluate(c, d));
          Set<String> after = keys(RULES.evaluate(c, later));
          tested.incrementAndGet();
          if (before.isEmpty()) {
            clean.incrementAndGet();
          }
          Set<String> added = new TreeSet<>(after);
          added.removeAll(before);
          assertEquals(Set.of(), added, () -> "new findings between " + d + " and " + later + " before " + next);
        });
    assertTrue(tested.get() > 200, () -> "too few examples had room before the next due item: " + tested);
  }

  @Test
  void the_clean_course_keeps_no_findings_until_its_next_due_item() {
    Course c = Fixtures.aftercare();
    LocalDate next = DueItems.of(c, Fixtures.D).get(0).dueDate();
    assertEquals(LocalDate.of(2026, 6, 29), next, "the agreed next meeting");
    for (LocalDate d = Fixtures.D; d.isBefore(next); d = d.plusDays(1)) {
      assertEquals(List.of(), RULES.evaluate(c, d), d.toString());
    }
    Course h = Fixtures.homelessness();
    LocalDate nextH = DueItems.of(h, Fixtures.D).get(0).dueDate();
    assertEquals(LocalDate.of(2026, 6, 29), nextH);
    for (LocalDate d = Fixtures.D; d.isBefore(nextH); d = d.plusDays(1)) {
      assertEquals(List.of(), RULES.evaluate(h, d), d.toString());
    }
  }
}
