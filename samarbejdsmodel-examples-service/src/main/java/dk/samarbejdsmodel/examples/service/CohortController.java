package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.core.outcome.report.ReportOptions;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ExportViews;
import dk.samarbejdsmodel.json.PseudonymisedCohort;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kohorterapport — {@code GET /cohort/report}: the evaluator report's tables as JSON, for the municipality.
 *
 * <p>The report is computed through the pseudonymised view only: the stored courses are written as a
 * {@code pseudonymised-cohort} document with the SDK's {@code PSEUDONYMISED} export view (keyed-hash ids, ages
 * instead of birth dates, no names, contact details or free text), that document is read back, and the report is
 * computed from its records alone — the same path an external evaluator takes. Cells counting fewer young people
 * than the configured minimum ({@code sam.report.minimum-cell-size}) are suppressed; a request may raise the
 * minimum with {@code minCell}, never lower it.
 *
 * <p>The answer holds the SDK's {@code ReportTable}s as its Jackson 3 module writes them: each table with its Danish
 * and English title, columns, rows (every cell's value, interval, texts and whether it is suppressed), unit, method
 * and notes.
 */
@RestController
public class CohortController {

  private final CourseStore store;
  private final CourseDocuments documents;
  private final SamJson json;
  private final Pseudonymiser pseudonymiser;
  private final AuditLog audit;
  private final Clock clock;
  private final ServiceProperties properties;

  CohortController(CourseStore store, CourseDocuments documents, SamJson json, Pseudonymiser pseudonymiser,
      AuditLog audit, Clock clock, ServiceProperties properties) {
    this.store = store;
    this.documents = documents;
    this.json = json;
    this.pseudonymiser = pseudonymiser;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * The report: its date, the number of courses, the minimum cell size applied, and the SDK's report tables.
   *
   * @param asOf the date the report describes
   * @param courses the number of courses it covers
   * @param minimumCellSize cells counting fewer young people are suppressed
   * @param tables the SDK's {@code ReportTable}s as its Jackson 3 module writes them
   */
  public record ReportView(LocalDate asOf, long courses, int minimumCellSize, List<ReportTable> tables) {}

  /** {@code GET /cohort/report?municipality=&asOf=&minCell=}. */
  @GetMapping(path = "/cohort/report", produces = {MediaType.APPLICATION_JSON_VALUE,
      MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  public ResponseEntity<ReportView> report(@RequestParam(name = "municipality", required = false) String municipality,
      @RequestParam(name = "asOf", required = false) String asOfText,
      @RequestParam(name = "minCell", required = false) String minCellText, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    String actor = RequestValues.actor(request, locale);
    LocalDate asOf = RequestValues.date("asOf", asOfText, clock, locale);
    if (municipality != null && !municipality.matches("\\d{3}")) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, "municipality", "INVALID_FORMAT",
          Lang.pick(locale, "en kommunekode er tre cifre", "a municipality code is three digits"))));
    }
    int floor = properties.report().minimumCellSize();
    int minCell = floor;
    if (minCellText != null) {
      try {
        minCell = Math.max(floor, Integer.parseInt(minCellText));
      } catch (NumberFormatException e) {
        throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, "minCell", "INVALID_NUMBER",
            Lang.pick(locale, "minCell er et helt tal", "minCell is a whole number"))));
      }
    }

    List<Course> courses = store.all(Optional.ofNullable(municipality)).stream().map(documents::course).toList();
    String id = "service-" + (municipality == null ? "all" : municipality) + "-" + asOf;
    byte[] extract = json.writer().withView(ExportViews.pseudonymised(pseudonymiser, asOf))
        .write(DocumentKind.COHORT, new Cohort(id, asOf, Optional.empty(), courses));
    ReadResult<PseudonymisedCohort> read = json.reader().read(extract, DocumentKind.PSEUDONYMISED_COHORT);
    PseudonymisedCohort cohort = read.orElseThrow();
    CohortReport report = CohortReport.of(cohort.records(), asOf,
        ReportOptions.builder().minimumCellSize(minCell).build());
    audit.record(actor, "COHORT_REPORT", null, "OK", "municipality=" + (municipality == null ? "all" : municipality)
        + " asOf=" + asOf + " courses=" + courses.size() + " records=" + cohort.records().size()
        + " minCell=" + minCell);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(new ReportView(report.asOf(), report.courses(), minCell, report.tables()));
  }
}
