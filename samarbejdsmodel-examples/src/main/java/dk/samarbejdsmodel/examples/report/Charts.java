package dk.samarbejdsmodel.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Diagrammer — SVG charts for the evaluator report, drawn by JFreeChart and serialised by JFreeSVG.
 *
 * <p>Every method is a pure function from plain data (in the iteration order of the maps given, so pass
 * {@link java.util.LinkedHashMap}s) to a self-contained {@code <svg>} element that can be inlined in HTML.
 * No file or network I/O happens here; the caller decides where the SVG goes.
 *
 * <pre>{@code
 * Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
 * rows.put("Bolig", Map.of("Tilbagegang", 11.0, "Status quo", 53.0, "Fremgang", 36.0));
 * String svg = Charts.stackedShares("Forandring pr. livsområde", "Andel (%)",
 *     List.of("Tilbagegang", "Status quo", "Fremgang"), rows, Locale.forLanguageTag("da"), 760, 360);
 * }</pre>
 *
 * <p>Runs in a headless JVM ({@code -Djava.awt.headless=true}); the class sets that property itself if it
 * is not set, before JFreeChart loads AWT.
 */
public final class Charts {

  /** Colours of the decline / status quo / progress triplet, colour-blind safe (red, grey, blue-green). */
  public static final List<Color> CHANGE_PALETTE =
      List.of(new Color(0xC0392B), new Color(0xB8B8B8), new Color(0x1B7F79));

  private static final List<Color> SERIES_PALETTE =
      List.of(new Color(0x1F5FA8), new Color(0xE08A1E), new Color(0x1B7F79), new Color(0x8E44AD),
          new Color(0xC0392B), new Color(0x7F8C8D));

  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Charts() {}

  /**
   * Stablede andele — one horizontal 100 % bar per category, split into the given series (S0 Figs 5.3–5.9:
   * decline, status quo, progress per life area). Values are percentages; each segment is labelled.
   *
   * @param series the series names in drawing order (left to right); with three series the
   *     {@link #CHANGE_PALETTE} is used, otherwise a general palette
   * @param rows category → (series → percent); a missing series counts as 0
   * @param locale the locale whose decimal separator the labels use
   */
  public static String stackedShares(String title, String valueAxisLabel, List<String> series,
      Map<String, Map<String, Double>> rows, Locale locale, int width, int height) {
    Objects.requireNonNull(rows, "rows");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    rows.forEach((category, values) -> {
      for (String s : series) {
        data.addValue(values.getOrDefault(s, 0.0), s, category);
      }
    });
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxisLabel, data,
        PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = style(chart);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setRange(0, 100);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    List<Color> palette = series.size() == 3 ? CHANGE_PALETTE : SERIES_PALETTE;
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, palette.get(i % palette.size()));
    }
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format("0", locale)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK_FONT);
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    range.setNumberFormatOverride(format("0", locale));
    return toSvg(chart, width, height);
  }

  /**
   * Søjler — one bar per category (baseline means per life area, checklist item shares).
   *
   * @param values category → value, drawn in map order
   * @param upperBound the axis maximum (for example 5 for the dialogue form's 1–5 scale, 100 for percent)
   * @param valueFormat a {@link DecimalFormat} pattern for the value labels, e.g. {@code "0.0"}
   * @param locale the locale whose decimal separator the labels use
   */
  public static String bars(String title, String valueAxisLabel, Map<String, Double> values,
      double upperBound, String valueFormat, Locale locale, int width, int height) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, value) -> data.addValue(value, title, category));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxisLabel, data,
        PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = style(chart);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setRange(0, upperBound);
    range.setNumberFormatOverride(format(upperBound <= 10 ? "0.0" : "0", locale));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, SERIES_PALETTE.get(0));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        format(valueFormat, locale)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TICK_FONT);
    // Labels inside the end of the bar, so a value near the axis maximum is never cut off.
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
    return toSvg(chart, width, height);
  }

  /**
   * Spindelvævsdiagram — a radar chart of one or more series over the same axes (S0 §6.6: the young
   * person's first versus latest dialogue response over the seven life areas), with a labelled ring for every
   * whole value from 1 to {@code maxValue}. A NaN value (not assessed) is not drawn.
   *
   * @param series series name → (axis → value), both in map order
   * @param maxValue the value at the outer ring (5 for the dialogue form)
   */
  public static String radar(String title, Map<String, Map<String, Double>> series, double maxValue,
      int width, int height) {
    List<String> axes = new java.util.ArrayList<>();
    series.values().forEach(v -> v.keySet().forEach(k -> {
      if (!axes.contains(k)) {
        axes.add(k);
      }
    }));
    double cx = width / 2.0;
    double cy = 60 + (height - 130) / 2.0;
    double radius = Math.min(width / 2.0 - 220, (height - 130) / 2.0 - 30);
    StringBuilder g = new StringBuilder();
    g.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">", width, height, width, height));
    g.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    g.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\" "
        + "font-weight=\"bold\" fill=\"#1d2733\">%s</text>", cx, esc(title)));
    int n = axes.size();
    int rings = (int) Math.floor(maxValue);
    for (int ring = 1; ring <= rings; ring++) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double[] p = point(cx, cy, radius * ring / maxValue, i, n);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
      }
      g.append("<polygon points=\"").append(pts.toString().trim()).append("\" fill=\"none\" stroke=\"")
          .append(ring == rings ? "#8a96a3" : "#d9dee3").append("\" stroke-width=\"1\"/>");
      g.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#5b6773\">%d</text>",
          cx + 4, cy - radius * ring / maxValue - 3, ring));
    }
    for (int i = 0; i < n; i++) {
      double[] p = point(cx, cy, radius, i, n);
      g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke=\"#d9dee3\"/>", cx, cy, p[0], p[1]));
      double[] l = point(cx, cy, radius + 14, i, n);
      String anchor = Math.abs(l[0] - cx) < 1 ? "middle" : l[0] > cx ? "start" : "end";
      g.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" "
          + "fill=\"#1d2733\">%s</text>", l[0], l[1] + 4, anchor, esc(axes.get(i))));
    }
    int s = 0;
    for (Map.Entry<String, Map<String, Double>> e : series.entrySet()) {
      Color c = SERIES_PALETTE.get(s % SERIES_PALETTE.size());
      String hex = String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
      StringBuilder pts = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < n; i++) {
        Double v = e.getValue().get(axes.get(i));
        if (v == null || v.isNaN()) {
          continue;
        }
        double[] p = point(cx, cy, radius * Math.max(0, Math.min(v, maxValue)) / maxValue, i, n);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>",
            p[0], p[1], hex));
      }
      g.append("<polygon points=\"").append(pts.toString().trim()).append("\" fill=\"").append(hex)
          .append("\" fill-opacity=\"0.15\" stroke=\"").append(hex).append("\" stroke-width=\"2.5\"/>")
          .append(dots);
      double lx = 40 + 260 * s;
      g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
          + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#1d2733\">%s</text>", lx, height - 30, hex,
          lx + 20, height - 19, esc(e.getKey())));
      s++;
    }
    return g.append("</svg>").toString();
  }

  private static double[] point(double cx, double cy, double r, int i, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static CategoryPlot style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(new TextTitle(chart.getTitle().getText(), TITLE_FONT));
    legendAtBottom(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setOutlineVisible(false);
    CategoryAxis domain = plot.getDomainAxis();
    domain.setTickLabelFont(TICK_FONT);
    domain.setMaximumCategoryLabelWidthRatio(0.5f);
    domain.setMaximumCategoryLabelLines(2);
    plot.getRangeAxis().setTickLabelFont(TICK_FONT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    return plot;
  }

  private static DecimalFormat format(String pattern, Locale locale) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
  }

  private static void legendAtBottom(JFreeChart chart) {
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(TICK_FONT);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private static String toSvg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement();
  }
}
