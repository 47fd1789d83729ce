package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three built-in programmes are the data of domain.md §3; plugins add programmes, instruments and labels. */
class ProgrammesTest {

  @Test
  void aftercare_is_s0() {
    var p = Programmes.AFTERCARE;
    assertEquals(15, p.minStartAge().orElseThrow());
    assertEquals(23, p.endBeforeAge().orElseThrow());
    assertEquals("koordinator", p.coordinatorTitleDa());
    assertEquals(7, p.elements().size());
    assertEquals(new MeetingCadence.AgeMilestones(List.of(Period.ofYears(16), Period.of(17, 6, 0),
        Period.of(18, 6, 0)), p.meetingCadence().tolerance()), p.meetingCadence());
    assertEquals(3, p.maxMonthsBetweenNetworkMeetings().orElseThrow());
    assertEquals(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON, p.consentPolicy());
    assertFalse(p.housingSupport());
  }

  @Test
  void mental_health_is_s2() {
    var p = Programmes.MENTAL_HEALTH;
    assertEquals("guide", p.coordinatorTitleDa());
    assertFalse(p.uses(CoreElement.YOUNG_PERSONS_ADULT));
    assertEquals(6, p.elements().size());
    MeetingCadence.PerYearUntilAge c = (MeetingCadence.PerYearUntilAge) p.meetingCadence();
    assertEquals(4, c.perYear());
    assertEquals(18, c.untilAge());
    assertEquals(List.of(Period.of(18, 6, 0)), c.extraAges());
    assertEquals(ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18, p.consentPolicy());
  }

  @Test
  void homelessness_is_s4() {
    var p = Programmes.HOMELESSNESS;
    assertEquals("myndighedskoordinator", p.coordinatorTitleDa());
    assertTrue(p.coordinatorNeedsAuthorityCompetence());
    assertTrue(p.housingSupport());
    assertTrue(p.minStartAge().isEmpty());
    MeetingCadence.RollingWindow c = (MeetingCadence.RollingWindow) p.meetingCadence();
    assertEquals(3, c.atLeast());
    assertEquals(Period.ofMonths(12), c.window());
  }

  @Test
  void the_dialogue_form_has_seven_life_areas_on_one_to_five() {
    assertEquals(LifeArea.builtIns().size(), Instruments.DIALOGUE_FORM.dimensions().size());
    Instruments.DIALOGUE_FORM.dimensions().forEach(d -> {
      assertEquals(1, d.scaleMin());
      assertEquals(5, d.scaleMax());
    });
  }

  @Test
  void s1_questionnaire_expresses_reversed_dimensions_as_data() {
    var q = Instruments.S1_QUESTIONNAIRE;
    assertEquals(8, q.dimensions().size());
    assertEquals(Polarity.LOWER_IS_BETTER, q.dimension("SELF_HARM").orElseThrow().polarity());
    assertEquals(Polarity.LOWER_IS_BETTER, q.dimension("SUICIDAL_BEHAVIOUR").orElseThrow().polarity());
    assertEquals(1, q.dimension("SELF_HARM").orElseThrow().improvement(3, 2));
    assertEquals(1, q.dimension("PSYCHOLOGICAL_WELLBEING").orElseThrow().improvement(2, 3));
    assertEquals(4, q.dimension("SELF_HARM").orElseThrow().scaleMax());
  }

  @Test
  void plugins_in_a_child_class_loader_are_found_by_the_catalogue_of_that_loader() {
    Catalogue c = Catalogue.standard(TestPlugin.childLoader());
    assertEquals(TestPlugin.STU, c.programme("dk.test:STU").orElseThrow());
    assertEquals(4, c.programmes().size());
    assertEquals(TestPlugin.STU_FORM, c.instrument("dk.test:STU_FORM", 1).orElseThrow());
    assertEquals("Fritid", c.label(LifeArea.of("dk.test:LEISURE"), Labels.DANISH));
    assertEquals("Leisure", c.label(LifeArea.of("dk.test:LEISURE"), Labels.ENGLISH));
    assertTrue(c.lifeAreas().contains(LifeArea.of("dk.test:LEISURE")));
    // the SDK's own class path has no plugins: the standard catalogue is the built-in one
    assertEquals(3, Catalogue.standard().programmes().size());
    assertTrue(Catalogue.standard().programme("dk.test:STU").isEmpty());
    assertEquals("dk.test:LEISURE", LifeArea.of("dk.test:LEISURE").label(Labels.DANISH), "values know built-ins only");
  }

  @Test
  void open_codes_accept_namespaced_vendor_codes_and_reject_malformed_ones() {
    assertEquals(LifeArea.CRIME, LifeArea.of("CRIME"));
    assertTrue(LifeArea.of("dk.aarhus:LEISURE").isNamespaced());
    for (String bad : List.of("crime", "", "DK:X", "A-B", "X".repeat(101))) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LifeArea.of(bad), bad);
    }
  }
}
