package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain values: the SDK's result types (findings, due items, consent decisions, shares, schedules, report tables,
 * goals, meetings, records holding them …) as plain JSON structures — {@code Map<String, Object>} in attribute
 * order, {@code List}, {@code String}, numbers, booleans — and back, in the format's conventions: camelCase field
 * names (the accessor names), codes as their text, dates and periods as ISO-8601 text, absent optional values and
 * empty lists and maps left out, variant types with a {@code type} field in UPPER_SNAKE. A value of a document kind
 * inside a result is written as its whole document. Both Jackson modules (2 and 3) write and read these structures,
 * so the conventions are defined once and without Jackson types. Internal.
 *
 * <pre>{@code
 * Object plain = PlainValues.toPlain(finding, SamJson.defaults());     // {code=SAM-1012, severity=ERROR, …}
 * Finding back = PlainValues.fromPlain(Finding.class, plain, SamJson.defaults(), false);
 * }</pre>
 */
public final class PlainValues {

  private static final String CORE = "dk.samarbejdsmodel.core.";
  private static final String JSON = "dk.samarbejdsmodel.json.";
  private static final ObjectMapper TEXT = new ObjectMapper();
  private static final Map<Class<?>, List<Method>> ATTRIBUTES = new ConcurrentHashMap<>();
  /**
   * Final classes of core that are results but not value types: written from their public no-argument methods
   * (in name order), never read back.
   */
  private static final Set<String> VIEWS = Set.of("dk.samarbejdsmodel.core.rules.MeetingSchedule");

  private PlainValues() {}

  /**
   * True for a type written by these conventions: a public record, an Immutables value type, an open code, an
   * enum or a sealed variant interface of the SDK (not a document kind: those have their codec).
   */
  public static boolean handles(Class<?> type) {
    if (dk.samarbejdsmodel.json.tree.JsonValue.class.isAssignableFrom(type)) {
      return true; // the SDK's own JSON values are written as the JSON they are
    }
    if (!Modifier.isPublic(type.getModifiers()) || documentKind(type) != null) {
      return false;
    }
    String name = type.getName();
    if (!name.startsWith(CORE) && !name.startsWith(JSON)) {
      return false;
    }
    return type.isRecord() || type.isEnum() || OpenCode.class.isAssignableFrom(type) || type == Cpr.class
        || immutable(type) != null || (type.isInterface() && type.isSealed()) || immutableSubclass(type)
        || VIEWS.contains(name);
  }

  private static boolean immutableSubclass(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null
        && immutable(type.getSuperclass()) == type;
  }

  /** The generated {@code ImmutableX} of an abstract value type {@code X}, or null. */
  static Class<?> immutable(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return null;
    }
    String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> c = Class.forName(generated, false, type.getClassLoader());
      return type.isAssignableFrom(c) ? c : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static DocumentKind<?> documentKind(Class<?> type) {
    for (DocumentKind<?> k : DocumentKind.all()) {
      if (k.type().isAssignableFrom(type)) {
        return k;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ writing

  /** The plain structure of a value; {@code null} for an absent value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object toPlain(Object value, SamJson config) {
    if (value == null) {
      return null;
    }
    if (value instanceof dk.samarbejdsmodel.json.tree.JsonValue v) {
      return jsonToPlain(v);
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte || value instanceof java.math.BigDecimal
        || value instanceof java.math.BigInteger) {
      return value;
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : d;
    }
    if (value instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? null : (double) f;
    }
    if (value instanceof Character || value instanceof TemporalAccessor || value instanceof Period
        || value instanceof java.time.Duration || value instanceof java.time.YearMonth) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof OpenCode c) {
      return c.code();
    }
    if (value instanceof Cpr c) {
      return c.value();
    }
    if (value instanceof Optional<?> o) {
      return o.map(v -> toPlain(v, config)).orElse(null);
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (value instanceof OptionalDouble o) {
      return o.isPresent() ? toPlain(o.getAsDouble(), config) : null;
    }
    if (value instanceof Collection<?> c) {
      Collection<?> ordered = c;
      if (c instanceof Set<?> && !(c instanceof SortedSet<?>) && c.stream().allMatch(o -> o instanceof Comparable)) {
        List<Object> sorted = new ArrayList<>(c);
        sorted.sort((a, b) -> ((Comparable<Object>) a).compareTo(b));
        ordered = sorted;                                   // sets are written sorted, as in documents
      }
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : ordered) {
        out.add(toPlain(o, config));
      }
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = toPlain(e.getValue(), config);
        if (v != null) {
          out.put(String.valueOf(toPlain(e.getKey(), config)), v);
        }
      }
      return out;
    }
    DocumentKind kind = documentKind(value.getClass());
    if (kind != null) {
      try {
        return TEXT.readValue(config.writer().write(kind, value), Map.class);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("could not re-read a written document", e);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Class<?> type = value.getClass();
    Class<?> variant = sealedParent(type);
    if (variant != null) {
      out.put("type", upperSnake(type.getSimpleName()));
    }
    for (Method m : attributes(type)) {
      Object v;
      try {
        v = toPlain(m.invoke(value), config);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("could not read " + type.getSimpleName() + "." + m.getName(), e);
      }
      if (v == null || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof Map<?, ?> mm && mm.isEmpty())) {
        continue;
      }
      out.put(m.getName(), v);
    }
    return out;
  }

  /** The attribute accessors of a record or an Immutables value (in declaration order). */
  static List<Method> attributes(Class<?> type) {
    return ATTRIBUTES.computeIfAbsent(type, PlainValues::findAttributes);
  }

  private static List<Method> findAttributes(Class<?> type) {
    List<Method> out = new ArrayList<>();
    if (VIEWS.contains(type.getName())) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
          out.add(m);
        }
      }
      out.sort(java.util.Comparator.comparing(Method::getName));
      return List.copyOf(out);
    }
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        Method m = rc.getAccessor();
        m.setAccessible(true);
        out.add(m);
      }
      return List.copyOf(out);
    }
    Class<?> generated = immutable(type) != null ? immutable(type)
        : type.getSimpleName().startsWith("Immutable") ? type : null;
    if (generated == null) {
      throw new IllegalArgumentException("not a value type of the SDK: " + type.getName());
    }
    Class<?> publicType = generated.getSuperclass();
    for (Field f : generated.getDeclaredFields()) {
      int mod = f.getModifiers();
      if (Modifier.isStatic(mod) || Modifier.isTransient(mod)) {
        continue;
      }
      try {
        Method m = publicType.getMethod(f.getName());
        if (m.getReturnType() != void.class) {
          out.add(m);
        }
      } catch (NoSuchMethodException e) {
        // an internal field of the generated class (a cached hash code, an init shim)
      }
    }
    return List.copyOf(out);
  }

  private static Class<?> sealedParent(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.isSealed()) {
        return i;
      }
    }
    return null;
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ reading

  /** A parameterized type, for a Jackson type with type parameters. */
  public static Type parameterized(Class<?> raw, Type[] args) {
    if (args.length == 0) {
      return raw;
    }
    Type[] copy = args.clone();
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return copy.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  /** True for the type of a document kind (written and read as a whole document). */
  public static boolean isDocument(Class<?> type) {
    return documentKind(type) != null;
  }

  /** A JSON value as a plain structure (a JSON null inside an object or array is kept as {@code null}). */
  private static Object jsonToPlain(dk.samarbejdsmodel.json.tree.JsonValue value) {
    if (value instanceof dk.samarbejdsmodel.json.tree.JsonObject o) {
      Map<String, Object> out = new LinkedHashMap<>();
      o.members().forEach((k, v) -> out.put(k, jsonToPlain(v)));
      return out;
    } else if (value instanceof dk.samarbejdsmodel.json.tree.JsonArray a) {
      List<Object> out = new ArrayList<>(a.size());
      a.forEach(v -> out.add(jsonToPlain(v)));
      return out;
    } else if (value instanceof dk.samarbejdsmodel.json.tree.JsonString t) {
      return t.value();
    } else if (value instanceof dk.samarbejdsmodel.json.tree.JsonNumber n) {
      return n.isIntegral() ? (Object) n.value().toBigIntegerExact() : n.value();
    } else if (value instanceof dk.samarbejdsmodel.json.tree.JsonBoolean b) {
      return b.value();
    }
    return null;
  }

  /** A plain structure as a JSON value; a floating-point number becomes the decimal its text shows. */
  @SuppressWarnings("unchecked")
  private static dk.samarbejdsmodel.json.tree.JsonValue plainToJson(Object plain) {
    if (plain == null) {
      return dk.samarbejdsmodel.json.tree.JsonValue.NULL;
    } else if (plain instanceof Map<?, ?> m) {
      Map<String, dk.samarbejdsmodel.json.tree.JsonValue> members = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> members.put(k, plainToJson(v)));
      return new dk.samarbejdsmodel.json.tree.JsonObject(members);
    } else if (plain instanceof List<?> l) {
      List<dk.samarbejdsmodel.json.tree.JsonValue> elements = new ArrayList<>(l.size());
      l.forEach(v -> elements.add(plainToJson(v)));
      return new dk.samarbejdsmodel.json.tree.JsonArray(elements);
    } else if (plain instanceof String t) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(t);
    } else if (plain instanceof Boolean b) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(b);
    } else if (plain instanceof java.math.BigDecimal n) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(n);
    } else if (plain instanceof java.math.BigInteger n) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(new java.math.BigDecimal(n));
    } else if (plain instanceof Double || plain instanceof Float) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(new java.math.BigDecimal(plain.toString()));
    } else if (plain instanceof Number n) {
      return dk.samarbejdsmodel.json.tree.JsonValue.of(n.longValue());
    }
    throw new IllegalArgumentException("not a JSON value");
  }

  /**
   * The value of a type read from its plain structure.
   *
   * @param ignoreUnknown skip fields the type does not have (otherwise they are refused)
   * @throws IllegalArgumentException when the structure does not fit the type or the value is invalid (the SDK's
   *     own checks run: a {@code StructuralViolationException} or {@code InvalidDocumentException})
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object fromPlain(Type type, Object plain, SamJson config, boolean ignoreUnknown) {
    Class<?> raw = raw(type);
    if (dk.samarbejdsmodel.json.tree.JsonValue.class.isAssignableFrom(raw)) {
      dk.samarbejdsmodel.json.tree.JsonValue v = plainToJson(plain);
      if (!raw.isInstance(v)) {
        throw new IllegalArgumentException("must be a " + raw.getSimpleName());
      }
      return v;
    }
    if (raw == Optional.class) {
      return plain == null ? Optional.empty() : Optional.of(fromPlain(arg(type, 0), plain, config, ignoreUnknown));
    }
    if (raw == OptionalInt.class) {
      return plain == null ? OptionalInt.empty() : OptionalInt.of(number(plain).intValue());
    }
    if (raw == OptionalLong.class) {
      return plain == null ? OptionalLong.empty() : OptionalLong.of(number(plain).longValue());
    }
    if (raw == OptionalDouble.class) {
      return plain == null ? OptionalDouble.empty() : OptionalDouble.of(number(plain).doubleValue());
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> out = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
          : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      if (plain != null) {
        for (Object o : list(plain)) {
          out.add(fromPlain(arg(type, 0), o, config, ignoreUnknown));
        }
      }
      return out instanceof List<?> l ? List.copyOf(l) : out instanceof SortedSet<?> ? out
          : java.util.Collections.unmodifiableSet((Set<Object>) out);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> out = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
      if (plain != null) {
        for (Map.Entry<String, Object> e : object(plain).entrySet()) {
          out.put(fromPlain(arg(type, 0), e.getKey(), config, ignoreUnknown),
              fromPlain(arg(type, 1), e.getValue(), config, ignoreUnknown));
        }
      }
      return out;
    }
    if (plain == null) {
      if (raw.isPrimitive()) {
        throw new IllegalArgumentException("a value is required");
      }
      return null;
    }
    if (raw == String.class) {
      return text(plain);
    }
    if (raw == int.class || raw == Integer.class) {
      return number(plain).intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return number(plain).longValue();
    }
    if (raw == double.class || raw == Double.class) {
      return number(plain).doubleValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (plain instanceof Boolean b) {
        return b;
      }
      throw new IllegalArgumentException("must be true or false");
    }
    if (raw == java.math.BigDecimal.class) {
      return new java.math.BigDecimal(number(plain).toString());
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse(text(plain));
    }
    if (raw == Period.class) {
      return Period.parse(text(plain));
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class) raw, text(plain));
    }
    if (raw == Cpr.class) {
      return Cpr.parse(text(plain));
    }
    if (OpenCode.class.isAssignableFrom(raw)) {
      return invokeStatic(raw, "of", text(plain));
    }
    DocumentKind kind = documentKind(raw);
    if (kind != null) {
      try {
        return config.reader().read(TEXT.writeValueAsBytes(plain), kind).orElseThrow();
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("not JSON", e);
      }
    }
    Map<String, Object> fields = object(plain);
    if (raw.isInterface() && raw.isSealed()) {
      Object variant = fields.get("type");
      for (Class<?> c : raw.getPermittedSubclasses()) {
        if (upperSnake(c.getSimpleName()).equals(variant)) {
          Map<String, Object> rest = new LinkedHashMap<>(fields);
          rest.remove("type");
          return fromPlain(c, rest, config, ignoreUnknown);
        }
      }
      throw new IllegalArgumentException("unknown variant of " + raw.getSimpleName());
    }
    if (raw.isRecord()) {
      return record(raw, bindings(type), fields, config, ignoreUnknown);
    }
    if (immutable(raw) != null || immutableSubclass(raw)) {
      return immutableValue(immutableSubclass(raw) ? raw.getSuperclass() : raw, fields, config, ignoreUnknown);
    }
    if (raw == Object.class) {
      return plain;
    }
    if (VIEWS.contains(raw.getName())) {
      throw new UnsupportedOperationException("a " + raw.getSimpleName() + " is computed, not read: read the course"
          + " and compute it");
    }
    throw new IllegalArgumentException("cannot read a " + raw.getSimpleName());
  }

  private static Map<java.lang.reflect.TypeVariable<?>, Type> bindings(Type type) {
    Map<java.lang.reflect.TypeVariable<?>, Type> out = new java.util.HashMap<>();
    if (type instanceof ParameterizedType p) {
      java.lang.reflect.TypeVariable<?>[] vars = ((Class<?>) p.getRawType()).getTypeParameters();
      for (int i = 0; i < vars.length; i++) {
        out.put(vars[i], p.getActualTypeArguments()[i]);
      }
    }
    return out;
  }

  /** A generic type with the type variables bound (one level of nesting, enough for the SDK's records). */
  private static Type resolve(Type t, Map<java.lang.reflect.TypeVariable<?>, Type> bindings) {
    if (t instanceof java.lang.reflect.TypeVariable<?> v) {
      return bindings.getOrDefault(v, Object.class);
    }
    if (t instanceof ParameterizedType p && !bindings.isEmpty()) {
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], bindings);
      }
      return new ParameterizedType() {
        public Type[] getActualTypeArguments() {
          return args;
        }

        public Type getRawType() {
          return p.getRawType();
        }

        public Type getOwnerType() {
          return p.getOwnerType();
        }
      };
    }
    return t;
  }

  private static Object record(Class<?> raw, Map<java.lang.reflect.TypeVariable<?>, Type> bindings,
      Map<String, Object> fields, SamJson config, boolean ignoreUnknown) {
    RecordComponent[] rcs = raw.getRecordComponents();
    checkUnknown(raw, fields, java.util.Arrays.stream(rcs).map(RecordComponent::getName).toList(), ignoreUnknown);
    Object[] args = new Object[rcs.length];
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      types[i] = rcs[i].getType();
      args[i] = fromPlain(resolve(rcs[i].getGenericType(), bindings), fields.get(rcs[i].getName()), config,
          ignoreUnknown);
    }
    try {
      Constructor<?> c = raw.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot create a " + raw.getSimpleName(), e);
    }
  }

  private static Object immutableValue(Class<?> raw, Map<String, Object> fields, SamJson config,
      boolean ignoreUnknown) {
    List<Method> attributes = attributes(raw);
    checkUnknown(raw, fields, attributes.stream().map(Method::getName).toList(), ignoreUnknown);
    try {
      Method builderFactory = immutable(raw).getMethod("builder");
      Object builder = builderFactory.invoke(null);
      for (Method a : attributes) {
        if (!fields.containsKey(a.getName())) {
          continue;
        }
        Object v = fromPlain(a.getGenericReturnType(), fields.get(a.getName()), config, ignoreUnknown);
        Method setter = setter(builder.getClass(), a.getName(), v, a.getReturnType());
        if (setter != null) {
          setter.setAccessible(true);
          setter.invoke(builder, v);
        }
      }
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot build a " + raw.getSimpleName(), e);
    }
  }

  private static Method setter(Class<?> builder, String name, Object value, Class<?> attributeType) {
    Method fallback = null;
    for (Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      if (p == attributeType || (value != null && box(p).isInstance(value))) {
        return m;
      }
      if (Iterable.class.isAssignableFrom(p) && value instanceof Iterable) {
        fallback = m;
      }
      if (Map.class.isAssignableFrom(p) && value instanceof Map) {
        fallback = m;
      }
    }
    return fallback;
  }

  private static Class<?> box(Class<?> p) {
    if (!p.isPrimitive()) {
      return p;
    }
    return p == int.class ? Integer.class : p == long.class ? Long.class : p == boolean.class ? Boolean.class
        : p == double.class ? Double.class : p == short.class ? Short.class : p == byte.class ? Byte.class
        : p == float.class ? Float.class : Character.class;
  }

  private static void checkUnknown(Class<?> raw, Map<String, Object> fields, List<String> known,
      boolean ignoreUnknown) {
    if (ignoreUnknown) {
      return;
    }
    for (String k : fields.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown field '" + k + "' in a " + raw.getSimpleName());
      }
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new IllegalArgumentException(cause);
  }

  private static Object invokeStatic(Class<?> type, String name, String arg) {
    try {
      return type.getMethod(name, String.class).invoke(null, arg);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot read a " + type.getSimpleName(), e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type arg(Type type, int i) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[i] : Object.class;
  }

  private static String text(Object plain) {
    if (plain instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("must be a string");
  }

  private static Number number(Object plain) {
    if (plain instanceof Number n) {
      return n;
    }
    throw new IllegalArgumentException("must be a number");
  }

  private static List<?> list(Object plain) {
    if (plain instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException("must be an array");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object plain) {
    if (plain instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException("must be an object");
  }
}
