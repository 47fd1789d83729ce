package dk.samarbejdsmodel.core.outcome.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samarbejdsmodel.core.outcome.Accumulator;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.testkit.RandomCourses;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report walks the cohort once, with every measure's accumulator side by side, and merges exactly. */
class OnePassReportTest {

  static final LocalDate AS_OF = LocalDate.of(2040, 1, 1);
  static final List<CohortRecord> RECORDS = CohortRecord.from(RandomCourses.courses(20260501L, 120), AS_OF);

  /** A collection that counts how often it is walked (and refuses size(), so nothing can count it twice). */
  static final class CountingCollection extends AbstractCollection<CohortRecord> {
    int walks;
    int elements;

    @Override
    public Iterator<CohortRecord> iterator() {
      walks++;
      Iterator<CohortRecord> it = RECORDS.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public CohortRecord next() {
          elements++;
          return it.next();
        }
      };
    }

    @Override
    public int size() {
      throw new UnsupportedOperationException("size() would be a second look at the cohort");
    }
  }

  @Test
  void the_report_is_computed_in_one_pass_over_the_cohort() {
    CountingCollection records = new CountingCollection();
    CohortReport report = CohortReport.of(records, AS_OF, ReportOptions.builder().minimumCellSize(5).build());
    assertEquals(1, records.walks, "one pass");
    assertEquals(RECORDS.size(), records.elements, "each record read once");
    assertEquals(RECORDS.size(), report.courses());
    assertEquals(report, CohortReport.of(new ArrayList<>(RECORDS), AS_OF,
        ReportOptions.builder().minimumCellSize(5).build()));
  }

  @Test
  void partial_report_accumulators_merge_to_the_sequential_report() {
    CohortReport sequential = CohortReport.of(RECORDS, AS_OF);
    CohortReport.ReportAccumulator left = CohortReport.accumulator(AS_OF, ReportOptions.DEFAULT);
    CohortReport.ReportAccumulator right = CohortReport.accumulator(AS_OF, ReportOptions.DEFAULT);
    for (int i = 0; i < RECORDS.size(); i++) {
      (i % 3 == 0 ? left : right).add(RECORDS.get(i));
    }
    assertEquals(sequential, right.merge(left).result());
    assertEquals(sequential, RECORDS.parallelStream()
        .collect(Accumulator.collector(() -> CohortReport.accumulator(AS_OF, ReportOptions.DEFAULT))));
  }
}
