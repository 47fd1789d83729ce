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

/** Core is the pure domain: no Jackson, no file, network or console I/O, no logging framework. */
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
}
