package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.Labels;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The built-in message templates, {@code dk/samarbejdsmodel/core/rules/messages_{da,en}.properties}. */
final class Messages {

  private static final String BUNDLE = "dk.samarbejdsmodel.core.rules.messages";

  private Messages() {}

  /** The Danish bundle, loaded when the first Danish message is made. */
  private static final class Danish {
    static final ResourceBundle MESSAGES = load(Labels.DANISH);
  }

  /** The English bundle, loaded when the first English message is made. */
  private static final class English {
    static final ResourceBundle MESSAGES = load(Labels.ENGLISH);
  }

  private static ResourceBundle load(Locale l) {
    // By module, without a ResourceBundle.Control: a Control is refused in a named module, so the SDK failed on
    // the module path (ModulePathIT). Both languages have their own bundle, so no fallback locale is ever used.
    return ResourceBundle.getBundle(BUNDLE, l, Messages.class.getModule());
  }

  /** The template for a key in the locale's language (Danish for {@code da}, English otherwise). */
  static String template(String key, Locale locale) {
    ResourceBundle bundle = Labels.isDanish(locale) ? Danish.MESSAGES : English.MESSAGES;
    if (!bundle.containsKey(key)) {
      throw new MissingResourceException("no message " + key, BUNDLE, key);
    }
    return bundle.getString(key);
  }
}
