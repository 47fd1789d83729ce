package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates documents against the published schemas with the networknt validator, as a vendor would. */
final class Schemas {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<DocumentKind<?>, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The published schema of a kind (from the jar's resources). */
  static JsonSchema published(DocumentKind<?> kind) {
    return CACHE.computeIfAbsent(kind, k -> {
      try (InputStream in = JsonSchemas.publishedSchema(k).orElseThrow()) {
        return FACTORY.getSchema(MAPPER.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The validation messages for a document; empty when valid. */
  static Set<ValidationMessage> validate(DocumentKind<?> kind, JsonNode document) {
    return published(kind).validate(document);
  }

  /** The validation messages for a document's bytes. */
  static Set<ValidationMessage> validate(DocumentKind<?> kind, byte[] document) {
    try {
      return validate(kind, MAPPER.readTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
