package dk.samarbejdsmodel.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Ugyldigt dokument: thrown by {@link ReadResult#orElseThrow()} when a document could not be read. It carries
 * every {@link ReadError}; its message lists pointers and codes only, never document content.
 *
 * <pre>{@code
 * try {
 *   Course c = json.reader().read(bytes, DocumentKind.COURSE).orElseThrow();
 * } catch (InvalidDocumentException e) {
 *   e.errors().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class InvalidDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ReadError> errors;

  /** Creates the exception for a non-empty list of errors. */
  public InvalidDocumentException(List<ReadError> errors) {
    super("invalid document (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "): "
        + errors.stream().limit(20).map(e -> (e.pointer().isEmpty() ? "(document)" : e.pointer()) + " " + e.code())
            .collect(Collectors.joining(", ")) + (errors.size() > 20 ? ", …" : ""));
    this.errors = List.copyOf(errors);
  }

  /** Every error. */
  public List<ReadError> errors() {
    return errors;
  }
}
