package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;

/**
 * Hukommelsesforbrug: B6 — the retained heap of one object graph measured with JOL, not counting what the
 * graph shares with the rest of the JVM: the objects reachable from the static fields of every SDK class in the
 * graph (enum constants, built-in open codes such as {@code EducationType.GRADE_10}, their labels) and from the
 * built-in programme and instrument catalogues ({@link Programmes}, {@link Instruments}). Those exist once per
 * JVM however many courses are held.
 *
 * <p>Computed as size(graph ∪ shared) − size(shared), so objects are matched by identity inside one JOL walk and
 * a garbage collection between walks cannot skew it.
 *
 * <pre>{@code
 * long bytes = Footprint.retained(course);
 * long marginal = Footprint.retained(course, independentlyReadTwin);   // one more course in memory
 * }</pre>
 */
public final class Footprint {

  static {
    // JOL reads field offsets of record classes (the model has records) only in this mode.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private Footprint() {}

  /** The bytes retained by {@code root} alone: what it does not share with the SDK's static constants. */
  public static long retained(Object root) {
    return retained(root, new Object[0]);
  }

  /**
   * The bytes retained by {@code root} beyond the static constants and beyond {@code others} — with an
   * independently built twin as {@code others}, the marginal cost of holding one more such object (objects the
   * JDK shares between them, such as {@code Optional.empty()}, empty collections, cached boxes and interned
   * strings, are not counted).
   */
  public static long retained(Object root, Object... others) {
    Object[] shared = sharedRoots(root);
    Object[] base = new Object[shared.length + others.length];
    System.arraycopy(shared, 0, base, 0, shared.length);
    System.arraycopy(others, 0, base, shared.length, others.length);
    Object[] all = new Object[base.length + 1];
    all[0] = root;
    System.arraycopy(base, 0, all, 1, base.length);
    return GraphLayout.parseInstance(all).totalSize() - GraphLayout.parseInstance(base).totalSize();
  }

  /** The total bytes reachable from {@code root}, shared objects included. */
  public static long reachable(Object root) {
    return GraphLayout.parseInstance(root).totalSize();
  }

  private static Object[] sharedRoots(Object root) {
    Set<Object> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Class<?>> holders = new ArrayList<>(GraphLayout.parseInstance(root).getClasses());
    holders.add(Programmes.class);
    holders.add(Instruments.class);
    for (Class<?> c : holders) {
      for (Class<?> k = c; k != null && k.getName().startsWith("dk.samarbejdsmodel."); k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
            try {
              f.setAccessible(true);
              Object v = f.get(null);
              if (v != null) {
                roots.add(v);
              }
            } catch (ReflectiveOperationException | RuntimeException e) {
              // a field we may not read is simply not counted as shared
            }
          }
        }
      }
    }
    return roots.toArray();
  }
}
