package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the evaluator's command reports on a plugin's programme and instrument. The worked plugin
 * (samarbejdsmodel-plugin-example) is not on this module's class path: the command loads it with {@code --plugin},
 * reads a cohort of Unge i job courses, and titles and labels the instrument tables with the job check's own
 * names, in question order, in Danish and English.
 */
class PluginReportCommandTest {

  static final String PROGRAMME = "dk.aarhus:UNGE_I_JOB";
  static final String JOB_CHECK = "dk.aarhus:JOB_CHECK";
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @TempDir Path dir;

  /** The worked plugin's classes folder (set by the pom; the reactor builds the plugin module first). */
  static Path pluginClasses() {
    String p = System.getProperty("pluginClasses");
    Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)),
        "the plugin example is built (run the reactor, or -pl samarbejdsmodel-examples -am)");
    return Path.of(p);
  }

  /** Six Unge i job courses with two job checks each (worry falls from 5 to 2: progress on a reversed question). */
  static Path cohortFile(Path dir, Path plugin) throws Exception {
    try (URLClassLoader loader = EvaluatorReport.pluginLoader(List.of(plugin))) {
      Catalogue catalogue = Catalogue.standard(loader);
      Programme programme = catalogue.programme(PROGRAMME).orElseThrow();
      Instrument jobCheck = catalogue.instrument(JOB_CHECK, 1).orElseThrow();
      List<Course> courses = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        courses.add(Course.builder().id("c-job-" + i).programme(programme)
            .municipality(Municipality.of("751", "Aarhus"))
            .youngPerson(YoungPerson.builder().id("yp-" + i).birthDate(LocalDate.of(2009, 9, i)).build())
            .startDate(START)
            .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build())
            .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", START))
            .addResponses(response("r1-" + i, "yp-" + i, jobCheck, START.plusDays(3), 2, 5),
                response("r2-" + i, "yp-" + i, jobCheck, START.plusMonths(3), 4, 2))
            .build());
      }
      Cohort cohort = new Cohort("aarhus-job-2026", AS_OF, Optional.of("Unge i job 2026"), courses);
      Path file = dir.resolve("unge-i-job.json");
      Files.write(file, SamJson.builder().catalogue(catalogue).build().writer().write(DocumentKind.COHORT, cohort));
      return file;
    }
  }

  static InstrumentResponse response(String id, String respondent, Instrument jobCheck, LocalDate date,
      int motivation, int worry) {
    return InstrumentResponse.builder().id(id).instrumentId(jobCheck.id()).instrumentVersion(jobCheck.version())
        .date(date).respondentId(respondent)
        .addAnswers(Answer.of("dk.aarhus:MOTIVATION", motivation), Answer.of("dk.aarhus:ROUTINES", 3),
            Answer.of("dk.aarhus:WORRY", worry), Answer.of("dk.aarhus:NETWORK", 2), Answer.of("dk.aarhus:FRITID", 4))
        .build();
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = EvaluatorReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_command_reports_a_plugins_programme_and_instrument_with_their_own_names() throws Exception {
    Path plugin = pluginClasses();
    Path cohort = cohortFile(dir, plugin);
    for (String lang : List.of("da", "en")) {
      Path out = dir.resolve("report-" + lang);
      Run r = run("--plugin", plugin.toString(), "--in", cohort.toString(), "--out", out.toString(), "--lang", lang,
          "--programme", PROGRAMME, "--instrument", JOB_CHECK + "@1");
      assertEquals(0, r.code, r.out + r.err);
      assertTrue(r.out.contains("programme " + PROGRAMME + ", instrument " + JOB_CHECK + " version 1"), r.out);
      JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
      JsonNode baseline = table(report, "baseline-means");
      String l = lang;
      assertEquals("da".equals(l) ? "Gennemsnit ved første besvarelse af Jobtjek (1–5)"
          : "Baseline means, first Job check response (1–5)", baseline.get("title").get(l).asText());
      List<String> labels = new ArrayList<>();
      baseline.get("rows").forEach(row -> labels.add(row.get("label").get(l).asText()));
      assertEquals("da".equals(l)
          ? List.of("Motivation for job", "Faste rutiner", "Bekymring for fremtiden", "Netværk til job", "Fritid")
          : List.of("Motivation for work", "Daily routines", "Worry about the future", "Network for work", "Leisure"),
          labels, "each question's own label, in question order");
      assertEquals(6, baseline.get("n").asInt());
      String md = Files.readString(out.resolve("report.md"));
      String html = Files.readString(out.resolve("index.html"));
      assertTrue(md.contains("da".equals(l) ? "Udvikling fra første til seneste besvarelse af Jobtjek"
          : "Change from the first to the latest Job check response"), md);
      assertFalse(md.toLowerCase(java.util.Locale.ROOT).contains("dialog"), md);
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("dialog"), "no dialogue form in the page");
      assertTrue(html.contains("da".equals(l) ? "Jobtjek for forløb c-job-1" : "Job check for course c-job-1"),
          "the radar chart of one course uses the chosen instrument");
    }
  }

  @Test
  void the_programmes_main_instrument_is_the_default_and_unknown_choices_are_clear_errors() throws Exception {
    Path plugin = pluginClasses();
    Path cohort = cohortFile(dir, plugin);
    // Unge i job's main instrument is the dialogue form, which these courses never answered
    Run main = run("--plugin", plugin.toString(), "--in", cohort.toString(), "--out", dir.resolve("m").toString(),
        "--programme", PROGRAMME);
    assertEquals(0, main.code, main.out + main.err);
    assertTrue(main.out.contains("instrument DIALOGUE_FORM version 1"), main.out);

    Run noPlugin = run("--in", cohort.toString(), "--out", dir.resolve("x").toString(), "--programme", PROGRAMME);
    assertEquals(EvaluatorReport.BAD_INPUT, noPlugin.code);
    assertTrue(noPlugin.err.contains("no programme dk.aarhus:UNGE_I_JOB is known") && noPlugin.err.contains("--plugin"),
        noPlugin.err);
    Run badVersion = run("--plugin", plugin.toString(), "--in", cohort.toString(), "--out", dir.resolve("y").toString(),
        "--instrument", JOB_CHECK + "@7");
    assertEquals(EvaluatorReport.BAD_INPUT, badVersion.code);
    assertTrue(badVersion.err.contains("no instrument dk.aarhus:JOB_CHECK@7 is known")
        && badVersion.err.contains("dk.aarhus:JOB_CHECK@1"), badVersion.err);
    Run badSyntax = run("--instrument", "DIALOGUE_FORM@one", "--out", dir.resolve("z").toString());
    assertEquals(EvaluatorReport.BAD_INPUT, badSyntax.code);
    assertTrue(badSyntax.err.contains("ID@VERSION"), badSyntax.err);
    Run missing = run("--plugin", dir.resolve("nope.jar").toString(), "--out", dir.resolve("w").toString());
    assertEquals(EvaluatorReport.BAD_INPUT, missing.code);
    assertTrue(missing.err.contains("no plugin jar or folder"), missing.err);
  }

  static JsonNode table(JsonNode report, String id) {
    for (JsonNode t : report.get("tables")) {
      if (t.get("id").asText().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no table " + id);
  }
}
