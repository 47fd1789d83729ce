package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.io.IOException;

/**
 * Jackson-modul: lets a plain {@code ObjectMapper} read and write the eight document kinds. It is found by
 * {@code ServiceLoader}, so {@code findAndRegisterModules()} is enough. Values are written as complete documents
 * ({@code schemaVersion}, {@code kind}, canonical fields) and read with the {@link DocumentReader}; an invalid
 * document fails with a {@link JsonMappingException} whose cause is an {@link InvalidDocumentException} listing
 * every error. The module never enables polymorphic default typing.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(course);
 * Course back = mapper.readValue(json, Course.class);
 * }</pre>
 *
 * <p>Size and syntax limits are those of the mapper you bring; use {@link SamJson#reader()} for hardened reading
 * of untrusted input. Whatever the mapper's settings, a document with a key twice in one object is refused
 * ({@link ErrorCode#DUPLICATE_KEY}, never "last one wins") and numbers in extensions are kept exactly.
 *
 * <p><b>Mapper settings the format does not follow.</b> A document is the format's, not the mapper's: the module
 * writes and reads it the same way whatever the mapper is configured to do. In particular
 * {@code FAIL_ON_UNKNOWN_PROPERTIES=false} does not make a STRICT module accept unknown fields in a document — the
 * read fails, and its message says so and names the fix (a module made with a {@link ReadMode#LENIENT} {@link SamJson},
 * which keeps the unknown fields). For the SDK's result types (findings, due items …) that setting is honoured.
 * Naming strategies, {@code @JsonInclude} defaults, date formats, ordering features and default typing never
 * change the documents or the result types; docs/getting-started.md lists them.
 *
 * <p><b>The module is the Jackson 2 edge of the SDK.</b> The rest of the json module's API uses no Jackson types
 * (documents as trees are the SDK's own {@link JsonValue}s); the conveniences that take or give Jackson trees are
 * here: {@link #read(JsonNode, DocumentKind)}, {@link #fromJackson(JsonNode)} and {@link #toJackson(JsonValue)}.
 * The {@link JsonValue} types themselves also serialise through the module as the JSON they hold.
 */
public final class SamarbejdsmodelModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with the default configuration ({@link SamJson#defaults()}); used by {@code ServiceLoader}. */
  public SamarbejdsmodelModule() {
    this(SamJson.defaults());
  }

  /** A module with a configuration (mode, programmes, instruments). */
  public SamarbejdsmodelModule(SamJson config) {
    super("samarbejdsmodel", new Version(1, 0, 0, "SNAPSHOT", "dk.samarbejdsmodel", "samarbejdsmodel-json"));
    this.config = config;
    for (DocumentKind<?> kind : DocumentKind.all()) {
      register(kind, config);
    }
  }

  @SuppressWarnings("deprecation") // exact BigDecimal nodes; the non-deprecated way is newer than the oldest Jackson the SDK supports (2.17)
  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true);

  /**
   * The value the parser stands on as a tree, whatever the mapper's own settings: a key that occurs twice in an
   * object is refused ({@link ErrorCode#DUPLICATE_KEY} at its pointer) instead of the last one winning, and a
   * number with a fraction or exponent is kept exactly (a {@code BigDecimal}), as the {@link DocumentReader} does.
   */
  static JsonNode strictTree(JsonParser p, StringBuilder pointer) throws IOException {
    com.fasterxml.jackson.core.JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    switch (t) {
      case START_OBJECT: {
        com.fasterxml.jackson.databind.node.ObjectNode o = NODES.objectNode();
        int at = pointer.length();
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String name = p.currentName();
          pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
          if (o.has(name)) {
            throw new InvalidDocumentException(java.util.List.of(
                ReadError.of(pointer.toString(), ErrorCode.DUPLICATE_KEY)));
          }
          p.nextToken();
          o.set(name, strictTree(p, pointer));
          pointer.setLength(at);
        }
        return o;
      }
      case START_ARRAY: {
        com.fasterxml.jackson.databind.node.ArrayNode a = NODES.arrayNode();
        int at = pointer.length();
        int i = 0;
        while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          pointer.append('/').append(i++);
          a.add(strictTree(p, pointer));
          pointer.setLength(at);
        }
        return a;
      }
      case VALUE_NUMBER_FLOAT:
        try {
          return NODES.numberNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
          throw new InvalidDocumentException(java.util.List.of(ReadError.of(pointer.toString(),
              ErrorCode.NUMBER_OUT_OF_RANGE, "-1E+2147483647", "1E+2147483647")));
        }
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return p.readValueAsTree();
    }
  }

  private final transient SamJson config;

  /**
   * Reads a document a Jackson 2 mapper has already parsed (for example a {@code @RequestBody JsonNode}), with this
   * module's configuration, reporting every error; the byte readers' size and syntax checks do not apply, and a
   * key twice in one object was already resolved by the mapper that built the tree.
   */
  public <T> ReadResult<T> read(JsonNode tree, DocumentKind<T> kind) {
    return config.reader().readNode(java.util.Objects.requireNonNull(tree, "tree"), kind);
  }

  /**
   * The SDK's JSON value of a Jackson 2 tree (numbers exact: a decimal node's {@code BigDecimal}, an integer's
   * digits), for example to hand an extension value to {@link Retained#withExtension}.
   *
   * @throws IllegalArgumentException for a missing node or a node that is not JSON (a POJO node)
   */
  public static JsonValue fromJackson(JsonNode node) {
    return dk.samarbejdsmodel.json.internal.Jackson2Trees.value(node);
  }

  /** The Jackson 2 tree of an SDK JSON value (numbers as exact nodes). */
  public static JsonNode toJackson(JsonValue value) {
    return dk.samarbejdsmodel.json.internal.Jackson2Trees.node(value);
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(dk.samarbejdsmodel.json.internal.PlainJackson2.serializers(config));
    context.addDeserializers(dk.samarbejdsmodel.json.internal.PlainJackson2.deserializers(config));
  }

  private <T> void register(DocumentKind<T> kind, SamJson config) {
    addSerializer(kind.type(), new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeTree(config.writer().toNode(kind, value, Retained.empty()));
      }
    });
    addDeserializer(kind.type(), new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree;
        try {
          tree = strictTree(p, new StringBuilder());
        } catch (InvalidDocumentException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
        ReadResult<T> r = config.reader().readNode(tree, kind);
        if (!r.isValid()) {
          InvalidDocumentException e = new InvalidDocumentException(r.errors());
          String hint = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              && config.mode() == ReadMode.STRICT
              && r.errors().stream().anyMatch(x -> x.code() == ErrorCode.UNKNOWN_FIELD)
              ? " (the mapper's FAIL_ON_UNKNOWN_PROPERTIES=false does not apply to Samarbejdsmodellen documents,"
                  + " which this module reads in STRICT mode; register new SamarbejdsmodelModule(a lenient SamJson)"
                  + " to accept and keep unknown fields)" : "";
          throw JsonMappingException.from(p, e.getMessage() + hint, e);
        }
        return r.orElseThrow();
      }
    });
  }
}
