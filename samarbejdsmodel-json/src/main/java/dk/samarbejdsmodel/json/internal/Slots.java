package dk.samarbejdsmodel.json.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Pladser: a builder for records and other types without a generated builder — named slots filled while
 * reading. Internal.
 *
 * <pre>{@code
 * Slots s = new Slots();
 * Slots.<LocalDate>put("date").accept(s, LocalDate.of(2025, 1, 1));
 * LocalDate d = s.get("date");
 * }</pre>
 */
public final class Slots {

  private final Map<String, Object> values = new HashMap<>();

  /** A setter that fills a slot. */
  public static <V> BiConsumer<Slots, V> put(String name) {
    return (s, v) -> s.values.put(name, v);
  }

  /** The value of a slot, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <V> V get(String name) {
    return (V) values.get(name);
  }
}
