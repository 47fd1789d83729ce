package dk.samarbejdsmodel.json;

/**
 * Læsegrænser: the hardening limits applied before and while a document is parsed. Input beyond a limit is
 * refused with a clear error ({@link ErrorCode#TOO_LARGE}, {@link ErrorCode#TOO_DEEP},
 * {@link ErrorCode#STRING_TOO_LONG}, {@link ErrorCode#NUMBER_TOO_LONG}) instead of exhausting memory or stack.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxDocumentBytes(1 << 20); // 1 MiB
 * SamJson json = SamJson.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxDocumentBytes the largest document in bytes (default 16 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 64)
 * @param maxStringLength the longest string in characters (default 1,000,000)
 * @param maxNumberLength the longest number in characters (default 30)
 */
public record Limits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /**
   * The longest field name in characters, 50,000, fixed (not configurable: names are the format's own short field
   * names, or extension keys); a longer name is refused as {@link ErrorCode#STRING_TOO_LONG} with this limit.
   */
  public static final int MAX_NAME_LENGTH = 50_000;

  /** 16 MiB, the default document size limit. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /**
   * The deepest nesting a reader may be configured to accept, 500: the depth up to which reading and writing a
   * document both work on a thread with a 1 MiB stack (the reader and the writer recurse once per level;
   * docs/reliability.md §1 has the measurement). A higher configured limit is refused.
   */
  public static final int MAX_NESTING_DEPTH = 500;

  /** Checks that every limit is positive and the nesting depth at most {@value #MAX_NESTING_DEPTH}. */
  public Limits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
    if (maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException("the nesting depth limit can be at most " + MAX_NESTING_DEPTH
          + " (reading and writing recurse once per level)");
    }
  }

  /** The defaults: 16 MiB, depth 64, strings of 1,000,000 characters, numbers of 30 characters. */
  public static Limits defaults() {
    return new Limits(DEFAULT_MAX_DOCUMENT_BYTES, 64, 1_000_000, 30);
  }

  /** These limits with another document size limit. */
  public Limits withMaxDocumentBytes(int bytes) {
    return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /** These limits with another nesting depth limit. */
  public Limits withMaxNestingDepth(int depth) {
    return new Limits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
  }

  /** These limits with another string length limit. */
  public Limits withMaxStringLength(int length) {
    return new Limits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
  }

  /** These limits with another number length limit. */
  public Limits withMaxNumberLength(int length) {
    return new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
  }
}
