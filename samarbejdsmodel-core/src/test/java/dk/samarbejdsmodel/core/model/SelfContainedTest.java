package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: no file refers to anything beside it (background material a user's clone
 * does not have), every relative Markdown link resolves inside the repository, and no pre-2024 section of
 * serviceloven is cited for what barnets lov now governs (docs/domain.md §0).
 *
 * <p>Scans every text file under the repository root except build output and version-control data. The
 * forbidden strings are assembled from parts so that this file does not match itself.
 */
class SelfContainedTest {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", ".idea", ".mvn", "node_modules");

  /** References to material outside the repository. */
  private static final List<Pattern> OUTSIDE = List.of(
      Pattern.compile(Pattern.quote(".." + "/shared")),
      Pattern.compile("shared" + "/(spec|seeds|notes)"),
      Pattern.compile("\\b00[0-4]_[0-9a-f]{16}"),
      Pattern.compile("\\b(reference-tables|architecture|naming|anchors)\\.md\\b"),
      Pattern.compile("\\bseed-00[0-4]\\.md\\b"));

  /** Sections of serviceloven that barnets lov replaced (handleplan, efterværn, støtte to children). */
  private static final Pattern OLD_LAW = Pattern.compile(
      "(?i)(\\bSEL\\s*§\\s*14[01]\\b|servicelovens?\\s*§\\s*14[01]\\b|§\\s*(76|68|52)\\b)");

  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !(Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("pom.xml")))) {
      p = p.getParent();
    }
    assertTrue(p != null, "the repository root (with docs/ and pom.xml) is above the module");
    return p;
  }

  static List<Path> textFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> root.relativize(f).toString().split("[/\\\\]").length > 0)
          .filter(f -> {
            for (Path part : root.relativize(f)) {
              if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
              }
            }
            return true;
          })
          .forEach(files::add);
    }
    return files;
  }

  static String textOrNull(Path f) throws IOException {
    if (Files.size(f) > 5_000_000) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(f);
    for (byte b : bytes) {
      if (b == 0) {
        return null; // binary
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void no_file_refers_to_material_outside_the_repository_or_cites_replaced_sections_as_current() throws IOException {
    Path root = root();
    List<String> problems = new ArrayList<>();
    int scanned = 0;
    for (Path f : textFiles(root)) {
      String text = textOrNull(f);
      if (text == null) {
        continue;
      }
      scanned++;
      String name = root.relativize(f).toString().replace('\\', '/');
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Pattern p : OUTSIDE) {
          Matcher m = p.matcher(lines[i]);
          if (m.find()) {
            problems.add(name + ":" + (i + 1) + " refers outside the repository: " + m.group());
          }
        }
        Matcher law = OLD_LAW.matcher(lines[i]);
        if (law.find()) {
          problems.add(name + ":" + (i + 1) + " cites a replaced section: " + law.group());
        }
      }
      if (name.endsWith(".md")) {
        Matcher link = MARKDOWN_LINK.matcher(text);
        while (link.find()) {
          String target = link.group(1);
          if (target.contains("://") || target.startsWith("mailto:")) {
            continue;
          }
          Path resolved = f.getParent().resolve(target).normalize();
          if (!resolved.startsWith(root) || !Files.exists(resolved)) {
            problems.add(name + " links to " + target + ", which is not in the repository");
          }
        }
      }
    }
    assertTrue(scanned > 100, "the scan found the repository's files (" + scanned + ")");
    assertEquals(List.of(), problems);
  }

  @Test
  void the_patterns_catch_what_they_should() {
    assertTrue(OLD_LAW.matcher("SEL " + "§ 140").find());
    assertTrue(OLD_LAW.matcher("servicelovens " + "§ 140").find());
    assertTrue(OLD_LAW.matcher("efterværn efter § 7" + "6").find());
    assertTrue(OLD_LAW.matcher("§" + "68, stk. 11").find());
    assertTrue(OLD_LAW.matcher("SEL § 5" + "2, stk. 3").find());
    assertTrue(!OLD_LAW.matcher("barnets lov § 32, stk. 1, nr. 3; serviceloven § 85; § 520").find());
    assertTrue(OUTSIDE.get(0).matcher("see " + ".." + "/shared" + "/spec").find());
    assertTrue(OUTSIDE.get(2).matcher("seeds/" + "000_4ab5cad8" + "b04be8f5.txt").find());
  }
}
