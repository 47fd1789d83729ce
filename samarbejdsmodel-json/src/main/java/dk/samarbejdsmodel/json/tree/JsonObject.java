package dk.samarbejdsmodel.json.tree;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object: members in order (the order they were read or added in, which is the order they are written in).
 * Immutable; {@link #with}, {@link #without} and {@link #renamed} return a new object, and a {@link Builder} builds
 * one member by member.
 *
 * <pre>{@code
 * JsonObject doc = ...;                                          // e.g. in a Migration
 * JsonObject v2 = doc.with("schemaVersion", "2.0")               // replaced where it stands
 *     .renamed("programmeId", "programme")                       // keeps its position
 *     .without("legacyFlag");
 * JsonObject note = JsonObject.builder().put("view", "TEAM_SHARE").put("count", 2).build();
 * }</pre>
 *
 * @param members the members in order; an unmodifiable copy
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

  private static final JsonObject EMPTY = new JsonObject(Map.of());

  /** An object with these members, in the map's iteration order. */
  public JsonObject {
    Objects.requireNonNull(members, "members");
    LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
    members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value")));
    members = Collections.unmodifiableMap(copy);
  }

  /** The empty object. */
  public static JsonObject of() {
    return EMPTY;
  }

  /** An object with these members, in the map's iteration order. */
  public static JsonObject of(Map<String, ? extends JsonValue> members) {
    return new JsonObject(Collections.unmodifiableMap(members));
  }

  /** A builder of an object. */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder starting with this object's members. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(members));
  }

  /** The member of a name, if there is one. */
  public Optional<JsonValue> get(String name) {
    return Optional.ofNullable(members.get(name));
  }

  /** Whether the object has a member of this name. */
  public boolean has(String name) {
    return members.containsKey(name);
  }

  /** The member names, in order. */
  public Set<String> names() {
    return members.keySet();
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /** True when the object has no members. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** The member of a name if it is a string. */
  public Optional<String> string(String name) {
    return members.get(name) instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The member of a name if it is an object. */
  public Optional<JsonObject> object(String name) {
    return members.get(name) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
  }

  /** The member of a name if it is an array. */
  public Optional<JsonArray> array(String name) {
    return members.get(name) instanceof JsonArray a ? Optional.of(a) : Optional.empty();
  }

  /** This object with a member set: replaced where it stands, or added at the end. */
  public JsonObject with(String name, JsonValue value) {
    return toBuilder().put(name, value).build();
  }

  /** This object with a string member set. */
  public JsonObject with(String name, String text) {
    return with(name, JsonValue.of(text));
  }

  /** This object with every member of {@code other} set (replaced where they stand, new ones added at the end). */
  public JsonObject withAll(JsonObject other) {
    Builder b = toBuilder();
    other.members.forEach(b::put);
    return b.build();
  }

  /** This object without a member (itself when it has none of that name). */
  public JsonObject without(String name) {
    return has(name) ? toBuilder().remove(name).build() : this;
  }

  /**
   * This object with a member renamed where it stands (itself when it has no member {@code from}).
   *
   * @throws IllegalArgumentException if it already has a member {@code to}
   */
  public JsonObject renamed(String from, String to) {
    Objects.requireNonNull(to, "to");
    if (!has(from) || from.equals(to)) {
      return this;
    }
    if (has(to)) {
      throw new IllegalArgumentException("the object already has a member " + to);
    }
    LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
    members.forEach((k, v) -> copy.put(k.equals(from) ? to : k, v));
    return new JsonObject(copy);
  }

  /** Only the member names, never the values (they may hold personal data). */
  @Override
  public String toString() {
    return "JsonObject" + members.keySet();
  }

  /** Builds a {@link JsonObject}; not thread-safe. */
  public static final class Builder {
    private final LinkedHashMap<String, JsonValue> members;

    private Builder(LinkedHashMap<String, JsonValue> members) {
      this.members = members;
    }

    /** Sets a member: replaced where it stands, or added at the end. */
    public Builder put(String name, JsonValue value) {
      members.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets a string member. */
    public Builder put(String name, String text) {
      return put(name, JsonValue.of(text));
    }

    /** Sets an integer member. */
    public Builder put(String name, long value) {
      return put(name, JsonValue.of(value));
    }

    /** Sets a number member, exactly. */
    public Builder put(String name, BigDecimal value) {
      return put(name, JsonValue.of(value));
    }

    /** Sets a boolean member. */
    public Builder put(String name, boolean value) {
      return put(name, JsonValue.of(value));
    }

    /** Removes a member, if there is one. */
    public Builder remove(String name) {
      members.remove(name);
      return this;
    }

    /** Whether a member of this name is set. */
    public boolean has(String name) {
      return members.containsKey(name);
    }

    /** The object. */
    public JsonObject build() {
      return new JsonObject(members);
    }
  }
}
