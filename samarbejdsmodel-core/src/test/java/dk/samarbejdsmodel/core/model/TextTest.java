package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Text;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one bilingual text type and the one locale test. */
class TextTest {

  @Test
  void danishForDaEnglishForEveryOtherLanguage() {
    Text t = Text.of("Alder ved opstart", "Age at start");
    assertEquals("Alder ved opstart", t.in(Labels.DANISH));
    assertEquals("Alder ved opstart", t.in(Locale.forLanguageTag("da-DK")));
    assertEquals("Age at start", t.in(Locale.ENGLISH));
    assertEquals("Age at start", t.in(Locale.GERMAN));
    assertEquals("Age at start", t.in(Locale.ROOT));
    assertEquals(Text.both("n"), Text.of("n", "n"));
    assertThrows(NullPointerException.class, () -> Text.of(null, "x"));
  }

  @Test
  void labelsIsDanishIsTheOneLocaleTest() {
    assertTrue(Labels.isDanish(Locale.forLanguageTag("da")));
    assertFalse(Labels.isDanish(Locale.forLanguageTag("nb")));
    assertEquals("skal udfyldes", StructuralCode.REQUIRED.template(Locale.forLanguageTag("da-DK")));
    assertEquals("is required", StructuralCode.REQUIRED.template(Locale.FRENCH));
  }
}
