package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.Migration;
import java.util.Iterator;
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
 * ObjectNode v10 = new Draft09Migration().migrate(v09); // v09 unchanged
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
  public ObjectNode migrate(ObjectNode document) {
    ObjectNode in = document.deepCopy();
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put(Documents.SCHEMA_VERSION, "1.0");
    JsonNode type = in.get("type");
    if (type == null || !type.isTextual()) {
      throw new IllegalArgumentException("a 0.9 document needs a type");
    }
    String kind = type.textValue().replace('_', '-');
    out.put(Documents.KIND, kind);
    in.remove(LEGACY_VERSION_FIELD);
    in.remove("type");
    ObjectNode body = (ObjectNode) walk(in, null);
    if (kind.equals("course")) {
      renameCourse(body);
    } else if (kind.equals("cohort") && body.get("courses") instanceof ArrayNode courses) {
      courses.forEach(c -> {
        if (c instanceof ObjectNode o) {
          renameCourse(o);
        }
      });
    }
    out.setAll(body);
    return out;
  }

  private static void renameCourse(ObjectNode course) {
    if (course.has("programmeId") && !course.has("programme")) {
      ObjectNode copy = rename(course, "programmeId", "programme");
      course.removeAll();
      course.setAll(copy);
    }
  }

  /** Copies a tree, renaming vendorData to extensions and turning status/statusDate into statusHistory. */
  private static JsonNode walk(JsonNode node, String parentField) {
    if (node.isArray()) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> a.add(walk(e, parentField)));
      return a;
    }
    if (!node.isObject()) {
      return node;
    }
    boolean goalOrAgreement = "goals".equals(parentField) || "agreements".equals(parentField);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (name.equals("vendorData")) {
        out.set("extensions", e.getValue());
      } else if (goalOrAgreement && name.equals("status") && node.has("statusDate") && !node.has("statusHistory")) {
        ObjectNode change = JsonNodeFactory.instance.objectNode();
        change.set("date", node.get("statusDate"));
        change.set("status", e.getValue());
        out.putArray("statusHistory").add(change);
      } else if (goalOrAgreement && name.equals("statusDate") && node.has("status")
          && !node.has("statusHistory")) {
        continue;
      } else {
        out.set(name, walk(e.getValue(), name));
      }
    }
    return out;
  }

  private static ObjectNode rename(ObjectNode node, String from, String to) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    node.properties().iterator().forEachRemaining(e -> out.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
    return out;
  }
}
