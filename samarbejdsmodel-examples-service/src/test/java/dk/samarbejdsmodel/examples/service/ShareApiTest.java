package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ExportViews;
import dk.samarbejdsmodel.json.SamJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShareApiTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate DATE = LocalDate.of(2025, 12, 1);

  private final ServiceUnderTest service = ServiceUnderTest.shared();
  private String caseId;
  private String id;

  @BeforeEach
  void store_a_course() {
    caseId = Fixtures.uniqueCase("share");
    id = "course-" + caseId;
    assertEquals(201, service.put("/courses/" + id, Fixtures.courseJson(caseId), null).statusCode());
  }

  @Test
  void the_share_for_the_job_centre_is_the_sdks_team_share_with_what_was_withheld_and_why() throws Exception {
    String consultant = caseId + "-job_centre_consultant";
    HttpResponse<String> r = service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"" + consultant + "\",\"date\":\"" + DATE + "\"}", null);
    assertEquals(200, r.statusCode(), r.body());

    Course course = Fixtures.course(caseId);
    byte[] expected = SamJson.defaults().writer()
        .withView(ExportViews.teamShare(course, Recipient.of(course, consultant), DATE))
        .write(DocumentKind.GOAL_AGREEMENT_FORM, course.formOn(DATE).orElseThrow());
    assertEquals(new String(expected, StandardCharsets.UTF_8), r.body());

    JsonNode note = MAPPER.readTree(r.body()).get("extensions").get("dk.samarbejdsmodel:sharing");
    assertEquals(List.of("EDUCATION", "EMPLOYMENT", "SOCIAL"),
        MAPPER.convertValue(note.get("permittedCategories"), List.class));
    assertTrue(note.get("withheld").toString().contains("NOT_COVERED_BY_CONSENT"), note.toString());
    assertTrue(note.get("withheld").toString().contains("HEALTH"), note.toString());
    assertFalse(r.body().contains(Fixtures.CPR_DIGITS));

    String detail = service.jdbc().sql("SELECT detail FROM audit_event WHERE course_id = ? AND action = 'SHARE'")
        .param(id).query(String.class).single();
    assertTrue(detail.contains("recipient=org-jc/" + consultant) && detail.contains("consents=[consent-1]"), detail);
  }

  @Test
  void a_share_that_consent_does_not_cover_is_refused_whole() throws Exception {
    String consultant = caseId + "-job_centre_consultant";
    // health is not in the consent: requiring it refuses the share, nothing of the form is sent
    HttpResponse<String> health = service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"" + consultant + "\",\"date\":\"" + DATE + "\",\"requireCategories\":[\"HEALTH\"]}",
        "en");
    assertEquals(403, health.statusCode(), health.body());
    JsonNode problem = MAPPER.readTree(health.body());
    assertEquals(List.of("HEALTH"), MAPPER.convertValue(problem.get("missingCategories"), List.class));
    assertFalse(health.body().contains("goals"), health.body());
    assertFalse(health.body().contains("frisør"), health.body());

    // consent names only the UU: the job centre may receive nothing at all, and gets nothing of the form
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(Fixtures.courseJson(caseId));
    com.fasterxml.jackson.databind.node.ArrayNode parties =
        (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("consents").get(0).get("parties");
    parties.removeAll();
    parties.addObject().put("kind", "ORGANISATION").put("id", "org-uu");
    assertEquals(200, service.put("/courses/" + id, doc.toString(), "\"1\"").statusCode());
    HttpResponse<String> nothing = service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"" + consultant + "\",\"date\":\"" + DATE + "\"}", "da");
    assertEquals(403, nothing.statusCode(), nothing.body());
    JsonNode refusal = MAPPER.readTree(nothing.body());
    assertEquals("https://schema.samarbejdsmodel.dk/problems/share-not-covered", refusal.get("type").asText());
    refusal.get("decisions").forEach(d -> {
      assertFalse(d.get("permitted").asBoolean());
      assertEquals("RECIPIENT_NOT_IN_SCOPE", d.get("reason").asText());
    });
    assertFalse(nothing.body().contains("goals") || nothing.body().contains("frisør"), nothing.body());
    // the UU may still receive its share
    assertEquals(200, service.post("/courses/" + id + "/shares",
        "{\"organisationId\":\"org-uu\",\"date\":\"" + DATE + "\"}", "da").statusCode());

    assertEquals(List.of("SHARE_REFUSED", "SHARE_REFUSED", "SHARE"), service.jdbc()
        .sql("SELECT action FROM audit_event WHERE course_id = ? AND action LIKE 'SHARE%' ORDER BY id")
        .param(id).query(String.class).list());
  }

  @Test
  void an_unknown_recipient_or_a_date_without_a_form_is_a_clear_error() throws Exception {
    HttpResponse<String> unknown = service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"someone-else\",\"date\":\"" + DATE + "\"}", "en");
    assertEquals(400, unknown.statusCode());
    assertEquals("/professionalId", MAPPER.readTree(unknown.body()).get("violations").get(0).get("pointer").asText());
    assertFalse(unknown.body().contains("someone-else"));

    // the SDK's constraints on the request (@SamId, @OpenCode): every violation, with pointer, code and message
    String bad = "{\"professionalId\":\"150808-4123\",\"date\":\"" + DATE + "\",\"requireCategories\":[\"HEALTH\","
        + "\"not a code\"]}";
    HttpResponse<String> en = service.post("/courses/" + id + "/shares", bad, "en");
    HttpResponse<String> da = service.post("/courses/" + id + "/shares", bad, "da");
    assertEquals(400, en.statusCode(), en.body());
    com.fasterxml.jackson.databind.JsonNode violations = MAPPER.readTree(en.body()).get("violations");
    assertEquals(2, violations.size(), en.body());
    assertEquals("/professionalId", violations.get(0).get("pointer").asText());
    assertEquals("INVALID_FORMAT", violations.get(0).get("code").asText());
    assertEquals("/requireCategories/1", violations.get(1).get("pointer").asText());
    assertEquals("INVALID_FORMAT", violations.get(1).get("code").asText());
    assertFalse(en.body().contains("4123") || en.body().contains("not a code"), "values are never echoed");
    assertFalse(MAPPER.readTree(da.body()).get("violations").get(0).get("message").asText()
        .equals(violations.get(0).get("message").asText()), "Danish and English messages");

    HttpResponse<String> none = service.post("/courses/" + id + "/shares", "{\"date\":\"" + DATE + "\"}", "en");
    assertEquals(400, none.statusCode());
    HttpResponse<String> garbage = service.post("/courses/" + id + "/shares", "{\"professionalId\":", "en");
    assertEquals(400, garbage.statusCode());
    HttpResponse<String> noForm = service.post("/courses/" + id + "/shares",
        "{\"organisationId\":\"org-jc\",\"date\":\"2025-11-10\"}", "en");
    assertEquals(409, noForm.statusCode(), noForm.body());
  }
}
