package dk.samarbejdsmodel.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentProvider;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.model.TestPlugin;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.TestRules;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Two catalogues with different plugins, side by side in one JVM; the checks that need a catalogue. */
class CatalogueTest {

  static final LocalDate START = LocalDate.of(2025, 5, 1);

  /** A second municipality's plugin: a well-being thermometer scored 0–10, lower is better. */
  static final class OdensePlugin implements InstrumentProvider {
    static final Instrument THERMOMETER = Instrument.builder().id("dk.odense:THERMOMETER").version(1)
        .nameDa("Trivselstermometer").nameEn("Well-being thermometer")
        .addDimensions(Dimension.builder().code("dk.odense:WORRY").labelDa("Bekymring").labelEn("Worry")
            .scaleMin(0).scaleMax(10).polarity(Polarity.LOWER_IS_BETTER).build())
        .build();

    @Override
    public List<Instrument> instruments() {
      return List.of(THERMOMETER);
    }
  }

  static final Catalogue AARHUS = Catalogue.builder().addBuiltIns().addPlugin(new TestPlugin())
      .addPlugin(new TestRules()).build();
  static final Catalogue ODENSE = Catalogue.builder().addBuiltIns().addPlugin(new OdensePlugin()).build();

  static InstrumentResponse response(String id, Instrument instrument, int value) {
    InstrumentResponse.Builder b = InstrumentResponse.builder().id(id).instrumentId(instrument.id())
        .instrumentVersion(instrument.version()).date(START.plusMonths(1));
    instrument.dimensions().forEach(d -> b.addAnswers(Answer.of(d.code(), value)));
    return b.build();
  }

  /** An AFTERCARE course (its programme names only the dialogue form) with responses to other instruments. */
  static Course course(InstrumentResponse... responses) {
    return Course.builder().id("c-1").programme(Programmes.AFTERCARE).municipality(Municipality.of("751", "Aarhus"))
        .youngPerson(YoungPerson.builder().id("yp").birthDate(LocalDate.of(2009, 4, 2)).build())
        .startDate(START)
        .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build())
        .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
        .addResponses(responses)
        .build();
  }

  @Test
  void a_course_builds_without_a_catalogue_and_each_catalogue_checks_it_against_what_it_knows() {
    Course stu = course(response("r1", TestPlugin.STU_FORM, 3));
    Course odense = course(response("r1", OdensePlugin.THERMOMETER, 7));

    assertEquals(List.of(), AARHUS.check(stu));
    assertEquals(List.of(), ODENSE.check(odense));
    assertEquals(List.of(Violation.of("responses[0].instrumentId", StructuralCode.UNKNOWN_REFERENCE,
        "dk.test:STU_FORM version 1")), ODENSE.check(stu));
    assertEquals(List.of(Violation.of("responses[0].instrumentId", StructuralCode.UNKNOWN_REFERENCE,
        "dk.odense:THERMOMETER version 1")), AARHUS.check(odense));
    StructuralViolationException e = assertThrows(StructuralViolationException.class, () -> ODENSE.requireFits(stu));
    assertEquals("Course", e.type());
  }

  @Test
  void a_response_that_does_not_fit_its_plugin_instrument_is_reported_with_its_path() {
    Course bad = course(response("r1", OdensePlugin.THERMOMETER, 11));
    assertEquals(List.of(Violation.of("responses[0].answers[0].value", StructuralCode.OUT_OF_RANGE, 0, 10)),
        ODENSE.check(bad));
    assertEquals(List.of(Violation.of("answers[0].value", StructuralCode.OUT_OF_RANGE, 0, 10)),
        ODENSE.check(bad.responses().get(0)));
    assertEquals(List.of(), ODENSE.check(course(response("r1", OdensePlugin.THERMOMETER, 10)).responses().get(0)));
  }

  @Test
  void an_unknown_programme_is_the_catalogues_to_report() {
    Course stu = Course.builder().from(course()).programme(TestPlugin.STU).build();
    assertEquals(List.of(), AARHUS.check(stu));
    assertEquals(List.of(Violation.of("programme", StructuralCode.UNKNOWN_REFERENCE, "dk.test:STU")),
        ODENSE.check(stu));
  }

  @Test
  void rules_labels_and_cohort_records_follow_the_catalogue_they_are_given() throws Exception {
    Course stu = course(response("r1", TestPlugin.STU_FORM, 3));
    LocalDate d = START.plusMonths(2);
    // run the two side by side
    CompletableFuture<List<Finding>> a = CompletableFuture.supplyAsync(() -> AARHUS.evaluator().evaluate(stu, d));
    CompletableFuture<List<Finding>> o = CompletableFuture.supplyAsync(() -> ODENSE.evaluator().evaluate(stu, d));
    assertTrue(a.get().stream().anyMatch(f -> f.code().equals("dk.test:ADULT-01")));
    assertTrue(o.get().stream().noneMatch(f -> f.code().startsWith("dk.test:")));
    assertEquals(Catalogue.builtIn().evaluator().evaluate(stu, d), o.get());

    assertEquals("Fritid", AARHUS.label(LifeArea.of("dk.test:LEISURE"), Labels.DANISH));
    assertEquals("dk.test:LEISURE", ODENSE.label(LifeArea.of("dk.test:LEISURE"), Labels.DANISH));
    assertEquals("Samarbejdsmodellen for STU-elever", AARHUS.label("Programme", "dk.test:STU", Labels.DANISH));
    assertEquals(Labels.label("Programme", "AFTERCARE", Labels.DANISH),
        Catalogue.builtIn().label("Programme", "AFTERCARE", Labels.DANISH), "the SDK's bundles come first");

    Course worry = course(response("r1", OdensePlugin.THERMOMETER, 7));
    assertEquals(Polarity.LOWER_IS_BETTER,
        CohortRecord.from(worry, d, ODENSE).responses().get(0).polarity("dk.odense:WORRY"));
    assertEquals(Polarity.HIGHER_IS_BETTER,
        CohortRecord.from(worry, d).responses().get(0).polarity("dk.odense:WORRY"), "unknown: the default");
  }

  @Test
  void standard_is_discovered_once_and_builders_refuse_duplicates() {
    assertSame(Catalogue.standard(), Catalogue.standard());
    assertEquals(Catalogue.builtIn().programmes(), Catalogue.standard().programmes(),
        "no plugin on the SDK's own class path");
    assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addProgramme(Programmes.AFTERCARE).build());
    assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addPlugin(new TestRules()).addPlugin(new TestRules()).build());
    assertThrows(IllegalArgumentException.class, () -> Catalogue.builder().addPlugin("not a plugin"));
    Catalogue more = AARHUS.toBuilder().addPlugin(new OdensePlugin()).build();
    assertTrue(more.instrument("dk.odense:THERMOMETER", 1).isPresent());
    assertTrue(more.instrument("dk.test:STU_FORM", 1).isPresent());
    assertEquals(AARHUS.rules().rules(), more.rules().rules());
  }
}
