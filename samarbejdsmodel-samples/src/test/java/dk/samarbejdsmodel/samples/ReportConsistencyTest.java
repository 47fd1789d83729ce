package dk.samarbejdsmodel.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.report.Cell;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.report.ReportOptions;
import dk.samarbejdsmodel.core.outcome.report.ReportRow;
import dk.samarbejdsmodel.core.outcome.report.ReportTable;
import dk.samarbejdsmodel.core.Text;
import dk.samarbejdsmodel.core.outcome.stats.Rounding;
import dk.samarbejdsmodel.core.outcome.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cohort report agrees with itself: every percentage is its count over its n (the row's n column, else the
 * table's n), with the Wilson bounds of that count; distribution tables sum to their n; rows never exceed the
 * table's n; texts carry no code names and the Danish texts no English; the small-cell rule leaves nothing that
 * can be worked back.
 */
class ReportConsistencyTest {

  static final List<CohortRecord> RECORDS = S0ReproductionTest.RECORDS;
  static final Set<String> COUNT_HEADERS = Set.of("Count", "Attended, count", "Involved", "Desirable answers",
      "Coordinators");
  static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
  static final Pattern ENGLISH = Pattern.compile("\\b(the|of|and|with|per|first|latest)\\b");

  @Test
  void every_percentage_is_its_count_over_its_n_and_tables_add_up() {
    for (int k : new int[] {0, 5, 10}) {
      CohortReport report = CohortReport.of(RECORDS, SampleCohort.AS_OF,
          ReportOptions.builder().minimumCellSize(k).build());
      for (ReportTable t : report.tables()) {
        check(t, k);
      }
    }
  }

  @Test
  void the_report_has_the_paired_tests_and_separate_tables_for_meetings_and_young_people() {
    CohortReport r = CohortReport.of(RECORDS, SampleCohort.AS_OF);
    ReportTable paired = r.table("paired-tests").orElseThrow();
    assertEquals(7, paired.rows().size());
    assertTrue(paired.method().da().contains("Wilcoxon"));
    assertTrue(paired.rows().stream().allMatch(row -> row.cells().get(7).kind() == Cell.Kind.P_VALUE));
    assertEquals("due fixed meetings", r.table("fixed-meetings").orElseThrow().unit().en());
    assertTrue(r.table("fixed-meetings-young-people").orElseThrow().unit().en().startsWith("young people"));
    assertTrue(r.table("change").orElseThrow().rows().stream().allMatch(row -> row.code().isPresent()));
  }

  @Test
  void texts_have_no_code_names_and_the_danish_texts_no_english() {
    CohortReport r = CohortReport.of(RECORDS, SampleCohort.AS_OF, ReportOptions.builder().minimumCellSize(5).build());
    for (ReportTable t : r.tables()) {
      List<Text> texts = new ArrayList<>(t.notes());
      texts.add(t.title());
      texts.add(t.method());
      texts.add(t.unit());
      texts.addAll(t.columns());
      t.rows().forEach(row -> texts.add(row.label()));
      for (Text x : texts) {
        assertFalse(CODE.matcher(x.da()).find(), t.id() + ": code name in " + x.da());
        assertFalse(CODE.matcher(x.en()).find(), t.id() + ": code name in " + x.en());
        assertFalse(ENGLISH.matcher(x.da()).find(), t.id() + ": English in the Danish text " + x.da());
      }
    }
  }

  @Test
  void suppression_hides_small_counts_their_complements_and_a_second_cell() {
    int k = 5;
    CohortReport r = CohortReport.of(RECORDS, SampleCohort.AS_OF, ReportOptions.builder().minimumCellSize(k).build());
    for (ReportTable t : r.tables()) {
      int countCol = column(t, COUNT_HEADERS);
      int nCol = column(t, Set.of("n"));
      if (countCol < 0) {
        continue;
      }
      int hidden = 0;
      long visibleSum = 0;
      boolean sumsToN = !t.id().equals("half-year-status") && nCol < 0;
      for (ReportRow row : t.rows()) {
        Cell c = row.cells().get(countCol);
        if (c.suppressed()) {
          hidden++;
          assertTrue(c.value().isEmpty());
          continue;
        }
        long count = (long) c.value().orElse(0);
        visibleSum += count;
        assertFalse(count > 0 && count < k, t.id() + " " + row.label().en() + ": visible small count " + count);
        if (nCol >= 0 && row.cells().get(nCol).value().isPresent()) {
          long n = (long) row.cells().get(nCol).value().getAsDouble();
          assertFalse(n - count > 0 && n - count < k, t.id() + " " + row.label().en() + ": complement "
              + (n - count) + " can be worked back");
        }
      }
      if (sumsToN && hidden > 0 && !t.rows().isEmpty() && !t.id().equals("private-network")) {
        assertTrue(hidden >= 2 || visibleSum != t.n(), t.id() + ": one hidden count could be worked back from n");
      }
    }
    // the S0 sample's 2 part-time jobs in the half-year table are hidden, not printed as 0
    ReportTable half = r.table("half-year-status").orElseThrow();
    half.rows().forEach(row -> assertFalse(row.cells().get(0).textEn().equals("0") && row.cells().get(0).suppressed()));
  }

  private static void check(ReportTable t, int k) {
    int nCol = column(t, Set.of("n"));
    int countCol = column(t, COUNT_HEADERS);
    long sum = 0;
    boolean allVisible = true;
    for (ReportRow row : t.rows()) {
      double rowN = nCol >= 0 && row.cells().get(nCol).value().isPresent()
          ? row.cells().get(nCol).value().getAsDouble() : t.n();
      assertTrue(rowN <= t.n() || t.id().equals("model-fidelity") || t.id().equals("half-year-status"),
          t.id() + " " + row.label().en() + ": row n " + rowN + " > table n " + t.n());
      for (int i = 0; i < row.cells().size(); i++) {
        Cell c = row.cells().get(i);
        if (c.kind() != Cell.Kind.PERCENT || c.value().isEmpty()
            || (t.id().equals("participation") && i == 2)) {
          continue;
        }
        double v = c.value().getAsDouble();
        double count = v * rowN;
        String where = t.id() + " " + row.label().en() + " col " + i + " (k=" + k + ")";
        assertEquals(Math.rint(count), count, 1e-9, where + ": not a count over n = " + rowN);
        long kk = Math.round(count);
        long n = Math.round(rowN);
        assertEquals(WilsonInterval.lower(kk, n), c.lower().getAsDouble(), 1e-12, where + " lower");
        assertEquals(WilsonInterval.upper(kk, n), c.upper().getAsDouble(), 1e-12, where + " upper");
        assertTrue(c.textEn().startsWith(Rounding.percent(kk, n) + "%"), where + ": " + c.textEn());
        if (countCol >= 0 && i < countCol + 2 && row.cells().get(countCol).value().isPresent()
            && !t.id().equals("participation") || countCol >= 0 && t.id().equals("participation") && i == 0) {
          assertEquals(kk, (long) row.cells().get(countCol).value().getAsDouble(), where + ": count column");
        }
      }
      if (countCol >= 0) {
        Cell c = row.cells().get(countCol);
        allVisible &= c.value().isPresent();
        sum += (long) c.value().orElse(0);
      }
      if (t.id().equals("change")) {
        double total = 0;
        boolean all = true;
        for (int i = 0; i < 3; i++) {
          all &= row.cells().get(i).value().isPresent();
          total += row.cells().get(i).value().orElse(0);
        }
        if (all && rowN > 0) {
          assertEquals(1.0, total, 1e-12, t.id() + " " + row.label().en() + " sums to 100%");
        }
      }
    }
    boolean distribution = t.columns().size() == 4 && t.columns().get(1).en().equals("%")
        && countCol == 2 && !t.id().equals("caseload");
    if (distribution && allVisible && !t.rows().isEmpty()) {
      assertEquals(t.n(), sum, t.id() + ": the rows' counts add up to n");
    }
    if (t.id().equals("caseload") && allVisible) {
      assertEquals(t.n(), sum, "coordinators add up to n");
    }
    assertFalse(t.unit().da().isBlank());
    assertFalse(Labels.DANISH.getLanguage().isEmpty());
  }

  private static int column(ReportTable t, Set<String> headers) {
    for (int i = 1; i < t.columns().size(); i++) {
      if (headers.contains(t.columns().get(i).en())) {
        return i - 1;
      }
    }
    return -1;
  }
}
