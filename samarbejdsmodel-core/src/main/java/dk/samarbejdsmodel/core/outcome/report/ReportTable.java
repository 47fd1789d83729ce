package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.Text;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Rapporttabel: one table or figure of a cohort report, as data — id, the published figure it corresponds to
 * (e.g. "S0 Fig 5.3"), title, column headers (the first is the row-label column), rows of cells with
 * full-precision values and rendered text, n, method and notes. Renderers (Markdown here, HTML and charts in
 * the examples) only lay it out.
 *
 * <pre>{@code
 * ReportTable t = report.table("age-at-start").orElseThrow();
 * t.figureId();                                 // "S0 Table 4.1"
 * t.rows().get(0).cells().get(0).value();       // 0.0280…
 * }</pre>
 */
@Value.Immutable
public abstract class ReportTable {

  /** Stable id within the report, e.g. {@code age-at-start}. */
  public abstract String id();

  /** The published figure or table it corresponds to, e.g. "S0 Fig 4.1"; empty when none. */
  public abstract Optional<String> figureId();

  /** Title. */
  public abstract Text title();

  /** Column headers; the first heads the row labels. */
  public abstract List<Text> columns();

  /** Rows. */
  public abstract List<ReportRow> rows();

  /** The denominator (units the table is computed over). Rows with their own denominator show it in a column. */
  public abstract long n();

  /** What {@link #n()} counts (young people, meeting checklists, due meetings …), in Danish and English. */
  public abstract Text unit();

  /** How the table was computed, in Danish and English. */
  public abstract Text method();

  /** Notes: exclusions, deviations from the published figure, suppression. */
  public abstract List<Text> notes();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableReportTable.Builder {}

  @Value.Check
  void check() {
    for (ReportRow r : rows()) {
      if (r.cells().size() != columns().size() - 1) {
        throw new IllegalArgumentException("table " + id() + ": every row has one cell per column after the first");
      }
    }
  }
}
