package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.ReadError;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.util.List;

/**
 * {@link dk.samarbejdsmodel.validation.ValidDocument} on a {@link ReadResult} the application has already read
 * (for example in an HTTP message converter): its errors are reported as they are, without reading the document a
 * second time; a valid result of another kind than the constraint's is a {@code WRONG_KIND} error at
 * {@code /kind}, as the reader reports it. Internal.
 */
public final class DocumentResultValidator extends DocumentValidator<ReadResult<?>> {

  @Override
  ReadResult<?> read(SamJson json, ReadResult<?> value, DocumentKind<?> kind) {
    if (kind == null || !value.isValid() || value.kind().map(k -> k == kind).orElse(false)) {
      return value;
    }
    String found = value.kind().map(DocumentKind::wireName).orElse("?");
    return ReadResult.failure(List.of(ReadError.of("/kind", ErrorCode.WRONG_KIND, kind.wireName(), found)),
        value.kind().orElse(null), value.sourceVersion().orElse(null));
  }
}
