package dk.samarbejdsmodel.examples.report;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.outcome.report.Cell;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Rapportens diagrammer — which charts the evaluator report draws, derived from the cohort report's tables
 * (and, for the radar chart, from one chosen course's dialogue responses).
 *
 * <pre>{@code
 * List<ReportCharts.Chart> charts = ReportCharts.of(report, Optional.of(course), Locale.forLanguageTag("da"));
 * charts.get(0).svg();   // "<svg ..."
 * }</pre>
 */
public final class ReportCharts {

  /**
   * Et diagram — one chart and the report table it belongs to.
   *
   * @param tableId the id of the table the chart illustrates (the HTML page places it beside that table);
   *     {@code "radar"} for the single-course chart, which has no table
   * @param caption the caption shown under the chart
   * @param svg the chart as an inline {@code <svg>} element
   */
  public record Chart(String tableId, String caption, String svg) {}

  private ReportCharts() {}

  /**
   * The charts for a report: change per life area (S0 Figs 5.3–5.9), baseline means (S0 Fig 4.4), the
   * meeting-checklist items (S0 Figs 6.2–6.5) and, when a course is given, the radar chart of its first versus
   * latest dialogue response (S0 §6.6). A chart whose table is missing or empty is left out.
   */
  public static List<Chart> of(CohortReport report, Optional<Course> radarCourse, Instrument instrument,
      Locale locale) {
    boolean da = Labels.isDanish(locale);
    List<Chart> charts = new ArrayList<>();
    report.table("change").ifPresent(t -> {
      List<String> series = List.of(t.columns().get(1).in(locale).replace(" % (95 %-KI)", "")
          .replace(" % (95% CI)", ""), t.columns().get(2).in(locale).replace(" % (95 %-KI)", "")
          .replace(" % (95% CI)", ""), t.columns().get(3).in(locale).replace(" % (95 %-KI)", "")
          .replace(" % (95% CI)", ""));
      Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
      for (ReportRow r : t.rows()) {
        if (r.cells().subList(0, 3).stream().anyMatch(c -> c.value().isEmpty())) {
          continue; // no data, or a hidden cell: never drawn as 0
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
          values.put(series.get(i), r.cells().get(i).value().getAsDouble() * 100);
        }
        rows.put(r.label().in(locale), values);
      }
      charts.add(new Chart(t.id(), caption(t, locale), rows.isEmpty() ? noData(t, locale)
          : Charts.stackedShares(t.title().in(locale), da ? "Andel af unge (%)" : "Share of young people (%)",
              series, rows, locale, 820, 90 + 46 * rows.size())));
    });
    boolean dialogue = isDialogueForm(report.options().instrument());
    int top = report.options().instrument().dimensions().stream().mapToInt(Dimension::scaleMax).max().orElse(5);
    report.table("baseline-means").ifPresent(t -> {
      Map<String, Double> means = new LinkedHashMap<>();
      for (ReportRow r : t.rows()) {
        r.cells().get(0).value().ifPresent(v -> means.put(r.label().in(locale), v));
      }
      String axis = dialogue ? (da ? "Gennemsnit (1 = største bekymring, 5 = ingen bekymring)"
          : "Mean (1 = most concern, 5 = none)") : (da ? "Gennemsnit" : "Mean");
      charts.add(new Chart(t.id(), caption(t, locale), means.isEmpty() ? noData(t, locale) : Charts.bars(
          t.title().in(locale), axis, means, dialogue ? 5 : top, "0.0", locale, 820, 80 + 40 * means.size())));
    });
    for (String id : List.of("involvement", "goals-agreements", "network-card", "young-persons-adult")) {
      report.table(id).ifPresent(t -> {
        Map<String, Double> yes = new LinkedHashMap<>();
        for (ReportRow r : t.rows()) {
          r.cells().get(0).value().ifPresent(v -> yes.put(r.label().in(locale), v * 100));
        }
        charts.add(new Chart(t.id(), caption(t, locale), yes.isEmpty() ? noData(t, locale) : Charts.bars(
            t.title().in(locale), da ? "Andel der svarer ja (%)" : "Share answering yes (%)", yes, 100, "0",
            locale, 820, 90 + 52 * yes.size())));
      });
    }
    radarCourse.flatMap(c -> radar(c, instrument, locale)).ifPresent(charts::add);
    return List.copyOf(charts);
  }

  /** Whether an instrument is the dialogue form (whose charts follow S0's wording). */
  static boolean isDialogueForm(Instrument instrument) {
    return instrument.id().equals(dk.samarbejdsmodel.core.instrument.Instruments.DIALOGUE_FORM.id());
  }

  /** The heading of the single-course chart: the instrument's name. */
  public static String radarHeading(Instrument instrument, Locale locale) {
    boolean da = Labels.isDanish(locale);
    if (isDialogueForm(instrument)) {
      return da ? "Eksempel: ét forløbs dialogskemaer" : "Example: one course's dialogue forms";
    }
    return da ? "Eksempel: ét forløbs besvarelser af " + instrument.nameDa()
        : "Example: one course's " + instrument.nameEn() + " responses";
  }

  /** A chart-sized panel that says there are no data, instead of empty axes. */
  static String noData(ReportTable t, Locale locale) {
    boolean da = Labels.isDanish(locale);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"90\" viewBox=\"0 0 820 90\">"
        + "<rect x=\"0.5\" y=\"0.5\" width=\"819\" height=\"89\" fill=\"#f5f6f7\" stroke=\"#d9dee3\"/>"
        + "<text x=\"410\" y=\"40\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"15\" "
        + "font-weight=\"bold\" fill=\"#1d2733\">" + HtmlReport.esc(t.title().in(locale)) + "</text>"
        + "<text x=\"410\" y=\"66\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" "
        + "fill=\"#5b6773\">" + (da ? "Ingen data" : "No data") + "</text></svg>";
  }

  /** The course the report draws a radar chart for by default: the first (by id) with two or more responses. */
  public static Optional<Course> defaultRadarCourse(List<Course> courses, Instrument instrument) {
    return courses.stream().filter(c -> responses(c, instrument).size() >= 2)
        .min(Comparator.comparing(Course::id));
  }

  static Optional<Chart> radar(Course course, Instrument instrument, Locale locale) {
    List<InstrumentResponse> responses = responses(course, instrument);
    if (responses.size() < 2) {
      return Optional.empty();
    }
    boolean da = Labels.isDanish(locale);
    InstrumentResponse first = responses.get(0);
    InstrumentResponse latest = responses.get(responses.size() - 1);
    Map<String, Map<String, Double>> series = new LinkedHashMap<>();
    series.put((da ? "Første " : "First ") + first.date(), scores(first, instrument, locale));
    series.put((da ? "Seneste " : "Latest ") + latest.date(), scores(latest, instrument, locale));
    int max = instrument.dimensions().stream().mapToInt(Dimension::scaleMax).max().orElse(5);
    if (!isDialogueForm(instrument)) {
      String title = (da ? instrument.nameDa() + " for forløb " : instrument.nameEn() + " for course ") + course.id();
      String caption = da
          ? "Den unges første og seneste besvarelse af " + instrument.nameDa() + " (" + responses.size()
              + " besvarelser). Ringene er spørgsmålenes skala op til " + max + "; ved spørgsmål, hvor lavere er "
              + "bedre, er et mindre punkt en forbedring. Ikke vurderede spørgsmål tegnes ikke (punktet mangler)."
          : "The young person's first and latest " + instrument.nameEn() + " response (" + responses.size()
              + " responses). The rings are the questions' scale up to " + max + "; for a question where lower is "
              + "better, a smaller point is an improvement. Questions not assessed are not drawn (the point is "
              + "missing).";
      return Optional.of(new Chart("radar", caption, Charts.radar(title, series, max, 780, 600)));
    }
    String title = (da ? "Dialogskema for forløb " : "Dialogue form for course ") + course.id();
    String caption = da
        ? "S0 §6.6: den unges første og seneste dialogskema (" + responses.size() + " besvarelser). Ringene er "
            + "1 til " + max + " (midten 0; yderste ring " + max + " = ingen bekymring). Ikke vurderede livsområder "
            + "tegnes ikke (punktet mangler)."
        : "S0 §6.6: the young person's first and latest dialogue form (" + responses.size() + " responses). The "
            + "rings are 1 to " + max + " (the centre 0; the outer ring " + max + " = no concern). Life areas not "
            + "assessed are not drawn (the point is missing).";
    return Optional.of(new Chart("radar", caption, Charts.radar(title, series, max, 780, 600)));
  }

  private static List<InstrumentResponse> responses(Course course, Instrument instrument) {
    return course.responses().stream().filter(r -> r.instrumentId().equals(instrument.id()))
        .sorted(Comparator.comparing(InstrumentResponse::date)).toList();
  }

  /** Scores by the life area's label as the tables print it; a dimension not assessed maps to NaN. */
  private static Map<String, Double> scores(InstrumentResponse r, Instrument instrument, Locale locale) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Dimension d : instrument.dimensions()) {
      OptionalInt score = instrument.score(r, d.code()); // recorded, else derived from the questions
      String own = Labels.isDanish(locale) ? d.labelDa() : d.labelEn();
      String label = isDialogueForm(instrument) ? Labels.find("LifeArea", d.code(), locale).orElse(own) : own;
      out.put(label, score.isPresent() ? score.getAsInt() : Double.NaN);
    }
    return out;
  }

  private static String caption(ReportTable t, Locale locale) {
    boolean da = Labels.isDanish(locale);
    return t.figureId().map(f -> f + ": ").orElse("") + t.title().in(locale) + " (n = " + t.n() + " "
        + t.unit().in(locale) + ")"
        + (t.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::suppressed))
            ? (da ? "; rækker og søjler med skjulte tal er udeladt" : "; rows and bars with hidden numbers are left out")
            : "");
  }
}
