package dk.samarbejdsmodel.json.frameworks;

import dk.samarbejdsmodel.core.course.Course;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A class-path scan of core's public API: every public type, and the SDK types its public methods return. */
final class PublicTypes {

  private PublicTypes() {}

  /** Every public class of the core jar (or classes folder), nested ones included. */
  static List<Class<?>> core() {
    List<String> names = new ArrayList<>();
    try {
      Path root = Path.of(Course.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(p -> p.toString().endsWith(".class"))
              .forEach(p -> names.add(root.relativize(p).toString().replace('/', '.').replace('\\', '.')));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          Enumeration<JarEntry> e = jar.entries();
          while (e.hasMoreElements()) {
            String n = e.nextElement().getName();
            if (n.endsWith(".class")) {
              names.add(n.replace('/', '.'));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      String cls = n.substring(0, n.length() - ".class".length());
      if (cls.endsWith("module-info") || cls.endsWith("package-info") || cls.matches(".*\\$\\d+.*")) {
        continue;
      }
      try {
        Class<?> c = Class.forName(cls, false, Course.class.getClassLoader());
        if (isPublic(c)) {
          out.add(c);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable without optional dependencies: not part of the usable API
      }
    }
    return out;
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> x = c; x != null; x = x.getEnclosingClass()) {
      if (!Modifier.isPublic(x.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The SDK types returned by public methods of the given types (element types of lists, optionals, maps). */
  static Set<Class<?>> returned(List<Class<?>> types) {
    Set<Class<?>> out = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    for (Class<?> t : types) {
      for (Method m : t.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge()) {
          continue;
        }
        collect(m.getGenericReturnType(), out);
      }
    }
    return out;
  }

  private static void collect(Type t, Set<Class<?>> out) {
    if (t instanceof Class<?> c) {
      Class<?> e = c.isArray() ? c.getComponentType() : c;
      if (e.getName().startsWith("dk.samarbejdsmodel.") && isPublic(e)) {
        out.add(e);
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), out);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out);
      }
    }
  }
}
