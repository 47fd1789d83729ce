package dk.samarbejdsmodel.validation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;

/**
 * The message-bundle keys by code: {@code dk.samarbejdsmodel.<structural|document|finding>.<code>} when this
 * module's bundle has that key, otherwise the generic {@code dk.samarbejdsmodel.<source>} (a plugin rule's code, a
 * code added after this bundle was written). Internal.
 */
final class MessageKeys {

  static final String PREFIX = "dk.samarbejdsmodel.";
  static final String BUNDLE_FILE = "ContributorValidationMessages.properties";
  private static final Set<String> KNOWN = load();

  private MessageKeys() {}

  /** The keys of this jar's own base bundle (not a vendor's bundle of the same name). */
  private static Set<String> load() {
    Properties p = new Properties();
    try {
      URL own = MessageKeys.class.getProtectionDomain().getCodeSource().getLocation();
      Enumeration<URL> all = MessageKeys.class.getClassLoader().getResources(BUNDLE_FILE);
      URL chosen = null;
      while (all.hasMoreElements()) {
        URL u = all.nextElement();
        if (chosen == null || (own != null && u.toString().contains(own.getPath()))) {
          chosen = u;
        }
      }
      if (chosen != null) {
        try (InputStream in = chosen.openStream()) {
          p.load(in);
        }
      }
    } catch (IOException | SecurityException e) {
      // no specific keys: every problem uses the generic key of its source
    }
    return Set.copyOf(p.stringPropertyNames());
  }

  static String key(Problem p) {
    String base = PREFIX + p.source().name().toLowerCase(java.util.Locale.ROOT);
    String specific = base + "." + p.code();
    return KNOWN.contains(specific) ? specific : base;
  }

  /** The code named by a message template built by this module, or null. */
  static String codeOf(String template) {
    if (template == null || !template.startsWith("{" + PREFIX) || !template.endsWith("}")) {
      return null;
    }
    String key = template.substring(PREFIX.length() + 1, template.length() - 1);
    int dot = key.indexOf('.');
    return dot < 0 ? null : key.substring(dot + 1);
  }
}
