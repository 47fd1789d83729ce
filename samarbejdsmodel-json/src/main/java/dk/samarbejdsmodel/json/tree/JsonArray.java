package dk.samarbejdsmodel.json.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A JSON array. Immutable; {@link #plus} and {@link #with} return a new array.
 *
 * <pre>{@code
 * JsonArray a = JsonArray.of(JsonValue.of("a"), JsonValue.of(2));
 * JsonArray b = a.plus(JsonValue.NULL).with(0, JsonValue.of("z"));   // ["z",2,null]; a unchanged
 * }</pre>
 *
 * @param elements the elements in order; an unmodifiable copy
 */
public record JsonArray(List<JsonValue> elements) implements JsonValue, Iterable<JsonValue> {

  /** An array of these elements. */
  public JsonArray {
    elements = List.copyOf(elements); // refuses null elements
  }

  /** An array of these elements. */
  public static JsonArray of(JsonValue... elements) {
    return new JsonArray(Arrays.asList(elements));
  }

  /** An array of these elements. */
  public static JsonArray of(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /** The element at an index. */
  public JsonValue get(int index) {
    return elements.get(index);
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** True when the array has no elements. */
  public boolean isEmpty() {
    return elements.isEmpty();
  }

  /** This array with an element added at the end. */
  public JsonArray plus(JsonValue element) {
    List<JsonValue> copy = new ArrayList<>(elements);
    copy.add(Objects.requireNonNull(element, "element"));
    return new JsonArray(copy);
  }

  /** This array with the element at an index replaced. */
  public JsonArray with(int index, JsonValue element) {
    List<JsonValue> copy = new ArrayList<>(elements);
    copy.set(index, Objects.requireNonNull(element, "element"));
    return new JsonArray(copy);
  }

  @Override
  public Iterator<JsonValue> iterator() {
    return elements.iterator();
  }

  /** Only the size, never the elements (they may hold personal data). */
  @Override
  public String toString() {
    return "JsonArray[" + elements.size() + " elements]";
  }
}
