package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.Details;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Text;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Fejlkode: why a document, or a part of it, could not be read. Every {@link ReadError} carries one code;
 * the codes are part of the interchange format (docs/format.md lists them) and never change meaning.
 *
 * <p>Messages take only field names, codes, numbers and limits as arguments — never a value from the
 * document, so personal data cannot leak into an error.
 *
 * <pre>{@code
 * ReadResult<Course> r = SamJson.defaults().reader().read(bytes, DocumentKind.COURSE);
 * r.errors().forEach(e -> log.warn("{} {} {}", e.pointer(), e.code(), e.messageEn()));
 * }</pre>
 */
public enum ErrorCode {
  // ------------------------------------------------------------ input (bytes and syntax)
  /** The input is larger than the configured size limit; argument: the limit in bytes. */
  TOO_LARGE("the document is larger than {0} bytes", "dokumentet er større end {0} bytes"),
  /** The input is not valid UTF-8; argument: the byte offset. */
  NOT_UTF8("the document is not valid UTF-8 (byte {0})", "dokumentet er ikke gyldig UTF-8 (byte {0})"),
  /** The input ends in the middle of a value. */
  TRUNCATED("the document ends unexpectedly", "dokumentet slutter uventet"),
  /** The input is not JSON; argument: line and column. */
  MALFORMED_JSON("the document is not valid JSON (line {0}, column {1})",
      "dokumentet er ikke gyldig JSON (linje {0}, kolonne {1})"),
  /** An object holds the same key twice. */
  DUPLICATE_KEY("the key occurs more than once", "nøglen forekommer flere gange"),
  /** Objects and arrays are nested deeper than the limit; argument: the limit. */
  TOO_DEEP("nested deeper than {0} levels", "indlejret dybere end {0} niveauer"),
  /** A string is longer than the limit; argument: the limit. */
  STRING_TOO_LONG("a string is longer than {0} characters", "en tekst er længere end {0} tegn"),
  /** A number has more digits than the limit; argument: the limit. */
  NUMBER_TOO_LONG("a number has more than {0} digits", "et tal har flere end {0} cifre"),
  /** A number does not fit the field; arguments: min, max. */
  NUMBER_OUT_OF_RANGE("the number must be between {0} and {1}", "tallet skal ligge mellem {0} og {1}"),
  /**
   * More errors were found than the reader keeps (the error cap, {@code SamJson.Builder.maxErrors}, 100 by
   * default); always the last error; arguments: how many more, the cap.
   */
  TOO_MANY_ERRORS("and {0} more errors (only the first {1} are listed)",
      "og {0} fejl mere (kun de første {1} er vist)"),
  /** The top level is not a JSON object. */
  NOT_AN_OBJECT("a document must be a JSON object", "et dokument skal være et JSON-objekt"),
  // ------------------------------------------------------------ envelope and versions
  /** {@code schemaVersion} is not of the form MAJOR.MINOR. */
  INVALID_VERSION("schemaVersion must look like 1.0", "schemaVersion skal have formen 1.0"),
  /** The document was written by a newer, incompatible format version; arguments: found, supported. */
  UNSUPPORTED_VERSION("format version {0} is not supported by this reader (it reads up to {1})",
      "formatversion {0} understøttes ikke af denne læser (den læser til og med {1})"),
  /** {@code kind} names no known document kind. */
  UNKNOWN_KIND("unknown document kind", "ukendt dokumenttype"),
  /** {@code kind} is not the kind the caller asked for; arguments: expected, found. */
  WRONG_KIND("expected a document of kind {0} but found {1}", "forventede et dokument af typen {0}, fandt {1}"),
  /** A migration from an older version failed; argument: the version migrated from. */
  MIGRATION_FAILED("the document could not be migrated from version {0}",
      "dokumentet kunne ikke migreres fra version {0}"),
  // ------------------------------------------------------------ fields
  /** A field the format does not define (strict mode). */
  UNKNOWN_FIELD("unknown field", "ukendt felt"),
  /** A JSON value of the wrong type; argument: the expected type. */
  WRONG_TYPE("must be {0}", "skal være {0}"),
  /** A date that is not an ISO-8601 calendar date (YYYY-MM-DD). */
  INVALID_DATE("must be a date YYYY-MM-DD", "skal være en dato ÅÅÅÅ-MM-DD"),
  /** A period that is not an ISO-8601 period such as P16Y6M. */
  INVALID_PERIOD("must be an ISO-8601 period such as P16Y6M", "skal være en ISO-8601-periode som P16Y6M"),
  /** A code that is neither UPPER_SNAKE nor namespace:UPPER_SNAKE. */
  INVALID_CODE("must be a code UPPER_SNAKE or namespace:UPPER_SNAKE",
      "skal være en kode UPPER_SNAKE eller navnerum:UPPER_SNAKE"),
  /** A value outside a closed list; argument: the allowed values. */
  NOT_ALLOWED("must be one of {0}", "skal være en af {0}"),
  /** A CPR number that is not ten digits with a valid date. */
  INVALID_CPR("must be a valid CPR number (10 digits)", "skal være et gyldigt CPR-nummer (10 cifre)"),
  /** An extension key that is not namespaced like {@code dk.vendor:name}. */
  INVALID_EXTENSION_KEY("extension keys must be namespaced like dk.vendor.system:name",
      "udvidelsesnøgler skal have et navnerum som dk.leverandør.system:navn"),
  /** A programme id that no registered programme has; argument: the id. */
  UNKNOWN_PROGRAMME("refers to programme {0}, which this reader does not know (register it, or give it to "
      + "SamJson.builder().addProgramme)", "henviser til programmet {0}, som denne læser ikke kender (registrér det, "
      + "eller giv det til SamJson.builder().addProgramme)"),
  /** A vendor's consent policy code that the reader was not given; argument: the code. */
  UNKNOWN_CONSENT_POLICY("names consent policy {0}, which this reader does not know: a vendor''s policy must be given "
      + "to the reader (SamJson.builder().addConsentPolicy) or come with a registered programme",
      "nævner samtykkereglen {0}, som denne læser ikke kender: en leverandørs regel skal gives til læseren "
      + "(SamJson.builder().addConsentPolicy) eller følge med et registreret program"),
  /** A code that is neither built-in nor namespaced; argument: the type of code. */
  NOT_NAMESPACED("is not a built-in {0} code; a vendor''s code must be namespaced (namespace:UPPER_SNAKE)",
      "er ikke en indbygget {0}-kode; en leverandørs kode skal have navnerum (navnerum:UPPER_SNAKE)"),
  /** An instrument id and version that no registered instrument has. */
  UNKNOWN_INSTRUMENT("refers to an instrument version this reader does not know",
      "henviser til en instrumentversion, denne læser ikke kender"),
  /** A value the model refuses for another reason. */
  INVALID_VALUE("is not a valid value", "er ikke en gyldig værdi"),
  /** A set holds the same element twice. */
  DUPLICATE_ELEMENT("holds the same element twice", "indeholder det samme element to gange"),
  // ------------------------------------------------------------ structure (core StructuralCode)
  /** A required value is missing (also core {@code REQUIRED}). */
  REQUIRED("is required", "skal udfyldes"),
  /** Core {@link StructuralCode#BLANK}. */
  BLANK(StructuralCode.BLANK),
  /** Core {@link StructuralCode#OUT_OF_RANGE}. */
  OUT_OF_RANGE(StructuralCode.OUT_OF_RANGE),
  /** Core {@link StructuralCode#DUPLICATE_ID}. */
  DUPLICATE_ID(StructuralCode.DUPLICATE_ID),
  /** Core {@link StructuralCode#UNKNOWN_REFERENCE}. */
  UNKNOWN_REFERENCE(StructuralCode.UNKNOWN_REFERENCE),
  /** Core {@link StructuralCode#NOT_INCREASING}. */
  NOT_INCREASING(StructuralCode.NOT_INCREASING),
  /** Core {@link StructuralCode#DATE_ORDER}. */
  DATE_ORDER(StructuralCode.DATE_ORDER),
  /** Core {@link StructuralCode#EMPTY}. */
  EMPTY(StructuralCode.EMPTY),
  /** Core {@link StructuralCode#INCONSISTENT}. */
  INCONSISTENT(StructuralCode.INCONSISTENT),
  /** Core {@link StructuralCode#INVALID_FORMAT}. */
  INVALID_FORMAT(StructuralCode.INVALID_FORMAT),
  /** Core {@link StructuralCode#OVERLAP}. */
  OVERLAP(StructuralCode.OVERLAP),
  /** Core {@link StructuralCode#CYCLE}. */
  CYCLE(StructuralCode.CYCLE);

  private final Text template;

  ErrorCode(String en, String da) {
    this.template = Text.of(da, en);
  }

  ErrorCode(StructuralCode code) {
    this(code.template(Locale.ENGLISH), code.template(Locale.forLanguageTag("da")));
  }

  /** The error code for a core structural code. */
  public static ErrorCode of(StructuralCode code) {
    return valueOf(code.name());
  }

  /** The message with arguments in Danish ({@code da}) or English (anything else). */
  public String message(Locale locale, Object... args) {
    boolean danish = Labels.isDanish(locale);
    Object[] values = args.clone();
    if (danish) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof String s) {
          values[i] = Details.danish(s);
        }
      }
    }
    return new MessageFormat(template.in(locale), Locale.ROOT).format(values);
  }
}
