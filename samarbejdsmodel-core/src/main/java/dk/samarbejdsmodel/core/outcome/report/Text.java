package dk.samarbejdsmodel.core.outcome.report;

import java.util.Locale;
import java.util.Objects;

/**
 * Tekst: a short text in Danish and English, for report titles, headers and notes.
 *
 * <pre>{@code
 * Text t = new Text("Alder ved opstart", "Age at start");
 * t.get(Labels.DANISH);   // "Alder ved opstart"
 * }</pre>
 *
 * @param da Danish
 * @param en English
 */
public record Text(String da, String en) {

  /** Checks for nulls. */
  public Text {
    Objects.requireNonNull(da, "da");
    Objects.requireNonNull(en, "en");
  }

  /** The same text in both languages (numbers, codes). */
  public static Text both(String s) {
    return new Text(s, s);
  }

  /** The text for the locale (Danish for {@code da}, English otherwise). */
  public String get(Locale locale) {
    return "da".equals(locale.getLanguage()) ? da : en;
  }
}
