package dk.samarbejdsmodel.validation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.nio.charset.StandardCharsets;

/**
 * {@link dk.samarbejdsmodel.validation.ValidDocument} on a Jackson 2 {@code JsonNode}: the tree is written as text
 * and read like any document, so the size and syntax limits apply too. Internal.
 */
public final class DocumentNodeValidator extends DocumentValidator<JsonNode> {

  @Override
  ReadResult<?> read(SamJson json, JsonNode value, DocumentKind<?> kind) {
    return bytes(json, value.toString().getBytes(StandardCharsets.UTF_8), kind);
  }
}
