package dk.samarbejdsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The id rule's ASCII shortcut decides exactly as the general check (docs/performance.md, B1). */
class IdCheckTest {

  @Test
  void every_text_of_one_or_two_ascii_characters() {
    for (char a = 0; a < 0x80; a++) {
      same(String.valueOf(a));
      for (char b = 0; b < 0x80; b++) {
        same("" + a + b);
      }
    }
    same("");
    same(" ".repeat(128));
    same("a".repeat(128));
    same("a".repeat(129));
    same("a".repeat(127) + "\u00e6");
  }

  @Test
  void generated_texts() {
    qt().withExamples(20_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 140))
        .checkAssert(IdCheckTest::same);
    qt().withExamples(20_000).forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 140))
        .checkAssert(IdCheckTest::same);
  }

  private static void same(String s) {
    assertEquals(Violations.printableIdGeneral(s), Violations.printableId(s), () -> "for " + s.chars().boxed().toList());
  }
}
