package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.SimpleRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a programme document is checked against the reader's catalogue when it is read, not only when the
 * programme later joins a catalogue — rule settings naming no rule, a redefined built-in, an instrument that
 * conflicts with the catalogue's — each with its JSON Pointer.
 */
class ProgrammeDocumentCheckTest {

  static final SamJson JSON = SamJson.builder().catalogue(Catalogue.builtIn()).build();

  static List<String> errors(ReadResult<?> r) {
    return r.errors().stream().map(e -> e.pointer() + " " + e.code()).toList();
  }

  static byte[] write(Programme p) {
    return JSON.writer().write(DocumentKind.PROGRAMME, p);
  }

  @Test
  void rule_settings_that_name_no_rule_are_refused_at_their_pointer() {
    Programme typo = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:TYPO")
        .addDisabledRules("R-MEET-04", "R-MEET-99").putSeverityOverride("dk.test:NOPE-01", Severity.INFO)
        .putSeverityOverride("R-GOAL-03", Severity.INFO).build();
    ReadResult<Programme> r = JSON.reader().read(write(typo), DocumentKind.PROGRAMME);
    assertEquals(List.of("/disabledRules/1 UNKNOWN_REFERENCE", "/severityOverrides/dk.test:NOPE-01 UNKNOWN_REFERENCE"),
        errors(r));
    // a reader whose catalogue has the vendor rule knows it; the typo stays a typo
    Catalogue withRule = Catalogue.builder().addBuiltIns().addRule(SimpleRule.builder("dk.test:R-NOPE-01",
        "dk.test:NOPE-01").messages("a", "b").course((c, d, out) -> { }).build()).build();
    assertEquals(List.of("/disabledRules/1 UNKNOWN_REFERENCE"),
        errors(SamJson.builder().catalogue(withRule).build().reader().read(write(typo), DocumentKind.PROGRAMME)));
    Programme fixed = Programme.builder().from(typo).disabledRules(List.of("R-MEET-04")).build();
    assertEquals(fixed, SamJson.builder().catalogue(withRule).build().reader().read(write(fixed),
        DocumentKind.PROGRAMME).orElseThrow());
  }

  @Test
  void the_catalogues_programmes_and_instruments_read_back_and_conflicting_ones_do_not() {
    for (Programme p : Catalogue.builtIn().programmes()) {
      assertEquals(p, JSON.reader().read(write(p), DocumentKind.PROGRAMME).orElseThrow());
    }
    Instrument otherForm = Instrument.builder().from(Instruments.DIALOGUE_FORM).nameEn("Another form").build();
    Programme ownForm = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:OWN_FORM")
        .instruments(List.of(otherForm)).build();
    assertEquals(List.of("/instruments/0 INCONSISTENT"),
        errors(JSON.reader().read(write(ownForm), DocumentKind.PROGRAMME)));
    ReadResult<Instrument> instrument = JSON.reader().read(JSON.writer().write(DocumentKind.INSTRUMENT, otherForm),
        DocumentKind.INSTRUMENT);
    assertEquals(List.of("/version INCONSISTENT"), errors(instrument));
    assertTrue(instrument.errors().get(0).messageEn().contains("raise the version"), instrument.toString());
  }

  @Test
  void a_programme_the_catalogue_holds_in_another_version_is_refused() {
    Programme stu = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.test:STU").build();
    SamJson json = SamJson.builder().catalogue(Catalogue.builder().addBuiltIns().addProgramme(stu).build()).build();
    assertEquals(stu, json.reader().read(write(stu), DocumentKind.PROGRAMME).orElseThrow());
    Programme stu2 = Programme.builder().from(stu).version(2).build();
    assertEquals(List.of("/id INCONSISTENT"), errors(json.reader().read(write(stu2), DocumentKind.PROGRAMME)));
  }
}
