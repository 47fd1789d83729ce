package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.json.tree.JsonObject;
import dk.samarbejdsmodel.json.tree.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Bevarede data: what a document held beyond the core model — its {@code extensions} objects and, in lenient
 * mode, its unknown fields — keyed by the JSON Pointer of the object that held them. The writer puts them back
 * at the same pointers, so a document passes through a system unchanged.
 *
 * <p>Extensions may appear on <em>every</em> object of a document (the document root, a goal, an agreement,
 * a person …). Keys are namespaced ({@code dk.vendor.dubu:caseId}); values are any JSON, handed out and taken as
 * the SDK's own immutable {@link JsonValue}s (numbers exact). Because retained data
 * is attached by pointer, it belongs to the document as read: if you add or remove list elements before
 * writing, attach extensions to the new pointers yourself with {@link #withExtension}.
 *
 * <pre>{@code
 * ReadResult<Course> r = json.reader().read(bytes, DocumentKind.COURSE);
 * Optional<String> caseId = r.retained().extensions("").string("dk.vendor.dubu:caseId");
 * Retained more = r.retained().withExtension("/formRevisions/0/goals/1", "dk.vendor.dubu:goalRef",
 *     JsonValue.of("G-17"));
 * byte[] out = json.writer().write(DocumentKind.COURSE, r.value().orElseThrow(), more);
 * }</pre>
 *
 * <p>Instances are immutable, and so are the JSON values they hold.
 */
public final class Retained {

  /** The syntax of an extension key: a lower-case reverse domain with at least one dot, a colon and a name. */
  public static final Pattern EXTENSION_KEY =
      Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+:[A-Za-z][A-Za-z0-9_.-]{0,99}");

  private static final Retained EMPTY = new Retained(Map.of(), Map.of());

  private final Map<String, JsonObject> extensions;
  private final Map<String, JsonObject> unknownFields;

  private Retained(Map<String, JsonObject> extensions, Map<String, JsonObject> unknownFields) {
    this.extensions = extensions;
    this.unknownFields = unknownFields;
  }

  /** Nothing retained. */
  public static Retained empty() {
    return EMPTY;
  }

  /** True for a syntactically valid extension key such as {@code dk.vendor.dubu:caseId}. */
  public static boolean isExtensionKey(String key) {
    return key != null && EXTENSION_KEY.matcher(key).matches();
  }

  /** True when nothing is retained. */
  public boolean isEmpty() {
    return extensions.isEmpty() && unknownFields.isEmpty();
  }

  /** The extensions of the object at a pointer ({@code ""} for the root); empty when none. */
  public JsonObject extensions(String pointer) {
    JsonObject n = extensions.get(pointer);
    return n == null ? JsonObject.of() : n;
  }

  /** The unknown fields kept (lenient mode) for the object at a pointer, in document order. */
  public JsonObject unknownFields(String pointer) {
    JsonObject n = unknownFields.get(pointer);
    return n == null ? JsonObject.of() : n;
  }

  /** Every pointer that has extensions, sorted. */
  public java.util.Set<String> extensionPointers() {
    return Collections.unmodifiableSet(new TreeMap<>(extensions).keySet());
  }

  /** Every pointer that has unknown fields, sorted. */
  public java.util.Set<String> unknownFieldPointers() {
    return Collections.unmodifiableSet(new TreeMap<>(unknownFields).keySet());
  }

  /** The extension value at a pointer and key, if any. */
  public Optional<JsonValue> extension(String pointer, String key) {
    JsonObject n = extensions.get(pointer);
    return n == null ? Optional.empty() : n.get(key);
  }

  /**
   * This retained data with one extension added or replaced.
   *
   * @throws IllegalArgumentException if the key is not namespaced
   */
  public Retained withExtension(String pointer, String key, JsonValue value) {
    if (!isExtensionKey(key)) {
      throw new IllegalArgumentException("extension keys must be namespaced like dk.vendor.system:name");
    }
    java.util.Objects.requireNonNull(value, "value");
    Map<String, JsonObject> copy = new LinkedHashMap<>(extensions);
    copy.merge(java.util.Objects.requireNonNull(pointer, "pointer"), JsonObject.of().with(key, value),
        (old, one) -> old.with(key, value));
    return new Retained(Collections.unmodifiableMap(copy), unknownFields);
  }

  /** This retained data with one unknown field added or replaced (it is written back by the writer). */
  public Retained withUnknownField(String pointer, String name, JsonValue value) {
    java.util.Objects.requireNonNull(value, "value");
    Map<String, JsonObject> copy = new LinkedHashMap<>(unknownFields);
    copy.merge(java.util.Objects.requireNonNull(pointer, "pointer"), JsonObject.of().with(name, value),
        (old, one) -> old.with(name, value));
    return new Retained(extensions, Collections.unmodifiableMap(copy));
  }

  private static Map<String, JsonObject> copy(Map<String, JsonObject> map) {
    Map<String, JsonObject> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "pointer"), java.util.Objects.requireNonNull(v)));
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Retained r && r.extensions.equals(extensions) && r.unknownFields.equals(unknownFields);
  }

  @Override
  public int hashCode() {
    return extensions.hashCode() * 31 + unknownFields.hashCode();
  }

  /** Only the pointers and keys, never the values (they may hold personal data). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Retained[");
    extensions.forEach((p, n) -> sb.append("extensions@").append(p).append('=').append(keys(n)).append(' '));
    unknownFields.forEach((p, n) -> sb.append("unknown@").append(p).append('=').append(keys(n)).append(' '));
    return sb.toString().trim() + "]";
  }

  private static java.util.List<String> keys(JsonObject n) {
    return java.util.List.copyOf(n.names());
  }

  /**
   * Retained data from maps of pointer to object (extensions, and unknown fields); the maps are copied (the
   * values are immutable). Extension keys are checked.
   *
   * @throws IllegalArgumentException if an extension key is not namespaced
   */
  public static Retained of(Map<String, JsonObject> extensions, Map<String, JsonObject> unknownFields) {
    extensions.values().forEach(n -> n.names().forEach(k -> {
      if (!isExtensionKey(k)) {
        throw new IllegalArgumentException("extension keys must be namespaced like dk.vendor.system:name");
      }
    }));
    Map<String, JsonObject> e = copy(extensions);
    Map<String, JsonObject> u = copy(unknownFields);
    e.values().removeIf(JsonObject::isEmpty);
    u.values().removeIf(JsonObject::isEmpty);
    return e.isEmpty() && u.isEmpty() ? EMPTY
        : new Retained(Collections.unmodifiableMap(e), Collections.unmodifiableMap(u));
  }
}
