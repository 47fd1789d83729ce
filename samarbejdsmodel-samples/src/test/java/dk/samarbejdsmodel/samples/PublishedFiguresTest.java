package dk.samarbejdsmodel.samples;

import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.CostModel;
import dk.samarbejdsmodel.core.outcome.DimensionRef;
import dk.samarbejdsmodel.core.outcome.FidelityBand;
import dk.samarbejdsmodel.core.outcome.FidelityScore;
import dk.samarbejdsmodel.core.outcome.Grouped;
import dk.samarbejdsmodel.core.outcome.Grouping;
import dk.samarbejdsmodel.core.outcome.HalfYearStatus;
import dk.samarbejdsmodel.core.outcome.HousingOutcomes;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.StatusPoint;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.stats.Rounding;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S2, S4 and S1 figures and the Wilson test vector of reference-tables.md. */
class PublishedFiguresTest {

  @Test
  @DisplayName("Wilson test vector: 44 of 71 → 62.0%, 95% Wilson interval 50.3%–72.4%")
  void wilson_test_vector() {
    Share s = Share.of(44, 71, "test vector");
    assertEquals("62%", s.text());
    assertEquals("62.0", Rounding.oneDecimal(s.proportion() * 100, Locale.ENGLISH));
    assertEquals("50.3", Rounding.oneDecimal(s.lower() * 100, Locale.ENGLISH));
    assertEquals("72.4", Rounding.oneDecimal(s.upper() * 100, Locale.ENGLISH));
    assertEquals("50,3–72,4%", s.intervalText(Labels.DANISH));
    // the closed form of the Wilson score interval, as a cross-check of the library call
    double p = 44.0 / 71;
    double z = 1.959963984540054;
    double centre = (p + z * z / (2 * 71)) / (1 + z * z / 71);
    double half = z / (1 + z * z / 71) * Math.sqrt(p * (1 - p) / 71 + z * z / (4.0 * 71 * 71));
    assertEquals(centre - half, s.lower(), 1e-12);
    assertEquals(centre + half, s.upper(), 1e-12);
  }

  @Test
  @DisplayName("S2: 62% in education, 10% in a job, 1% both, of 71 (44, 7, 1)")
  void s2_education_job_both() {
    List<CohortRecord> records = CohortRecord.from(SampleCohort.mentalHealth(SampleCohort.DEFAULT_SEED),
        LocalDate.of(2018, 12, 31));
    Distribution d = Measures.educationAndJob(StatusPoint.LATEST).of(records);
    assertEquals(71, d.n());
    assertEquals(44, d.count("EDUCATION"));
    assertEquals(7, d.count("JOB"));
    assertEquals(1, d.count("BOTH"));
    assertEquals("62%", d.share("EDUCATION").text());
    assertEquals("10%", d.share("JOB").text());
    assertEquals("1%", d.share("BOTH").text());
    HalfYearStatus h = Measures.halfYearStatus(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31)).of(records);
    assertEquals(71, h.enrolled());
    assertEquals("62%", h.educationAndJob().share("EDUCATION").text());
  }

  static final DimensionRef DAILY = new DimensionRef("S4_STABILITY", "DAILY_LIFE_COMPETENCE");
  static final DimensionRef FINANCES = new DimensionRef("S4_STABILITY", "PERSONAL_FINANCES");

  @Test
  @DisplayName("S4 housing outcomes: 73% in housing, 20% homeless; 29% education/employment; 34% daily life; 37% finances")
  void s4_housing_outcomes() {
    List<CohortRecord> records = CohortRecord.from(SampleCohort.homelessness(SampleCohort.DEFAULT_SEED),
        SampleCohort.S4_AS_OF);
    HousingOutcomes h = Measures.housingOutcomes(DAILY, FINANCES).of(records);
    assertEquals("73%", h.housing().share("IN_HOUSING").text());
    assertEquals("20%", h.housing().share("HOMELESS").text());
    assertEquals("29%", h.educationOrEmployment().text());
    assertEquals("34%", h.dailyLifeImproved().text());
    assertEquals("37%", h.financesImproved().text());
    assertEquals(100, h.housing().n());
    assertTrue(h.measurementPoint().contains("end"));
    // not-yet-ended courses and courses outside a housing programme are excluded, and counted
    List<CohortRecord> early = CohortRecord.from(SampleCohort.homelessness(SampleCohort.DEFAULT_SEED),
        LocalDate.of(2018, 1, 1));
    HousingOutcomes e = Measures.housingOutcomes(DAILY, FINANCES).of(early);
    assertTrue(e.housing().exclusions().stream().anyMatch(x -> x.reason() == ExclusionReason.NOT_ENDED));
    HousingOutcomes none = Measures.housingOutcomes(DAILY, FINANCES).of(S0ReproductionTest.RECORDS);
    assertEquals(List.of(Exclusion.of(ExclusionReason.NO_HOUSING_SUPPORT, 180)), none.housing().exclusions());
  }

  @Test
  @DisplayName("S4 cost figures: 131 h (56 coordinator), CTI 106, ICM 226; ~29 per coordinator; course hours")
  void s4_cost_figures() {
    CostModel sm = CostModel.samarbejdsmodellen();
    assertEquals(new BigDecimal("127.725"), sm.courseHours());
    assertEquals("29.0", Rounding.round(sm.coursesPerFullTimeCoordinator().doubleValue(), 1).toPlainString());
    assertEquals(0, new BigDecimal("1624").compareTo(BigDecimal.valueOf(29 * 56)));
    assertEquals(new BigDecimal("79.5"), CostModel.cti().courseHours());
    assertEquals(0, new BigDecimal("244.8333333333").compareTo(CostModel.icm().courseHours()));
    assertEquals(java.util.Optional.of(3L), CostModel.icm().workersNeeded(17));
    assertEquals(java.util.Optional.of(2L), CostModel.cti().workersNeeded(20));
    assertEquals(0, BigDecimal.ONE.compareTo(sm.coordinatorFte(29)));
    assertEquals(0, new BigDecimal("1.61330049").compareTo(sm.fte(20).setScale(8, java.math.RoundingMode.HALF_UP)));
    assertEquals(new BigDecimal("57476.25"), sm.costPerCourse(new BigDecimal("450")));
    assertEquals(new BigDecimal("58950"), sm.costPerYear(new BigDecimal("450")));
    assertThrows(IllegalArgumentException.class, () -> sm.costPerCourse(null));
    assertThrows(IllegalArgumentException.class, () -> sm.costPerYear(BigDecimal.ZERO));
  }

  @Test
  @DisplayName("S1 fidelity: N = 80, three projects above 4 (high), three between 3 and 4 (some degree)")
  void s1_fidelity_bands() {
    List<CohortRecord> records = CohortRecord.from(SampleCohort.ngoFidelity(SampleCohort.DEFAULT_SEED),
        LocalDate.of(2021, 1, 1));
    Grouped<FidelityScore> g = Measures.fidelity("S1_FIDELITY", Grouping.MUNICIPALITY).of(records);
    assertEquals(80, g.total().responses());
    assertEquals(3, g.groups().values().stream().filter(s -> s.band() == FidelityBand.HIGH).count());
    assertEquals(3, g.groups().values().stream().filter(s -> s.band() == FidelityBand.SOME_DEGREE).count());
    assertEquals(63.0 / 14, g.groups().get("101").score(), 1e-12);
    assertEquals(FidelityBand.SOME_DEGREE, FidelityBand.of(4.0));
    assertEquals(FidelityBand.SOME_DEGREE, FidelityBand.of(3.0));
    assertEquals(FidelityBand.LOW, FidelityBand.of(2.99));
    assertEquals(FidelityBand.HIGH, FidelityBand.of(4.01));
  }

  @Test
  @DisplayName("S1 psychological well-being before → after (n = 377 pairs): 51.5% improved, 16.7% status quo, 31.8% declined")
  void s1_wellbeing_change() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    List<dk.samarbejdsmodel.core.course.Course> courses = new java.util.ArrayList<>();
    LocalDate start = LocalDate.of(2021, 1, 4);
    for (int i = 0; i < 377; i++) {
      int first = 1 + r.nextInt(3);
      int after = i < 194 ? first + 1 : i < 194 + 63 ? first : Math.max(1, first - 1);
      if (i >= 257 && first == 1) {
        first = 2;
        after = 1;
      }
      String id = "s1-" + i;
      courses.add(dk.samarbejdsmodel.core.course.Course.builder().id(id)
          .programme(dk.samarbejdsmodel.core.programme.Programmes.AFTERCARE)
          .municipality(dk.samarbejdsmodel.core.people.Municipality.of("101", "København"))
          .youngPerson(dk.samarbejdsmodel.core.people.YoungPerson.builder().id(id + "-yp")
              .birthDate(LocalDate.of(2008, 1, 1)).build())
          .startDate(start)
          .addResponses(response(id + "-1", start, first), response(id + "-2", start.plusMonths(6), after))
          .build());
    }
    Distribution d = Measures.change("S1_QUESTIONNAIRE", ChangeClassifier.DEFAULT)
        .of(CohortRecord.from(courses, LocalDate.of(2022, 1, 1))).get("PSYCHOLOGICAL_WELLBEING");
    assertEquals(377, d.n());
    assertEquals("51.5%", d.share("PROGRESS").text(1, Locale.ENGLISH));
    assertEquals("16.7%", d.share("STATUS_QUO").text(1, Locale.ENGLISH));
    assertEquals("31,8%", d.share("DECLINE").text(1, Labels.DANISH));
  }

  static dk.samarbejdsmodel.core.instrument.InstrumentResponse response(String id, LocalDate date, int score) {
    return dk.samarbejdsmodel.core.instrument.InstrumentResponse.builder().id(id).instrumentId("S1_QUESTIONNAIRE")
        .instrumentVersion(1).date(date)
        .addAnswers(dk.samarbejdsmodel.core.instrument.Answer.of("PSYCHOLOGICAL_WELLBEING", score)).build();
  }
}
