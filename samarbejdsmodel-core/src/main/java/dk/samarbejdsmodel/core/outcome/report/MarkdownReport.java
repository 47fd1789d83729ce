package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Text;

import java.util.List;
import java.util.Locale;

/**
 * Markdown-rapport: renders a {@link CohortReport} as Markdown tables in Danish or English, with each table's
 * figure id, n, method and notes. Percentages are whole percent (half-up), means one decimal.
 *
 * <pre>{@code
 * String md = MarkdownReport.render(CohortReport.of(records, asOf), Labels.DANISH);
 * }</pre>
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** The report as Markdown. */
  public static String render(CohortReport report, Locale locale) {
    boolean da = Labels.isDanish(locale);
    StringBuilder sb = new StringBuilder();
    sb.append(da ? "# Kohorterapport pr. " : "# Cohort report as of ").append(report.asOf()).append("\n\n");
    sb.append(da ? "Forløb: " : "Courses: ").append(report.courses()).append("\n");
    for (ReportTable t : report.tables()) {
      sb.append("\n").append(render(t, locale));
    }
    return sb.toString();
  }

  /** One table as Markdown. */
  public static String render(ReportTable t, Locale locale) {
    boolean da = Labels.isDanish(locale);
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(t.title().in(locale));
    t.figureId().ifPresent(f -> sb.append(" (").append(f).append(")"));
    sb.append("\n\n");
    List<Text> cols = t.columns();
    sb.append("|");
    cols.forEach(c -> sb.append(" ").append(escape(c.in(locale))).append(" |"));
    sb.append("\n|");
    for (int i = 0; i < cols.size(); i++) {
      sb.append(i == 0 ? "---|" : "---:|");
    }
    sb.append("\n");
    for (ReportRow r : t.rows()) {
      sb.append("| ").append(escape(r.label().in(locale))).append(" |");
      r.cells().forEach(c -> sb.append(" ").append(escape(c.text(locale))).append(" |"));
      sb.append("\n");
    }
    sb.append("\n").append("n = ").append(t.n()).append(" ").append(t.unit().in(locale)).append(". ")
        .append(da ? "Metode: " : "Method: ").append(t.method().in(locale)).append("\n");
    if (t.rows().isEmpty() || t.n() == 0) {
      sb.append("\n").append(da ? "Ingen data." : "No data.").append("\n");
    }
    t.notes().forEach(n -> sb.append("\n").append(n.in(locale)).append("\n"));
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
