package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.PseudonymisedCohort;
import dk.samarbejdsmodel.json.SamJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented evaluator command (docs/evaluators.md, README) run for real: {@code java -jar
 * samarbejdsmodel-examples/target/samarbejdsmodel-report.jar --in FILE --out DIR} on a file written by the
 * pseudonymised export, plain and gzip-compressed. Runs after packaging (Maven's integration-test phase).
 */
class ReportJarTest {

  @TempDir Path dir;

  @Test
  void the_documented_command_reads_a_pseudonymised_export_plain_and_gzipped() throws Exception {
    Cohort sample = SampleCohortFile.cohort();
    PseudonymisedCohort extract = PseudonymisedCohort.of(sample,
        Pseudonymiser.withKey("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8)),
        sample.extractedAt());
    byte[] json = SamJson.defaults().writer().write(DocumentKind.PSEUDONYMISED_COHORT, extract);
    Path plain = dir.resolve("my-cohort.json");
    Files.write(plain, json);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(json);
    }
    Path compressed = dir.resolve("my-cohort.json.gz");
    Files.write(compressed, gz.toByteArray());

    for (Path in : List.of(plain, compressed)) {
      Path out = dir.resolve("report-" + in.getFileName());
      Result r = java("--in", in.toString(), "--out", out.toString());
      assertEquals(0, r.code, r.output);
      assertTrue(r.output.contains("pseudonymised cohort"), r.output);
      JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
      assertTrue(report.get("tables").size() >= 20);
      assertTrue(Files.readString(out.resolve("index.html")).contains("<svg"));
    }
    Path instrument = dir.resolve("form.json");
    Files.write(instrument, SamJson.defaults().writer().write(DocumentKind.INSTRUMENT,
        dk.samarbejdsmodel.core.instrument.Instruments.DIALOGUE_FORM));
    Result wrong = java("--in", instrument.toString(), "--out", dir.resolve("x").toString());
    assertEquals(2, wrong.code);
    assertTrue(wrong.output.contains("this is not a cohort document (kind instrument)"), wrong.output);
  }

  @Test
  void the_documented_plugin_command_reports_on_the_plugins_programme_and_instrument() throws Exception {
    Path plugin = PluginReportCommandTest.pluginClasses();
    Path cohort = PluginReportCommandTest.cohortFile(dir, plugin);
    Path out = dir.resolve("report-job");
    Result r = java("--plugin", plugin.toString(), "--in", cohort.toString(), "--out", out.toString(), "--lang", "en",
        "--programme", "dk.aarhus:UNGE_I_JOB", "--instrument", "dk.aarhus:JOB_CHECK");
    assertEquals(0, r.code, r.output);
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals("dk.aarhus:JOB_CHECK", report.at("/instrument/id").asText());
    assertEquals("Baseline means, first Job check response (1–5)",
        PluginReportCommandTest.table(report, "baseline-means").at("/title/en").asText());
    Result without = java("--in", cohort.toString(), "--out", dir.resolve("y").toString());
    assertEquals(2, without.code, without.output);
    assertTrue(without.output.contains("UNKNOWN_PROGRAMME"), without.output);
  }

  record Result(int code, String output) {}

  static Result java(String... args) throws Exception {
    String jar = System.getProperty("reportJar");
    // set by the examples pom's integration-test execution, which runs after the jar is packaged
    org.junit.jupiter.api.Assumptions.assumeTrue(jar != null, "runs in the integration-test phase");
    assertTrue(Files.isRegularFile(Path.of(jar)), "the runnable jar: " + jar);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the report finished");
    return new Result(p.exitValue(), output);
  }
}
