package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.ReadMode;
import dk.samarbejdsmodel.json.Retained;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Objektbeskrivelse: the description of one JSON object type: its fields in canonical order, each with a name, a
 * codec, how it is read from the value and set on the builder (the type's {@link Binding}, or a getter and a
 * setter of its own), whether it is required, and whether it holds personal data. Reading, writing and the JSON
 * Schema are all derived from this one description.
 *
 * <pre>{@code
 * ObjectCodec<FollowOn, FollowOn.Builder> c = ObjectCodec.of(FollowOn.class, new Bindings.FollowOnBinding())
 *   .req("decision", Codecs.enumOf(FollowOnDecision.class))
 *   .req("decidedAt", Codecs.DATE);
 * ObjectCodec<Tolerance, Slots> t = ObjectCodec.<Tolerance, Slots>named("Tolerance", Slots::new,
 *         s -> new Tolerance(s.get("early"), s.get("late"), s.get("missedAfter")))
 *   .req("early", Codecs.PERIOD, Tolerance::early, Slots.put("early"))     // an explicit getter and setter
 *   ...;
 * }</pre>
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  /** The name of the extensions object every object may carry. */
  public static final String EXTENSIONS = "extensions";

  private enum Kind { REQUIRED, OPTIONAL, DEFAULTED, COLLECTION, MAP }

  /**
   * Bindeled: how the fields of one type are read from a value and set on its builder, by field name — one class
   * per type (a {@code switch} over the names) instead of a method reference per getter and per setter. A fresh
   * JVM spins a class for every method reference it meets, and the course's description alone held about 500 of
   * them, a third of the first read's time (docs/performance.md, B5); a binding is one ordinary class. The
   * bindings of the core types are in {@link Bindings}; a field described without a getter and setter
   * ({@code req("id", ID)}) uses the codec's binding, and {@code BindingsTest} checks that every such field is
   * known to it.
   *
   * @param <T> the value type
   * @param <B> its builder
   */
  public abstract static class Binding<T, B> {

    /** A new builder; used when the codec was described without a builder supplier. */
    protected B builder() {
      throw new UnsupportedOperationException(getClass().getSimpleName() + " makes no builder");
    }

    /** The value built; used when the codec was described without a build function. */
    protected T build(B builder) {
      throw new UnsupportedOperationException(getClass().getSimpleName() + " builds no value");
    }

    /** The value of a field: the accessor's result ({@code Optional}, collection, map or value). */
    protected abstract Object get(String field, T value);

    /** Sets a field on the builder to a decoded value (the element list for a list or set field). */
    protected abstract void set(String field, B builder, Object value);

    /** The value as the type the setter takes (the codec decoded exactly that type). */
    @SuppressWarnings("unchecked")
    protected static <X> X cast(Object value) {
      return (X) value;
    }

    /** The error for a field name the binding does not know (a defect in the description). */
    protected static IllegalArgumentException unknown(String field) {
      return new UnknownFieldException(field);
    }
  }

  /** A field name a {@link Binding} does not know: a defect in a codec description, never a document error. */
  static final class UnknownFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownFieldException(String field) {
      super("no binding for field " + field);
    }
  }

  private static final class Field<T, B> {
    final String name;
    /** The name encoded once for the generator (writing it copies bytes). */
    final SerializedString jsonName;
    final Kind kind;
    final Codec<Object> codec;
    final Function<T, Object> getter;
    final BiConsumer<B, Object> setter;
    final Binding<T, B> binding;
    final Comparator<Object> order;
    int index;
    boolean personal;
    String description;
    Object defaultValue;

    @SuppressWarnings("unchecked")
    Field(String name, Kind kind, Codec<?> codec, Function<T, ?> getter, BiConsumer<B, ?> setter,
        Binding<T, B> binding, Comparator<?> order) {
      this.name = name;
      this.jsonName = new SerializedString(name);
      this.kind = kind;
      this.codec = (Codec<Object>) codec;
      this.getter = (Function<T, Object>) getter;
      this.setter = (BiConsumer<B, Object>) setter;
      this.binding = getter == null ? binding : null;
      this.order = (Comparator<Object>) order;
    }

    Object get(T value) {
      return getter != null ? getter.apply(value) : binding.get(name, value);
    }

    void set(B builder, Object value) {
      if (setter != null) {
        setter.accept(builder, value);
      } else {
        binding.set(name, builder, value);
      }
    }
  }

  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final Binding<T, B> binding;
  private final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new LinkedHashMap<>();
  private String title;
  private int count;

  private ObjectCodec(String name, Supplier<B> newBuilder, Function<B, ? extends T> build, Binding<T, B> binding) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
    this.binding = binding;
  }

  /** A description with no fields yet, named after the type; each field names its getter and setter. */
  public static <T, B> ObjectCodec<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new ObjectCodec<>(type.getSimpleName(), newBuilder, build, null);
  }

  /** A description with no fields yet, named after the type, whose builder and fields the binding handles. */
  public static <T, B> ObjectCodec<T, B> of(Class<T> type, Binding<T, B> binding) {
    return new ObjectCodec<>(type.getSimpleName(), null, null, binding);
  }

  /** A description whose fields the binding handles, with its own builder supplier and build function. */
  public static <T, B> ObjectCodec<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build,
      Binding<T, B> binding) {
    return new ObjectCodec<>(type.getSimpleName(), newBuilder, build, binding);
  }

  /** A description with no fields yet and an explicit name (for generic types and records). */
  public static <T, B> ObjectCodec<T, B> named(String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new ObjectCodec<>(name, newBuilder, build, null);
  }

  /** A description with an explicit name whose builder and fields the binding handles. */
  public static <T, B> ObjectCodec<T, B> named(String name, Binding<T, B> binding) {
    return new ObjectCodec<>(name, null, null, binding);
  }

  /** The binding of the fields described without getter and setter, or {@code null}. */
  Binding<T, B> binding() {
    return binding;
  }

  /** The definition name in the schema. */
  public String name() {
    return name;
  }

  /** Sets the schema title (English, with the Danish term). */
  public ObjectCodec<T, B> title(String text) {
    this.title = text;
    return this;
  }

  private ObjectCodec<T, B> add(Field<T, B> f) {
    if (byName.put(f.name, f) != null || f.name.equals(EXTENSIONS)) {
      throw new IllegalStateException("duplicate field " + f.name + " in " + name);
    }
    f.index = count++;
    fields.add(f);
    return this;
  }

  /** A required field. */
  public <V> ObjectCodec<T, B> req(String field, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.REQUIRED, codec, getter, setter, null, null));
  }

  /** An optional field: absent when the value is empty. */
  public <V> ObjectCodec<T, B> opt(String field, Codec<V> codec, Function<T, Optional<V>> getter,
      BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.OPTIONAL, codec, getter, setter, null, null));
  }

  /** A field with a default in the model: always written, may be absent when read (the default applies). */
  public <V> ObjectCodec<T, B> def(String field, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.DEFAULTED, codec, getter, setter, null, null));
  }

  /** A list field, in order; absent when empty. */
  public <V> ObjectCodec<T, B> list(String field, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
      BiConsumer<B, List<V>> setter) {
    return add(new Field<>(field, Kind.COLLECTION, codec, getter, setter, null, null));
  }

  /** A set field, written sorted by the order; duplicates are refused when read; absent when empty. */
  public <V> ObjectCodec<T, B> set(String field, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
      BiConsumer<B, List<V>> setter, Comparator<V> order) {
    return add(new Field<>(field, Kind.COLLECTION, codec, getter, setter, null, order));
  }

  /** A map field (a JSON object with a {@link MapCodec}); absent when empty. */
  public <K, V> ObjectCodec<T, B> map(String field, MapCodec<K, V> codec, Function<T, Map<K, V>> getter,
      BiConsumer<B, Map<K, V>> setter) {
    return add(new Field<>(field, Kind.MAP, codec, getter, setter, null, null));
  }

  /** A required field, read and set through the binding. */
  public ObjectCodec<T, B> req(String field, Codec<?> codec) {
    return add(new Field<>(field, Kind.REQUIRED, codec, null, null, bound(), null));
  }

  /** An optional field (absent when the value is empty), read and set through the binding. */
  public ObjectCodec<T, B> opt(String field, Codec<?> codec) {
    return add(new Field<>(field, Kind.OPTIONAL, codec, null, null, bound(), null));
  }

  /** A field with a default in the model, read and set through the binding. */
  public ObjectCodec<T, B> def(String field, Codec<?> codec) {
    return add(new Field<>(field, Kind.DEFAULTED, codec, null, null, bound(), null));
  }

  /** A list field, in order (absent when empty), read and set through the binding. */
  public ObjectCodec<T, B> list(String field, Codec<?> codec) {
    return add(new Field<>(field, Kind.COLLECTION, codec, null, null, bound(), null));
  }

  /** A set field written sorted by the order, read and set through the binding. */
  public <V> ObjectCodec<T, B> set(String field, Codec<V> codec, Comparator<V> order) {
    return add(new Field<>(field, Kind.COLLECTION, codec, null, null, bound(), order));
  }

  /** A map field (absent when empty), read and set through the binding. */
  public ObjectCodec<T, B> map(String field, MapCodec<?, ?> codec) {
    return add(new Field<>(field, Kind.MAP, codec, null, null, bound(), null));
  }

  private Binding<T, B> bound() {
    if (binding == null) {
      throw new IllegalStateException(name + " has no binding: give the field's getter and setter");
    }
    return binding;
  }

  /** The names of the fields read and set through the binding. */
  List<String> boundFieldNames() {
    return fields.stream().filter(f -> f.binding != null).map(f -> f.name).toList();
  }

  /** Marks the last field as personal data ({@code "x-personal-data": true} in the schema). */
  public ObjectCodec<T, B> personal() {
    fields.get(fields.size() - 1).personal = true;
    return this;
  }

  /** Records the model's default of the last field, for the schema's {@code default} keyword. */
  public ObjectCodec<T, B> withDefault(Object value) {
    fields.get(fields.size() - 1).defaultValue = value;
    return this;
  }

  /** Describes the last field in the schema. */
  public ObjectCodec<T, B> describe(String text) {
    fields.get(fields.size() - 1).description = text;
    return this;
  }

  /** The names of the fields, in canonical order. */
  public List<String> fieldNames() {
    return fields.stream().map(f -> f.name).toList();
  }

  /** The names of the personal-data fields. */
  public List<String> personalFieldNames() {
    return fields.stream().filter(f -> f.personal).map(f -> f.name).toList();
  }

  // ------------------------------------------------------------------ reading

  @Override
  public T read(JsonParser p, DecodeContext ctx) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctx.wrongType(p, "an object");
      return null;
    }
    return readMembers(p, ctx, null, false);
  }

  /**
   * Reads the members of an object whose {@code START_OBJECT} (and perhaps some members) the parser has
   * already passed, up to its {@code END_OBJECT}. Members named in {@code skip} (the document envelope, a
   * variant's {@code type}) are passed over; when {@code skipSeen}, they were already read, so meeting one
   * again is a duplicate key. Duplicate keys end the read ({@link DecodeContext.Fatal}); the known fields are
   * tracked in a bit set, not a set of names.
   */
  public T readMembers(JsonParser p, DecodeContext ctx, Set<String> skip, boolean skipSeen) throws IOException {
    long before = ctx.errorCount();
    B builder = newBuilder != null ? newBuilder.get() : binding.builder();
    long seen = 0L;
    long[] seenMore = count > 64 ? new long[(count + 63) >>> 6] : null;
    boolean extensionsSeen = false;
    Set<String> others = null;
    String name;
    int next = 0;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      Field<T, B> f;
      if (skip != null && skip.contains(name)) {
        f = null;
      } else if (next < count && fields.get(next).name == name) {
        // canonical order, and the parser's interned name is the description's constant: no map lookup
        f = fields.get(next);
      } else {
        f = byName.get(name);
      }
      if (f != null) {
        int i = f.index;
        next = i + 1;
        if (seenMore == null) {
          long bit = 1L << i;
          if ((seen & bit) != 0) {
            throw ctx.duplicateKey(name);
          }
          seen |= bit;
        } else {
          long bit = 1L << (i & 63);
          if ((seenMore[i >>> 6] & bit) != 0) {
            throw ctx.duplicateKey(name);
          }
          seenMore[i >>> 6] |= bit;
        }
        ctx.push(name);
        if (t == JsonToken.VALUE_NULL) {
          if (f.kind == Kind.REQUIRED) {
            ctx.error(ErrorCode.REQUIRED);
          } else {
            ctx.error(ErrorCode.WRONG_TYPE, "present (omit the field instead of null)");
          }
        } else {
          readField(f, p, ctx, builder);
        }
        ctx.pop();
        continue;
      }
      boolean skipped = skip != null && skip.contains(name);
      if (!skipped && name.equals(EXTENSIONS)) {
        if (extensionsSeen) {
          throw ctx.duplicateKey(name);
        }
        extensionsSeen = true;
        readExtensions(p, ctx);
        continue;
      }
      if (others == null) {
        others = new HashSet<>();
      }
      if (!others.add(name) || skipSeen && skipped) {
        throw ctx.duplicateKey(name);
      }
      ctx.push(name);
      if (skipped) {
        ctx.skip(p);
        ctx.pop();
      } else if (ctx.mode() == ReadMode.STRICT) {
        ctx.error(ErrorCode.UNKNOWN_FIELD);
        ctx.skip(p);
        ctx.pop();
      } else {
        JsonNode value = ctx.tree(p);
        ctx.pop();
        ctx.unknown(name, value);
      }
    }
    for (Field<T, B> f : fields) {
      if (f.kind == Kind.REQUIRED) {
        int i = f.index;
        boolean present = seenMore == null ? (seen & (1L << i)) != 0 : (seenMore[i >>> 6] & (1L << (i & 63))) != 0;
        if (!present) {
          ctx.errorAt(f.name, ErrorCode.REQUIRED);
        }
      }
    }
    if (ctx.errorCount() > before) {
      return null;
    }
    try {
      return build != null ? build.apply(builder) : binding.build(builder);
    } catch (StructuralViolationException e) {
      ctx.structural(e);
    } catch (RuntimeException e) {
      ctx.error(ErrorCode.INVALID_VALUE);
    }
    return null;
  }

  private void readField(Field<T, B> f, JsonParser p, DecodeContext ctx, B builder) throws IOException {
    if (f.kind != Kind.COLLECTION) {
      Object v = f.codec.read(p, ctx);
      if (v != null) {
        f.set(builder, v);
      }
      return;
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      ctx.wrongType(p, "an array");
      return;
    }
    List<Object> list = new ArrayList<>();
    Set<Object> distinct = f.order == null ? null : new HashSet<>();
    boolean ok = true;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ctx.push(i++);
      Object v = f.codec.read(p, ctx);
      if (v == null) {
        ok = false;
      } else if (distinct != null && !distinct.add(v)) {
        ctx.error(ErrorCode.DUPLICATE_ELEMENT);
        ok = false;
      } else if (ok) {
        list.add(v);
      }
      ctx.pop();
    }
    if (ok) {
      f.set(builder, list);
    }
  }

  private static void readExtensions(JsonParser p, DecodeContext ctx) throws IOException {
    ctx.push(EXTENSIONS);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ctx.wrongType(p, "an object");
      ctx.pop();
      return;
    }
    Set<String> keys = new HashSet<>();
    List<Map.Entry<String, JsonNode>> kept = new ArrayList<>();
    String key;
    while ((key = p.nextFieldName()) != null) {
      if (!keys.add(key)) {
        throw ctx.duplicateKey(key);
      }
      p.nextToken();
      ctx.push(key);
      if (Retained.isExtensionKey(key)) {
        kept.add(Map.entry(key, ctx.tree(p)));
      } else {
        ctx.error(ErrorCode.INVALID_EXTENSION_KEY);
        ctx.skip(p);
      }
      ctx.pop();
    }
    ctx.pop();
    for (Map.Entry<String, JsonNode> e : kept) {
      ctx.extension(e.getKey(), e.getValue());
    }
  }

  // ------------------------------------------------------------------ writing

  @Override
  public void write(T value, JsonGenerator g, String pointer, EncodeContext ctx) throws IOException {
    g.writeStartObject();
    writeMembers(value, g, pointer, ctx, null);
    g.writeEndObject();
  }

  /**
   * Writes the members of the value into the object the generator has started: the fields in canonical order,
   * then (when {@code pointer} is not {@code null}) the retained unknown fields and the extensions.
   * {@code reserved} is a member the caller already wrote (a variant's {@code type}), or {@code null}.
   */
  public void writeMembers(T value, JsonGenerator g, String pointer, EncodeContext ctx, String reserved)
      throws IOException {
    for (Field<T, B> f : fields) {
      Object v = f.get(value);
      switch (f.kind) {
        case REQUIRED, DEFAULTED -> {
          g.writeFieldName(f.jsonName);
          f.codec.write(v, g, pointer == null ? null : Pointers.child(pointer, f.name), ctx);
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            g.writeFieldName(f.jsonName);
            f.codec.write(o.get(), g, pointer == null ? null : Pointers.child(pointer, f.name), ctx);
          }
        }
        case MAP -> {
          if (!((Map<?, ?>) v).isEmpty()) {
            g.writeFieldName(f.jsonName);
            f.codec.write(v, g, pointer == null ? null : Pointers.child(pointer, f.name), ctx);
          }
        }
        case COLLECTION -> {
          Collection<?> c = (Collection<?>) v;
          if (!c.isEmpty()) {
            Collection<?> items = c;
            if (f.order != null && !inOrder(c, f.order)) {
              List<Object> sorted = new ArrayList<>(c);
              sorted.sort(f.order);
              items = sorted;
            }
            g.writeFieldName(f.jsonName);
            g.writeStartArray();
            String at = pointer == null ? null : Pointers.child(pointer, f.name);
            int i = 0;
            for (Object item : items) {
              f.codec.write(item, g, at == null ? null : Pointers.child(at, i), ctx);
              i++;
            }
            g.writeEndArray();
          }
        }
        default -> throw new IllegalStateException(f.kind.name());
      }
    }
    if (pointer == null) {
      return;
    }
    dk.samarbejdsmodel.json.tree.JsonObject unknown = ctx.retained().unknownFields(pointer);
    for (Map.Entry<String, dk.samarbejdsmodel.json.tree.JsonValue> e : unknown.members().entrySet()) {
      String key = e.getKey();
      if (!key.equals(EXTENSIONS) && !key.equals(reserved) && !written(key, value)) {
        g.writeFieldName(key);
        Jackson2Trees.write(e.getValue(), g);
      }
    }
    dk.samarbejdsmodel.json.tree.JsonObject ext = ctx.retained().extensions(pointer);
    if (!ext.isEmpty()) {
      g.writeFieldName(EXTENSIONS);
      Jackson2Trees.write(ext, g);
    }
  }

  /** Whether the elements already stand in the order (then a set is written without a sorted copy). */
  private static boolean inOrder(Collection<?> c, Comparator<Object> order) {
    Object previous = null;
    boolean first = true;
    for (Object x : c) {
      if (!first && order.compare(previous, x) > 0) {
        return false;
      }
      previous = x;
      first = false;
    }
    return true;
  }

  /** Whether {@link #writeMembers} writes the field of this name for the value. */
  private boolean written(String name, T value) {
    Field<T, B> f = byName.get(name);
    if (f == null) {
      return false;
    }
    Object v = f.get(value);
    return switch (f.kind) {
      case REQUIRED, DEFAULTED -> true;
      case OPTIONAL -> ((Optional<?>) v).isPresent();
      case MAP -> !((Map<?, ?>) v).isEmpty();
      case COLLECTION -> !((Collection<?>) v).isEmpty();
    };
  }

  @Override
  public JsonNode encode(T value, String pointer, EncodeContext ctx) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    encodeInto(out, value, pointer, ctx);
    return out;
  }

  /** Writes the fields, the retained unknown fields and the extensions of the value into an object. */
  public void encodeInto(ObjectNode out, T value, String pointer, EncodeContext ctx) {
    for (Field<T, B> f : fields) {
      Object v = f.get(value);
      String at = Pointers.child(pointer, f.name);
      switch (f.kind) {
        case REQUIRED, DEFAULTED -> out.set(f.name, f.codec.encode(v, at, ctx));
        case OPTIONAL -> ((Optional<?>) v).ifPresent(x -> out.set(f.name, f.codec.encode(x, at, ctx)));
        case MAP -> {
          if (!((Map<?, ?>) v).isEmpty()) {
            out.set(f.name, f.codec.encode(v, at, ctx));
          }
        }
        case COLLECTION -> {
          Collection<?> c = (Collection<?>) v;
          if (!c.isEmpty()) {
            List<Object> items = new ArrayList<>(c);
            if (f.order != null) {
              items.sort(f.order);
            }
            ArrayNode a = out.putArray(f.name);
            for (int i = 0; i < items.size(); i++) {
              a.add(f.codec.encode(items.get(i), Pointers.child(at, i), ctx));
            }
          }
        }
        default -> throw new IllegalStateException(f.kind.name());
      }
    }
    ctx.retained().unknownFields(pointer).members().forEach((k, v) -> {
      if (!out.has(k) && !k.equals(EXTENSIONS)) {
        out.set(k, Jackson2Trees.node(v));
      }
    });
    dk.samarbejdsmodel.json.tree.JsonObject ext = ctx.retained().extensions(pointer);
    if (!ext.isEmpty()) {
      out.set(EXTENSIONS, Jackson2Trees.node(ext));
    }
  }

  // ------------------------------------------------------------------ schema

  @Override
  public ObjectNode schema(SchemaContext s) {
    return s.ref(name, () -> objectSchema(s));
  }

  /** The object's schema inline (without a {@code $ref}): properties, required and no additional properties. */
  public ObjectNode objectSchema(SchemaContext s) {
    ObjectNode o = SchemaContext.node();
    if (title != null) {
      o.put("title", title);
    }
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = JsonNodeFactory.instance.arrayNode();
    for (Field<T, B> f : fields) {
      ObjectNode p;
      if (f.kind == Kind.COLLECTION) {
        p = SchemaContext.node().put("type", "array");
        p.set("items", f.codec.schema(s));
        if (f.order != null) {
          p.put("uniqueItems", true);
        }
      } else {
        p = f.codec.schema(s).deepCopy();
      }
      if (f.description != null) {
        p.put("description", f.description);
      }
      if (f.defaultValue != null) {
        p.set("default", f.codec.encode(f.defaultValue, "", new EncodeContext(Retained.empty())));
      }
      if (f.personal) {
        p.put("x-personal-data", true);
      }
      props.set(f.name, p);
      if (f.kind == Kind.REQUIRED) {
        required.add(f.name);
      }
    }
    props.set(EXTENSIONS, SchemaContext.node().put("$ref", "#/$defs/Extensions"));
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    o.put("additionalProperties", false);
    return o;
  }
}
