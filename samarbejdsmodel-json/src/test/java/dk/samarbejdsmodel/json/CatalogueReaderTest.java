package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader checks against its own catalogue: a response to a plugin instrument is valid standalone and inside
 * a course when the reader's catalogue has the instrument, and refused in both when it has not.
 */
class CatalogueReaderTest {

  static final LocalDate START = LocalDate.of(2025, 5, 1);

  static final Instrument STU_FORM = Instrument.builder().from(Instruments.DIALOGUE_FORM).id("dk.test:STU_FORM")
      .addDimensions(Dimension.builder().code("dk.test:LEISURE").labelDa("Fritid").labelEn("Leisure")
          .scaleMin(1).scaleMax(5).build())
      .build();

  static final InstrumentResponse RESPONSE = response();

  static InstrumentResponse response() {
    InstrumentResponse.Builder b = InstrumentResponse.builder().id("r1").instrumentId(STU_FORM.id())
        .instrumentVersion(1).date(START.plusDays(14));
    STU_FORM.dimensions().forEach(d -> b.addAnswers(Answer.of(d.code(), 4)));
    return b.build();
  }

  static final Course COURSE = Course.builder().id("c-1").programme(Programmes.AFTERCARE)
      .municipality(Municipality.of("751", "Aarhus"))
      .youngPerson(YoungPerson.builder().id("yp").birthDate(LocalDate.of(2009, 4, 2)).build())
      .startDate(START)
      .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build())
      .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
      .addResponses(RESPONSE)
      .build();

  static List<String> errors(ReadResult<?> r) {
    return r.errors().stream().map(e -> e.pointer() + " " + e.code()).toList();
  }

  @Test
  void a_plugin_response_is_valid_standalone_and_inside_a_course_when_the_catalogue_has_the_instrument() {
    byte[] response = SamJson.defaults().writer().write(DocumentKind.DIALOGUE_RESPONSE, RESPONSE);
    byte[] course = SamJson.defaults().writer().write(DocumentKind.COURSE, COURSE);

    SamJson withCatalogue = SamJson.builder()
        .catalogue(Catalogue.builder().addBuiltIns().addInstrument(STU_FORM).build()).build();
    SamJson withInstrument = SamJson.builder().addInstrument(STU_FORM).build();
    for (SamJson json : List.of(withCatalogue, withInstrument)) {
      assertEquals(RESPONSE, json.reader().read(response, DocumentKind.DIALOGUE_RESPONSE).orElseThrow());
      assertEquals(COURSE, json.reader().read(course, DocumentKind.COURSE).orElseThrow());
      Cohort cohort = new Cohort("x1", START.plusYears(1), java.util.Optional.empty(), List.of(COURSE));
      byte[] cohortBytes = json.writer().write(DocumentKind.COHORT, cohort);
      assertEquals(cohort, json.reader().read(cohortBytes, DocumentKind.COHORT).orElseThrow());
    }

    SamJson without = SamJson.defaults();
    assertEquals(List.of("/instrumentId UNKNOWN_INSTRUMENT"),
        errors(without.reader().read(response, DocumentKind.DIALOGUE_RESPONSE)));
    assertEquals(List.of("/responses/0/instrumentId UNKNOWN_REFERENCE"),
        errors(without.reader().read(course, DocumentKind.COURSE)));
  }

  @Test
  void two_readers_with_different_catalogues_side_by_side() {
    Instrument other = Instrument.builder().from(STU_FORM).id("dk.other:FORM").build();
    SamJson aarhus = SamJson.builder().catalogue(Catalogue.builder().addBuiltIns().addInstrument(STU_FORM).build())
        .build();
    SamJson odense = SamJson.builder().catalogue(Catalogue.builder().addBuiltIns().addInstrument(other).build())
        .build();
    byte[] course = aarhus.writer().write(DocumentKind.COURSE, COURSE);
    assertTrue(aarhus.reader().read(course, DocumentKind.COURSE).isValid());
    assertEquals(List.of("/responses/0/instrumentId UNKNOWN_REFERENCE"),
        errors(odense.reader().read(course, DocumentKind.COURSE)));
    assertSame(Catalogue.standard(), SamJson.defaults().catalogue());
  }
}
