package dk.samarbejdsmodel.core;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Etiketter: Danish and English labels for every code, from the resource bundles
 * {@code dk/samarbejdsmodel/core/labels_da.properties} and {@code labels_en.properties}, then from plugins'
 * {@link LabelProvider}s.
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

  private static final class Providers {
    static final List<LabelProvider> ALL =
        ServiceLoader.load(LabelProvider.class, Labels.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .collect(Collectors.toUnmodifiableList());
  }

  /** The label of an enum constant, keyed by its type's simple name. */
  public static String label(Enum<?> value, Locale locale) {
    return label(value.getDeclaringClass().getSimpleName(), value.name(), locale);
  }

  /**
   * The label for {@code type.code} in the locale's language (Danish for {@code da}, English otherwise), or
   * the code itself when no label is known.
   */
  public static String label(String type, String code, Locale locale) {
    return find(type, code, locale).orElse(code);
  }

  /** The label for {@code type.code}, or empty when neither the bundles nor a plugin know it. */
  public static Optional<String> find(String type, String code, Locale locale) {
    Locale l = "da".equals(locale.getLanguage()) ? DANISH : ENGLISH;
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, Labels.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      String key = type + "." + code;
      if (bundle.containsKey(key)) {
        return Optional.of(bundle.getString(key));
      }
    } catch (MissingResourceException e) {
      // fall through to the plugins
    }
    for (LabelProvider p : Providers.ALL) {
      Optional<String> found = p.label(type, code, l);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
