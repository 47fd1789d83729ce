package dk.samarbejdsmodel.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The SDK's one CPR detector ({@link Redaction}): every spelling of a CPR number — any dash or space, dots,
 * slashes, grouped digits, digits of any script, invisible characters in between — is found, masked with the
 * one mask, and refused as an id; ordinary text with dates and numbers is left alone.
 */
class CprDetectorTest {

  /** Dashes, spaces and other separators a CPR number is written with (issue 20's spellings and their kin). */
  static final String[] SEPARATORS = {"-", " ", ".", "/", "_", "\u2013", "\u2014", "\u2011", "\u2010", "\u2212",
      "\u00a0", "\u202f", "\u2007", "\u3000", "\t", "\n", "\uff0d", "\uff0e", "\uff0f", "\u2044", " - ", " \u2013 "};

  /** Zero digits of scripts whose ten digits are consecutive code points. */
  static final int[] ZEROS = {'0', 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE, 0x1D7EC};

  /** Characters nobody sees. */
  static final String[] INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u200e",
      "\u0301"};

  /** One generated spelling of a CPR-like number inside some text. */
  record Spelling(String text, String digits) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      text.codePoints().forEach(c -> sb.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c)
          : String.format(Locale.ROOT, "\\u{%x}", c)));
      return sb.toString();
    }
  }

  /** Spellings: a date-like DDMMYY and four digits, grouped and separated, in random scripts, inside text. */
  static Gen<Spelling> spellings() {
    return SourceDSL.longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      String digits = String.format(Locale.ROOT, "%02d%02d%02d%04d", 1 + r.nextInt(31), 1 + r.nextInt(12),
          r.nextInt(100), r.nextInt(10_000));
      StringBuilder sb = new StringBuilder();
      sb.append(List.of("", "cpr ", "CPR-nr.: ", "Mit nummer er ", "(", "id=", "ref ").get(r.nextInt(7)));
      int zero = r.nextInt(3) == 0 ? ZEROS[r.nextInt(ZEROS.length)] : '0';
      List<Integer> groups = List.of(List.<Integer>of(), List.of(6), List.of(6, 8), List.of(2, 4, 6),
          List.of(2, 4, 6, 8)).get(r.nextInt(5));
      for (int i = 0; i < 10; i++) {
        if (groups.contains(i)) {
          sb.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
        }
        if (i > 0 && r.nextInt(8) == 0) {
          sb.append(INVISIBLE[r.nextInt(INVISIBLE.length)]);
        }
        int d = digits.charAt(i) - '0';
        sb.appendCodePoint(r.nextInt(6) == 0 ? ZEROS[r.nextInt(ZEROS.length)] + d : zero + d);
      }
      sb.append(List.of("", " er mit cpr", ".", ")", " og mere tekst", ", tak").get(r.nextInt(6)));
      return new Spelling(sb.toString(), digits);
    });
  }

  @Test
  void every_generated_spelling_is_found_masked_and_refused_as_an_id() {
    qt().withExamples(3000).forAll(spellings()).checkAssert(s -> {
      assertTrue(Redaction.containsCprLike(s.text()), s::toString);
      String masked = Redaction.maskCprLike(s.text());
      assertTrue(masked.contains(Redaction.CPR_MASK), s::toString);
      assertFalse(Redaction.containsCprLike(masked), () -> s + " masked as " + masked);
      if (s.text().codePointCount(0, s.text().length()) <= 128) {
        StructuralViolationException e = assertThrows(StructuralViolationException.class,
            () -> Organisation.builder().id(s.text()).name("x").sector(OrganisationSector.UU).build(), s::toString);
        assertFalse(Redaction.containsCprLike(e.getMessage()), s::toString);
      }
      Violation v = Violation.of("goals[" + s.text() + "]", StructuralCode.INVALID_FORMAT, s.text());
      assertFalse(Redaction.containsCprLike(v.toString()) || Redaction.containsCprLike(v.message(Locale.ROOT)),
          s::toString);
    });
  }

  @Test
  void the_spellings_found_by_the_attack_run_are_masked() {
    for (String text : List.of("140309\u20134321", "140309\u20114321", "140309\u00a04321", "14.03.09-4321",
        "140309/4321", "14 03 09 4321", "\uff11\uff14\uff10\uff13\uff10\uff19\uff14\uff13\uff12\uff11",
        "140309 4321", "1403094321", "140309-4321", "14\u200b0309-4321", "\u2460\u2463\u24ea\u2462\u24ea\u2468"
            + "\u2463\u2462\u2461\u2460", "14-03-09 43 21", "14/03/09-4321", "14.03.09.4321",
        "140309 43 21")) {
      assertEquals("x " + Redaction.CPR_MASK + " y", Redaction.maskCprLike("x " + text + " y"), text);
    }
  }

  @Test
  void dates_numbers_and_ordinary_text_are_left_alone() {
    for (String text : List.of("rev. 12", "2025-06-10", "2025-06-10 12", "2025-06-10 2025-07-01",
        "between 2025-06-10 and 2026-06-09", "+45 20 00 00 00", "1 000 000 000", "12.345.678", "v1.2.3.4.5",
        "99.99.99-9999 (not a date)", "Mødet 10/06/2025 kl. 12", "06-10 2025-07", "Mødet 10/06/2025 1234", "ISBN 978-87-02-12345-6",
        "goals[3].statusHistory[12]", "SAM-1041", "P17Y6M", "")) {
      assertFalse(Redaction.containsCprLike(text), text);
      assertEquals(text, Redaction.maskCprLike(text), text);
    }
    assertEquals(null, Redaction.maskCprLike(null));
    assertFalse(Redaction.containsCprLike(null));
  }

  @Test
  void ten_digits_in_a_row_are_masked_wherever_they_stand() {
    assertEquals("x" + Redaction.CPR_MASK + "5x", Redaction.maskCprLike("x12345678905x"));
    assertEquals(Redaction.CPR_MASK + Redaction.CPR_MASK, Redaction.maskCprLike("11111111112222222222"));
    // the canonical spelling with a typo'd date is still masked, as before
    assertEquals(Redaction.CPR_MASK, Redaction.maskCprLike("990399-1234"));
  }

  @Test
  void ids_of_only_invisible_characters_or_with_bidi_controls_are_refused_and_emoji_count_as_one() {
    List<String> refused = new ArrayList<>(List.of("\u00a0", "\u200b", "\u202e", "\u2028", "\uffff", "\ud800",
        "\udfff", "\u00a0\u200b", "a\u202eb", "a\u2028b", "a\ud800b", "a\uffffb", "\u2066abc\u2069", "\u3164",
        "a\u0000b", "\ufeff", "\u0301", "140309 4321", "x-14.03.09-4321"));
    for (String id : refused) {
      Violations v = new Violations().id("id", id);
      assertFalse(v.isEmpty(), () -> "accepted " + new Spelling(id, "").toString());
      assertTrue(java.util.Set.of(StructuralCode.INVALID_FORMAT, StructuralCode.BLANK)
          .contains(v.list().get(0).code()), id);
    }
    String emoji = "\ud83d\ude00".repeat(100);
    assertTrue(new Violations().id("id", emoji).isEmpty(), "100 emoji are 100 characters");
    assertTrue(new Violations().id("id", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67").isEmpty(),
        "an emoji sequence with zero-width joiners");
    assertTrue(new Violations().id("id", "x".repeat(128)).isEmpty());
    assertFalse(new Violations().id("id", "x".repeat(129)).isEmpty());
    assertFalse(new Violations().id("id", "\ud83d\ude00".repeat(129)).isEmpty());
    assertTrue(new Violations().id("id", "Åse-ø 1").isEmpty());
  }

  @Test
  void messages_about_unknown_and_duplicate_ids_never_quote_the_id() {
    Violations v = new Violations();
    v.reference("responsibleId", "Signe Jensen", java.util.Set.of("p-1"));
    v.uniqueIds("goals", List.of("Signe Jensen", "Signe Jensen"), x -> x);
    for (Violation x : v.list()) {
      assertTrue(x.args().isEmpty(), x::toString);
      for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("da"))) {
        assertFalse(x.message(l).contains("Signe"), x::toString);
      }
    }
    CourseStateException e = new CourseStateException(CourseStateException.Reason.NOT_FOUND, "consent");
    assertFalse(e.getMessage().contains("{"), e.getMessage());
  }
}
