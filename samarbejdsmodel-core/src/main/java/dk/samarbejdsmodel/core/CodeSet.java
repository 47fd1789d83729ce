package dk.samarbejdsmodel.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Kodesæt: the built-in constants of one {@link OpenCode} type, and the factory for vendor codes.
 *
 * <pre>{@code
 * public final class LifeArea extends OpenCode {
 *   private static final CodeSet<LifeArea> CODES = new CodeSet<>(LifeArea::new);
 *   public static final LifeArea CRIME = CODES.builtIn("CRIME");
 *   private LifeArea(String code) { super(code); }
 *   public static LifeArea of(String code) { return CODES.of(code); }
 * }
 * }</pre>
 *
 * @param <T> the code type
 */
public final class CodeSet<T extends OpenCode> {

  private final Function<String, T> factory;
  private final Map<String, T> builtIns = new LinkedHashMap<>();

  /** Creates an empty set with the type's constructor. */
  public CodeSet(Function<String, T> factory) {
    this.factory = factory;
  }

  /** Declares a built-in constant; call only from the code type's static initialiser. */
  public T builtIn(String code) {
    T value = factory.apply(code);
    builtIns.put(code, value);
    return value;
  }

  /**
   * The built-in constant for the code, or a new vendor code after a syntax check.
   *
   * @throws IllegalArgumentException if the code is not valid, or is neither a built-in code nor namespaced
   *     ({@code LifeArea.of("BOLIG")} is refused: a vendor writes {@code dk.aarhus:BOLIG})
   */
  public T of(String code) {
    T value = builtIns.get(code);
    if (value != null) {
      return value;
    }
    value = factory.apply(code);
    OpenCode.requireNamespaced(value);
    return value;
  }

  /** The built-in constants in declaration order. */
  public List<T> builtIns() {
    return List.copyOf(builtIns.values());
  }
}
