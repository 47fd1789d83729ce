package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;

/** {@link dk.samarbejdsmodel.validation.ValidDocument} on {@code CharSequence}. Internal. */
public final class DocumentStringValidator extends DocumentValidator<CharSequence> {

  @Override
  ReadResult<?> read(SamJson json, CharSequence value, DocumentKind<?> kind) {
    return bytes(json, value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), kind);
  }
}
