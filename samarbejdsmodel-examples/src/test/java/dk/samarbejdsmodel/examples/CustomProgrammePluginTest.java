package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.examples.plugin.StuPlugin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomProgrammePluginTest {

  @Test
  void the_plugin_programme_and_life_area_are_found_and_used() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Course course = CustomProgrammePlugin.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Programme found through ServiceLoader: dk.aarhus:STU"), out);
    assertTrue(out.contains("dk.aarhus:LEISURE = Fritid / Leisure"), out);
    assertTrue(out.contains("with 8 life areas"), out);
    assertEquals(StuPlugin.STU, course.programme());
    assertEquals(8, course.responses().get(0).answers().size());
    assertTrue(dk.samarbejdsmodel.core.catalogue.Catalogue.standard().instrument("dk.aarhus:STU_DIALOGUE_FORM", 1).isPresent());
  }

  @Test
  void responses_are_validated_against_the_plugin_instrument() {
    Course course = CustomProgrammePlugin.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
    InstrumentResponse bad = InstrumentResponse.builder().id("r2").instrumentId("dk.aarhus:STU_DIALOGUE_FORM")
        .instrumentVersion(1).date(course.startDate().plusDays(30)).addAnswers(Answer.of("dk.aarhus:LEISURE", 9))
        .build();
    StructuralViolationException e = assertThrows(StructuralViolationException.class,
        () -> course.recordResponse(bad));
    assertEquals("responses[1].answers[0].value", e.violations().get(0).path());
  }
}
