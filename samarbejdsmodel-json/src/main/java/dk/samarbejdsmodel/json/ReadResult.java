package dk.samarbejdsmodel.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Læseresultat: the outcome of reading a document — the value, or every error found; never both. Also the
 * document's kind (when it could be told), the version it was written in (before any migration) and the data
 * retained beyond the model (extensions; unknown fields in lenient mode).
 *
 * <pre>{@code
 * ReadResult<Course> r = json.reader().read(bytes, DocumentKind.COURSE);
 * if (r.isValid()) {
 *   Course course = r.value().orElseThrow();
 * } else {
 *   r.errors().forEach(e -> System.out.println(e.pointer() + " " + e.code() + " " + e.messageDa()));
 * }
 * }</pre>
 *
 * @param <T> the core type read
 */
public final class ReadResult<T> {

  private final T value;
  private final List<ReadError> errors;
  private final DocumentKind<?> kind;
  private final Retained retained;
  private final FormatVersion sourceVersion;

  private ReadResult(T value, List<ReadError> errors, DocumentKind<?> kind, Retained retained,
      FormatVersion sourceVersion) {
    this.value = value;
    this.errors = List.copyOf(errors);
    this.kind = kind;
    this.retained = Objects.requireNonNull(retained);
    this.sourceVersion = sourceVersion;
  }

  /** A successful result. */
  public static <T> ReadResult<T> success(T value, DocumentKind<?> kind, Retained retained,
      FormatVersion sourceVersion) {
    return new ReadResult<>(Objects.requireNonNull(value), List.of(), kind, retained, sourceVersion);
  }

  /** A failed result with at least one error. */
  public static <T> ReadResult<T> failure(List<ReadError> errors, DocumentKind<?> kind, FormatVersion sourceVersion) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failed result needs at least one error");
    }
    return new ReadResult<>(null, errors, kind, Retained.empty(), sourceVersion);
  }

  /** True when the document was read without errors. */
  public boolean isValid() {
    return value != null;
  }

  /** The value read, when valid. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The value, or an {@link InvalidDocumentException} listing every error. */
  public T orElseThrow() {
    if (value == null) {
      throw new InvalidDocumentException(errors);
    }
    return value;
  }

  /** Every error, in document order; empty when valid. */
  public List<ReadError> errors() {
    return errors;
  }

  /** The document's kind, when the {@code kind} field could be read. */
  public Optional<DocumentKind<?>> kind() {
    return Optional.ofNullable(kind);
  }

  /** The format version the document was written in, before migration, when it could be read. */
  public Optional<FormatVersion> sourceVersion() {
    return Optional.ofNullable(sourceVersion);
  }

  /** Extensions and (lenient mode) unknown fields, to be written back with {@link DocumentWriter}. */
  public Retained retained() {
    return retained;
  }

  /** The kind, validity and error codes; never document content. */
  @Override
  public String toString() {
    return "ReadResult[" + (kind == null ? "?" : kind.wireName()) + ", "
        + (isValid() ? "valid" : errors.size() + " errors " + errors.stream().map(e -> e.code().name()).toList())
        + "]";
  }
}
