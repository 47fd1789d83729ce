package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.internal.Documents;
import dk.samarbejdsmodel.json.internal.Jackson2Trees;
import dk.samarbejdsmodel.json.internal.ObjectCodec;
import dk.samarbejdsmodel.json.internal.SchemaContext;
import dk.samarbejdsmodel.json.tree.JsonObject;
import java.io.InputStream;
import java.util.Optional;

/**
 * JSON-skemaer: the JSON Schema (draft 2020-12) of every document kind, generated from the same codec
 * descriptions the reader and writer use, and published in this jar under
 * {@code dk/samarbejdsmodel/json/schema/<kind>.schema.json} (and in the repository's {@code docs/schema/}).
 *
 * <p>The schemas describe the strict, canonical format: unknown fields are not allowed (except inside
 * {@code extensions}, which every object may carry). Fields holding personal data carry
 * {@code "x-personal-data": true}. The schema checks shape — types, required fields, dates, codes, ranges of
 * single numbers — but not cross-references (an agreement's goal ids, overlapping periods …); the reader checks
 * those too.
 *
 * <pre>{@code
 * String schema = JsonSchemas.schemaText(DocumentKind.COURSE);          // canonical, indented text
 * JsonObject tree = JsonSchemas.schema(DocumentKind.COURSE);            // the same schema as a tree
 * try (InputStream in = JsonSchemas.publishedSchema(DocumentKind.COURSE).orElseThrow()) { ... }
 * }</pre>
 */
public final class JsonSchemas {

  /** The JSON Schema dialect. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  /** The base of every schema's {@code $id}. */
  public static final String ID_BASE = "https://schema.samarbejdsmodel.dk/" + FormatVersion.CURRENT + "/";
  /** The keyword marking personal data. */
  public static final String PERSONAL_DATA = "x-personal-data";
  /** The class-path folder of the published schemas. */
  public static final String RESOURCE_FOLDER = "dk/samarbejdsmodel/json/schema/";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSchemas() {}

  /**
   * The schema of a kind, generated, as the SDK's own immutable JSON tree (see {@link #schemaText} for the
   * published text).
   */
  public static JsonObject schema(DocumentKind<?> kind) {
    return Jackson2Trees.object(schemaNode(kind));
  }

  private static ObjectNode schemaNode(DocumentKind<?> kind) {
    SchemaContext s = new SchemaContext();
    ObjectCodec<?, ?> codec = Documents.codec(kind);
    ObjectNode body = codec.objectSchema(s);
    ObjectNode root = SchemaContext.node();
    root.put("$schema", DIALECT);
    root.put("$id", ID_BASE + kind.schemaFileName());
    root.put("title", "Samarbejdsmodellen " + kind.wireName() + " document, format " + FormatVersion.CURRENT);
    root.put("type", "object");
    ObjectNode props = root.putObject("properties");
    props.set(Documents.SCHEMA_VERSION, SchemaContext.node().put("type", "string")
        .put("pattern", "^" + FormatVersion.CURRENT.major() + "\\.(0|[1-9][0-9]{0,3})$")
        .put("description", "the format version, MAJOR.MINOR; this schema describes " + FormatVersion.CURRENT));
    props.set(Documents.KIND, SchemaContext.node().put("const", kind.wireName()));
    props.setAll((ObjectNode) body.get("properties"));
    ArrayNode required = root.putArray("required");
    required.add(Documents.SCHEMA_VERSION).add(Documents.KIND);
    if (body.has("required")) {
      required.addAll((ArrayNode) body.get("required"));
    }
    root.put("additionalProperties", false);
    ObjectNode defs = s.defs();
    defs.set("Extensions", SchemaContext.node()
        .put("description", "vendor data; keys are namespaced like dk.vendor.system:name; values are any JSON")
        .put("type", "object")
        .set("propertyNames", SchemaContext.node().put("pattern", "^" + Retained.EXTENSION_KEY.pattern() + "$")));
    java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode> byName = new java.util.TreeMap<>();
    defs.properties().iterator().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
    ObjectNode sorted = root.putObject("$defs");
    byName.forEach(sorted::set);
    return root;
  }

  /** The schema of a kind as indented text with {@code \n} line ends and a final line end (as published). */
  public static String schemaText(DocumentKind<?> kind) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(schemaNode(kind)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema published in this jar, as a stream the caller closes. */
  public static Optional<InputStream> publishedSchema(DocumentKind<?> kind) {
    return Optional.ofNullable(JsonSchemas.class.getClassLoader()
        .getResourceAsStream(RESOURCE_FOLDER + kind.schemaFileName()));
  }
}
