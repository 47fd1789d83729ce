package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.json.internal.Documents;
import dk.samarbejdsmodel.json.internal.EncodeContext;
import dk.samarbejdsmodel.json.internal.Jackson2Trees;
import dk.samarbejdsmodel.json.tree.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Dokumentskriver: writes core values as documents in canonical form — {@code schemaVersion} and {@code kind}
 * first, then the fields in the fixed order of the format reference, empty lists and absent optional values
 * left out, sets sorted, then retained unknown fields and {@code extensions}. Reading a canonical document and
 * writing it again gives the same bytes. Output is UTF-8. Thread-safe and immutable.
 *
 * <pre>{@code
 * DocumentWriter w = SamJson.defaults().writer();
 * byte[] bytes = w.write(DocumentKind.GOAL_AGREEMENT_FORM, form);
 * byte[] same = w.write(json.reader().read(bytes, DocumentKind.GOAL_AGREEMENT_FORM)); // byte-identical
 * String pretty = w.withPrettyPrint(true).writeString(DocumentKind.GOAL_AGREEMENT_FORM, form);
 * byte[] shared = w.withView(ExportViews.teamShare(course, recipient, date))
 *     .write(DocumentKind.GOAL_AGREEMENT_FORM, form);                       // see ExportViews
 * }</pre>
 */
public final class DocumentWriter {

  private final SamJson config;
  private final ExportView view;
  private final boolean pretty;
  private final DefaultPrettyPrinter printer;

  DocumentWriter(SamJson config, ExportView view, boolean pretty) {
    this.config = config;
    this.view = Objects.requireNonNull(view);
    this.pretty = pretty;
    if (pretty) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""));
      printer.indentObjectsWith(indenter);
      printer.indentArraysWith(indenter);
      this.printer = printer;
    } else {
      this.printer = null;
    }
  }

  /** This writer with another export view (default {@link ExportView#FULL}). */
  public DocumentWriter withView(ExportView exportView) {
    return new DocumentWriter(config, exportView, pretty);
  }

  /** This writer with or without indentation. */
  public DocumentWriter withPrettyPrint(boolean indent) {
    return new DocumentWriter(config, view, indent);
  }

  /** The export view. */
  public ExportView view() {
    return view;
  }

  /** The document for a value, as UTF-8 bytes. */
  public <T> byte[] write(DocumentKind<T> kind, T value) {
    return write(kind, value, Retained.empty());
  }

  /** The document for a value with retained extensions and unknown fields put back, as UTF-8 bytes. */
  public <T> byte[] write(DocumentKind<T> kind, T value, Retained retained) {
    if (view != ExportView.FULL) {
      return writeViaTree(kind, value, retained);
    }
    check(kind, value, retained);
    ByteArrayBuilder bytes = new ByteArrayBuilder(16_000);
    try (JsonGenerator g = config.mapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setCodec(config.mapper());
      if (printer != null) {
        g.setPrettyPrinter(printer.createInstance());
      }
      writeDocument(kind, value, retained, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The document built as a tree and then serialised: the writer's way for export views, and for the full
   * view the reference the streaming writer is tested against (byte for byte).
   */
  <T> byte[] writeViaTree(DocumentKind<T> kind, T value, Retained retained) {
    ObjectNode tree = toNode(kind, value, retained);
    try {
      ObjectWriter out = printer == null ? config.mapper().writer() : config.mapper().writer(printer);
      return out.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not serialise a " + kind.wireName() + " tree", e);
    }
  }

  /**
   * Streams the canonical document straight to the generator (no tree): the envelope, then the body as the
   * codec describes it; pointers are built only when there is retained data to put back.
   */
  private static <T> void writeDocument(DocumentKind<T> kind, T value, Retained retained, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(Documents.SCHEMA_VERSION, FormatVersion.CURRENT.toString());
    g.writeStringField(Documents.KIND, kind.wireName());
    Documents.codec(kind).writeMembers(value, g, retained.isEmpty() ? null : "", new EncodeContext(retained), null);
    g.writeEndObject();
  }

  private static <T> void check(DocumentKind<T> kind, T value, Retained retained) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(retained, "retained");
    if (!kind.type().isInstance(value)) {
      throw new IllegalArgumentException("a " + kind.wireName() + " document holds a " + kind.type().getSimpleName());
    }
  }

  /**
   * The document for a valid read result, with its retained data.
   *
   * @throws InvalidDocumentException if the result is not valid
   */
  @SuppressWarnings("unchecked")
  public <T> byte[] write(ReadResult<T> result) {
    T value = result.orElseThrow();
    return write((DocumentKind<T>) result.kind().orElseThrow(), value, result.retained());
  }

  /** The document as a string. */
  public <T> String writeString(DocumentKind<T> kind, T value) {
    return new String(write(kind, value), StandardCharsets.UTF_8);
  }

  /** Writes the document to a stream (not closed). */
  public <T> void write(DocumentKind<T> kind, T value, Retained retained, OutputStream stream) {
    try {
      stream.write(write(kind, value, retained));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document as a JSON tree (the SDK's own immutable {@link JsonObject}, numbers exact), after the export
   * view; {@link JsonObject#toJson()} of a {@link ExportView#FULL full} document is the compact canonical text.
   *
   * @throws IllegalArgumentException if the value is not of the kind's type, or the view cannot show it
   */
  public <T> JsonObject toTree(DocumentKind<T> kind, T value, Retained retained) {
    check(kind, value, retained);
    if (view == ExportView.FULL) {
      return Jackson2Trees.object(encode(kind, value, retained));
    }
    return view.render(kind, value, retained, withView(ExportView.FULL));
  }

  /** The document as a Jackson 2 tree, after the export view (for {@link SamarbejdsmodelModule}). */
  <T> ObjectNode toNode(DocumentKind<T> kind, T value, Retained retained) {
    check(kind, value, retained);
    return view == ExportView.FULL ? encode(kind, value, retained)
        : Jackson2Trees.node(view.render(kind, value, retained, withView(ExportView.FULL)));
  }

  private static <T> ObjectNode encode(DocumentKind<T> kind, T value, Retained retained) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put(Documents.SCHEMA_VERSION, FormatVersion.CURRENT.toString());
    root.put(Documents.KIND, kind.wireName());
    Documents.codec(kind).encodeInto(root, value, "", new EncodeContext(retained));
    return root;
  }
}
