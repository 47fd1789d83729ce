package dk.samarbejdsmodel.core;

import java.util.Locale;

/**
 * Strukturfejlkode: why a value could not be built. Messages take only numbers, dates, field names and fixed
 * explanations as arguments — never a value from the input (not even an id: it may have been mistyped with
 * personal data), and never personal data.
 */
public enum StructuralCode {
  /** A required value is missing. */
  REQUIRED("is required", "skal udfyldes"),
  /** A text is blank. */
  BLANK("must not be blank", "må ikke være tom"),
  /** A number lies outside its range; arguments: min, max. */
  OUT_OF_RANGE("must be between {0} and {1}", "skal ligge mellem {0} og {1}"),
  /** Two elements share an id; no argument (the path says where, a message never quotes a value). */
  DUPLICATE_ID("repeats an id used earlier in the list", "gentager et id, der allerede er brugt i listen"),
  /** A reference points at nothing; no argument (the path says where, a message never quotes a value). */
  UNKNOWN_REFERENCE("refers to an id that does not exist", "henviser til et id, der ikke findes"),
  /** Numbers or dates that must increase do not; argument: the previous value. */
  NOT_INCREASING("must come after {0}", "skal komme efter {0}"),
  /** A period ends before it starts. */
  DATE_ORDER("ends before it starts", "slutter før den begynder"),
  /** A list that must hold at least one element is empty. */
  EMPTY("must not be empty", "må ikke være tom"),
  /** Fields contradict each other; argument: an explanation in English (no personal data). */
  INCONSISTENT("is inconsistent: {0}", "er inkonsistent: {0}"),
  /** A value has the wrong format; argument: the expected format. */
  INVALID_FORMAT("has an invalid format, expected {0}", "har et ugyldigt format, forventet {0}"),
  /** Periods overlap; argument: the other element's path. */
  OVERLAP("overlaps {0}", "overlapper {0}"),
  /** A parent chain loops back on itself. */
  CYCLE("forms a cycle", "danner en ring");

  private final Text template;

  StructuralCode(String en, String da) {
    this.template = Text.of(da, en);
  }

  /** The message template for the locale's language, with {@code {0}} style placeholders. */
  public String template(Locale locale) {
    return template.in(locale);
  }
}
