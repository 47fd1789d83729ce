package dk.samarbejdsmodel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * API-signaturer: walks the public API of a jar or class folder and lists every public or protected signature that
 * mentions a type of a given package — so a test can keep a library's types out of an API (the SDK keeps Jackson
 * out of its json modules' API this way; a plugin author can do the same for its own). Signatures are walked with
 * their generic arguments, bounds, wildcards, arrays, declared exceptions, supertypes and nested public classes.
 *
 * <pre>{@code
 * List<Class<?>> api = ApiSignatures.exportedClasses(SamJson.class, "dk.samarbejdsmodel.json",
 *     Set.of(SamarbejdsmodelModule.class));
 * assertEquals(List.of(), ApiSignatures.mentions(api, "com.fasterxml.jackson."));
 * }</pre>
 */
public final class ApiSignatures {

  private ApiSignatures() {}

  /**
   * The public classes (nested ones too, when every enclosing class is public) under a package, found next to
   * {@code anchor} (the same jar or class folder), leaving out packages named {@code internal} and the classes in
   * {@code except} with their nested classes. Sorted by name.
   */
  public static List<Class<?>> exportedClasses(Class<?> anchor, String packageName, Set<Class<?>> except) {
    List<Class<?>> out = new ArrayList<>();
    for (String name : classNames(anchor, packageName)) {
      if (name.contains(".internal.") || name.endsWith("package-info") || name.endsWith("module-info")) {
        continue;
      }
      Class<?> c;
      try {
        c = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name, e);
      }
      if (exported(c) && !excepted(c, except)) {
        out.add(c);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  /** Every public or protected signature of the classes that mentions a type whose name starts with the prefix. */
  public static List<String> mentions(Collection<Class<?>> classes, String typeNamePrefix) {
    Set<String> out = new TreeSet<>();
    for (Class<?> c : classes) {
      check(c.getName() + " extends", c.getGenericSuperclass(), typeNamePrefix, out);
      for (Type i : c.getGenericInterfaces()) {
        check(c.getName() + " implements", i, typeNamePrefix, out);
      }
      for (TypeVariable<?> v : c.getTypeParameters()) {
        check(c.getName() + "<" + v.getName() + ">", v, typeNamePrefix, out);
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f)) {
          check(c.getName() + "." + f.getName(), f.getGenericType(), typeNamePrefix, out);
        }
      }
      List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredConstructors()));
      executables.addAll(List.of(c.getDeclaredMethods()));
      for (Executable e : executables) {
        if (!visible(e) || e.isSynthetic() || e instanceof Method m && m.isBridge()) {
          continue;
        }
        String where = c.getName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName()) + "(…)";
        if (e instanceof Method m) {
          check(where + " returns", m.getGenericReturnType(), typeNamePrefix, out);
        }
        for (Type p : e.getGenericParameterTypes()) {
          check(where.replace("(…)", "(" + p.getTypeName() + ")"), p, typeNamePrefix, out);
        }
        for (Type x : e.getGenericExceptionTypes()) {
          check(where + " throws", x, typeNamePrefix, out);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
          check(where + " <" + v.getName() + ">", v, typeNamePrefix, out);
        }
      }
    }
    return List.copyOf(out);
  }

  private static void check(String where, Type type, String prefix, Set<String> out) {
    if (type != null && mentions(type, prefix, new HashSet<>())) {
      out.add(where + ": " + type.getTypeName());
    }
  }

  private static boolean mentions(Type t, String prefix, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      return c.getName().startsWith(prefix);
    }
    if (t instanceof ParameterizedType p) {
      if (mentions(p.getRawType(), prefix, seen) || mentions(p.getOwnerType(), prefix, seen)) {
        return true;
      }
      return Stream.of(p.getActualTypeArguments()).anyMatch(a -> mentions(a, prefix, seen));
    }
    if (t instanceof GenericArrayType g) {
      return mentions(g.getGenericComponentType(), prefix, seen);
    }
    if (t instanceof WildcardType w) {
      return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .anyMatch(b -> mentions(b, prefix, seen));
    }
    if (t instanceof TypeVariable<?> v) {
      return Stream.of(v.getBounds()).anyMatch(b -> mentions(b, prefix, seen));
    }
    return false;
  }

  private static boolean visible(Member m) {
    return (m.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
  }

  private static boolean exported(Class<?> c) {
    for (Class<?> at = c; at != null; at = at.getDeclaringClass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean excepted(Class<?> c, Set<Class<?>> except) {
    for (Class<?> at = c; at != null; at = at.getDeclaringClass()) {
      if (except.contains(at)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> classNames(Class<?> anchor, String packageName) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    String folder = packageName.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        Path start = root.resolve(folder);
        try (Stream<Path> files = Files.walk(start)) {
          files.map(p -> root.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".class"))
              .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
            String n = en.nextElement().getName();
            if (n.startsWith(folder) && n.endsWith(".class")) {
              names.add(n.substring(0, n.length() - 6).replace('/', '.'));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
