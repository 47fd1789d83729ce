package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.json.internal.Draft09Migration;
import org.junit.jupiter.api.Test;

/** The 0.9 draft migrates to 1.0; newer majors are refused clearly; migrations are pure. */
class MigrationTest {


  private static final String DRAFT_FORM = """
      {"formatVersion": "0.9", "type": "goal_agreement_form", "id": "form-1", "revision": 1,
       "updatedAt": "2025-05-20",
       "goals": [{"id": "g-1", "lifeArea": "CRIME", "description": "Ingen nye sigtelser", "horizon": "LONG",
                  "status": "ACTIVE", "statusDate": "2025-05-20", "vendorData": {"dk.vendor.dubu:goalRef": "G-1"}}],
       "agreements": [{"id": "a-1", "goalIds": ["g-1"], "action": "Møde med SSP", "status": "AGREED",
                       "statusDate": "2025-05-20"}],
       "vendorData": {"dk.vendor.dubu:caseId": "DUBU-7"}}
      """;

  @Test
  void a_09_draft_form_is_migrated_and_read() {
    ReadResult<GoalAgreementForm> r = SamJson.defaults().reader().read(DRAFT_FORM, DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(r.isValid(), r.errors()::toString);
    assertEquals(new FormatVersion(0, 9), r.sourceVersion().orElseThrow());
    GoalAgreementForm f = r.orElseThrow();
    assertEquals(GoalStatus.ACTIVE, f.goals().get(0).statusHistory().get(0).status());
    assertEquals("DUBU-7", r.retained().extensions("").string("dk.vendor.dubu:caseId").orElseThrow());
    assertEquals("G-1", r.retained().extensions("/goals/0").string("dk.vendor.dubu:goalRef").orElseThrow());
    String written = new String(SamJson.defaults().writer().write(r));
    assertTrue(written.startsWith("{\"schemaVersion\":\"1.0\",\"kind\":\"goal-agreement-form\""), written);
  }

  @Test
  void a_09_draft_course_renames_programme_id() {
    String course = new String(CorpusTest.resource("corpus/valid/course.json"))
        .replace("\"schemaVersion\": \"1.0\"", "\"formatVersion\": \"0.9\"")
        .replace("\"kind\": \"course\"", "\"type\": \"course\"")
        .replace("\"programme\": \"AFTERCARE\"", "\"programmeId\": \"AFTERCARE\"")
        .replace("\"extensions\"", "\"vendorData\"");
    ReadResult<?> r = SamJson.defaults().reader().read(course.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(r.isValid(), r.errors()::toString);
    assertEquals(DocumentKind.COURSE, r.kind().orElseThrow());
  }

  @Test
  void the_migration_is_pure() throws Exception {
    JsonObject in = (JsonObject) JsonValue.parse(DRAFT_FORM);
    JsonObject once = new Draft09Migration().migrate(in);
    assertEquals(JsonValue.parse(DRAFT_FORM), in, "the argument is unchanged");
    assertEquals(once, new Draft09Migration().migrate(in), "same input, same output");
    assertEquals("1.0", once.string("schemaVersion").orElseThrow());
    assertEquals(java.util.List.of("schemaVersion", "kind"), java.util.List.copyOf(once.names()).subList(0, 2));
    assertFalse(once.has("formatVersion"));
  }

  @Test
  void a_newer_major_version_is_unsupported_and_a_newer_minor_is_read() {
    String form = new String(CorpusTest.resource("corpus/valid/goal-agreement-form.json"));
    ReadResult<?> newer = SamJson.defaults().reader().read(form.replace("\"1.0\"", "\"2.0\""),
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertEquals(ErrorCode.UNSUPPORTED_VERSION, newer.errors().get(0).code());
    assertTrue(newer.errors().get(0).messageEn().contains("2.0"), newer.errors().get(0).messageEn());
    assertTrue(SamJson.defaults().reader().read(form.replace("\"1.0\"", "\"1.3\""), DocumentKind.GOAL_AGREEMENT_FORM)
        .isValid());
    ReadResult<?> old = SamJson.defaults().reader().read(form.replace("\"1.0\"", "\"0.5\""),
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertEquals(ErrorCode.UNSUPPORTED_VERSION, old.errors().get(0).code());
  }

  @Test
  void a_failing_migration_is_reported_not_thrown() {
    ReadResult<?> r = SamJson.defaults().reader().read("{\"formatVersion\": \"0.9\"}",
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertEquals(ErrorCode.MIGRATION_FAILED, r.errors().get(0).code());
  }

  @Test
  void a_plugged_in_migration_chains() {
    Migration from08 = new Migration() {
      @Override
      public FormatVersion from() {
        return new FormatVersion(0, 8);
      }

      @Override
      public FormatVersion to() {
        return new FormatVersion(0, 9);
      }

      @Override
      public JsonObject migrate(JsonObject document) {
        return document.with("formatVersion", "0.9");
      }
    };
    SamJson json = SamJson.builder().addMigration(from08).build();
    ReadResult<?> r = json.reader().read(DRAFT_FORM.replace("\"0.9\"", "\"0.8\""), DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(r.isValid(), r.errors()::toString);
  }
}
