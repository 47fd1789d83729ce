package dk.samarbejdsmodel.json;

/**
 * Læsetilstand: what the reader does with fields the format does not define.
 *
 * <pre>{@code
 * SamJson lenient = SamJson.builder().mode(ReadMode.LENIENT).build();
 * }</pre>
 */
public enum ReadMode {
  /** Streng (default): an unknown field is an {@link ErrorCode#UNKNOWN_FIELD} error. */
  STRICT,
  /** Lempelig: unknown fields are kept in {@link ReadResult#retained()} and written back unchanged. */
  LENIENT
}
