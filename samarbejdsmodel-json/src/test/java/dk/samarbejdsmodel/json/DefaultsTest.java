package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** A defaulted field left out reads as the default the schema announces, and is written explicitly. */
class DefaultsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void programme_defaults_match_the_schema() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(CorpusTest.resource("corpus/valid/programme.json"));
    JsonNode props = SamarbejdsmodelModule.toJackson(JsonSchemas.schema(DocumentKind.PROGRAMME)).get("properties");
    for (String field : new String[] {"coordinatorNeedsAuthorityCompetence", "consentPolicy", "housingSupport",
        "leaderGroupMaxMonthsBetweenMeetings"}) {
      doc.remove(field);
    }
    ((ObjectNode) doc.at("/instruments/0/dimensions/0")).remove("polarity");
    ReadResult<Programme> r = SamJson.defaults().reader().read(MAPPER.writeValueAsBytes(doc), DocumentKind.PROGRAMME);
    JsonNode written = MAPPER.readTree(SamJson.defaults().writer().write(r));
    for (String field : new String[] {"coordinatorNeedsAuthorityCompetence", "consentPolicy", "housingSupport",
        "leaderGroupMaxMonthsBetweenMeetings"}) {
      assertEquals(props.get(field).get("default"), written.get(field), field);
    }
    JsonNode dimension = SamarbejdsmodelModule.toJackson(JsonSchemas.schema(DocumentKind.PROGRAMME)).at("/$defs/Dimension/properties/polarity/default");
    assertEquals(dimension, written.at("/instruments/0/dimensions/0/polarity"));
  }
}
