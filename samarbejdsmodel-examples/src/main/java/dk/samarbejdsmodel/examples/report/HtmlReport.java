package dk.samarbejdsmodel.examples.report;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.outcome.report.Cell;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.Text;
import java.util.List;
import java.util.Locale;

/**
 * HTML-rapport — renders a cohort report and its charts as one self-contained HTML page (inline CSS and SVG,
 * no scripts, nothing fetched), readable by a municipal leader group and printable.
 *
 * <pre>{@code
 * String html = HtmlReport.render(report, charts, "Prøvekohorte 2016", Locale.forLanguageTag("da"));
 * }</pre>
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param report the cohort report
   * @param charts the charts, each placed above the table it illustrates; the radar chart at the end
   * @param cohortTitle what the cohort is (shown in the heading; not personal data)
   */
  public static String render(CohortReport report, List<ReportCharts.Chart> charts, String cohortTitle,
      Locale locale) {
    boolean da = Labels.isDanish(locale);
    StringBuilder h = new StringBuilder(64_000);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(da ? "da" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc((da ? "Samarbejdsmodellen — kohorterapport: " : "Samarbejdsmodellen — cohort report: ")
            + cohortTitle)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<header><p class=\"kicker\">Samarbejdsmodellen</p><h1>")
        .append(esc(da ? "Kohorterapport" : "Cohort report")).append("</h1>\n<p class=\"lead\">")
        .append(esc(cohortTitle)).append("</p>\n<dl class=\"facts\">")
        .append(fact(da ? "Forløb" : "Courses", Long.toString(report.courses())))
        .append(fact(da ? "Opgjort pr." : "As of", report.asOf().toString()))
        .append(fact(da ? "Tabeller" : "Tables", Integer.toString(report.tables().size())))
        .append(fact(da ? "Mindste viste antal" : "Minimum cell size",
            report.options().minimumCellSize() > 0 ? Integer.toString(report.options().minimumCellSize())
                : (da ? "ingen" : "none")))
        .append("</dl>\n<p class=\"how\">")
        .append(esc(da
            ? "Andele er afrundet til hele procent (halvt op) og gennemsnit til én decimal, som i Socialstyrelsens "
                + "evalueringer; beregningerne bruger fuld præcision. Hver tabel viser n med sin enhed, metode og "
                + "eventuelle udeladelser; rækker med egen nævner viser den i kolonnen n. Hver andel har et 95 % "
                + "Wilson-interval (KI). Henvisninger som »S0 Fig 5.3« "
                + "peger på den offentliggjorte figur, tallet svarer til."
            : "Shares are rounded to whole percent (half up) and means to one decimal, as Socialstyrelsen's "
                + "evaluations print them; computations keep full precision. Every table shows n with its unit, method "
                + "and exclusions; rows with their own denominator show it in the n column. Every share has a 95% "
                + "Wilson interval (CI). References such as \"S0 Fig 5.3\" "
                + "name the published figure the numbers correspond to."))
        .append("</p>\n</header>\n");
    h.append("<nav><h2>").append(da ? "Indhold" : "Contents").append("</h2><ol>");
    for (ReportTable t : report.tables()) {
      h.append("<li><a href=\"#").append(esc(t.id())).append("\">").append(esc(t.title().in(locale)))
          .append("</a>").append(t.figureId().map(f -> " <span class=\"fig\">" + esc(f) + "</span>").orElse(""))
          .append("</li>");
    }
    charts.stream().filter(c -> c.tableId().equals("radar")).findFirst().ifPresent(c ->
        h.append("<li><a href=\"#radar\">")
            .append(esc(ReportCharts.radarHeading(report.options().instrument(), locale))).append("</a></li>"));
    h.append("</ol></nav>\n");
    for (ReportTable t : report.tables()) {
      h.append("<section id=\"").append(esc(t.id())).append("\">\n<h2>").append(esc(t.title().in(locale)))
          .append("</h2>\n");
      t.figureId().ifPresent(f -> h.append("<p class=\"fig\">").append(da ? "Svarer til " : "Corresponds to ")
          .append(esc(f)).append("</p>\n"));
      for (ReportCharts.Chart c : charts) {
        if (c.tableId().equals(t.id())) {
          figure(h, c);
        }
      }
      if (t.n() == 0 || t.rows().isEmpty()) {
        h.append("<p class=\"nodata\">").append(da ? "Ingen data." : "No data.").append("</p>\n");
      }
      table(h, t, locale);
      h.append("<p class=\"meta\"><strong>n = ").append(t.n()).append(" ").append(esc(t.unit().in(locale)))
          .append("</strong> · ").append(da ? "Metode: " : "Method: ").append(esc(t.method().in(locale)))
          .append("</p>\n");
      for (Text note : t.notes()) {
        h.append("<p class=\"note\">").append(esc(note.in(locale))).append("</p>\n");
      }
      h.append("</section>\n");
    }
    for (ReportCharts.Chart c : charts) {
      if (c.tableId().equals("radar")) {
        h.append("<section id=\"radar\">\n<h2>")
            .append(esc(ReportCharts.radarHeading(report.options().instrument(), locale)))
            .append("</h2>\n");
        figure(h, c);
        h.append("</section>\n");
      }
    }
    h.append("<footer>").append(esc(da
        ? "Lavet med samarbejdsmodel-SDK'et. Rapporten indeholder ingen navne, CPR-numre eller kontaktoplysninger."
        : "Made with the samarbejdsmodel SDK. The report holds no names, CPR numbers or contact details."))
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void figure(StringBuilder h, ReportCharts.Chart c) {
    h.append("<figure>").append(c.svg()).append("<figcaption>").append(esc(c.caption()))
        .append("</figcaption></figure>\n");
  }

  private static void table(StringBuilder h, ReportTable t, Locale locale) {
    h.append("<div class=\"wide\"><table>\n<thead><tr>");
    for (int i = 0; i < t.columns().size(); i++) {
      h.append(i == 0 ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"num\">")
          .append(esc(t.columns().get(i).in(locale))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (ReportRow r : t.rows()) {
      h.append("<tr><th scope=\"row\">").append(esc(r.label().in(locale))).append("</th>");
      for (Cell c : r.cells()) {
        h.append(c.suppressed() ? "<td class=\"num suppressed\">" : "<td class=\"num\">")
            .append(esc(c.text(locale))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private static String fact(String term, String value) {
    return "<div><dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd></div>";
  }

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      :root { --ink: #1d2733; --muted: #5b6773; --line: #d9dee3; --accent: #1f5fa8; }
      body { margin: 0; font: 15px/1.5 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f5f6f7; }
      main { max-width: 900px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
      header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; }
      .kicker { margin: 0; color: var(--accent); font-weight: 600; letter-spacing: .04em; text-transform: uppercase; font-size: 13px; }
      h1 { margin: 4px 0 2px; font-size: 30px; }
      .lead { margin: 0 0 12px; font-size: 18px; color: var(--muted); }
      .facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 12px; }
      .facts dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
      .facts dd { margin: 0; font-size: 20px; font-weight: 600; }
      .how { font-size: 13px; color: var(--muted); }
      nav ol { columns: 2; font-size: 14px; padding-left: 20px; }
      section { margin-top: 28px; page-break-inside: avoid; }
      h2 { font-size: 20px; margin: 0 0 2px; }
      .fig { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
      figure { margin: 8px 0 12px; }
      figure svg { max-width: 100%; height: auto; }
      figcaption { font-size: 12px; color: var(--muted); }
      .wide { overflow-x: auto; }
      table { border-collapse: collapse; width: auto; min-width: 66%; font-size: 14px; }
      tbody th { font-weight: 500; min-width: 14em; }
      th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; }
      thead th { border-bottom: 2px solid var(--ink); font-size: 13px; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .suppressed { color: var(--muted); font-style: italic; }
      .nodata { font-size: 15px; font-weight: 600; color: var(--muted); }
      .meta, .note { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
      footer { margin-top: 36px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
      """;
}
