package dk.samarbejdsmodel.json.internal;

/**
 * JSON-pointer: helpers for RFC 6901 pointers. Internal.
 *
 * <pre>{@code
 * Pointers.child("/goals", 2);                         // "/goals/2"
 * Pointers.fromPath("", "agreements[3].goalIds[0]");   // "/agreements/3/goalIds/0"
 * }</pre>
 */
public final class Pointers {

  private Pointers() {}

  /** The pointer of a child. */
  public static String child(String pointer, String name) {
    StringBuilder sb = new StringBuilder(pointer.length() + name.length() + 1).append(pointer).append('/');
    appendEscaped(sb, name);
    return sb.toString();
  }

  /** The pointer of an array element. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** Appends a member name escaped as a pointer token ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static void appendEscaped(StringBuilder sb, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }

  /**
   * A core violation path such as {@code agreements[3].goalIds[0]} as a pointer below {@code base}: {@code
   * base/agreements/3/goalIds/0}. A trailing {@code .length} (a length check on a text) names the text itself.
   */
  public static String fromPath(String base, String path) {
    if (path.isEmpty()) {
      return base;
    }
    String p = path.endsWith(".length") ? path.substring(0, path.length() - ".length".length()) : path;
    StringBuilder sb = new StringBuilder(base);
    for (String part : p.replace("[", ".").replace("]", "").split("\\.")) {
      if (!part.isEmpty()) {
        sb.append('/');
        appendEscaped(sb, part);
      }
    }
    return sb.toString();
  }
}
