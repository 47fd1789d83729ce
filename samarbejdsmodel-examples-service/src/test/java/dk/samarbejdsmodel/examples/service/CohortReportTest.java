package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportOptions;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cohort report comes from the pseudonymised view and equals the evaluator's own computation. */
class CohortReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ServiceUnderTest service = ServiceUnderTest.shared();

  @Test
  void the_report_for_a_municipality_is_the_evaluators_report_on_the_pseudonymised_extract() throws Exception {
    List<Course> courses = SampleCourses.load(service);
    String municipality = SampleCourses.BIGGEST_MUNICIPALITY;
    LocalDate asOf = SampleCourses.AS_OF;
    HttpResponse<String> r = service.get("/cohort/report?municipality=" + municipality + "&asOf=" + asOf, "en");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode report = MAPPER.readTree(r.body());

    // the evaluator's computation: pseudonymised records of the municipality's courses, minimum cell size 5
    List<Course> mine = courses.stream().filter(c -> c.municipality().code().equals(municipality)).toList();
    CohortReport expected = CohortReport.of(Pseudonymiser.withKey(ServiceUnderTest.KEY).records(mine, asOf), asOf,
        ReportOptions.builder().minimumCellSize(5).build());
    // written by the SDK's Jackson 3 module: exactly what a mapper with the module makes of the evaluator's report
    JsonNode expectedJson = MAPPER.readTree(tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new dk.samarbejdsmodel.json3.SamarbejdsmodelJackson3Module()).build()
        .writeValueAsString(expected.tables()));
    assertEquals(expectedJson, report.get("tables"));
    assertEquals(mine.size(), report.get("courses").asInt());
    assertEquals(5, report.get("minimumCellSize").asInt());

    // nothing that names a person or a course: no course or person ids, no CPR-like text
    for (Course c : mine) {
      assertFalse(r.body().contains(c.id()), c.id());
      assertFalse(r.body().contains(c.youngPerson().id()));
    }
    // no CPR-like text in any text of the report (numbers at full precision may hold ten digits in a row)
    List<String> texts = new java.util.ArrayList<>();
    collectTexts(report, texts);
    texts.forEach(t -> assertFalse(dk.samarbejdsmodel.core.Redaction.containsCprLike(t), t));

    // a request may raise the minimum cell size, never lower it
    JsonNode lowered = MAPPER.readTree(service.get("/cohort/report?municipality=" + municipality + "&asOf=" + asOf
        + "&minCell=1", "en").body());
    assertEquals(5, lowered.get("minimumCellSize").asInt());
    JsonNode raised = MAPPER.readTree(service.get("/cohort/report?municipality=" + municipality + "&asOf=" + asOf
        + "&minCell=10", "en").body());
    assertEquals(10, raised.get("minimumCellSize").asInt());
    assertTrue(service.jdbc().sql("SELECT count(*) FROM audit_event WHERE action = 'COHORT_REPORT'")
        .query(Integer.class).single() >= 3);
  }

  private static void collectTexts(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.fieldNames().forEachRemaining(out::add);
    node.forEach(child -> collectTexts(child, out));
  }
}
