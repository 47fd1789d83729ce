package dk.samarbejdsmodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void stackedSharesDrawsEveryCategoryAndLabelsTheSegments() {
    Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
    rows.put("Bolig", Map.of("Tilbagegang", 11.0, "Status quo", 53.0, "Fremgang", 36.0));
    rows.put("Uddannelse", Map.of("Tilbagegang", 20.0, "Status quo", 41.0, "Fremgang", 39.0));
    String svg = Charts.stackedShares("Forandring", "Andel (%)",
        List.of("Tilbagegang", "Status quo", "Fremgang"), rows, Locale.forLanguageTag("da"), 700, 300);
    assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
    for (String text : List.of("Bolig", "Uddannelse", "Tilbagegang", "Fremgang", "53", "39")) {
      assertTrue(svg.contains(">" + text + "<"), () -> "missing text " + text);
    }
    assertTrue(svg.contains("rgb(192,57,43)") || svg.contains("#c0392b"), "decline colour used");
  }

  @Test
  void barsAndRadarProduceSvgWithTheirLabels() {
    Map<String, Double> means = new LinkedHashMap<>();
    means.put("Bolig", 3.44);
    means.put("Helbred", 2.9);
    String bars = Charts.bars("Baseline", "Gennemsnit", means, 5, "0.0", Locale.forLanguageTag("da"), 600, 240);
    assertTrue(bars.contains(">3,4<"), "value label rendered with the Danish decimal comma");
    String english = Charts.bars("Baseline", "Mean", means, 5, "0.0", Locale.ENGLISH, 600, 240);
    assertTrue(english.contains(">3.4<"), "English decimal point");
    assertTrue(bars.contains(">Helbred<"));

    Map<String, Map<String, Double>> series = new LinkedHashMap<>();
    series.put("Første", Map.of("Bolig", 2.0, "Helbred", 3.0, "Netværk", 1.0));
    series.put("Seneste", Map.of("Bolig", 4.0, "Helbred", 3.0, "Netværk", 3.0));
    String radar = Charts.radar("Dialogskema", series, 5, 500, 500);
    assertTrue(radar.contains(">Første<") && radar.contains(">Seneste<"), "legend names both series");
    assertTrue(radar.contains(">Netværk<"), "axis label");
    assertTrue(radar.contains("<path") || radar.contains("<polygon"), "shapes drawn");
  }
}
