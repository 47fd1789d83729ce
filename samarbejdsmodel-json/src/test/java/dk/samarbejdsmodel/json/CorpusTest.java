package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus under {@code src/test/resources/corpus}: every valid example reads, writes back to the same JSON and
 * validates against the published schema; every invalid document gives exactly its expected errors (pointer and
 * code), and those whose reason the schema can express fail the schema too.
 */
class CorpusTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static byte[] resource(String path) {
    try (InputStream in = CorpusTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> valid_examples_read_write_back_and_validate() {
    return DocumentKind.all().stream().map(kind -> DynamicTest.dynamicTest(kind.wireName(), () -> {
      byte[] bytes = resource("corpus/valid/" + kind.wireName() + ".json");
      ReadResult<?> r = SamJson.defaults().reader().read(bytes, kind);
      assertTrue(r.isValid(), () -> kind + ": " + r.errors());
      JsonNode original = MAPPER.readTree(bytes);
      JsonNode written = MAPPER.readTree(SamJson.defaults().writer().write(r));
      assertEquals(original, written, kind + " must write back exactly what was read");
      assertEquals(Set.of(), Schemas.validate(kind, original));
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalid_documents_give_their_expected_errors() {
    String spec = new String(resource("corpus/invalid/expected.txt"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : spec.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|");
      String name = parts[0].trim();
      DocumentKind<?> kind = DocumentKind.byName(parts[1].trim()).orElseThrow();
      String schema = parts[2].trim();
      Set<String> expected = Arrays.stream(parts[3].split(",")).map(String::strip).map(s -> s.startsWith("/") ? s : " " + s)
          .map(s -> s.startsWith(" ") ? s.substring(1) : s).collect(Collectors.toCollection(TreeSet::new));
      tests.add(DynamicTest.dynamicTest(name, () -> {
        byte[] bytes = resource("corpus/invalid/" + name + ".json");
        ReadResult<?> r = SamJson.defaults().reader().read(bytes, kind);
        assertFalse(r.isValid(), name + " must be rejected");
        Set<String> actual = r.errors().stream().map(e -> (e.pointer() + " " + e.code()).strip())
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, name);
        r.errors().forEach(e -> {
          assertFalse(e.messageDa().isBlank());
          assertFalse(e.messageEn().isBlank());
        });
        if (schema.equals("yes")) {
          assertFalse(Schemas.validate(kind, bytes).isEmpty(), name + " must fail the schema too");
        } else if (schema.equals("no")) {
          assertEquals(Set.of(), Schemas.validate(kind, bytes), name + ": a reason the schema cannot express");
        }
      }));
    }
    return tests.stream();
  }
}
