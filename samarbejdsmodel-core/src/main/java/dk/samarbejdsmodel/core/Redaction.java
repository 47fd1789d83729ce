package dk.samarbejdsmodel.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Maskering: the SDK's one CPR detector and its one mask — the last line of defence against a CPR number in an
 * id, a message or a shared free text. Every exception message, every {@link Violation}, every rule finding's
 * arguments and every free text placed in a sharing view passes through {@link #maskCprLike(String)}, and every
 * id is refused when {@link #containsCprLike(String)} holds.
 *
 * <p><b>What counts as CPR-like</b>, in any Unicode spelling. The text is read character by character after
 * normalisation: every decimal digit of any script counts as its digit (full-width {@code １}, Arabic-Indic,
 * mathematical digits …), compatibility characters count as their NFKC form (superscript and circled digits,
 * full-width {@code ．} and {@code ／}), and invisible characters (zero-width spaces and joiners, soft hyphens,
 * bidi controls, combining marks) are ignored. Then:
 *
 * <ul>
 *   <li>ten digits in a row, anywhere (also inside a longer run of digits), are CPR-like, and so are six digits,
 *       one separator character and four digits ({@code DDMMYY-SSSS} with any dash or space); and
 *   <li>ten digits written with separators are CPR-like when they are grouped as {@code DDMMYY SSSS},
 *       {@code DDMMYY SS SS}, {@code DD MM YY SSSS} or {@code DD MM YY SS SS}, each separator is one to three
 *       characters from the separator class — any dash (hyphen-minus, en and em dash, non-breaking hyphen, minus
 *       sign …), any space (space, no-break and narrow no-break space, tab, line break …), {@code .},
 *       {@code /}, {@code _} and their full-width forms — the run is not part of a longer run of digits, and
 *       the first six digits could be a day and a month (day tens 0–3, month tens 0–1). So {@code 140309–4321},
 *       {@code 14.03.09-4321}, {@code 140309/4321}, {@code 14 03 09 4321} and {@code １４０３０９４３２１} are
 *       all CPR-like, while an ISO date followed by a number ({@code 2025-06-10 12}) is not.
 * </ul>
 *
 * <p>The date part is not validated: a mistyped CPR number is still personal data. Every CPR-like run is
 * replaced by {@link #CPR_MASK}, whatever its spelling.
 *
 * <pre>{@code
 * Redaction.maskCprLike("id 010203-1234 is unknown");   // "id ******-**** is unknown"
 * Redaction.maskCprLike("cpr 14.03.09–4321");           // "cpr ******-****"
 * Redaction.containsCprLike("rev. 12");                 // false
 * }</pre>
 */
public final class Redaction {

  /** What a CPR-like run is replaced by — the SDK's only CPR mask. */
  public static final String CPR_MASK = "******-****";

  private static final byte OTHER = -1;
  private static final byte SEPARATOR = -2;
  private static final byte INVISIBLE = -3;
  private static final int MAX_SEPARATOR_RUN = 3;
  /** Where separators may stand: DDMMYY SSSS, DDMMYY SS SS, DD MM YY SSSS, DD MM YY SS SS. */
  private static final int GROUPS_SERIAL = 1 << 6;
  private static final int GROUPS_SERIAL_PAIRS = 1 << 6 | 1 << 8;
  private static final int GROUPS_DATE = 1 << 2 | 1 << 4 | 1 << 6;
  private static final int GROUPS_ALL = 1 << 2 | 1 << 4 | 1 << 6 | 1 << 8;

  private Redaction() {}

  /** The text with every CPR-like run replaced by {@link #CPR_MASK}; {@code null} stays {@code null}. */
  public static String maskCprLike(String text) {
    if (text == null) {
      return null;
    }
    List<int[]> runs = find(text, false);
    if (runs.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] r : runs) {
      out.append(text, at, r[0]).append(CPR_MASK);
      at = r[1];
    }
    return out.append(text, at, text.length()).toString();
  }

  /** True when the text contains a CPR-like run, in any spelling (see the class comment). */
  public static boolean containsCprLike(String text) {
    return text != null && !find(text, true).isEmpty();
  }

  private static List<int[]> find(String text, boolean firstOnly) {
    if (!mayContain(text)) {
      return List.of();
    }
    Tokens t = Tokens.of(text);
    List<int[]> runs = new ArrayList<>(1);
    int i = 0;
    while (i < t.size) {
      int end = t.kind[i] >= 0 ? matchAt(t, i) : -1;
      if (end < 0) {
        i++;
        continue;
      }
      runs.add(new int[] {t.start[i], t.end[end]});
      if (firstOnly) {
        return runs;
      }
      i = end + 1;
    }
    return runs;
  }

  /**
   * Fast path (docs/performance.md, B1): a CPR-like run needs ten digits. ASCII digits and decimal digits of
   * other scripts count one each; letters, spaces, punctuation and marks count none; any other character (a
   * number such as {@code ⑩}, a symbol, a character outside the Basic Multilingual Plane) may stand for digits
   * after normalisation and sends the text to the full check.
   */
  private static boolean mayContain(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= '0' && c <= '9' && ++digits >= 10) {
          return true;
        }
        continue;
      }
      switch (Character.getType(c)) {
        case Character.DECIMAL_DIGIT_NUMBER:
          if (++digits >= 10) {
            return true;
          }
          break;
        case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
            Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.SPACE_SEPARATOR,
            Character.DASH_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION,
            Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
            Character.FINAL_QUOTE_PUNCTUATION, Character.FORMAT, Character.NON_SPACING_MARK,
            Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.CURRENCY_SYMBOL,
            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL:
          break;
        default:
          return true;
      }
    }
    return false;
  }

  /** The index of the token of the tenth digit when a CPR-like run starts at token {@code first}, else -1. */
  private static int matchAt(Tokens t, int first) {
    int[] digit = new int[10];
    int digits = 0;
    boolean separated = false;   // a separator other than one character between DDMMYY and SSSS
    int at = 0;                  // bit n: a separator after the n-th digit
    int last = -1;
    int j = first;
    while (j < t.size && digits < 10) {
      byte k = t.kind[j];
      if (k >= 0) {
        digit[digits++] = k;
        last = j++;
      } else if (k == INVISIBLE) {
        j++;
      } else if (k == SEPARATOR && digits % 2 == 0 && digits >= 2) {
        int run = 0;
        while (j < t.size && (t.kind[j] == SEPARATOR || t.kind[j] == INVISIBLE)) {
          run += t.kind[j] == SEPARATOR ? 1 : 0;
          j++;
        }
        if (run > MAX_SEPARATOR_RUN || j >= t.size || t.kind[j] < 0) {
          return -1;
        }
        separated |= digits != 6 || run != 1;
        at |= 1 << digits;
      } else {
        return -1;
      }
    }
    if (digits < 10) {
      return -1;
    }
    if (at != 0 && at != GROUPS_SERIAL && at != GROUPS_SERIAL_PAIRS && at != GROUPS_DATE
        && at != GROUPS_ALL) {
      return -1;
    }
    if (separated && (digit[0] > 3 || digit[2] > 1 || digitNear(t, first, -1) || digitNear(t, last, +1))) {
      return -1;
    }
    return last;
  }

  /** Whether the nearest visible token before or after {@code at} is a digit. */
  private static boolean digitNear(Tokens t, int at, int step) {
    for (int j = at + step; j >= 0 && j < t.size; j += step) {
      if (t.kind[j] != INVISIBLE) {
        return t.kind[j] >= 0;
      }
    }
    return false;
  }

  /** The text as classified characters after normalisation, each with the source range it came from. */
  private static final class Tokens {
    byte[] kind;
    int[] start;
    int[] end;
    int size;

    private Tokens(int capacity) {
      kind = new byte[capacity];
      start = new int[capacity];
      end = new int[capacity];
    }

    static Tokens of(String text) {
      Tokens t = new Tokens(text.length() + 8);
      int i = 0;
      while (i < text.length()) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        byte k = classify(cp);
        if (k != OTHER || cp < 0x80) {
          t.add(k, i, next);
        } else {
          String normal = compatibilityForm(cp);
          if (normal == null) {
            t.add(OTHER, i, next);
          } else {
            for (int n = 0; n < normal.length(); n++) {
              byte nk = classify(normal.charAt(n));
              t.add(nk, i, next);
            }
          }
        }
        i = next;
      }
      return t;
    }

    private void add(byte k, int from, int to) {
      if (size == kind.length) {
        int cap = size * 2;
        kind = java.util.Arrays.copyOf(kind, cap);
        start = java.util.Arrays.copyOf(start, cap);
        end = java.util.Arrays.copyOf(end, cap);
      }
      kind[size] = k;
      start[size] = from;
      end[size] = to;
      size++;
    }
  }

  /** The NFKC form of a non-ASCII symbol, number or punctuation character when it differs, else null. */
  private static String compatibilityForm(int cp) {
    int type = Character.getType(cp);
    boolean candidate = type == Character.OTHER_NUMBER || type == Character.OTHER_PUNCTUATION
        || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.MODIFIER_SYMBOL || type == Character.LETTER_NUMBER;
    if (!candidate) {
      return null;
    }
    String s = new String(Character.toChars(cp));
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return n.equals(s) ? null : n;
  }

  /** A digit's value (0–9), {@link #SEPARATOR}, {@link #INVISIBLE} or {@link #OTHER}. */
  private static byte classify(int cp) {
    if (cp < 0x80) {
      if (cp >= '0' && cp <= '9') {
        return (byte) (cp - '0');
      }
      switch (cp) {
        case '-', ' ', '.', '/', '_', '\t', '\n', '\r', '\f', 0x0B:
          return SEPARATOR;
        default:
          return cp < 0x20 || cp == 0x7F ? INVISIBLE : OTHER;
      }
    }
    int d = Character.digit(cp, 10);
    if (d >= 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
      return (byte) d;
    }
    switch (cp) {
      case 0x2212, 0x2044, 0x2215, 0x29F8, 0x00B7, 0x2219, 0x2027, 0x30FB, 0x3002, 0xFF61, 0x2E31:
        return SEPARATOR;
      default:
        break;
    }
    switch (Character.getType(cp)) {
      case Character.DASH_PUNCTUATION, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.CONNECTOR_PUNCTUATION:
        return SEPARATOR;
      case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.CONTROL:
        return INVISIBLE;
      default:
        return OTHER;
    }
  }
}
