package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Redaction;
import java.util.Locale;
import java.util.Objects;

/**
 * Læsefejl: one problem found while reading a document — where (a JSON Pointer, RFC 6901, into the document
 * as it was read), why (an {@link ErrorCode}) and a Danish and an English message. Messages never contain
 * values from the document, only field names, codes and limits; pointers never carry a CPR-like key or an
 * over-long one (see the constructor).
 *
 * <pre>{@code
 * for (ReadError e : result.errors()) {
 *   System.out.println(e.pointer() + " " + e.code() + ": " + e.messageEn()); // /goals/0/id REQUIRED: is required
 * }
 * }</pre>
 *
 * @param pointer the JSON Pointer of the value at fault; {@code ""} for the whole document
 * @param code why
 * @param messageDa the message in Danish
 * @param messageEn the message in English
 */
public record ReadError(String pointer, ErrorCode code, String messageDa, String messageEn) {

  /** The longest pointer segment kept whole; longer keys are cut to {@value #MAX_SEGMENT} characters and "…". */
  public static final int MAX_SEGMENT = 64;

  /**
   * Creates an error; every component is required. As a last line of defence the pointer and both messages
   * pass through the SDK's CPR detector ({@link Redaction#maskCprLike}): a key that looks like a CPR number —
   * an unknown field {@code "1403094321"}, say — appears in the pointer as {@code ******-****}, and a key longer
   * than {@value #MAX_SEGMENT} characters is cut to its first {@value #MAX_SEGMENT} characters and {@code …}.
   * Such a pointer names the key without repeating it; its parent still points into the document as sent.
   */
  public ReadError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageDa, "messageDa");
    Objects.requireNonNull(messageEn, "messageEn");
    pointer = redact(pointer);
    messageDa = Redaction.maskCprLike(messageDa);
    messageEn = Redaction.maskCprLike(messageEn);
  }

  private static String redact(String pointer) {
    boolean plain = true;
    int segment = 0;
    for (int i = 0; i < pointer.length() && plain; i++) {
      char c = pointer.charAt(i);
      segment = c == '/' ? 0 : segment + 1;
      plain = c < 0x80 && segment <= MAX_SEGMENT;
    }
    if (plain && !Redaction.containsCprLike(pointer)
        && (pointer.indexOf('~') < 0 || !Redaction.containsCprLike(pointer.replace("~1", "/")))) {
      return pointer;
    }
    if (!pointer.startsWith("/")) {
      return Redaction.maskCprLike(pointer);
    }
    StringBuilder out = new StringBuilder(pointer.length());
    for (String part : pointer.substring(1).split("/", -1)) {
      String key = part.replace("~1", "/").replace("~0", "~");
      String masked = Redaction.containsCprLike(key)
          ? Redaction.maskCprLike(key).replace("~", "~0").replace("/", "~1") : part;
      if (masked.codePointCount(0, masked.length()) > MAX_SEGMENT) {
        masked = masked.substring(0, masked.offsetByCodePoints(0, MAX_SEGMENT));
        masked = (masked.endsWith("~") ? masked.substring(0, masked.length() - 1) : masked) + "\u2026";
      }
      out.append('/').append(masked);
    }
    // digits spread over several segments (/14/03/09/4321) are masked as a whole
    return Redaction.maskCprLike(out.toString());
  }

  /** An error with the code's own messages formatted with the arguments. */
  public static ReadError of(String pointer, ErrorCode code, Object... args) {
    return new ReadError(pointer, code, code.message(Locale.forLanguageTag("da"), args),
        code.message(Locale.ENGLISH, args));
  }

  /** The message in the locale's language (Danish for {@code da}, otherwise English). */
  public String message(Locale locale) {
    return Labels.isDanish(locale) ? messageDa : messageEn;
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": " + messageEn;
  }
}
