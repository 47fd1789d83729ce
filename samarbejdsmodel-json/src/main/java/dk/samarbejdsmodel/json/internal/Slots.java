package dk.samarbejdsmodel.json.internal;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Pladser: a builder for records and other types without a generated builder — named slots filled while
 * reading. Internal.
 *
 * <p>The slots are a short array of names and values searched in order (a record has a handful of components),
 * not a hash map: a read fills thousands of them (every status change), so this is on the reader's allocation
 * profile (docs/performance.md, B1).
 *
 * <pre>{@code
 * Slots s = new Slots();
 * Slots.<LocalDate>put("date").accept(s, LocalDate.of(2025, 1, 1));
 * LocalDate d = s.get("date");
 * }</pre>
 */
public final class Slots {

  /** Names at even, values at odd positions. */
  private Object[] slots = new Object[8];
  private int size;

  /** A setter that fills a slot. */
  public static <V> BiConsumer<Slots, V> put(String name) {
    return (s, v) -> s.set(name, v);
  }

  private void set(String name, Object value) {
    for (int i = 0; i < size; i += 2) {
      if (name.equals(slots[i])) {
        slots[i + 1] = value;
        return;
      }
    }
    if (size == slots.length) {
      slots = Arrays.copyOf(slots, size * 2);
    }
    slots[size] = name;
    slots[size + 1] = value;
    size += 2;
  }

  /** The value of a slot, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <V> V get(String name) {
    for (int i = 0; i < size; i += 2) {
      if (name.equals(slots[i])) {
        return (V) slots[i + 1];
      }
    }
    return null;
  }
}
