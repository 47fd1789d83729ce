package dk.aarhus.ungeijob;

import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.Migration;
import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;

/**
 * Aarhus's pilot export (format "0.8", 2025) to the 0.9 draft, from which the SDK's own migration takes it to 1.0.
 * The pilot wrote a course's programme without its namespace ({@code "programmeId": "UNGE_I_JOB"}), called the start
 * date {@code start}, and kept Aarhus's case number in a top-level {@code aarhusCaseNo}, which becomes the extension
 * {@code dk.aarhus:caseNo}. Registered in {@code META-INF/services/dk.samarbejdsmodel.json.Migration}, so
 * {@code SamJson.defaults()} reads pilot documents wherever this jar is on the class path.
 *
 * <p>Pure: the document is the SDK's immutable {@link JsonObject}, and every edit returns a new one. Errors found in
 * the migrated document point into the pilot document ({@link #sourcePointer}).
 */
public final class AarhusPilotMigration implements Migration {

  static final String CASE_NO = "dk.aarhus:caseNo";

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
    JsonObject out = document.with("formatVersion", "0.9");
    if (!"course".equals(document.string("type").orElse(""))) {
      return out;
    }
    if (out.string("programmeId").filter(id -> !id.contains(":")).isPresent()) {
      out = out.with("programmeId", "dk.aarhus:" + out.string("programmeId").orElseThrow());
    }
    out = out.renamed("start", "startDate");
    JsonValue caseNo = out.get("aarhusCaseNo").orElse(null);
    if (caseNo != null) {
      JsonObject vendorData = out.object("vendorData").orElse(JsonObject.of()).with(CASE_NO, caseNo);
      out = out.without("aarhusCaseNo").with("vendorData", vendorData);
    }
    return out;
  }

  @Override
  public String sourcePointer(String migratedPointer, JsonObject source) {
    if (source.has("start") && (migratedPointer.equals("/startDate") || migratedPointer.startsWith("/startDate/"))) {
      return "/start" + migratedPointer.substring("/startDate".length());
    }
    if (source.has("aarhusCaseNo") && migratedPointer.startsWith("/vendorData/" + CASE_NO)) {
      return "/aarhusCaseNo" + migratedPointer.substring(("/vendorData/" + CASE_NO).length());
    }
    return migratedPointer;
  }
}
