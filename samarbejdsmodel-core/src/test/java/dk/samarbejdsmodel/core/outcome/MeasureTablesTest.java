package dk.samarbejdsmodel.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures declare their tables: each writes only into its own declared tables, so measures whose tables do not
 * overlap can share one tally and still give exactly their own results.
 */
class MeasureTablesTest {

  static final List<CohortRecord> RECORDS = MergeablePropertyTest.POOL.get(2);

  @Test
  void every_measure_writes_only_into_the_tables_it_declares() {
    for (Measure<?> m : MergeablePropertyTest.MEASURES) {
      Tally t = m.accumulator().tally();
      RECORDS.forEach(r -> m.contribute(r, t));
      assertFalse(t.tables().isEmpty(), m.id());
      for (TableKey k : t.tables()) {
        assertTrue(m.tables().stream().anyMatch(k::within), m + " wrote " + k + " outside " + m.tables());
      }
    }
  }

  @Test
  void education_and_education_types_no_longer_write_the_same_table() {
    for (StatusPoint p : StatusPoint.values()) {
      TableKey education = Measures.education(p).tables().iterator().next();
      TableKey types = Measures.educationTypes(p).tables().iterator().next();
      assertFalse(education.overlaps(types), p.name());
      assertEquals("O-04/education/" + p, education.toString());
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void measures_with_disjoint_tables_share_one_tally() {
    List<Measure<?>> shared = new ArrayList<>();
    for (Measure<?> m : MergeablePropertyTest.MEASURES) {
      if (shared.stream().noneMatch(o -> overlap(o.tables(), m.tables()))) {
        shared.add(m);
      }
    }
    assertTrue(shared.size() >= 15, "most built-in measures have tables of their own: " + shared.size());
    Tally one = new Tally();
    for (CohortRecord r : RECORDS) {
      for (Measure m : shared) {
        m.contribute(r, one);
      }
    }
    for (Measure m : shared) {
      assertEquals(m.of(RECORDS), m.finish(one), m.toString());
    }
  }

  private static boolean overlap(Set<TableKey> a, Set<TableKey> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
  }

  @Test
  void keys_are_values_and_sort_part_by_part() {
    TableKey root = TableKey.of("O-16", "DIALOGUE_FORM", Grouping.COURSE);
    assertEquals(TableKey.of("O-16", "DIALOGUE_FORM", "COURSE", "g", "c1"), root.sub("g", "c1"));
    assertTrue(root.sub("g", "c1").within(root));
    assertFalse(root.within(root.sub("g")));
    assertFalse(TableKey.of("O-1").overlaps(TableKey.of("O-16")));
    assertTrue(TableKey.of("O-04", "a").compareTo(TableKey.of("O-04", "a", "b")) < 0);
    assertEquals("17/5", CellKey.of(17, 5).toString());
    assertEquals("5", CellKey.of(17, 5).part(1));
    assertTrue(CellKey.of("75").compareTo(CellKey.of("751")) < 0);
  }
}
