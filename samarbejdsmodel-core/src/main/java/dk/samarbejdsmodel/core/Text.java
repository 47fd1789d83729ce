package dk.samarbejdsmodel.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Tekst: one short text in Danish and English — the SDK's one bilingual text type, for messages, labels, report
 * titles, headers and notes. {@link #in(Locale)} picks the language with {@link Labels#isDanish(Locale)}, the
 * SDK's one locale test: Danish for {@code da}, English for every other language.
 *
 * <pre>{@code
 * Text t = Text.of("Alder ved opstart", "Age at start");
 * t.in(Labels.DANISH);   // "Alder ved opstart"
 * t.in(Locale.GERMAN);   // "Age at start"
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

  /** A text in Danish and English. */
  public static Text of(String da, String en) {
    return new Text(da, en);
  }

  /** The same text in both languages (numbers, codes, names). */
  public static Text both(String s) {
    return new Text(s, s);
  }

  /** The text for the locale: Danish when {@link Labels#isDanish(Locale)}, English otherwise. */
  public String in(Locale locale) {
    return Labels.isDanish(locale) ? da : en;
  }
}
