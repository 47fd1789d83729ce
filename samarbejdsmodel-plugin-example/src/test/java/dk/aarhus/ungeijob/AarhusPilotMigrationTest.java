package dk.aarhus.ungeijob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.Retained;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plugin's migration, found through ServiceLoader, chains into the SDK's own 0.9 → 1.0 migration. */
class AarhusPilotMigrationTest {

  /** A course as Aarhus's pilot wrote it: format 0.8, the programme without namespace, start, a case number. */
  static JsonObject pilot(Course course) {
    JsonObject v10 = SamJson.defaults().writer().toTree(DocumentKind.COURSE, course, Retained.empty());
    return JsonObject.builder().put("formatVersion", "0.8").put("type", "course").build()
        .withAll(v10.without("schemaVersion").without("kind"))
        .without("programme").with("programmeId", "UNGE_I_JOB")
        .renamed("startDate", "start")
        .with("aarhusCaseNo", JsonValue.of(4711));
  }

  @Test
  void aPilotDocumentIsReadByTheDefaultReader() {
    Course course = Courses.course();
    JsonObject pilot = pilot(course);
    ReadResult<Course> r = SamJson.defaults().reader().read(pilot.toJson(), DocumentKind.COURSE);
    assertEquals(List.of(), r.errors());
    assertEquals(course, r.orElseThrow());
    assertEquals(new FormatVersion(0, 8), r.sourceVersion().orElseThrow());
    assertEquals(JsonValue.of(4711), r.retained().extension("", AarhusPilotMigration.CASE_NO).orElseThrow());
    assertEquals(pilot, pilot(course), "the migration did not change its input");
  }

  @Test
  void errorsPointIntoThePilotDocument() {
    JsonObject bad = pilot(Courses.course()).with("start", "2026-13-01").with("programmeId", "NOPE");
    ReadResult<Course> r = SamJson.defaults().reader().read(bad.toJson(), DocumentKind.COURSE);
    List<String> where = r.errors().stream().map(e -> e.pointer() + " " + e.code()).toList();
    assertTrue(where.contains("/start " + ErrorCode.INVALID_DATE), where.toString());
    assertTrue(where.contains("/programmeId " + ErrorCode.UNKNOWN_PROGRAMME), where.toString());
  }
}
