package dk.samarbejdsmodel.json.internal;

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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Objektbeskrivelse: the description of one JSON object type: its fields in canonical order, each with a name, a codec, how it is
 * read from the value and set on the builder, whether it is required, and whether it holds personal data.
 * Reading, writing and the JSON Schema are all derived from this one description.
 *
 * <pre>{@code
 * ObjectCodec<FollowOn, ImmutableFollowOn.Builder> c = ObjectCodec.of(FollowOn.class, ImmutableFollowOn::builder,
 *     ImmutableFollowOn.Builder::build)
 *   .req("decision", Codecs.enumOf(FollowOnDecision.class), FollowOn::decision, ImmutableFollowOn.Builder::decision)
 *   .req("decidedAt", Codecs.DATE, FollowOn::decidedAt, ImmutableFollowOn.Builder::decidedAt);
 * }</pre>
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {

  /** The name of the extensions object every object may carry. */
  public static final String EXTENSIONS = "extensions";

  private enum Kind { REQUIRED, OPTIONAL, DEFAULTED, COLLECTION, MAP }

  private static final class Field<T, B> {
    final String name;
    final Kind kind;
    final Codec<Object> codec;
    final Function<T, Object> getter;
    final BiConsumer<B, Object> setter;
    final Comparator<Object> order;
    boolean personal;
    String description;

    @SuppressWarnings("unchecked")
    Field(String name, Kind kind, Codec<?> codec, Function<T, ?> getter, BiConsumer<B, ?> setter,
        Comparator<?> order) {
      this.name = name;
      this.kind = kind;
      this.codec = (Codec<Object>) codec;
      this.getter = (Function<T, Object>) getter;
      this.setter = (BiConsumer<B, Object>) setter;
      this.order = (Comparator<Object>) order;
    }
  }

  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final List<Field<T, B>> fields = new ArrayList<>();
  private final Map<String, Field<T, B>> byName = new LinkedHashMap<>();
  private String title;

  private ObjectCodec(String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /** A description with no fields yet, named after the type. */
  public static <T, B> ObjectCodec<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new ObjectCodec<>(type.getSimpleName(), newBuilder, build);
  }

  /** A description with no fields yet and an explicit name (for generic types and records). */
  public static <T, B> ObjectCodec<T, B> named(String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new ObjectCodec<>(name, newBuilder, build);
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
    fields.add(f);
    return this;
  }

  /** A required field. */
  public <V> ObjectCodec<T, B> req(String field, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.REQUIRED, codec, getter, setter, null));
  }

  /** An optional field: absent when the value is empty. */
  public <V> ObjectCodec<T, B> opt(String field, Codec<V> codec, Function<T, Optional<V>> getter,
      BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.OPTIONAL, codec, getter, setter, null));
  }

  /** A field with a default in the model: always written, may be absent when read (the default applies). */
  public <V> ObjectCodec<T, B> def(String field, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
    return add(new Field<>(field, Kind.DEFAULTED, codec, getter, setter, null));
  }

  /** A list field, in order; absent when empty. */
  public <V> ObjectCodec<T, B> list(String field, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
      BiConsumer<B, List<V>> setter) {
    return add(new Field<>(field, Kind.COLLECTION, codec, getter, setter, null));
  }

  /** A set field, written sorted by the order; duplicates are refused when read; absent when empty. */
  public <V> ObjectCodec<T, B> set(String field, Codec<V> codec, Function<T, ? extends Collection<V>> getter,
      BiConsumer<B, List<V>> setter, Comparator<V> order) {
    return add(new Field<>(field, Kind.COLLECTION, codec, getter, setter, order));
  }

  /** A map field (a JSON object with a {@link MapCodec}); absent when empty. */
  public <K, V> ObjectCodec<T, B> map(String field, MapCodec<K, V> codec, Function<T, Map<K, V>> getter,
      BiConsumer<B, Map<K, V>> setter) {
    return add(new Field<>(field, Kind.MAP, codec, getter, setter, null));
  }

  /** Marks the last field as personal data ({@code "x-personal-data": true} in the schema). */
  public ObjectCodec<T, B> personal() {
    fields.get(fields.size() - 1).personal = true;
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
  public T decode(JsonNode node, String pointer, DecodeContext ctx) {
    return decode(node, pointer, ctx, Set.of());
  }

  /** Reads the object, ignoring the names in {@code skip} (the document envelope). */
  public T decode(JsonNode node, String pointer, DecodeContext ctx, Set<String> skip) {
    if (!node.isObject()) {
      ctx.error(pointer, ErrorCode.WRONG_TYPE, "an object");
      return null;
    }
    int before = ctx.errorCount();
    B builder = newBuilder.get();
    Set<String> seen = new HashSet<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode value = e.getValue();
      String at = Pointers.child(pointer, key);
      if (skip.contains(key)) {
        continue;
      }
      if (key.equals(EXTENSIONS)) {
        readExtensions(value, pointer, at, ctx);
        continue;
      }
      Field<T, B> f = byName.get(key);
      if (f == null) {
        if (ctx.mode() == ReadMode.STRICT) {
          ctx.error(at, ErrorCode.UNKNOWN_FIELD);
        } else {
          ctx.unknown(pointer, key, value);
        }
        continue;
      }
      seen.add(key);
      if (value.isNull()) {
        if (f.kind == Kind.REQUIRED) {
          ctx.error(at, ErrorCode.REQUIRED);
        } else {
          ctx.error(at, ErrorCode.WRONG_TYPE, "present (omit the field instead of null)");
        }
        continue;
      }
      readField(f, value, at, ctx, builder);
    }
    for (Field<T, B> f : fields) {
      if (f.kind == Kind.REQUIRED && !seen.contains(f.name)) {
        ctx.error(Pointers.child(pointer, f.name), ErrorCode.REQUIRED);
      }
    }
    if (ctx.errorCount() > before) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (StructuralViolationException e) {
      ctx.structural(pointer, e);
    } catch (RuntimeException e) {
      ctx.error(pointer, ErrorCode.INVALID_VALUE);
    }
    return null;
  }

  private void readField(Field<T, B> f, JsonNode value, String at, DecodeContext ctx, B builder) {
    switch (f.kind) {
      case REQUIRED, OPTIONAL, DEFAULTED, MAP -> {
        Object v = f.codec.decode(value, at, ctx);
        if (v != null) {
          f.setter.accept(builder, v);
        }
      }
      case COLLECTION -> {
        if (!value.isArray()) {
          ctx.error(at, ErrorCode.WRONG_TYPE, "an array");
          return;
        }
        List<Object> list = new ArrayList<>();
        Set<Object> distinct = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
          Object v = f.codec.decode(value.get(i), Pointers.child(at, i), ctx);
          if (v == null) {
            ok = false;
          } else if (f.order != null && !distinct.add(v)) {
            ctx.error(Pointers.child(at, i), ErrorCode.DUPLICATE_ELEMENT);
            ok = false;
          } else {
            list.add(v);
          }
        }
        if (ok) {
          f.setter.accept(builder, list);
        }
      }
      default -> throw new IllegalStateException(f.kind.name());
    }
  }

  private static void readExtensions(JsonNode value, String pointer, String at, DecodeContext ctx) {
    if (!value.isObject()) {
      ctx.error(at, ErrorCode.WRONG_TYPE, "an object");
      return;
    }
    value.fields().forEachRemaining(x -> {
      if (Retained.isExtensionKey(x.getKey())) {
        ctx.extension(pointer, x.getKey(), x.getValue());
      } else {
        ctx.error(Pointers.child(at, x.getKey()), ErrorCode.INVALID_EXTENSION_KEY);
      }
    });
  }

  // ------------------------------------------------------------------ writing

  @Override
  public JsonNode encode(T value, String pointer, EncodeContext ctx) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    encodeInto(out, value, pointer, ctx);
    return out;
  }

  /** Writes the fields, the retained unknown fields and the extensions of the value into an object. */
  public void encodeInto(ObjectNode out, T value, String pointer, EncodeContext ctx) {
    for (Field<T, B> f : fields) {
      Object v = f.getter.apply(value);
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
    ObjectNode unknown = ctx.retained().unknownFields(pointer);
    unknown.fields().forEachRemaining(e -> {
      if (!out.has(e.getKey()) && !e.getKey().equals(EXTENSIONS)) {
        out.set(e.getKey(), e.getValue());
      }
    });
    ObjectNode ext = ctx.retained().extensions(pointer);
    if (ext.size() > 0) {
      out.set(EXTENSIONS, ext);
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
