package dk.samarbejdsmodel.json;

import java.util.Locale;
import java.util.Objects;

/**
 * Læsefejl: one problem found while reading a document — where (a JSON Pointer, RFC 6901, into the document
 * as it was read), why (an {@link ErrorCode}) and a Danish and an English message. Messages never contain
 * values from the document, only field names, codes, ids and limits.
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

  /** Creates an error; every component is required. */
  public ReadError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageDa, "messageDa");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** An error with the code's own messages formatted with the arguments. */
  public static ReadError of(String pointer, ErrorCode code, Object... args) {
    return new ReadError(pointer, code, code.message(Locale.forLanguageTag("da"), args),
        code.message(Locale.ENGLISH, args));
  }

  /** The message in the locale's language (Danish for {@code da}, otherwise English). */
  public String message(Locale locale) {
    return "da".equals(locale.getLanguage()) ? messageDa : messageEn;
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " " + code + ": " + messageEn;
  }
}
