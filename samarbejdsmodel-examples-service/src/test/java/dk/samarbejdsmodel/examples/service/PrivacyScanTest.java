package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CPR numbers never appear in logs, URLs (Location headers, problem instances) or error bodies, and no personal data
 * appears in the audit log — checked by sending honest and hostile requests, capturing every response and every log
 * event of the application, and scanning them.
 */
class PrivacyScanTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Six digits, an optional hyphen or space, four digits — the SDK's CPR-like pattern. */
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}[- ]?\\d{4}");
  /** Personal data of the test course besides the CPR number. */
  private static final List<String> PERSONAL = List.of("Sara", "Nielsen", "2008-08-15", "frisør", "morbror");

  private final ServiceUnderTest service = ServiceUnderTest.shared();

  @Test
  void no_cpr_number_in_logs_urls_or_error_bodies_and_no_personal_data_in_the_audit_log() throws Exception {
    int logsBefore = service.logs().size();
    String caseId = Fixtures.uniqueCase("privacy");
    String id = "course-" + caseId;
    String json = Fixtures.courseJson(caseId);
    assertTrue(json.contains(Fixtures.CPR_DIGITS), "the course holds the CPR number");
    List<HttpResponse<String>> scanned = new ArrayList<>();

    HttpResponse<String> created = service.put("/courses/" + id, json, null);
    assertEquals(201, created.statusCode());
    scanned.add(created);
    // honest reads: everything but the full document itself (which is the personal data, sent to an authorised client)
    HttpResponse<String> full = service.get("/courses/" + id, null);
    assertTrue(full.body().contains(Fixtures.CPR_DIGITS));
    for (String path : List.of("/findings?date=2025-12-01", "/due-items?date=2025-12-01", "/schedule?date=2025-12-01",
        "/revisions")) {
      scanned.add(service.get("/courses/" + id + path, "da"));
      scanned.add(service.get("/courses/" + id + path, "en"));
    }
    scanned.add(service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"" + caseId + "-job_centre_consultant\",\"date\":\"2025-12-01\"}", null));
    scanned.add(service.post("/courses/" + id + "/shares",
        "{\"organisationId\":\"org-jc\",\"date\":\"2025-12-01\",\"requireCategories\":[\"HEALTH\"]}", "en"));

    // hostile: the CPR number where an id, a date, a header or a field name belongs, typed into free text, mistyped
    for (String cpr : List.of(Fixtures.CPR, Fixtures.CPR_DIGITS, "150808 4123", "150808-4124")) {
      String enc = cpr.replace(" ", "%20");
      scanned.add(service.put("/courses/" + enc, json, null));
      scanned.add(service.get("/courses/" + enc + "/findings", "en"));
      scanned.add(service.get("/courses/" + id + "/findings?date=" + enc, "en"));
      scanned.add(service.send(service.request("/courses/" + id).header("X-Actor", cpr).GET().build()));
      scanned.add(service.get("/courses/" + enc + "/nowhere", "en"));
      scanned.add(service.post("/courses/" + id + "/shares", "{\"professionalId\":\"" + cpr + "\"}", "en"));
      scanned.add(service.post("/courses/" + id + "/shares", "{\"organisationId\":\"" + cpr + "\"}", "en"));
      scanned.add(service.get("/cohort/report?municipality=" + enc, "en"));
    }
    ObjectNode doc = (ObjectNode) MAPPER.readTree(json);
    doc.put(Fixtures.CPR_DIGITS, 1);                                             // a field named by a CPR number
    ((ObjectNode) doc.get("professionals").get(0)).put("id", Fixtures.CPR_DIGITS); // a CPR number as an id
    ((ObjectNode) doc.get("youngPerson")).put("cpr", "150808-4124");              // not matching the birth date
    scanned.add(service.put("/courses/" + id, doc.toString(), "\"1\""));
    ObjectNode typo = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) typo.get("youngPerson")).put("cpr", "1508084");                 // a mistyped CPR number
    scanned.add(service.put("/courses/" + id, typo.toString(), "\"1\""));
    ObjectNode inText = (ObjectNode) MAPPER.readTree(json);
    ((ObjectNode) inText.get("formRevisions").get(0)).put("wishes", "Mit CPR er " + Fixtures.CPR);
    HttpResponse<String> stored = service.put("/courses/" + id, inText.toString(), "\"1\"");
    assertEquals(200, stored.statusCode(), stored.body());
    scanned.add(stored);
    scanned.add(service.post("/courses/" + id + "/shares",
        "{\"professionalId\":\"" + caseId + "-uu_counsellor\",\"date\":\"2025-12-01\"}", null));
    scanned.add(service.send(service.request("/courses/" + id).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(("{\"id\":\"" + Fixtures.CPR + "\",\"x\":\"\u00ff")
            .getBytes(StandardCharsets.ISO_8859_1))).build()));

    for (HttpResponse<String> r : scanned) {
      String where = r.request().method() + " " + r.statusCode();
      assertFalse(CPR_LIKE.matcher(r.body()).find(), where + " body: " + r.body());
      r.headers().map().forEach((name, values) -> values.forEach(v ->
          assertFalse(CPR_LIKE.matcher(v).find(), where + " header " + name + ": " + v)));
      if (r.statusCode() >= 400) {
        PERSONAL.forEach(p -> assertFalse(r.body().contains(p), where + " error body holds personal data: " + p));
      }
    }
    assertTrue(scanned.stream().anyMatch(r -> r.statusCode() == 400), "hostile requests were refused");

    List<String> logs = service.logs().subList(logsBefore, service.logs().size());
    assertFalse(logs.isEmpty());
    assertTrue(logs.stream().anyMatch(l -> l.contains("audit action=SHARE ")), "shares are audited");
    for (String line : logs) {
      assertFalse(CPR_LIKE.matcher(line).find(), "log: " + line);
      PERSONAL.forEach(p -> assertFalse(line.contains(p), "log holds personal data: " + line));
    }
    for (String row : service.jdbc().sql("SELECT actor || ' ' || action || ' ' || coalesce(course_id, '') || ' ' || "
        + "outcome || ' ' || detail FROM audit_event").query(String.class).list()) {
      assertFalse(CPR_LIKE.matcher(row).find(), "audit: " + row);
      PERSONAL.forEach(p -> assertFalse(row.contains(p), "audit holds personal data: " + row));
    }
  }
}
