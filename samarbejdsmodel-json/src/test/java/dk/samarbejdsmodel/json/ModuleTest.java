package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.testkit.SamGen;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Jackson module is found by ServiceLoader and reads and writes documents. */
class ModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void find_and_register_modules_reads_and_writes_courses() {
    qt().withExamples(30).forAll(SamGen.courses()).checkAssert(c -> {
      try {
        String json = MAPPER.writeValueAsString(c);
        assertEquals(SamJson.defaults().writer().writeString(DocumentKind.COURSE, c), json);
        assertEquals(c, MAPPER.readValue(json, Course.class));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void an_invalid_document_fails_with_every_error() {
    String bad = new String(CorpusTest.resource("corpus/invalid/missing-required.json"));
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(bad, dk.samarbejdsmodel.core.tools.GoalAgreementForm.class));
    InvalidDocumentException cause = (InvalidDocumentException) e.getCause();
    assertEquals(2, cause.errors().size());
  }

  @Test
  void every_structural_code_has_an_error_code() {
    Arrays.stream(StructuralCode.values()).forEach(c -> assertEquals(c.name(), ErrorCode.of(c).name()));
  }

  @Test
  void every_error_code_has_both_messages() {
    for (ErrorCode c : ErrorCode.values()) {
      ReadError e = ReadError.of("/x", c, "a", "b", "c");
      assertTrue(!e.messageDa().isBlank() && !e.messageEn().isBlank(), c.name());
    }
  }
}
