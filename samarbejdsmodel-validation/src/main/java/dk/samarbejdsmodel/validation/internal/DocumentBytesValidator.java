package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;

/** {@link dk.samarbejdsmodel.validation.ValidDocument} on {@code byte[]}. Internal. */
public final class DocumentBytesValidator extends DocumentValidator<byte[]> {

  @Override
  ReadResult<?> read(SamJson json, byte[] value, DocumentKind<?> kind) {
    return bytes(json, value, kind);
  }
}
