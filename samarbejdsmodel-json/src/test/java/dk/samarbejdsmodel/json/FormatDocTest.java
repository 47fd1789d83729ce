package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/format.md documents every error code and every kind, and embeds the corpus examples unchanged. */
class FormatDocTest {

  private static String doc() throws IOException {
    return Files.readString(Path.of("").toAbsolutePath().resolve("../docs/format.md").normalize(),
        StandardCharsets.UTF_8);
  }

  @Test
  void every_error_code_is_documented() throws IOException {
    String doc = doc();
    for (ErrorCode c : ErrorCode.values()) {
      assertTrue(doc.contains("| `" + c.name() + "` |"), c.name() + " is missing from docs/format.md");
    }
  }

  @Test
  void every_kind_has_its_example() throws IOException {
    String doc = doc();
    for (DocumentKind<?> kind : DocumentKind.all()) {
      String example = new String(CorpusTest.resource("corpus/valid/" + kind.wireName() + ".json"),
          StandardCharsets.UTF_8).strip();
      assertTrue(doc.contains("### ") && doc.contains("`" + kind.wireName() + "`"), kind.wireName());
      assertTrue(doc.contains(example), "docs/format.md must embed the " + kind.wireName() + " example unchanged");
    }
  }
}
