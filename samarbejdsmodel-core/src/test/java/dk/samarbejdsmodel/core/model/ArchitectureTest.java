package dk.samarbejdsmodel.core.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Core is the pure domain: no Jackson, no file, network or console I/O, no logging framework; no value finds
 * anything through a static, ServiceLoader-backed registry.
 */
class ArchitectureTest {

  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.samarbejdsmodel.core");

  @Test
  void core_does_not_depend_on_jackson() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..").check(CORE);
  }

  @Test
  void core_does_no_io() {
    noClasses().should().dependOnClassesThat(
        resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
            .or(resideInAPackage("java.io")
                .and(not(belongToAnyOf(Serializable.class, UncheckedIOException.class, IOException.class)))))
        .check(CORE);
  }

  @Test
  void core_does_not_log_or_print() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(CORE);
  }

  /** The packages of value types (the model): they check only what lies inside themselves. */
  static final String[] MODEL = {"dk.samarbejdsmodel.core", "dk.samarbejdsmodel.core.consent..",
      "dk.samarbejdsmodel.core.course..", "dk.samarbejdsmodel.core.housing..", "dk.samarbejdsmodel.core.instrument..",
      "dk.samarbejdsmodel.core.leadergroup..", "dk.samarbejdsmodel.core.meeting..", "dk.samarbejdsmodel.core.people..",
      "dk.samarbejdsmodel.core.programme..", "dk.samarbejdsmodel.core.tools.."};

  @Test
  void only_the_catalogue_runs_the_service_loader() {
    noClasses().that().resideOutsideOfPackage("dk.samarbejdsmodel.core.catalogue..")
        .should().dependOnClassesThat().belongToAnyOf(java.util.ServiceLoader.class)
        .because("plugins are found once, by Catalogue.standard(), and handed in explicitly")
        .check(CORE);
  }

  @Test
  void no_value_type_depends_on_the_catalogue() {
    noClasses().that().resideInAnyPackage(MODEL)
        .should().dependOnClassesThat().resideInAPackage("dk.samarbejdsmodel.core.catalogue..")
        .because("values check only what lies inside themselves; catalogue.check(...) does the rest")
        .check(CORE);
  }

  @Test
  void nothing_in_core_reaches_for_the_standard_catalogue() {
    noClasses().that().resideOutsideOfPackage("dk.samarbejdsmodel.core.catalogue..")
        .should().callMethod(dk.samarbejdsmodel.core.catalogue.Catalogue.class, "standard")
        .orShould().callMethod(dk.samarbejdsmodel.core.catalogue.Catalogue.class, "standard", ClassLoader.class)
        .because("a catalogue is handed in, as java.time is handed a Clock")
        .check(CORE);
  }

  @Test
  void the_statistics_do_not_depend_on_the_measures_or_the_report() {
    noClasses().that().resideInAPackage("dk.samarbejdsmodel.core.outcome.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.samarbejdsmodel.core.outcome",
            "dk.samarbejdsmodel.core.outcome.report..", "dk.samarbejdsmodel.core.outcome.columnar..")
        .because("Share, Mean, the tests and the intervals are plain statistics: the measures and the report "
            + "use them, never the other way round (docs/outcomes.md)")
        .check(CORE);
  }

  @Test
  void one_locale_test() {
    noClasses().that().doNotHaveFullyQualifiedName(dk.samarbejdsmodel.core.Labels.class.getName())
        .should().callMethod(java.util.Locale.class, "getLanguage")
        .because("Labels.isDanish(locale) is the SDK's one locale test, and Text the one bilingual text")
        .check(CORE);
  }
}
