package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.PropertyPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Paths are built with PropertyPath, never by hand: they render exactly as the hand-built strings did. */
class PropertyPathTest {

  @Test
  void rendersTheFamiliarForm() {
    assertEquals("formRevisions[2].agreements[0].deadline",
        PropertyPath.of("formRevisions").index(2).field("agreements").index(0).field("deadline").toString());
    assertEquals("networkCard.entries[1].personId",
        PropertyPath.of("networkCard").field("entries").index(1).field("personId").toString());
    assertEquals("goals[g1].description", PropertyPath.of("goals").key("g1").field("description").toString());
    assertEquals("id", PropertyPath.root().field("id").toString());
    assertEquals("[3]", PropertyPath.root().index(3).toString());
    assertEquals("", PropertyPath.root().toString());
    assertTrue(PropertyPath.of("").isRoot());
    assertEquals(PropertyPath.of("a.b"), PropertyPath.of("a").field("b"));
    assertEquals(PropertyPath.of("a.b").hashCode(), PropertyPath.of("a").field("b").hashCode());
  }

  /** A hand-built index path such as {@code "meetings[" + i + "]"} in core's main sources. */
  private static final Pattern HAND_BUILT = Pattern.compile("\"[a-z][A-Za-z.]*\\[\" \\+ |\\+ \"\\]\\.[A-Za-z]");

  @Test
  void coreBuildsNoIndexPathByHand() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
        try {
          return Files.readAllLines(p).stream().filter(l -> HAND_BUILT.matcher(l).find())
              .map(l -> main.relativize(p) + ": " + l.strip());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertEquals(List.of(), offenders, "build paths with PropertyPath");
    }
  }
}
