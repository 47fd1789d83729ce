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
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of an array element. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
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
        sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }
}
