package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.json.tree.JsonString;
import dk.samarbejdsmodel.json.tree.JsonValue;
import dk.samarbejdsmodel.testkit.SamGen;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict mode refuses unknown fields; lenient mode keeps them; extensions always round-trip. */
class LenientAndExtensionsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SamJson LENIENT = SamJson.builder().mode(ReadMode.LENIENT).build();

  private static String form() {
    return new String(CorpusTest.resource("corpus/valid/goal-agreement-form.json"), StandardCharsets.UTF_8);
  }

  @Test
  void extensions_round_trip_in_strict_mode_on_the_root_and_nested_objects() throws Exception {
    ReadResult<GoalAgreementForm> r = SamJson.defaults().reader().read(form(), DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(r.isValid(), r.errors()::toString);
    assertEquals("DUBU-2025-0042", ((JsonString) r.retained().extension("", "dk.vendor.dubu:caseId").orElseThrow()).value());
    assertEquals("G-17", ((JsonString) r.retained().extension("/goals/0", "dk.vendor.dubu:goalRef").orElseThrow()).value());
    JsonNode out = MAPPER.readTree(SamJson.defaults().writer().write(r));
    assertEquals("DUBU-2025-0042", out.at("/extensions/dk.vendor.dubu:caseId").asText());
    assertEquals("G-17", out.at("/goals/0/extensions/dk.vendor.dubu:goalRef").asText());
  }

  @Test
  void lenient_mode_keeps_unknown_fields_and_writes_them_back_unchanged() throws Exception {
    String doc = form().replace("\"revision\": 2,",
        "\"revision\": 2, \"vendorNote\": {\"a\": [1, 2, {\"b\": null}]},")
        .replace("\"horizon\": \"SHORT\",", "\"horizon\": \"SHORT\", \"priority\": 3,");
    assertFalse(SamJson.defaults().reader().read(doc, DocumentKind.GOAL_AGREEMENT_FORM).isValid());
    ReadResult<GoalAgreementForm> r = LENIENT.reader().read(doc, DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(r.isValid(), r.errors()::toString);
    JsonNode out = MAPPER.readTree(LENIENT.writer().write(r));
    assertEquals(MAPPER.readTree(doc), out);
    assertEquals(3, out.at("/goals/1/priority").asInt());
    byte[] once = LENIENT.writer().write(r);
    assertArrayEquals(once, LENIENT.writer().write(LENIENT.reader().read(once, DocumentKind.GOAL_AGREEMENT_FORM)));
  }

  @Test
  void extensions_added_by_a_vendor_are_written_and_read_back_for_any_generated_form() {
    qt().withExamples(100).forAll(SamGen.courses()).checkAssert(c -> c.latestForm().ifPresent(f -> {
      Retained ext = Retained.empty().withExtension("", "dk.vendor.dubu:caseId", JsonValue.of(c.id()));
      if (!f.goals().isEmpty()) {
        ext = ext.withExtension("/goals/0", "dk.vendor.dubu:goalRef", JsonValue.of("G-1"));
      }
      byte[] bytes = SamJson.defaults().writer().write(DocumentKind.GOAL_AGREEMENT_FORM, f, ext);
      ReadResult<GoalAgreementForm> back = SamJson.defaults().reader().read(bytes, DocumentKind.GOAL_AGREEMENT_FORM);
      assertEquals(f, back.orElseThrow());
      assertEquals(ext, back.retained());
      assertArrayEquals(bytes, SamJson.defaults().writer().write(back));
    }));
  }

  @Test
  void extension_keys_must_be_namespaced() {
    assertThrows(IllegalArgumentException.class,
        () -> Retained.empty().withExtension("", "caseId", JsonValue.of("x")));
    assertTrue(Retained.isExtensionKey("dk.vendor.dubu:caseId"));
    assertFalse(Retained.isExtensionKey("dubu:caseId"));
    assertFalse(Retained.isExtensionKey("DK.vendor:caseId"));
  }

  @Test
  void retained_data_never_prints_its_values() {
    Retained r = Retained.empty().withExtension("", "dk.vendor.dubu:cpr", JsonValue.of("0101011234"));
    assertFalse(r.toString().contains("0101011234"));
  }
}
