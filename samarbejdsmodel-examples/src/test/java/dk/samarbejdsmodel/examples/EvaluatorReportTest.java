package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.PseudonymisedCohort;
import dk.samarbejdsmodel.json.SamJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main job on the bundled sample cohort and checks what it wrote. */
class EvaluatorReportTest {

  @TempDir static Path dir;
  static Path out;
  static String stdout;
  static int exit;

  @BeforeAll
  static void runOnTheSampleCohort() throws Exception {
    out = dir.resolve("report");
    Run r = run("--out", out.toString());
    exit = r.code;
    stdout = r.out;
  }

  @Test
  void writesTheThreeFilesAndPrintsOneLinePerStage() {
    assertEquals(0, exit, stdout);
    for (String f : new String[] {"index.html", "report.md", "report.json"}) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    assertEquals(5, stdout.lines().filter(l -> l.matches("\\[\\d/5] .*")).count(), stdout);
    assertTrue(stdout.contains("[1/5] read bundled sample cohort"), stdout);
  }

  @Test
  void htmlHasAtLeastFourChartsAndS0sPublishedFigures() throws Exception {
    String html = Files.readString(out.resolve("index.html"));
    int svgs = count(html, "<svg");
    assertTrue(svgs >= 4, "charts: " + svgs);
    assertTrue(html.contains("id=\"radar\""), "radar chart of one course");
    // S0 Table 4.1 age 17 = 26 %, Fig 4.2 in education 62 %, Fig 5.3 school: 24 / 25 / 51.
    assertRow(html, "17", "26%");
    assertRow(html, "Skole, uddannelse og beskæftigelse", "24%", "25%", "51%");
    assertTrue(html.contains("S0 Fig 4.2"));
    assertTrue(html.contains(">62%<"), "in education at start 62%");
    assertFalse(html.contains("<script"), "no scripts in the page");
  }

  @Test
  void jsonAndMarkdownHoldTheSameTables() throws Exception {
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(json.get("tables").size() >= 15, "tables: " + json.get("tables").size());
    for (JsonNode t : json.get("tables")) {
      assertTrue(md.contains(t.at("/title/da").asText()), "markdown lacks table " + t.get("id"));
    }
    JsonNode change = null;
    for (JsonNode t : json.get("tables")) {
      if (t.get("id").asText().equals("change")) {
        change = t;
      }
    }
    assertEquals(160, change.get("n").asLong());
    double progressSchool = change.at("/rows/0/cells/2/value").asDouble();
    assertEquals(0.51, progressSchool, 0.005, "full precision kept in JSON");
  }

  @Test
  void chartsAreAlsoWrittenAsSvgFiles() throws Exception {
    try (var files = Files.list(out.resolve("charts"))) {
      assertTrue(files.filter(p -> p.toString().endsWith(".svg")).count() >= 4);
    }
  }

  @Test
  void aBadFileGivesAClearMessageAndExitCodeTwo() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\":\"1.0\",\"kind\":\"cohort\",\"id\":\"x\",\"courses\":[{\"id\":7}]");
    Run r = run(bad.toString(), "--out", dir.resolve("bad-out").toString());
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("error: " + bad + " is not a valid cohort document"), r.err);
    assertNoStackTrace(r.err);
    assertFalse(Files.exists(dir.resolve("bad-out")), "nothing written for bad input");

    Run missing = run(dir.resolve("nope.json").toString());
    assertEquals(2, missing.code);
    assertTrue(missing.err.contains("no such file"), missing.err);
    assertNoStackTrace(missing.err);

    Run option = run("--lang", "fr");
    assertEquals(2, option.code);
    assertTrue(option.err.contains("--lang must be da or en"), option.err);
  }

  @Test
  void aPseudonymisedExtractGivesTheSameTablesWithoutTheSingleCourseChart() throws Exception {
    Cohort sample = SampleCohortFile.cohort();
    PseudonymisedCohort extract = PseudonymisedCohort.of(sample,
        Pseudonymiser.withKey("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8)),
        sample.extractedAt());
    Path file = dir.resolve("extract.json");
    Files.write(file, SamJson.defaults().writer().write(DocumentKind.PSEUDONYMISED_COHORT, extract));
    Path pseudoOut = dir.resolve("pseudo");
    Run r = run(file.toString(), "--out", pseudoOut.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("pseudonymised cohort"), r.out);
    JsonNode fromCourses = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("tables");
    JsonNode fromExtract = new ObjectMapper().readTree(pseudoOut.resolve("report.json").toFile()).get("tables");
    assertEquals(fromCourses, fromExtract, "the same figures from the pseudonymised extract");
    String html = Files.readString(pseudoOut.resolve("index.html"));
    assertFalse(html.contains("id=\"radar\""), "no single-course chart without whole courses");
    assertTrue(count(html, "<svg") >= 4);
  }

  @Test
  void aDocumentOfAnotherKindIsRefusedWithExitCodeTwo() throws Exception {
    Path form = dir.resolve("instrument.json");
    Files.write(form, SamJson.defaults().writer().write(DocumentKind.INSTRUMENT, Instruments.DIALOGUE_FORM));
    Run r = run(form.toString(), "--out", dir.resolve("x").toString());
    assertEquals(2, r.code);
    assertTrue(r.err.contains("this is not a cohort document (kind instrument)"), r.err);
    assertNoStackTrace(r.err);
  }

  @Test
  void aGzipFileIsReadAndASecondRunLeavesOnlyItsOwnFiles() throws Exception {
    Path gz = dir.resolve("cohort.json.gz");
    Files.write(gz, SampleCohortFile.gzip());
    Path target = dir.resolve("twice");
    Files.createDirectories(target.resolve("charts"));
    Files.writeString(target.resolve("charts").resolve("radar-from-another-course.svg"), "<svg/>");
    Files.writeString(target.resolve("notes.txt"), "the evaluator's own file");
    Run r = run("--in", gz.toString(), "--out", target.toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("0 events dated after extractedAt"), r.out);
    assertFalse(Files.exists(target.resolve("charts").resolve("radar-from-another-course.svg")), "old chart removed");
    assertTrue(Files.exists(target.resolve("notes.txt")), "files that are not the report's stay");
  }

  @Test
  void eventsAfterTheExtractDateAreCountedAndReported() throws Exception {
    Cohort sample = SampleCohortFile.cohort();
    Cohort early = new Cohort(sample.id(), sample.extractedAt().minusMonths(6), sample.description(),
        sample.courses().stream().filter(c -> !c.startDate().isAfter(sample.extractedAt().minusMonths(6))).toList());
    Path file = dir.resolve("early.json");
    Files.write(file, SamJson.defaults().writer().write(DocumentKind.COHORT, early));
    Run r = run("--in", file.toString(), "--out", dir.resolve("early").toString());
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("dated after extractedAt"), r.err);
    assertFalse(r.out.contains(" 0 events dated after"), r.out);
  }

  @Test
  void anExtractWithoutChecklistsSaysNoDataInsteadOfEmptyCharts() throws Exception {
    Cohort sample = SampleCohortFile.cohort();
    Cohort bare = new Cohort(sample.id(), sample.extractedAt(), sample.description(),
        sample.courses().stream().map(c -> dk.samarbejdsmodel.core.course.Course.builder().from(c).checklists(
            java.util.List.of()).build()).map(dk.samarbejdsmodel.core.course.Course.class::cast).toList());
    Path file = dir.resolve("bare.json");
    Files.write(file, SamJson.defaults().writer().write(DocumentKind.COHORT, bare));
    Path o = dir.resolve("bare");
    Run r = run("--in", file.toString(), "--out", o.toString());
    assertEquals(0, r.code, r.err);
    String html = Files.readString(o.resolve("index.html"));
    assertTrue(html.contains(">Ingen data<"), "no-data panel for the checklist charts");
  }

  @Test
  void theBundledSampleCohortIsWhatTheGeneratorWrites() throws Exception {
    assertArrayEquals(SampleCohortFile.json(), EvaluatorReport.sampleCohortBytes(),
        "regenerate with: java dk.samarbejdsmodel.examples.SampleCohortFile <resource path>");
  }

  private static void assertRow(String html, String label, String... cells) {
    StringBuilder p = new StringBuilder("<th scope=\"row\">" + Pattern.quote(label) + "</th>");
    for (String c : cells) {
      p.append("(?:<td[^>]*>[^<]*</td>)*?<td class=\"num\">").append(Pattern.quote(c)).append("(?: \\([^<]*\\))?</td>");
    }
    Matcher m = Pattern.compile(p.toString()).matcher(html);
    assertTrue(m.find(), "no row " + label + " with " + String.join(", ", cells));
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("Exception"), err);
    assertFalse(err.contains("\tat "), err);
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = EvaluatorReport.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
