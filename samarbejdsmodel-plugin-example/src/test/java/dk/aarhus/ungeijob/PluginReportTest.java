package dk.aarhus.ungeijob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.MarkdownReport;
import dk.samarbejdsmodel.core.outcome.report.ReportOptions;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluator's report on the plugin's own programme and instrument: its labels, its question order. */
class PluginReportTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  static List<CohortRecord> records() {
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addPlugin(new UngeIJobPlugin()).build();
    Course a = Courses.course();
    Course b = Courses.builder(UngeIJob.PROGRAMME).id("c-job-2").build();
    return CohortRecord.from(List.of(a, b), AS_OF, catalogue);
  }

  @Test
  void the_report_is_configured_per_programme_and_instrument() {
    ReportOptions options = ReportOptions.builder().programme(UngeIJob.PROGRAMME.id()).instrument(UngeIJob.JOB_CHECK)
        .build();
    CohortReport report = CohortReport.of(records(), AS_OF, options);
    ReportTable baseline = report.table("baseline-means").orElseThrow();
    assertEquals(List.of("Motivation for job", "Faste rutiner", "Bekymring for fremtiden", "Netværk til job", "Fritid"),
        baseline.rows().stream().map(ReportRow::label).map(Text::da).toList(), "the instrument's own labels and order");
    assertEquals(2, baseline.n());
    ReportTable change = report.table("change").orElseThrow();
    ReportRow worry = change.rows().get(2);
    assertEquals("Worry about the future", worry.label().en());
    // worry fell from 5 to 2: with a reversed question that is progress for both young people
    assertEquals(1.0, worry.cells().get(2).value().orElseThrow(), 1e-9);

    // titles, units, methods and the first column follow the chosen instrument, in Danish and English
    assertEquals(new Text("Gennemsnit ved første besvarelse af Jobtjek (1–5)",
        "Baseline means, first Job check response (1–5)"), baseline.title());
    assertEquals(new Text("unge med en første besvarelse af Jobtjek", "young people with a first Job check response"),
        baseline.unit());
    assertEquals(new Text("Spørgsmål", "Question"), baseline.columns().get(0));
    assertEquals(java.util.Optional.empty(), baseline.figureId(), "S0's figures are of the dialogue form");
    assertEquals(new Text("Udvikling fra første til seneste besvarelse af Jobtjek",
        "Change from the first to the latest Job check response"), change.title());
    assertEquals(new Text("Parrede test: første mod seneste besvarelse af Jobtjek",
        "Paired tests: first versus latest Job check response"), report.table("paired-tests").orElseThrow().title());
    assertEquals(List.of("Motivation for work", "Daily routines", "Worry about the future", "Network for work",
        "Leisure"), report.table("paired-tests").orElseThrow().rows().stream().map(r -> r.label().en()).toList());
    for (java.util.Locale l : List.of(Labels.DANISH, Labels.ENGLISH)) {
      String md = MarkdownReport.render(report, l);
      assertFalse(md.toLowerCase(l).contains("dialog"), "no dialogue form in the " + l + " report:\n" + md);
      assertTrue(md.contains(l == Labels.DANISH ? "Bekymring for fremtiden" : "Worry about the future"));
    }
    // the catalogue names the instrument too
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addPlugin(new UngeIJobPlugin()).build();
    assertEquals("Jobtjek", catalogue.label("Instrument", UngeIJob.JOB_CHECK.id(), Labels.DANISH));
    assertEquals("Job check", catalogue.label("Instrument", UngeIJob.JOB_CHECK.id(), Labels.ENGLISH));

    // the default report is on the dialogue form, which these courses never answered
    assertEquals(0, CohortReport.of(records(), AS_OF).table("baseline-means").orElseThrow().n());
    // another programme's report has none of these courses
    assertEquals(0, CohortReport.of(records(), AS_OF, ReportOptions.builder().programme("AFTERCARE")
        .instrument(UngeIJob.JOB_CHECK).build()).courses());
  }
}
