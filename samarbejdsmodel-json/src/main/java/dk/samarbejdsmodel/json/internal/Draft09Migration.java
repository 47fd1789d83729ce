package dk.samarbejdsmodel.json.internal;

import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.Migration;
import dk.samarbejdsmodel.json.tree.JsonArray;
import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Migrering fra 0.9-udkastet: the worked migration from the 0.9 draft to 1.0. The 0.9 draft differed from 1.0 in four ways:
 * <ol>
 *   <li>the envelope was {@code formatVersion} and {@code type} (with underscores: {@code goal_agreement_form});</li>
 *   <li>a course named its programme {@code programmeId};</li>
 *   <li>goals and agreements held only their current {@code status} and {@code statusDate}, where 1.0 has a
 *       {@code statusHistory} list;</li>
 *   <li>vendor data lived in {@code vendorData} objects, now {@code extensions}.</li>
 * </ol>
 * Pure: the argument is not changed.
 *
 * <pre>{@code
 * JsonObject v10 = new Draft09Migration().migrate(v09); // v09 is immutable
 * }</pre>
 */
public final class Draft09Migration implements Migration {

  /** The 0.9 draft's version field. */
  public static final String LEGACY_VERSION_FIELD = "formatVersion";

  @Override
  public FormatVersion from() {
    return new FormatVersion(0, 9);
  }

  @Override
  public FormatVersion to() {
    return new FormatVersion(1, 0);
  }

  @Override
  public JsonObject migrate(JsonObject document) {
    String type = document.string("type")
        .orElseThrow(() -> new IllegalArgumentException("a 0.9 document needs a type"));
    String kind = type.replace('_', '-');
    JsonObject body = (JsonObject) walk(document.without(LEGACY_VERSION_FIELD).without("type"), null);
    if (kind.equals("course")) {
      body = renameCourse(body);
    } else if (kind.equals("cohort") && body.get("courses").orElse(null) instanceof JsonArray courses) {
      List<JsonValue> renamed = new ArrayList<>();
      courses.forEach(c -> renamed.add(c instanceof JsonObject o ? renameCourse(o) : c));
      body = body.with("courses", new JsonArray(renamed));
    }
    return JsonObject.builder().put(Documents.SCHEMA_VERSION, "1.0").put(Documents.KIND, kind).build()
        .withAll(body);
  }

  private static JsonObject renameCourse(JsonObject course) {
    return course.has("programme") ? course : course.renamed("programmeId", "programme");
  }

  /** Copies a tree, renaming vendorData to extensions and turning status/statusDate into statusHistory. */
  private static JsonValue walk(JsonValue node, String parentField) {
    if (node instanceof JsonArray array) {
      List<JsonValue> a = new ArrayList<>();
      array.forEach(e -> a.add(walk(e, parentField)));
      return new JsonArray(a);
    }
    if (!(node instanceof JsonObject in)) {
      return node;
    }
    boolean goalOrAgreement = "goals".equals(parentField) || "agreements".equals(parentField);
    JsonObject.Builder out = JsonObject.builder();
    for (Map.Entry<String, JsonValue> e : in.members().entrySet()) {
      String name = e.getKey();
      if (name.equals("vendorData") && !in.has("extensions")) {
        out.put("extensions", e.getValue());
      } else if (name.equals("vendorData")) {
        // both vendorData and extensions: never drop one of them; vendorData stays as it is, so a strict reader
        // refuses it as an unknown field at its own place and a lenient one keeps it
        out.put(name, e.getValue());
      } else if (goalOrAgreement && name.equals("status") && in.has("statusDate") && !in.has("statusHistory")) {
        JsonObject change = JsonObject.builder().put("date", in.get("statusDate").orElseThrow())
            .put("status", e.getValue()).build();
        out.put("statusHistory", JsonArray.of(change));
      } else if (goalOrAgreement && name.equals("statusDate") && in.has("status")
          && !in.has("statusHistory")) {
        continue;
      } else {
        out.put(name, walk(e.getValue(), name));
      }
    }
    return out.build();
  }

  /**
   * Maps a pointer into the migrated document back to the draft: {@code /schemaVersion} and {@code /kind} to
   * {@code /formatVersion} and {@code /type}, a course's {@code programme} to {@code programmeId},
   * {@code extensions} to {@code vendorData}, and a goal's or agreement's {@code statusHistory/0/status} and
   * {@code statusHistory/0/date} (or the history itself) to the {@code status} and {@code statusDate} they were
   * made from.
   */
  @Override
  public String sourcePointer(String migratedPointer, JsonObject source) {
    if (migratedPointer.isEmpty() || !migratedPointer.startsWith("/")) {
      return migratedPointer;
    }
    String[] parts = migratedPointer.substring(1).split("/", -1);
    StringBuilder out = new StringBuilder();
    JsonValue at = source;
    String parentField = null;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String name = part.replace("~1", "/").replace("~0", "~");
      String mapped = part;
      if (at instanceof JsonObject o) {
        boolean goalOrAgreement = "goals".equals(parentField) || "agreements".equals(parentField);
        if (i == 0 && name.equals(Documents.SCHEMA_VERSION) && !o.has(name)) {
          mapped = LEGACY_VERSION_FIELD;
        } else if (i == 0 && name.equals(Documents.KIND) && !o.has(name)) {
          mapped = "type";
        } else if (name.equals("programme") && !o.has(name) && o.has("programmeId")) {
          mapped = "programmeId";
        } else if (name.equals("extensions") && !o.has(name) && o.has("vendorData")) {
          mapped = "vendorData";
        } else if (goalOrAgreement && name.equals("statusHistory") && !o.has(name) && o.has("status")) {
          String field = i + 2 < parts.length && parts[i + 1].equals("0") && parts[i + 2].equals("date")
              ? "statusDate" : "status";
          return out.append('/').append(field).toString();
        }
        at = o.get(mapped.replace("~1", "/").replace("~0", "~")).orElse(null);
        parentField = mapped.replace("~1", "/").replace("~0", "~");
      } else if (at instanceof JsonArray a && part.matches("0|[1-9][0-9]{0,8}")) {
        at = Integer.parseInt(part) < a.size() ? a.get(Integer.parseInt(part)) : null;
      } else {
        at = null;
      }
      out.append('/').append(mapped);
    }
    return out.toString();
  }
}
