package dk.samarbejdsmodel.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Etiketudbyder: service provider interface through which plugins supply Danish and English labels for their
 * own codes.
 *
 * <p>Register an implementation in {@code META-INF/services/dk.samarbejdsmodel.core.LabelProvider}; its labels
 * are then known to {@code Catalogue.standard().label(...)} (or add it by hand:
 * {@code Catalogue.builder().addBuiltIns().addPlugin(provider)}).
 *
 * <pre>{@code
 * public final class AarhusLabels implements LabelProvider {
 *   public Optional<String> label(String type, String code, Locale locale) {
 *     if (type.equals("LifeArea") && code.equals("dk.aarhus:LEISURE")) {
 *       return Optional.of(Labels.isDanish(locale) ? "Fritid" : "Leisure");
 *     }
 *     return Optional.empty();
 *   }
 * }
 * }</pre>
 */
public interface LabelProvider {
  /**
   * Returns the label for a code.
   *
   * @param type the simple name of the code type, for example {@code LifeArea}
   * @param code the code, for example {@code CRIME}
   * @param locale Danish ({@code da}) or English ({@code en})
   * @return the label, or empty if this provider does not know the code
   */
  Optional<String> label(String type, String code, Locale locale);
}
