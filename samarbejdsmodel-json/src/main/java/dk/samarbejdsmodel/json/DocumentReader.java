package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.internal.DecodeContext;
import dk.samarbejdsmodel.json.internal.Documents;
import dk.samarbejdsmodel.json.internal.Draft09Migration;
import dk.samarbejdsmodel.json.internal.Jackson2Trees;
import dk.samarbejdsmodel.json.internal.Pointers;
import dk.samarbejdsmodel.json.internal.Utf8;
import dk.samarbejdsmodel.json.tree.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dokumentlæser: reads documents into the immutable core types. It never throws for bad input: every problem
 * — too large, not UTF-8, not JSON, truncated, duplicate keys, too deep, unknown version or kind, unknown
 * fields (strict mode), wrong types, and every structural violation the core model finds — comes back in the
 * {@link ReadResult} as a {@link ReadError} with a JSON Pointer. Thread-safe; get it from {@link SamJson#reader()}.
 *
 * <pre>{@code
 * ReadResult<Course> r = SamJson.defaults().reader().read(bytes, DocumentKind.COURSE);
 * ReadResult<?> any = SamJson.defaults().reader().read(bytes); // whatever kind the document says
 * }</pre>
 */
public final class DocumentReader {

  /** The logger, made on the first refused document (a valid read never initialises the logging facade). */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
  }

  private static final Set<String> ENVELOPE = Set.of(Documents.SCHEMA_VERSION, Documents.KIND);
  /** Jackson's words for a duplicate key; the name runs to the last quote of the line (it may hold quotes). */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private final SamJson config;

  DocumentReader(SamJson config) {
    this.config = config;
  }

  /** Reads a document of any kind. */
  public ReadResult<?> read(byte[] bytes) {
    return logged(readBytes(bytes, null));
  }

  /** Reads a document that must be of the given kind. */
  public <T> ReadResult<T> read(byte[] bytes, DocumentKind<T> kind) {
    return logged(readBytes(bytes, kind));
  }

  /** Reads a document from a string (it is encoded as UTF-8 first). */
  public <T> ReadResult<T> read(String json, DocumentKind<T> kind) {
    return logged(readBytes(json.getBytes(StandardCharsets.UTF_8), kind));
  }

  /**
   * Reads a document from a stream, reading at most the size limit plus one byte; the stream is not closed.
   *
   * @throws UncheckedIOException if the stream itself fails (not for bad content)
   */
  public <T> ReadResult<T> read(InputStream in, DocumentKind<T> kind) {
    int limit = config.limits().maxDocumentBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, (long) limit + 1 - out.size()))) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          return ReadResult.failure(List.of(ReadError.of("", ErrorCode.TOO_LARGE, limit)), null, null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return logged(readBytes(out.toByteArray(), kind));
  }

  /**
   * Reads a document given as the SDK's own JSON tree (for example one built or changed with
   * {@link JsonObject#with}, or {@link DocumentWriter#toTree}); the size and syntax checks of the byte readers do
   * not apply (the tree is already parsed). A Jackson 2 {@code JsonNode} is read with
   * {@link SamarbejdsmodelModule#read}.
   */
  public <T> ReadResult<T> read(JsonObject document, DocumentKind<T> kind) {
    return logged(readTree(Jackson2Trees.node(document), kind));
  }

  /** Reads an already parsed Jackson 2 tree (for {@link SamarbejdsmodelModule}). */
  <T> ReadResult<T> readNode(JsonNode tree, DocumentKind<T> kind) {
    return logged(readTree(tree, kind));
  }

  /** Logs the outcome at debug level: kind and error codes only, never document content. */
  private static <T> ReadResult<T> logged(ReadResult<T> result) {
    if (!result.isValid() && Log.LOG.isDebugEnabled()) {
      Log.LOG.debug("document refused: {}", result);
    }
    return result;
  }

  // ------------------------------------------------------------------ bytes

  /**
   * The streaming read: size and UTF-8 checks, then one pass of the parser that decodes and validates as it
   * goes. A canonical document ({@code schemaVersion} of the current major version first, {@code kind} second,
   * as every writer of the format puts them) is decoded straight from the parser; any other document (older
   * versions that need a migration, the envelope elsewhere, envelope errors, something after the document) is
   * parsed to a tree first and decoded from that, with the same codecs.
   */
  private <T> ReadResult<T> readBytes(byte[] bytes, DocumentKind<T> expected) {
    int limit = config.limits().maxDocumentBytes();
    if (bytes.length > limit) {
      return fail(ReadError.of("", ErrorCode.TOO_LARGE, limit));
    }
    int bad = Utf8.firstInvalid(bytes);
    if (bad >= 0) {
      return fail(ReadError.of("", ErrorCode.NOT_UTF8, bad));
    }
    try (JsonParser p = config.streamingFactory().createParser(bytes)) {
      ReadResult<T> streamed = readStream(p, expected);
      return streamed != null ? streamed : readViaTree(bytes, expected);
    } catch (DecodeContext.Fatal f) {
      return fail(f.error());
    } catch (IOException e) {
      // a syntax or limit error: report it exactly as a whole-document parse words and places it (a second
      // parse, on the error path only)
      return readViaTree(bytes, expected);
    }
  }

  /** The fast path, or {@code null} when the document needs the tree path. */
  @SuppressWarnings("unchecked")
  private <T> ReadResult<T> readStream(JsonParser p, DocumentKind<T> expected) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT
        || !Documents.SCHEMA_VERSION.equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    Optional<FormatVersion> version = FormatVersion.parse(p.getText());
    if (version.isEmpty() || version.get().isNewerMajor() || !version.get().isReadableAsCurrent()
        || !Documents.KIND.equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    Optional<DocumentKind<?>> kind = DocumentKind.byName(p.getText());
    if (kind.isEmpty() || expected != null && kind.get() != expected) {
      return null;
    }
    DocumentKind<Object> k = (DocumentKind<Object>) kind.get();
    DecodeContext ctx = context();
    Object value = Documents.codec(k).readMembers(p, ctx, ENVELOPE, true);
    if (p.nextToken() != null) {
      return null; // something after the document: the tree path reports it exactly as the parser words it
    }
    return (ReadResult<T>) finish(k, value, ctx, version.get());
  }

  private DecodeContext context() {
    return new DecodeContext(config.mode(), config::programme, config::instrument, config.maxErrors(),
        config::consentPolicy);
  }

  private <T> ReadResult<T> readViaTree(byte[] bytes, DocumentKind<T> expected) {
    JsonNode tree;
    try {
      tree = config.mapper().readTree(bytes);
    } catch (IOException e) {
      return fail(parseError(e));
    } catch (NumberFormatException e) {
      return fail(numberOutOfRange(bytes));
    }
    if (tree == null || tree.isMissingNode()) {
      return fail(ReadError.of("", ErrorCode.TRUNCATED));
    }
    return readTree(tree, expected);
  }

  private ReadResult<Object> finish(DocumentKind<Object> k, Object value, DecodeContext ctx,
      FormatVersion source) {
    if (value != null) {
      Documents.checkStandalone(k, value, ctx, config.catalogue());
    }
    if (value == null || ctx.errorCount() > 0) {
      if (ctx.errorCount() == 0) {
        ctx.error(ErrorCode.INVALID_VALUE);
      }
      return ReadResult.failure(ctx.errors(), k, source);
    }
    return ReadResult.success(value, k, ctx.retained(), source);
  }

  /**
   * A number whose exponent no {@code BigDecimal} holds ({@code 1e9999999999}): refused at its pointer rather
   * than changed (extensions keep numbers exactly).
   */
  private ReadError numberOutOfRange(byte[] bytes) {
    try (JsonParser p = config.streamingFactory().createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          try {
            p.getDecimalValue();
          } catch (NumberFormatException e) {
            return ReadError.of(p.getParsingContext().pathAsPointer().toString(), ErrorCode.NUMBER_OUT_OF_RANGE,
                "-1E+2147483647", "1E+2147483647");
          }
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // fall through to the document as a whole
    }
    return ReadError.of("", ErrorCode.NUMBER_OUT_OF_RANGE, "-1E+2147483647", "1E+2147483647");
  }

  private ReadError parseError(IOException e) {
    String message = String.valueOf(e.getMessage());
    String pointer = "";
    if (e instanceof JsonProcessingException jpe && jpe.getProcessor() instanceof JsonParser p) {
      try {
        pointer = p.getParsingContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        pointer = "";
      }
    }
    Limits l = config.limits();
    if (e instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return ReadError.of(pointer, ErrorCode.TOO_DEEP, l.maxNestingDepth());
      } else if (message.contains("Number value length")) {
        return ReadError.of(pointer, ErrorCode.NUMBER_TOO_LONG, l.maxNumberLength());
      } else if (message.contains("Name length")) {
        return ReadError.of(pointer, ErrorCode.STRING_TOO_LONG, Limits.MAX_NAME_LENGTH);
      } else if (message.contains("Document length")) {
        return ReadError.of("", ErrorCode.TOO_LARGE, l.maxDocumentBytes());
      }
      return ReadError.of(pointer, ErrorCode.STRING_TOO_LONG, l.maxStringLength());
    }
    if (e instanceof JsonEOFException || message.contains("end-of-input")) {
      return ReadError.of(pointer, ErrorCode.TRUNCATED);
    }
    if (e instanceof CharConversionException || message.contains("Invalid UTF-8")) {
      return ReadError.of("", ErrorCode.NOT_UTF8, -1);
    }
    Matcher dup = DUPLICATE.matcher(message);
    if (dup.find()) {
      String parent = pointer.endsWith("/" + dup.group(1).replace("~", "~0").replace("/", "~1"))
          ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer;
      return ReadError.of(Pointers.child(parent, dup.group(1)), ErrorCode.DUPLICATE_KEY);
    }
    JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
    return ReadError.of(pointer, ErrorCode.MALFORMED_JSON, loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr());
  }

  // ------------------------------------------------------------------ tree

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> ReadResult<T> readTree(JsonNode tree, DocumentKind<T> expected) {
    if (!tree.isObject()) {
      return fail(ReadError.of("", ErrorCode.NOT_AN_OBJECT));
    }
    ObjectNode root = (ObjectNode) tree;
    // version
    JsonNode versionNode = root.has(Documents.SCHEMA_VERSION) ? root.get(Documents.SCHEMA_VERSION)
        : root.get(Draft09Migration.LEGACY_VERSION_FIELD);
    String versionField = root.has(Documents.SCHEMA_VERSION) ? Documents.SCHEMA_VERSION
        : root.has(Draft09Migration.LEGACY_VERSION_FIELD) ? Draft09Migration.LEGACY_VERSION_FIELD
        : Documents.SCHEMA_VERSION;
    if (versionNode == null || versionNode.isNull()) {
      return fail(ReadError.of("/" + Documents.SCHEMA_VERSION, ErrorCode.REQUIRED));
    }
    Optional<FormatVersion> parsed = versionNode.isTextual() ? FormatVersion.parse(versionNode.textValue())
        : Optional.empty();
    if (parsed.isEmpty()) {
      return fail(ReadError.of("/" + versionField, ErrorCode.INVALID_VERSION));
    }
    FormatVersion source = parsed.get();
    if (source.isNewerMajor()) {
      return ReadResult.failure(List.of(ReadError.of("/" + versionField, ErrorCode.UNSUPPORTED_VERSION,
          source.toString(), FormatVersion.CURRENT.major() + ".x")), null, source);
    }
    FormatVersion version = source;
    List<Migration> applied = new java.util.ArrayList<>();
    List<JsonObject> before = new java.util.ArrayList<>();
    JsonObject migrated = version.isReadableAsCurrent() ? null : Jackson2Trees.object(root);
    while (!version.isReadableAsCurrent()) {
      FormatVersion from = version;
      Optional<Migration> m = config.migrations().stream().filter(x -> x.from().equals(from)).findFirst();
      if (m.isEmpty()) {
        return ReadResult.failure(List.of(ReadError.of("/" + versionField, ErrorCode.UNSUPPORTED_VERSION,
            source.toString(), FormatVersion.CURRENT.major() + ".x")), null, source);
      }
      try {
        applied.add(m.get());
        before.add(migrated);
        migrated = java.util.Objects.requireNonNull(m.get().migrate(migrated), "a migration returned null");
        if (m.get().to().compareTo(from) <= 0) {
          throw new IllegalStateException("a migration must move forward");
        }
        version = m.get().to();
      } catch (RuntimeException e) {
        return ReadResult.failure(List.of(ReadError.of("", ErrorCode.MIGRATION_FAILED, from.toString())), null,
            source);
      }
    }
    if (migrated != null) {
      root = Jackson2Trees.node(migrated);
    }
    return inSource(readMigrated(root, expected, source), applied, before);
  }

  /**
   * The result with every error's pointer mapped back through the migrations applied, so that it points into
   * the document as it was sent (a 0.9 draft's {@code programmeId}, not the migrated {@code programme}).
   */
  private static <T> ReadResult<T> inSource(ReadResult<T> result, List<Migration> applied, List<JsonObject> before) {
    if (applied.isEmpty() || result.isValid()) {
      return result;
    }
    List<ReadError> mapped = new java.util.ArrayList<>();
    for (ReadError e : result.errors()) {
      String pointer = e.pointer();
      for (int i = applied.size() - 1; i >= 0; i--) {
        try {
          pointer = applied.get(i).sourcePointer(pointer, before.get(i));
        } catch (RuntimeException ignored) {
          // a migration that cannot map a pointer leaves it as it is
        }
      }
      mapped.add(pointer.equals(e.pointer()) ? e : new ReadError(pointer, e.code(), e.messageDa(), e.messageEn()));
    }
    return ReadResult.failure(mapped, result.kind().orElse(null), result.sourceVersion().orElse(null));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> ReadResult<T> readMigrated(ObjectNode root, DocumentKind<T> expected, FormatVersion source) {
    // kind
    JsonNode kindNode = root.get(Documents.KIND);
    if (kindNode == null || kindNode.isNull()) {
      return ReadResult.failure(List.of(ReadError.of("/" + Documents.KIND, ErrorCode.REQUIRED)), null, source);
    }
    Optional<DocumentKind<?>> kind = kindNode.isTextual() ? DocumentKind.byName(kindNode.textValue())
        : Optional.empty();
    if (kind.isEmpty()) {
      return ReadResult.failure(List.of(ReadError.of("/" + Documents.KIND, ErrorCode.UNKNOWN_KIND)), null, source);
    }
    if (expected != null && kind.get() != expected) {
      return ReadResult.failure(List.of(ReadError.of("/" + Documents.KIND, ErrorCode.WRONG_KIND,
          expected.wireName(), kind.get().wireName())), kind.get(), source);
    }
    DocumentKind<Object> k = (DocumentKind<Object>) kind.get();
    DecodeContext ctx = context();
    Object value;
    try (JsonParser p = root.traverse()) {
      p.nextToken();
      value = Documents.codec(k).readMembers(p, ctx, ENVELOPE, false);
    } catch (DecodeContext.Fatal f) {
      return fail(f.error());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree cannot fail to be traversed
    }
    return (ReadResult<T>) finish(k, value, ctx, source);
  }

  private static <T> ReadResult<T> fail(ReadError error) {
    return ReadResult.failure(List.of(error), null, null);
  }
}
