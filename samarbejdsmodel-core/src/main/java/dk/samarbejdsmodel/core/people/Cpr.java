package dk.samarbejdsmodel.core.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * CPR-nummer: a Danish civil registration number — personal data that never prints itself.
 *
 * <p>Ten digits {@code DDMMYY-SSSS}; the date part must be a real date, with the century taken from the
 * seventh digit as the CPR office defines it. There is no modulus-11 check: Denmark stopped guaranteeing it in
 * 2007. {@code toString()} and every exception message hide the number; call {@link #value()} only where the
 * number must really leave the SDK (a full export to an authorised system).
 *
 * <pre>{@code
 * Cpr cpr = Cpr.parse("010203-1234");
 * cpr.birthDate();   // 2003-02-01
 * cpr.toString();    // "Cpr[******-****]"
 * }</pre>
 */
public final class Cpr {

  private final String digits;
  private final LocalDate birthDate;

  private Cpr(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /**
   * Parses {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}.
   *
   * @throws IllegalArgumentException if the text is not a CPR number; the message never repeats the input
   */
  public static Cpr parse(String text) {
    Objects.requireNonNull(text, "CPR number");
    String d = text.length() == 11 && text.charAt(6) == '-' ? text.substring(0, 6) + text.substring(7) : text;
    if (d.length() != 10 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("A CPR number must be 10 digits, optionally DDMMYY-SSSS");
    }
    int day = Integer.parseInt(d.substring(0, 2));
    int month = Integer.parseInt(d.substring(2, 4));
    int yy = Integer.parseInt(d.substring(4, 6));
    int seventh = d.charAt(6) - '0';
    int year = yy + century(seventh, yy);
    try {
      return new Cpr(d, LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("The date part of a CPR number is not a valid date");
    }
  }

  /** True when the text is a valid CPR number (the same test as {@link #parse}). */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static int century(int seventh, int yy) {
    if (seventh <= 3) {
      return 1900;
    }
    if (seventh == 4 || seventh == 9) {
      return yy <= 36 ? 2000 : 1900;
    }
    return yy <= 57 ? 2000 : 1800;
  }

  /** The birth date encoded in the number. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The ten digits without a hyphen. Personal data: only for authorised full exports. */
  public String value() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpr && ((Cpr) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Always {@code Cpr[******-****]}. */
  @Override
  public String toString() {
    return "Cpr[******-****]";
  }
}
