package dk.samarbejdsmodel.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Etiketter: Danish and English labels for every built-in code, from the resource bundles
 * {@code dk/samarbejdsmodel/core/labels_da.properties} and {@code labels_en.properties}. Plugins' labels
 * ({@link LabelProvider}) are known to a {@code Catalogue} ({@code catalogue.label(...)}), never here: this
 * class is pure and the same in every host.
 *
 * <pre>{@code
 * Labels.label("LifeArea", "CRIME", Labels.DANISH);       // "Kriminalitet"
 * Labels.label(ChecklistItem.YOUNG_PERSON_HEARD, Labels.ENGLISH); // "Was the young person heard?"
 * }</pre>
 */
public final class Labels {

  /** Danish. */
  public static final Locale DANISH = Locale.forLanguageTag("da");
  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final String BUNDLE = "dk.samarbejdsmodel.core.labels";

  private Labels() {}

  /** True when the locale's language is Danish; every other language gets English. */
  public static boolean isDanish(Locale locale) {
    return "da".equals(locale.getLanguage());
  }

  /** The label of an enum constant, keyed by its type's simple name. */
  public static String label(Enum<?> value, Locale locale) {
    return label(value.getDeclaringClass().getSimpleName(), value.name(), locale);
  }

  /**
   * The built-in label for {@code type.code} in the locale's language (Danish for {@code da}, English
   * otherwise), or the code itself when no label is known.
   */
  public static String label(String type, String code, Locale locale) {
    return find(type, code, locale).orElse(code);
  }

  /** The built-in label for {@code type.code}, or empty when the bundles do not know it. */
  public static Optional<String> find(String type, String code, Locale locale) {
    Locale l = isDanish(locale) ? DANISH : ENGLISH;
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Labels.class.getModule());
      // By module, without a ResourceBundle.Control: a Control is refused in a named module (ModulePathIT).
      String key = type + "." + code;
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    } catch (MissingResourceException e) {
      // no bundle: no label
    }
    return Optional.empty();
  }
}
