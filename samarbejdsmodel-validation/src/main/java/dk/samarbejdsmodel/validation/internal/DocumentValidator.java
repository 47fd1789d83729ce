package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.validation.DocumentType;
import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.ValidDocument;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * {@link ValidDocument}: reads the document with the SDK reader; each read error is one problem at its JSON
 * Pointer. Internal.
 *
 * @param <T> the payload type
 */
abstract class DocumentValidator<T> extends ProblemValidator<ValidDocument, T> {

  private DocumentType type;

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.ValidDocument.message}";
  }

  @Override
  String message(ValidDocument a) {
    return a.message();
  }

  @Override
  void init(ValidDocument a) {
    type = a.kind();
  }

  abstract ReadResult<?> read(SamJson json, T value, DocumentKind<?> kind);

  @Override
  List<Problem> problems(T value, ConstraintValidatorContext context) {
    SamJson json = Settings.of(context).json();
    ReadResult<?> r = read(json, value, type.kind());
    return r.errors().stream().map(Problem::of).toList();
  }

  static ReadResult<?> bytes(SamJson json, byte[] bytes, DocumentKind<?> kind) {
    return kind == null ? json.reader().read(bytes) : json.reader().read(bytes, kind);
  }
}
