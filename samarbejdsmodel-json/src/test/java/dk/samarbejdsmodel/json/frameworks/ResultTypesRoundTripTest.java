package dk.samarbejdsmodel.json.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samarbejdsmodel.core.consent.ConsentDecision;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.CourseShare;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.DueMeeting;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import dk.samarbejdsmodel.core.rules.StartUpReport;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A vendor's mapper — registered explicitly, as Spring Boot does, not through {@code findAndRegisterModules} —
 * writes every result a vendor returns in the format's conventions and reads back what is a value.
 */
class ResultTypesRoundTripTest {

  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new SamarbejdsmodelModule()).build();
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  /** A record a vendor might return from an endpoint. */
  public record CourseWithFindings(Course course, List<Finding> findings) {}

  static Course course() {
    return LongStream.range(1, 200).mapToObj(RandomCourses::course)
        .filter(c -> !c.formRevisions().isEmpty() && !c.meetings().isEmpty() && !c.consents().isEmpty()
            && !c.professionals().isEmpty() && !dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(c, DAY).isEmpty()
            && !DueItems.of(c, DAY).isEmpty())
        .findFirst().orElseThrow();
  }

  <T> T roundTrip(T value, TypeReference<T> type) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    T back = MAPPER.readValue(json, type);
    assertEquals(value, back, json);
    assertEquals(json, MAPPER.writeValueAsString(back));
    return back;
  }

  @Test
  void findingsDueItemsAndRecordsRoundTrip() throws Exception {
    Course course = course();
    List<Finding> findings = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, DAY);
    roundTrip(findings, new TypeReference<List<Finding>>() {});
    List<DueItem> due = DueItems.of(course, DAY);
    roundTrip(due, new TypeReference<List<DueItem>>() {});
    roundTrip(new CourseWithFindings(course, findings), new TypeReference<CourseWithFindings>() {});
    GoalAgreementForm form = course.formRevisions().get(course.formRevisions().size() - 1);
    if (!form.goals().isEmpty()) {
      roundTrip(form.goals(), new TypeReference<List<Goal>>() {});
    }
    roundTrip(course.meetings(), new TypeReference<List<dk.samarbejdsmodel.core.meeting.Meeting>>() {});
    roundTrip(StartUpReport.of(course, DAY), new TypeReference<StartUpReport>() {});
  }

  @Test
  void theFormatsNamingConventions() throws Exception {
    Course course = course();
    JsonNode f = MAPPER.valueToTree(dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, DAY).get(0));
    assertTrue(f.get("code").textValue().matches("SAM-\\d{4}|[a-z.]+:.*"), f.toString());
    assertTrue(f.has("ruleId") && f.has("messageDa") && f.has("severity"), f.toString());
    JsonNode d = MAPPER.valueToTree(DueItems.of(course, DAY).get(0));
    assertTrue(d.get("dueDate").textValue().matches("\\d{4}-\\d{2}-\\d{2}"), d.toString());
    // the vendor's own date setting does not change the format's dates
    ObjectMapper timestamps = JsonMapper.builder().addModule(new SamarbejdsmodelModule())
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    assertEquals(d, timestamps.valueToTree(DueItems.of(course, DAY).get(0)));
  }

  @Test
  void consentDecisionsSharesSchedulesAndReportTables() throws Exception {
    Course course = course();
    Recipient recipient = Recipient.of(course, course.professionals().get(0).id());
    ConsentDecision decision = ConsentEvaluator.evaluate(course, recipient, InformationCategory.EDUCATION, DAY);
    roundTrip(decision, new TypeReference<ConsentDecision>() {});
    GoalAgreementForm form = course.formRevisions().get(course.formRevisions().size() - 1);
    FormShare share = SharingView.form(course, form, recipient, DAY);
    roundTrip(share, new TypeReference<FormShare>() {});
    CourseShare courseShare = SharingView.course(course, recipient, DAY);
    roundTrip(courseShare, new TypeReference<CourseShare>() {});
    MeetingSchedule schedule = MeetingSchedule.of(course, DAY);
    JsonNode s = MAPPER.valueToTree(schedule);
    assertEquals(schedule.dueMeetings().size(), s.path("dueMeetings").size());
    roundTrip(schedule.dueMeetings(), new TypeReference<List<DueMeeting>>() {});
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue(s.toString(), MeetingSchedule.class));
    CohortReport report = CohortReport.of(RandomCourses.courses(7, 30).stream()
        .map(c -> CohortRecord.from(c, DAY)).toList(), DAY);
    JsonNode r = MAPPER.valueToTree(report);
    assertEquals(report.tables().size(), r.path("tables").size());
    roundTrip(report.tables(), new TypeReference<List<ReportTable>>() {});
  }

  @Test
  void unknownFieldsFollowTheMapperForResultsAndAreRefusedLoudlyForDocuments() throws Exception {
    Course course = course();
    Finding finding = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, DAY).get(0);
    String json = MAPPER.writeValueAsString(finding).replaceFirst("\\{", "{\"colour\":\"blue\",");
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, Finding.class));
    ObjectMapper lenient = JsonMapper.builder().addModule(new SamarbejdsmodelModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(finding, lenient.readValue(json, Finding.class));
    String doc = lenient.writeValueAsString(course).replaceFirst("\"id\"", "\"colour\":\"blue\",\"id\"");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> lenient.readValue(doc, Course.class));
    assertTrue(e.getMessage().contains("FAIL_ON_UNKNOWN_PROPERTIES=false does not apply"), e.getMessage());
    assertFalse(e.getMessage().contains("blue"));
  }
}
