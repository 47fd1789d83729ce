package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;

/** {@link dk.samarbejdsmodel.validation.ValidDocument} on {@code Object}. Internal. */
public final class DocumentObjectValidator extends DocumentValidator<Object> {

  @Override
  ReadResult<?> read(SamJson json, Object value, DocumentKind<?> kind) {
    // a Jackson 3 node, or any object whose toString() is the JSON text
    return bytes(json, String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8), kind);
  }
}
