package dk.aarhus.ungeijob;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
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

    // the default report is on the dialogue form, which these courses never answered
    assertEquals(0, CohortReport.of(records(), AS_OF).table("baseline-means").orElseThrow().n());
    // another programme's report has none of these courses
    assertEquals(0, CohortReport.of(records(), AS_OF, ReportOptions.builder().programme("AFTERCARE")
        .instrument(UngeIJob.JOB_CHECK).build()).courses());
  }
}
