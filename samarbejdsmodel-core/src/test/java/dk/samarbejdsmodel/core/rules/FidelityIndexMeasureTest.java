package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Grouped;
import dk.samarbejdsmodel.core.outcome.Grouping;
import dk.samarbejdsmodel.core.outcome.ImmutableCohortRecord;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * O-08 fidelity index: items for a core element the course's programme does not have are left out of numerator
 * and denominator; items that judge a tool's usefulness never count.
 *
 * <p>Hand-computed. Two courses, one checklist each, the same answers: the 16 fidelity items all desirable except
 * "Har den unge tilknyttet en 'den unges voksne'?" = no; the two usefulness items (FORM_USEFUL,
 * NETWORK_CARD_GAVE_OVERVIEW) answered no.
 * <ul>
 *   <li>(a) AFTERCARE (all seven elements): 15 desirable of 16 = 93.75 % → 94 %.</li>
 *   <li>(b) HOMELESSNESS (no "den unges voksne", S4): the adult item is left out: 15 of 15 = 100 %.</li>
 *   <li>Cohort: 30 of 31 = 96.77 % → 97 %. Before the correction (b) counted the adult item too: 30 of 32 =
 *       93.75 % → 94 %; counting the usefulness items as well would have given 30 of 36 = 83 %.</li>
 * </ul>
 */
class FidelityIndexMeasureTest {

  static Map<ChecklistItem, Boolean> answers() {
    Map<ChecklistItem, Boolean> a = new EnumMap<>(ChecklistItem.class);
    for (ChecklistItem item : ChecklistItem.values()) {
      a.put(item, item.desirableAnswer());
    }
    a.put(ChecklistItem.HAS_YOUNG_PERSONS_ADULT, false);
    a.put(ChecklistItem.FORM_USEFUL, false);
    a.put(ChecklistItem.NETWORK_CARD_GAVE_OVERVIEW, false);
    return a;
  }

  static CohortRecord withOneChecklist(CohortRecord r) {
    return ImmutableCohortRecord.copyOf(r).withChecklists(List.of(new CohortRecord.ChecklistRecord(Fixtures.START,
        17, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), answers())));
  }

  @Test
  void items_for_an_element_the_programme_lacks_do_not_lower_the_index() {
    CohortRecord aftercare = withOneChecklist(CohortRecord.from(Fixtures.aftercare(), Fixtures.D));
    CohortRecord homeless = withOneChecklist(CohortRecord.from(Fixtures.homelessness(), Fixtures.D));
    assertEquals(Set.of(), aftercare.absentElements());
    assertEquals(Set.of(CoreElement.YOUNG_PERSONS_ADULT), homeless.absentElements());
    assertEquals(CoreElement.YOUNG_PERSONS_ADULT, ChecklistItem.HAS_YOUNG_PERSONS_ADULT.element());

    Grouped<Share> index = Measures.modelFidelityIndex(Grouping.COURSE).of(List.of(aftercare, homeless));
    Share a = index.groups().get(aftercare.courseId());
    Share b = index.groups().get(homeless.courseId());
    assertEquals(15, a.count());
    assertEquals(16, a.n());
    assertEquals(94, a.percent());
    assertEquals(15, b.count());
    assertEquals(15, b.n());
    assertEquals(100, b.percent());
    assertEquals(30, index.total().count());
    assertEquals(31, index.total().n());
    assertEquals(97, index.total().percent());
    assertTrue(index.total().method().contains("programme does not have"));
  }

  @Test
  void a_record_without_the_field_counts_every_fidelity_item_as_before() {
    CohortRecord old = ImmutableCohortRecord.copyOf(withOneChecklist(CohortRecord.from(Fixtures.homelessness(),
        Fixtures.D))).withAbsentElements(Set.of());
    Share s = Measures.modelFidelityIndex(Grouping.COHORT).of(List.of(old)).total();
    assertEquals(15, s.count());
    assertEquals(16, s.n());
  }
}
