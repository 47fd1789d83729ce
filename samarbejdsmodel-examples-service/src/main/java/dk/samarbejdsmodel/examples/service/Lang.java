package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.Labels;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Sprog — the language of a response: Danish or English, from the request's {@code Accept-Language}.
 *
 * <p>Danish when the header prefers Danish or is absent (the municipalities' language), English when it prefers
 * English or any other language the SDK has no messages in. A malformed header counts as absent.
 */
final class Lang {

  private static final List<Locale> SUPPORTED = List.of(Labels.DANISH, Labels.ENGLISH);

  private Lang() {}

  /** The language for the request. */
  static Locale of(HttpServletRequest request) {
    return of(request.getHeader("Accept-Language"));
  }

  /** The language for an {@code Accept-Language} header value (or {@code null}). */
  static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Labels.DANISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      Locale match = Locale.lookup(ranges, SUPPORTED);
      return match == null ? Labels.ENGLISH : match;
    } catch (IllegalArgumentException e) {
      return Labels.DANISH;
    }
  }

  /** Whether the language is Danish. */
  static boolean danish(Locale locale) {
    return Labels.isDanish(locale);
  }

  /** The text in the language. */
  static String pick(Locale locale, String da, String en) {
    return danish(locale) ? da : en;
  }
}
