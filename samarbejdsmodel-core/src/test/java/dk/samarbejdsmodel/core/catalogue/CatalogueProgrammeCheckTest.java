package dk.samarbejdsmodel.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a programme (or instrument) on its own — read from a document or built by hand — is checked against a
 * catalogue's rules and content before it joins one, with the same findings {@code Catalogue.build()} reports.
 */
class CatalogueProgrammeCheckTest {

  static final Catalogue BUILT_IN = Catalogue.builtIn();

  static List<String> problems(List<Violation> vs) {
    return vs.stream().map(v -> v.path() + " " + v.code()).toList();
  }

  @Test
  void the_catalogues_own_programmes_and_a_clean_vendor_programme_fit() {
    BUILT_IN.programmes().forEach(p -> assertEquals(List.of(), BUILT_IN.check(p), p.id()));
    Programme stu = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.test:STU")
        .addDisabledRules("R-MEET-04", "SAM-3032").putSeverityOverride("R-GOAL-03", Severity.INFO).build();
    assertSame(stu, BUILT_IN.requireFits(stu));
  }

  @Test
  void rule_settings_that_name_no_rule_are_reported_at_their_place() {
    Programme typo = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:TYPO")
        .addDisabledRules("R-MEET-04", "R-MEET-99").putSeverityOverride("dk.test:NOPE-01", Severity.INFO)
        .putSeverityOverride("R-GOAL-03", Severity.INFO).build();
    assertEquals(List.of("disabledRules[1] UNKNOWN_REFERENCE", "severityOverrides.dk.test:NOPE-01 UNKNOWN_REFERENCE"),
        problems(BUILT_IN.check(typo)));
    StructuralViolationException e = assertThrows(StructuralViolationException.class, () -> BUILT_IN.requireFits(typo));
    assertEquals(2, e.violations().size());
    // a catalogue with the plugin rule knows it
    Catalogue withRule = Catalogue.builder().addBuiltIns().addRule(dk.samarbejdsmodel.core.rules.SimpleRule
        .builder("dk.test:R-NOPE-01", "dk.test:NOPE-01").messages("a", "b").course((c, d, out) -> { }).build())
        .build();
    assertEquals(List.of("disabledRules[1] UNKNOWN_REFERENCE"), problems(withRule.check(typo)));
  }

  @Test
  void a_redefined_built_in_or_an_id_the_catalogue_holds_otherwise_is_reported() {
    Programme looser = Programme.builder().from(Programmes.MENTAL_HEALTH)
        .consentPolicy(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON).build();
    List<Violation> found = BUILT_IN.check(looser);
    assertEquals(List.of("id INVALID_FORMAT", "id INCONSISTENT"), problems(found));
    assertTrue(found.get(0).message(Labels.ENGLISH).contains("dk.aarhus:MENTAL_HEALTH"), found.get(0).toString());
    assertTrue(found.get(0).message(Labels.DANISH).contains("navnerum"), found.get(0).message(Labels.DANISH));

    Programme stu = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.test:STU").build();
    Catalogue withStu = Catalogue.builder().addBuiltIns().addProgramme(stu).build();
    assertEquals(List.of(), withStu.check(stu));
    Programme stu2 = Programme.builder().from(stu).version(2).minStartAge(16).build();
    List<Violation> second = withStu.check(stu2);
    assertEquals(List.of("id INCONSISTENT"), problems(second));
    assertTrue(second.get(0).message(Labels.ENGLISH).contains("version 1"), second.get(0).toString());
    assertTrue(second.get(0).message(Labels.DANISH).startsWith("er inkonsistent: kataloget har allerede"),
        second.get(0).message(Labels.DANISH));
  }

  @Test
  void a_consent_policy_or_instrument_conflict_is_reported() {
    Programme strict = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:A")
        .consentPolicy(new CatalogueConflictTest.Strict()).build();
    Programme loose = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:B")
        .consentPolicy(new CatalogueConflictTest.Loose()).build();
    Catalogue catalogue = Catalogue.builder().addBuiltIns().addProgramme(strict).build();
    assertEquals(List.of("consentPolicy INCONSISTENT"), problems(catalogue.check(loose)));

    Instrument otherForm = Instrument.builder().from(Instruments.DIALOGUE_FORM).nameEn("Another form").build();
    Programme ownForm = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:OWN_FORM")
        .instruments(List.of(otherForm)).build();
    List<Violation> found = BUILT_IN.check(ownForm);
    assertEquals(List.of("instruments[0] INCONSISTENT"), problems(found));
    assertTrue(found.get(0).message(Labels.DANISH).contains("hæv versionen"), found.get(0).message(Labels.DANISH));
    assertEquals(List.of("version INCONSISTENT"), problems(BUILT_IN.check(otherForm)));
    assertEquals(List.of(), BUILT_IN.check(Instruments.DIALOGUE_FORM));
    // the same conflict is what build() refuses
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addProgramme(ownForm).build());
    assertTrue(e.getMessage().contains("two instruments have the id DIALOGUE_FORM version 1 but differ: the SDK and "
        + "programme dk.test:OWN_FORM"), e.getMessage());
  }
}
