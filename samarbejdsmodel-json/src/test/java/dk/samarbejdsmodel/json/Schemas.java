package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the published schemas with the networknt validator (3.x, which parses with
 * Jackson 3), as a vendor would. Results are "instance location: message" strings; empty when valid.
 */
final class Schemas {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final tools.jackson.databind.ObjectMapper MAPPER3 = new tools.jackson.databind.ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentKind<?>, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The published schema of a kind (from the jar's resources). */
  static Schema published(DocumentKind<?> kind) {
    return CACHE.computeIfAbsent(kind, k -> {
      try (InputStream in = JsonSchemas.publishedSchema(k).orElseThrow()) {
        return REGISTRY.getSchema(MAPPER3.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The validation messages for a document; empty when valid. */
  static Set<String> validate(DocumentKind<?> kind, JsonNode document) {
    try {
      return validate(kind, MAPPER.writeValueAsBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation messages for a document's bytes. */
  static Set<String> validate(DocumentKind<?> kind, byte[] document) {
    Set<String> messages = new TreeSet<>();
    for (Error e : published(kind).validate(MAPPER3.readTree(document))) {
      messages.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return messages;
  }
}
