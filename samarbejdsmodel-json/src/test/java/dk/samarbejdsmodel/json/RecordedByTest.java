package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who recorded it: the optional recordedBy (a participant id) and recordedAt of a form revision, written and read. */
class RecordedByTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void a_form_revision_keeps_who_recorded_it_and_when() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(CorpusTest.resource("corpus/valid/goal-agreement-form.json"));
    String participant = doc.at("/participants/0/personId").asText();
    doc.put("recordedBy", participant).put("recordedAt", "2025-06-11");
    ReadResult<GoalAgreementForm> r = SamJson.defaults().reader().read(MAPPER.writeValueAsBytes(doc),
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(r.isValid(), r.errors()::toString);
    assertEquals(Optional.of(participant), r.value().orElseThrow().recordedBy());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 11)), r.value().orElseThrow().recordedAt());
    byte[] out = SamJson.defaults().writer().write(r);
    assertEquals(participant, MAPPER.readTree(out).at("/recordedBy").asText());
    assertEquals("2025-06-11", MAPPER.readTree(out).at("/recordedAt").asText());
  }

  @Test
  void a_recorder_who_is_not_a_participant_of_the_form_is_an_unknown_reference() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(CorpusTest.resource("corpus/valid/goal-agreement-form.json"));
    doc.put("recordedBy", "nobody-here");
    ReadResult<GoalAgreementForm> r = SamJson.defaults().reader().read(MAPPER.writeValueAsBytes(doc),
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertFalse(r.isValid());
    assertTrue(r.errors().stream().anyMatch(e -> e.code() == ErrorCode.UNKNOWN_REFERENCE
        && e.pointer().equals("/recordedBy")), r.errors()::toString);
  }
}
