package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.consent.ConsentDecision;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Grouping;
import dk.samarbejdsmodel.core.outcome.Measure;
import dk.samarbejdsmodel.core.outcome.MeasureAccumulator;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.StatusPoint;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bounded stress test: shared immutable courses, one shared {@link SamJson} reader and writer, one shared
 * {@link RuleEvaluator}, the static {@link ConsentEvaluator} and outcome accumulators, used from
 * {@value #THREADS} threads × {@value #ITERATIONS} iterations released together, give exactly the single-threaded
 * results. Each thread also accumulates its slice of the cohort (in reverse order) into its own accumulators; merged
 * across threads they equal the sequential result of every measure.
 */
class ConcurrencyStressTest {

  static final int THREADS = 8;
  static final int ITERATIONS = 60;
  private static final LocalDate[] DATES = {LocalDate.of(2018, 3, 1), LocalDate.of(2022, 9, 15),
      LocalDate.of(2030, 1, 1)};

  /** Everything one course gives, computed single-threaded. */
  record Expected(byte[] bytes, List<List<Finding>> findings, List<ConsentDecision> decisions) {}

  private static final SamJson JSON = SamJson.defaults();
  private static final RuleEvaluator RULES = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator();
  private static final List<Measure<?>> MEASURES = List.of(Measures.baselineMeans("DIALOGUE_FORM"),
      Measures.change("DIALOGUE_FORM", ChangeClassifier.DEFAULT), Measures.education(StatusPoint.LATEST),
      Measures.ageAtStart(), Measures.participation(), Measures.checklistItems(),
      Measures.modelFidelityIndex(Grouping.MUNICIPALITY), Measures.caseload());

  static List<ConsentDecision> decisions(Course c) {
    List<ConsentDecision> out = new ArrayList<>();
    List<Recipient> recipients = new ArrayList<>();
    c.organisations().forEach(o -> recipients.add(Recipient.organisation(o.id())));
    c.professionals().stream().map(Professional::id).forEach(p -> recipients.add(Recipient.of(c, p)));
    for (Recipient r : recipients) {
      for (InformationCategory cat : InformationCategory.builtIns()) {
        for (LocalDate d : DATES) {
          out.add(ConsentEvaluator.evaluate(c, r, cat, d));
        }
      }
    }
    return out;
  }

  static Expected compute(Course c) {
    byte[] bytes = JSON.writer().write(DocumentKind.COURSE, c);
    List<List<Finding>> findings = new ArrayList<>();
    for (LocalDate d : DATES) {
      findings.add(RULES.evaluate(c, d));
    }
    return new Expected(bytes, findings, decisions(c));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void shared_reader_writer_evaluators_and_accumulators_give_the_single_threaded_results() throws Exception {
    List<Course> courses = RandomCourses.courses(8_2026L, 24);
    List<Expected> expected = courses.stream().map(ConcurrencyStressTest::compute).toList();
    List<CohortRecord> records = CohortRecord.from(courses, LocalDate.of(2030, 1, 1));
    List<Object> sequential = MEASURES.stream().map(m -> ((Measure) m).of(records)).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<MeasureAccumulator>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < ITERATIONS; i++) {
            int n = Math.floorMod(thread * 7919 + i * 31, courses.size());
            Course c = courses.get(n);
            Expected e = expected.get(n);
            byte[] bytes = JSON.writer().write(DocumentKind.COURSE, c);
            assertArrayEquals(e.bytes(), bytes, "writer");
            ReadResult<Course> read = JSON.reader().read(bytes, DocumentKind.COURSE);
            assertEquals(c, read.orElseThrow(), "reader");
            int k = i % DATES.length;
            assertEquals(e.findings().get(k), RULES.evaluate(read.orElseThrow(), DATES[k]), "rules");
            if (i % 4 == 0) {
              assertEquals(e.decisions(), decisions(c), "consent");
            }
          }
          List<MeasureAccumulator> accs = new ArrayList<>();
          for (Measure m : MEASURES) {
            MeasureAccumulator a = m.accumulator();
            for (int i = records.size() - 1; i >= 0; i--) {
              if (i % THREADS == thread) {
                a.add(records.get(i));
              }
            }
            accs.add(a);
          }
          return accs;
        }));
      }
      start.countDown();
      List<List<MeasureAccumulator>> perThread = new ArrayList<>();
      for (Future<List<MeasureAccumulator>> f : futures) {
        perThread.add(f.get(120, TimeUnit.SECONDS));
      }
      for (int m = 0; m < MEASURES.size(); m++) {
        MeasureAccumulator merged = perThread.get(THREADS - 1).get(m);
        for (int t = THREADS - 2; t >= 0; t--) {
          merged = merged.merge(perThread.get(t).get(m));
        }
        assertEquals(sequential.get(m), merged.result(), MEASURES.get(m).id() + " merged across threads");
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }
}
