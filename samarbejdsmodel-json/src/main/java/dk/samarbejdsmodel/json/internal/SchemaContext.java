package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Skemakontekst: collects the {@code $defs} of one schema while it is generated. Not thread-safe; one per
 * schema. Internal.
 *
 * <pre>{@code
 * SchemaContext s = new SchemaContext();
 * ObjectNode ref = ModelCodecs.GOAL.schema(s); // {"$ref": "#/$defs/Goal"}
 * ObjectNode defs = s.defs();
 * }</pre>
 */
public final class SchemaContext {

  private final TreeMap<String, ObjectNode> defs = new TreeMap<>();

  /** A {@code $ref} to a definition, generating it on first use. */
  public ObjectNode ref(String name, Supplier<ObjectNode> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, JsonNodeFactory.instance.objectNode()); // placeholder against recursion
      defs.put(name, definition.get());
    }
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/" + name);
  }

  /** The definitions, sorted by name. */
  public ObjectNode defs() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    defs.forEach(n::set);
    return n;
  }

  /** A new empty object node. */
  public static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }
}
