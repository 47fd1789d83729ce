package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.StatusChange;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The loop-based fast paths for code syntax and CPR-like ids agree with the patterns they stand in for. */
class OpenCodeSyntaxTest {

  private static final Pattern CODE = Pattern.compile("([a-z0-9]+(\\.[a-z0-9-]+)*:)?[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private static Gen<String> textOver(String alphabet, int maxLength) {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, maxLength)
        .map(ix -> ix.stream().map(i -> String.valueOf(alphabet.charAt(i))).reduce("", String::concat));
  }

  @Test
  void codeSyntaxAgreesWithThePattern() {
    qt().withExamples(5000).forAll(textOver("AZB09_a:.-", 12))
        .checkAssert(s -> assertEquals(s.length() <= 100 && CODE.matcher(s).matches(), OpenCode.isValid(s), s));
    for (String valid : new String[] {"A", "CRIME", "A_1", "X9_Y_Z", "dk.aarhus:LEISURE"}) {
      assertTrue(OpenCode.isValid(valid), valid);
    }
    for (String invalid : new String[] {"", "_A", "A_", "A__B", "a", "1A", "A-B"}) {
      assertFalse(OpenCode.isValid(invalid), invalid);
    }
  }

  @Test
  void idsWithTenDigitsInARowAreStillRefusedAsCprLike() {
    qt().withExamples(2000).forAll(textOver("0123456789-ab", 16)).checkAssert(id -> {
      // the canonical spellings, and DDMMYY SSSS, DDMMYY SS SS, DD MM YY SSSS, DD MM YY SS SS with one to three
      // hyphens between the groups (Redaction)
      boolean cprLike = Pattern.compile("\\d{6}-?\\d{4}").matcher(id).find()
          || Pattern.compile("(?<!\\d)[0-3]\\d(?:-{1,3}[01]\\d-{1,3}\\d\\d|[01]\\d{3})-{1,3}\\d\\d-{0,3}\\d\\d(?!\\d)")
              .matcher(id).find();
      boolean refused;
      try {
        Goal.builder().id(id.isBlank() ? "g" : id).lifeArea(LifeArea.CRIME).description("x").horizon(GoalHorizon.SHORT)
            .addStatusHistory(StatusChange.of(LocalDate.of(2025, 1, 1), GoalStatus.ACTIVE)).build();
        refused = false;
      } catch (StructuralViolationException e) {
        refused = e.violations().stream().anyMatch(v -> v.path().equals("id"));
      }
      assertEquals(cprLike && !id.isBlank(), refused, id);
    });
  }
}
