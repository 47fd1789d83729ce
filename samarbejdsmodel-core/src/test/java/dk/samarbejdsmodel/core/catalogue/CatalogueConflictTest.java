package dk.samarbejdsmodel.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleProvider;
import dk.samarbejdsmodel.core.rules.SimpleRule;
import dk.samarbejdsmodel.core.rules.TestRules;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 21: a plugin set's conflicts are reported when the catalogue is built, all at once, naming both sources. */
class CatalogueConflictTest {

  /** A plugin whose programme reuses a built-in id with a looser consent policy. */
  static final class Impostor implements ProgrammeProvider {
    @Override
    public List<Programme> programmes() {
      return List.of(Programme.builder().from(Programmes.MENTAL_HEALTH)
          .consentPolicy(ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON).build());
    }
  }

  /** A plugin with a programme whose settings name a rule nobody has, and a rule that reuses a code. */
  static final class Sloppy implements ProgrammeProvider, RuleProvider {
    @Override
    public List<Programme> programmes() {
      return List.of(Programme.builder().from(Programmes.AFTERCARE).id("dk.test:SLOPPY")
          .addDisabledRules("R-MEET-99").putSeverityOverride("dk.test:NOPE-01", Severity.INFO).build());
    }

    @Override
    public List<Rule> rules() {
      return List.of(SimpleRule.builder("dk.test:R-ADULT-01", "dk.test:ADULT-01").messages("a", "b")
          .course((c, d, out) -> { }).build());
    }
  }

  /** Two policies with one code that differ. */
  record Strict() implements ConsentPolicy {
    @Override
    public String code() {
      return "dk.test:POLICY";
    }

    @Override
    public Set<SignatoryKind> requiredSignatures(int age) {
      return Set.of(SignatoryKind.YOUNG_PERSON, SignatoryKind.CUSTODY_HOLDER);
    }
  }

  record Loose() implements ConsentPolicy {
    @Override
    public String code() {
      return "dk.test:POLICY";
    }

    @Override
    public Set<SignatoryKind> requiredSignatures(int age) {
      return Set.of();
    }
  }

  @Test
  void a_plugin_cannot_replace_a_built_in_programme() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addPlugin(new Impostor()).build());
    assertTrue(e.getMessage().contains("two programmes have the id MENTAL_HEALTH: the SDK and "
        + Impostor.class.getName()), e.getMessage());
    IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addPlugin(new Impostor()).build());
    assertTrue(alone.getMessage().contains("is not the built-in programme"), alone.getMessage());
  }

  @Test
  void every_conflict_is_reported_at_once_naming_both_sources() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addPlugin(new TestRules()).addPlugin(new Sloppy()).build());
    String m = e.getMessage();
    assertTrue(m.contains("two rules have the code dk.test:ADULT-01: " + TestRules.class.getName()), m);
    assertTrue(m.contains(Sloppy.class.getName()), m);
    IllegalArgumentException settings = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addProgramme(new Sloppy().programmes().get(0)).build());
    assertTrue(settings.getMessage().contains("R-MEET-99"), settings.getMessage());
    assertTrue(settings.getMessage().contains("severityOverrides.dk.test:NOPE-01"), settings.getMessage());
  }

  @Test
  void two_consent_policies_with_one_code_conflict() {
    Programme a = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:A").consentPolicy(new Strict()).build();
    Programme b = Programme.builder().from(Programmes.AFTERCARE).id("dk.test:B").consentPolicy(new Loose()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addProgramme(a).addProgramme(b).build());
    assertTrue(e.getMessage().contains("two consent policies have the code dk.test:POLICY"), e.getMessage());
    Programme a2 = Programme.builder().from(a).id("dk.test:A2").build();
    assertEquals(4 + 1, Catalogue.builder().addBuiltIns().addProgramme(a).addProgramme(a2).build().programmes()
        .size(), "the same policy in two programmes is fine");
  }

  @Test
  void a_provider_that_fails_is_named() {
    ProgrammeProvider broken = () -> {
      throw new IllegalStateException("vendor bug");
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().addPlugin(broken));
    assertTrue(e.getMessage().contains("failed to provide its programmes (IllegalStateException)"), e.getMessage());
  }
}
