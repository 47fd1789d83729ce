package dk.samarbejdsmodel.examples.service;

import java.util.OptionalLong;

/**
 * ETags — a course's entity tag is its version number, quoted: {@code "7"}. Strong comparison only (RFC 9110
 * §8.8.3.2): a weak tag never matches {@code If-Match}.
 */
final class Etags {

  private Etags() {}

  /** The entity tag of a version. */
  static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version named by an {@code If-Match} or {@code If-None-Match} value holding one strong entity tag.
   *
   * @return empty for a list, a weak tag, {@code *} or anything that is not one of this service's tags
   */
  static OptionalLong version(String header) {
    if (header == null) {
      return OptionalLong.empty();
    }
    String h = header.trim();
    if (h.length() < 3 || h.length() > 21 || h.charAt(0) != '"' || h.charAt(h.length() - 1) != '"') {
      return OptionalLong.empty();
    }
    String digits = h.substring(1, h.length() - 1);
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return OptionalLong.empty();
      }
    }
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
