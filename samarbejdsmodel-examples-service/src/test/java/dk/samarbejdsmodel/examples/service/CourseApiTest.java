package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseApiTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate DATE = LocalDate.of(2025, 12, 1);

  private final ServiceUnderTest service = ServiceUnderTest.shared();

  @Test
  void a_course_is_created_read_back_byte_for_byte_and_updated_only_with_the_current_etag() throws Exception {
    String caseId = Fixtures.uniqueCase("api");
    String id = "course-" + caseId;
    String canonical = Fixtures.courseJson(caseId);
    // the client sends it pretty-printed with the members in another order: the service stores the canonical text
    ObjectNode tree = (ObjectNode) MAPPER.readTree(canonical);
    ObjectNode reordered = MAPPER.createObjectNode();
    List<String> names = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> reordered.set(n, tree.get(n)));
    HttpResponse<String> created = service.put("/courses/" + id, reordered.toPrettyString(), null);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());
    assertEquals("/courses/" + id, created.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> read = service.get("/courses/" + id, null);
    assertEquals(200, read.statusCode());
    assertEquals(canonical, read.body());
    assertEquals("\"1\"", read.headers().firstValue("ETag").orElseThrow());

    // a second create is refused: the course exists, send If-Match
    HttpResponse<String> again = service.put("/courses/" + id, canonical, null);
    assertEquals(428, again.statusCode());
    assertEquals("\"1\"", again.headers().firstValue("ETag").orElseThrow());
    assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElseThrow());

    String changed = canonical.replace("\"startDate\":\"2025-11-03\"", "\"startDate\":\"2025-11-02\"");
    HttpResponse<String> v2 = service.put("/courses/" + id, changed, "\"1\"");
    assertEquals(200, v2.statusCode(), v2.body());
    assertEquals("\"2\"", v2.headers().firstValue("ETag").orElseThrow());
    JsonNode result = MAPPER.readTree(v2.body());
    assertEquals(2, result.get("version").asInt());

    HttpResponse<String> stale = service.put("/courses/" + id, canonical, "\"1\"");
    assertEquals(412, stale.statusCode());
    assertEquals("\"2\"", stale.headers().firstValue("ETag").orElseThrow());
    assertEquals(2, MAPPER.readTree(stale.body()).get("currentVersion").asInt());

    HttpResponse<String> notModified = service.send(service.request("/courses/" + id)
        .header("If-None-Match", "\"2\"").GET().build());
    assertEquals(304, notModified.statusCode());

    JsonNode revisions = MAPPER.readTree(service.get("/courses/" + id + "/revisions", null).body());
    assertEquals(2, revisions.size());
    assertEquals("caseworker-1", revisions.get(1).get("recordedBy").asText());
    assertEquals(changed, service.jdbc().sql("SELECT document FROM course_revision WHERE course_id = ? AND version = 2")
        .param(id).query(String.class).single());
  }

  @Test
  void an_invalid_document_is_refused_with_every_violation_in_danish_or_english() throws Exception {
    String caseId = Fixtures.uniqueCase("bad");
    String id = "course-" + caseId;
    ObjectNode doc = (ObjectNode) MAPPER.readTree(Fixtures.courseJson(caseId));
    doc.put("programme", "NO_SUCH_PROGRAMME");
    ((ObjectNode) doc.get("youngPerson")).put("birthDate", "2008-13-40");
    doc.put("surprise", true);
    long writes = service.bean(CourseStore.class).writeAttempts();

    HttpResponse<String> da = service.put("/courses/" + id, doc.toString(), null);
    assertEquals(400, da.statusCode());
    assertEquals("application/problem+json", da.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("da", da.headers().firstValue("Content-Language").orElseThrow());
    JsonNode problem = MAPPER.readTree(da.body());
    assertEquals("https://schema.samarbejdsmodel.dk/problems/invalid-document", problem.get("type").asText());
    assertEquals(400, problem.get("status").asInt());
    JsonNode violations = problem.get("violations");
    assertTrue(violations.size() >= 3, da.body());
    List<String> pointers = new java.util.ArrayList<>();
    violations.forEach(v -> pointers.add(v.get("pointer").asText()));
    assertTrue(pointers.containsAll(List.of("/programme", "/youngPerson/birthDate", "/surprise")), pointers.toString());
    violations.forEach(v -> assertFalse(v.get("code").asText().isEmpty()));

    HttpResponse<String> en = service.send(service.request("/courses/" + id).header("Content-Type", "application/json")
        .header("Accept-Language", "en-GB,en;q=0.9").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(doc.toString()))
        .build());
    assertEquals(400, en.statusCode());
    assertEquals("en", en.headers().firstValue("Content-Language").orElseThrow());
    JsonNode enProblem = MAPPER.readTree(en.body());
    assertEquals(violations.size(), enProblem.get("violations").size());
    assertTrue(enProblem.get("title").asText().contains("invalid"), en.body());
    assertFalse(da.body().equals(en.body()));
    assertEquals(writes, service.bean(CourseStore.class).writeAttempts(), "a refused document never reaches the database");
    assertEquals(404, service.get("/courses/" + id, null).statusCode());

    // the id of the address must be the document's
    HttpResponse<String> mismatch = service.put("/courses/other-" + caseId, Fixtures.courseJson(caseId), null);
    assertEquals(400, mismatch.statusCode());
    assertTrue(mismatch.body().contains("ID_MISMATCH"));
  }

  @Test
  void findings_due_items_and_schedule_are_what_the_sdk_computes() throws Exception {
    String caseId = Fixtures.uniqueCase("rules");
    String id = "course-" + caseId;
    assertEquals(201, service.put("/courses/" + id, Fixtures.courseJson(caseId), null).statusCode());
    Course course = Fixtures.course(caseId);

    // the SDK's result types as its Jackson 3 module writes them (the format's conventions), inside the service's
    // envelope of course id, version and date
    tools.jackson.databind.json.JsonMapper sdk = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new dk.samarbejdsmodel.json3.SamarbejdsmodelJackson3Module()).build();
    dk.samarbejdsmodel.core.rules.RuleEvaluator rules = dk.samarbejdsmodel.core.catalogue.Catalogue.standard()
        .evaluator();
    JsonNode findings = MAPPER.readTree(service.get("/courses/" + id + "/findings?date=" + DATE, "en").body());
    assertEquals(DATE.toString(), findings.get("date").asText());
    assertEquals(1, findings.get("version").asInt());
    assertEquals(id, findings.get("courseId").asText());
    List<dk.samarbejdsmodel.core.rules.Finding> expected = rules.evaluate(course, DATE).stream()
        .sorted(java.util.Comparator.comparing(dk.samarbejdsmodel.core.rules.Finding::severity)
            .thenComparing(dk.samarbejdsmodel.core.rules.Finding::code)
            .thenComparing(dk.samarbejdsmodel.core.rules.Finding::path))
        .toList();
    assertFalse(expected.isEmpty());
    assertEquals(MAPPER.readTree(sdk.writeValueAsString(expected)), findings.get("findings"));
    JsonNode first = findings.get("findings").get(0);
    assertEquals(expected.get(0).messageDa(), first.get("messageDa").asText());
    assertEquals(expected.get(0).messageEn(), first.get("messageEn").asText());

    JsonNode due = MAPPER.readTree(service.get("/courses/" + id + "/due-items?date=" + DATE, "da").body());
    List<dk.samarbejdsmodel.core.rules.DueItem> dueItems = rules.dueItems(course, DATE).stream()
        .sorted(java.util.Comparator.comparing(dk.samarbejdsmodel.core.rules.DueItem::dueDate)).toList();
    assertFalse(dueItems.isEmpty());
    assertEquals(MAPPER.readTree(sdk.writeValueAsString(dueItems)), due.get("dueItems"));

    JsonNode schedule = MAPPER.readTree(service.get("/courses/" + id + "/schedule?date=" + DATE, null).body());
    assertEquals(MAPPER.readTree(sdk.writeValueAsString(MeetingSchedule.of(course, DATE))), schedule.get("schedule"));
    assertEquals(MeetingSchedule.of(course, DATE).expectedCount(), schedule.get("schedule").get("expectedCount").asInt());

    HttpResponse<String> badDate = service.get("/courses/" + id + "/findings?date=01-12-2025", "en");
    assertEquals(400, badDate.statusCode());
    assertEquals("date", MAPPER.readTree(badDate.body()).get("violations").get(0).get("parameter").asText());
    assertFalse(badDate.body().contains("01-12-2025"), "the value is never echoed");
    assertEquals(404, service.get("/courses/no-such-course/findings", null).statusCode());

    List<String> actions = service.jdbc().sql("SELECT action FROM audit_event WHERE course_id = ? ORDER BY id")
        .param(id).query(String.class).list();
    assertTrue(actions.containsAll(List.of("WRITE_COURSE", "READ_FINDINGS", "READ_DUE_ITEMS", "READ_SCHEDULE")),
        actions.toString());
  }

  @Test
  void a_row_in_the_old_draft_format_is_migrated_when_read() throws Exception {
    String id = "course-" + Fixtures.uniqueCase("old");
    // a row written before the 1.0 format: the 0.9 draft's envelope and field names
    ObjectNode doc = (ObjectNode) MAPPER.readTree(Fixtures.courseJson("old"));
    doc.put("id", id);
    ObjectNode draft = MAPPER.createObjectNode();
    draft.put("formatVersion", "0.9");
    draft.put("type", "course");
    doc.properties().forEach(e -> {
      if (e.getKey().equals("programme")) {
        draft.set("programmeId", e.getValue());
      } else if (!e.getKey().equals("schemaVersion") && !e.getKey().equals("kind")
          && !e.getKey().equals("formRevisions")) {
        draft.set(e.getKey(), e.getValue());
      }
    });
    service.jdbc().sql("INSERT INTO course (id, version, schema_version, programme, municipality_code, document, "
            + "updated_at, updated_by) VALUES (?, 1, '0.9', 'AFTERCARE', '751', ?, now(), 'migration-test')")
        .params(id, draft.toString()).update();

    HttpResponse<String> read = service.get("/courses/" + id, null);
    assertEquals(200, read.statusCode(), read.body());
    JsonNode migrated = MAPPER.readTree(read.body());
    assertEquals("1.0", migrated.get("schemaVersion").asText());
    assertEquals("course", migrated.get("kind").asText());
    assertEquals("AFTERCARE", migrated.get("programme").asText());
    assertEquals(200, service.get("/courses/" + id + "/findings?date=" + DATE, null).statusCode());

    // the next write stores it in the current format
    HttpResponse<String> rewrite = service.put("/courses/" + id, read.body(), "\"1\"");
    assertEquals(200, rewrite.statusCode(), rewrite.body());
    assertEquals("1.0", service.jdbc().sql("SELECT schema_version FROM course WHERE id = ?").param(id)
        .query(String.class).single());
  }

  @Test
  void the_revision_history_and_the_audit_log_are_append_only() {
    String id = "course-" + Fixtures.uniqueCase("ao");
    assertEquals(201, service.put("/courses/" + id, Fixtures.courseJson(id.substring("course-".length())), null)
        .statusCode());
    assertThrows(RuntimeException.class, () -> service.jdbc()
        .sql("UPDATE course_revision SET recorded_by = 'someone-else' WHERE course_id = ?").param(id).update());
    assertThrows(RuntimeException.class, () -> service.jdbc()
        .sql("DELETE FROM course_revision WHERE course_id = ?").param(id).update());
    assertThrows(RuntimeException.class, () -> service.jdbc()
        .sql("DELETE FROM audit_event WHERE course_id = ?").param(id).update());
    assertEquals(1, service.jdbc().sql("SELECT count(*) FROM course_revision WHERE course_id = ?").param(id)
        .query(Integer.class).single());
  }
}
