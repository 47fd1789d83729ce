package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression tests for reader defects found by the reliability work (docs/reliability.md §5), one per defect. */
class ReaderRegressionTest {

  private static List<String> errors(SamJson json, String doc) {
    return json.reader().read(doc.getBytes(StandardCharsets.UTF_8)).errors().stream()
        .map(e -> e.pointer() + " " + e.code() + " " + e.messageEn()).toList();
  }

  /**
   * Defect: a field name longer than Jackson's name limit (50,000) was refused as STRING_TOO_LONG "longer than
   * 1,000,000 characters", a limit it had not broken. It now names the field-name limit it did break, which
   * docs/format.md §7 documents; a small configured string limit still leaves the format's own names readable.
   */
  @Test
  void overlongFieldNameReportsTheNameLimitItBroke() {
    String doc = "{\"schemaVersion\": \"1.0\", \"kind\": \"programme\", \"" + "k".repeat(60_000) + "\": 1}";
    List<String> found = errors(SamJson.defaults(), doc);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).endsWith("STRING_TOO_LONG a string is longer than 50,000 characters"), found.get(0));
    SamJson small = SamJson.builder().limits(Limits.defaults().withMaxStringLength(10)).build();
    assertEquals(List.of("/abcdefghijklmnop UNKNOWN_FIELD unknown field"), errors(small,
        "{\"schemaVersion\": \"1.0\", \"kind\": \"programme\", \"abcdefghijklmnop\": 1}").stream()
        .filter(e -> !e.contains("REQUIRED")).toList());
  }
}
