package dk.samarbejdsmodel.core;

import java.util.regex.Pattern;

/**
 * Maskering: the SDK's last line of defence against a CPR number in a message — every exception message and
 * every free text placed in a sharing view passes through {@link #maskCprLike(String)}.
 *
 * <p>Anything that looks like a CPR number — six digits, an optional hyphen or space, four digits — is replaced
 * by {@code ******-****}, whether or not its date part is valid (a typo'd CPR number is still personal data).
 *
 * <pre>{@code
 * Redaction.maskCprLike("id 010203-1234 is unknown"); // "id ******-**** is unknown"
 * Redaction.containsCprLike("rev. 12");              // false
 * }</pre>
 */
public final class Redaction {

  /** What a masked CPR-like number is replaced by. */
  public static final String CPR_MASK = "******-****";

  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}[- ]?\\d{4}");

  private Redaction() {}

  /** The text with every CPR-like digit sequence replaced by {@link #CPR_MASK}; {@code null} stays {@code null}. */
  public static String maskCprLike(String text) {
    if (text == null) {
      return null;
    }
    return CPR_LIKE.matcher(text).replaceAll(CPR_MASK);
  }

  /** True when the text contains a CPR-like digit sequence. */
  public static boolean containsCprLike(String text) {
    return text != null && CPR_LIKE.matcher(text).find();
  }
}
