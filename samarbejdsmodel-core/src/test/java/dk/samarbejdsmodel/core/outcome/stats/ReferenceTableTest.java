package dk.samarbejdsmodel.core.outcome.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every p-value, statistic and interval the SDK offers, against {@code stats/reference.csv}: values computed
 * independently (exact rational arithmetic, SciPy 1.17.1, enumeration of all sign patterns) by
 * {@code stats/make_reference.py} in the test resources. Agreement to 1e-9 relative.
 */
class ReferenceTableTest {

  static final double TOLERANCE = 1e-9;
  static final List<Map<String, String>> ROWS = read();

  @Test
  void sign_test_p_values_are_exact() {
    int checked = 0;
    for (Map<String, String> r : rows("sign")) {
      long k = Long.parseLong(r.get("k"));
      long n = Long.parseLong(r.get("n"));
      Alternative alt = Alternative.valueOf(r.get("alternative"));
      close(num(r, "p"), SignTest.pValue(k, n, alt), r.get("case") + " " + alt);
      checked++;
    }
    assertTrue(checked > 1500, "rows: " + checked);
  }

  @Test
  void the_issues_sign_test_cases() {
    assertEquals(0.8919, SignTest.twoSided(26, 54), 5e-5); // 26 improved, 28 worsened
    assertEquals(0.0636, SignTest.twoSided(5, 19), 5e-5);  // not 0.041: not significant at 0.05
    assertEquals(SignTest.twoSided(5, 19), SignTest.twoSided(14, 19), 0.0);
  }

  @Test
  void wilson_intervals() {
    int checked = 0;
    for (Map<String, String> r : rows("wilson")) {
      long k = Long.parseLong(r.get("k"));
      long n = Long.parseLong(r.get("n"));
      close(num(r, "lower"), WilsonInterval.lower(k, n), r.get("case") + " lower");
      close(num(r, "upper"), WilsonInterval.upper(k, n), r.get("case") + " upper");
      Share s = Share.of(k, n, "x");
      close(num(r, "lower"), s.lower(), r.get("case") + " share lower");
      close(num(r, "upper"), s.upper(), r.get("case") + " share upper");
      checked++;
    }
    assertTrue(checked >= 15);
  }

  @Test
  void wilcoxon_signed_rank_statistics_variances_and_p_values() {
    int checked = 0;
    for (Map<String, String> r : rows("wilcoxon")) {
      double[] d = Arrays.stream(r.get("data").split(" ")).mapToDouble(Double::parseDouble).toArray();
      SignedRankTest test = SignedRankTest.of(ZeroDifferences.valueOf(r.get("zero_method")),
          SignedRankMethod.valueOf(r.get("method")), Alternative.valueOf(r.get("alternative")));
      SignedRankTest.Result res = test.test(d);
      String what = r.get("case") + " " + test;
      close(num(r, "statistic"), res.statistic(), what + " W+");
      close(num(r, "variance"), res.variance(), what + " variance");
      close(num(r, "p"), res.pValue(), what + " p");
      if (!r.get("method_used").isEmpty()) {
        assertEquals(SignedRankMethod.valueOf(r.get("method_used")), res.methodUsed(), what);
      }
      if (isInteger(d)) { // the same through the histogram form the O-15 tally uses
        Map<Integer, Long> hist = new HashMap<>();
        for (double x : d) {
          hist.merge((int) x, 1L, Long::sum);
        }
        close(num(r, "p"), test.test(hist).pValue(), what + " p (histogram)");
      }
      checked++;
    }
    assertTrue(checked > 250, "rows: " + checked);
  }

  @Test
  void pratts_variance_leaves_the_zeros_out_of_the_tie_correction() {
    // 4 zeros; |d| = 1 twice (both negative), |d| = 2 six times (one positive): ranks with the zeros included
    double[] d = {0, 0, 0, 0, -1, -1, 2, -2, -2, -2, -2, -2};
    SignedRankTest.Result r = SignedRankTest.of(ZeroDifferences.PRATT, SignedRankMethod.NORMAL_CORRECTED,
        Alternative.TWO_SIDED).test(d);
    // ranks 5.5, 5.5 and 9.5 ×6: Σr²/4 = (2·5.5² + 6·9.5²)/4
    assertEquals((2 * 5.5 * 5.5 + 6 * 9.5 * 9.5) / 4, r.variance(), 1e-12);
    assertTrue(r.pValue() > 0.05, "p = " + r.pValue() + "; with the zeros' tie group counted it fell below 0.05");
  }

  private static boolean isInteger(double[] d) {
    return Arrays.stream(d).allMatch(x -> x == Math.rint(x));
  }

  static void close(double expected, double actual, String what) {
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
      return;
    }
    double tol = TOLERANCE * Math.abs(expected);
    assertTrue(Math.abs(expected - actual) <= tol || expected == actual,
        what + ": expected " + expected + ", was " + actual);
  }

  private static double num(Map<String, String> r, String col) {
    String v = r.get(col);
    return "nan".equals(v) ? Double.NaN : Double.parseDouble(v);
  }

  private static List<Map<String, String>> rows(String kind) {
    return ROWS.stream().filter(r -> r.get("kind").equals(kind)).toList();
  }

  private static List<Map<String, String>> read() {
    try (InputStream in = ReferenceTableTest.class.getResourceAsStream("/stats/reference.csv");
        BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Map<String, String>> out = new ArrayList<>();
      String[] header = null;
      for (String line = br.readLine(); line != null; line = br.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (header == null) {
          header = f;
          continue;
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          m.put(header[i], i < f.length ? f[i] : "");
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
