package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.stats.ZeroDifferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dk.samarbejdsmodel.testkit.SamGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Any split of a cohort, aggregated in parallel accumulators and merged in any order, equals the sequential
 * aggregation — for every measure; and a parallel stream gives the same result.
 */
class MergeablePropertyTest {

  static final List<Measure<?>> MEASURES = List.of(
      Measures.baselineMeans("DIALOGUE_FORM"),
      Measures.change("DIALOGUE_FORM", ChangeClassifier.DEFAULT),
      Measures.change("DIALOGUE_FORM", ChangeClassifier.withThreshold(2)),
      Measures.education(StatusPoint.START), Measures.education(StatusPoint.LATEST),
      Measures.educationTypes(StatusPoint.START), Measures.employment(StatusPoint.LATEST),
      Measures.educationAndJob(StatusPoint.LATEST), Measures.ageAtStart(), Measures.placementTypes(),
      Measures.participation(), Measures.checklistItems(), Measures.modelFidelityIndex(Grouping.COORDINATOR),
      Measures.modelFidelityIndex(Grouping.MUNICIPALITY), Measures.privateNetworkInvolvement(),
      Measures.caseload(), Measures.fixedMeetingCompletion(),
      Measures.halfYearStatus(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)),
      Measures.housingOutcomes(new DimensionRef("DIALOGUE_FORM", "HOUSEHOLD_ECONOMY"),
          new DimensionRef("DIALOGUE_FORM", "MENTAL_HEALTH")),
      Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.WILCOX),
      Measures.pairedTests("DIALOGUE_FORM", ZeroDifferences.PRATT),
      Measures.fidelity("DIALOGUE_FORM", Grouping.COURSE));

  static final LocalDate[] AS_OF = {LocalDate.of(2016, 1, 31), LocalDate.of(2021, 6, 30), LocalDate.of(2040, 1, 1)};

  /** Splits the records into 1–6 parts (some maybe empty), merges the parts' accumulators in a shuffled order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void assertMergeable(List<CohortRecord> records, long seed, boolean parallel) {
    SplittableRandom r = new SplittableRandom(seed);
    int parts = 1 + r.nextInt(6);
    List<List<CohortRecord>> split = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      split.add(new ArrayList<>());
    }
    records.forEach(x -> split.get(r.nextInt(parts)).add(x));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(seed));
    for (Measure m : MEASURES) {
      Object sequential = m.of(records);
      List<MeasureAccumulator> accs = new ArrayList<>();
      for (List<CohortRecord> part : split) {
        MeasureAccumulator a = m.accumulator();
        part.forEach(a::add);
        accs.add(a);
      }
      MeasureAccumulator merged = accs.get(order.get(0));
      for (int i = 1; i < parts; i++) {
        merged = merged.merge(accs.get(order.get(i)));
      }
      assertEquals(sequential, merged.result(), m.id());
      if (parallel) {
        assertEquals(sequential, records.parallelStream().collect(m.collector()), m.id() + " parallel");
      }
    }
  }

  /** A pool of whole random courses (all programmes) as records at three reference dates. */
  static final List<List<CohortRecord>> POOL = java.util.Arrays.stream(AS_OF)
      .map(asOf -> CohortRecord.from(dk.samarbejdsmodel.testkit.RandomCourses.courses(20260501L, 240), asOf))
      .collect(Collectors.toList());

  @Test
  void random_cohorts_split_any_way_merge_to_the_sequential_result() {
    // each example: a random cohort of 0–8 random courses (from the pool, at a random reference date)
    // split into 1–6 parts, merged in a random order
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<CohortRecord> pool = POOL.get(r.nextInt(POOL.size()));
      List<CohortRecord> cohort = new ArrayList<>();
      int size = r.nextInt(9);
      for (int i = 0; i < size; i++) {
        cohort.add(pool.get(r.nextInt(pool.size())));
      }
      assertMergeable(cohort, seed, false);
    });
  }

  @Test
  void generated_cohorts_split_any_way_merge_to_the_sequential_result() {
    qt().withExamples(100).forAll(SamGen.cohorts(6), longs().all()).checkAssert((courses, seed) -> {
      LocalDate asOf = AS_OF[(int) Math.floorMod(seed, (long) AS_OF.length)];
      assertMergeable(CohortRecord.from(courses, asOf), seed, false);
    });
  }

  @Test
  void a_whole_random_cohort_split_any_way_merges_to_the_sequential_result() {
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      List<CohortRecord> shuffled = new ArrayList<>(POOL.get(2));
      Collections.shuffle(shuffled, new java.util.Random(seed));
      int size = (int) Math.floorMod(seed, shuffled.size() + 1L);
      assertMergeable(shuffled.subList(0, size), seed, true);
    });
  }

  @Test
  void the_report_does_not_depend_on_record_order() {
    qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
      List<CohortRecord> shuffled = new ArrayList<>(POOL.get(1));
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertEquals(CohortReport.of(POOL.get(1), AS_OF[1]), CohortReport.of(shuffled, AS_OF[1]));
    });
  }

  @Test
  void tallies_merge_associatively_and_commutatively() {
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Tally[] t = new Tally[3];
      for (int i = 0; i < 3; i++) {
        t[i] = new Tally();
        int n = r.nextInt(20);
        for (int j = 0; j < n; j++) {
          t[i].add(TableKey.of("t" + r.nextInt(3)), CellKey.of("k" + r.nextInt(5)), r.nextInt(10));
          if (r.nextInt(4) == 0) {
            t[i].exclude(TableKey.of("t" + r.nextInt(3)), ExclusionReason.values()[r.nextInt(3)], r.nextInt(3));
          }
        }
      }
      Tally left = copy(t[0]).merge(copy(t[1])).merge(copy(t[2]));
      Tally right = copy(t[2]).merge(copy(t[1]).merge(copy(t[0])));
      assertEquals(left, right);
    });
  }

  static Tally copy(Tally t) {
    return new Tally().merge(t);
  }

  @Test
  void records_keep_no_person_data() {
    qt().withExamples(200).forAll(SamGen.courses()).checkAssert(course -> {
      CohortRecord r = CohortRecord.from(course, LocalDate.of(2040, 1, 1));
      dk.samarbejdsmodel.testkit.PersonalData.assertNoneIn(r.toString(),
          dk.samarbejdsmodel.testkit.PersonalData.of(course));
      assertEquals(course.ageOn(course.startDate()), r.ageAtStart());
      assertEquals(course.checklists().size(), r.checklists().size());
    });
  }

  static List<String> ids(List<CohortRecord> records) {
    return records.stream().map(CohortRecord::courseId).collect(Collectors.toList());
  }
}
