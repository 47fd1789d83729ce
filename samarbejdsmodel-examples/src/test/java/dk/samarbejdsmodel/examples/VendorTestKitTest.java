package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.RandomCoursesSource;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A vendor's test, written as a vendor would: it depends on {@code samarbejdsmodel-testkit} in test scope and
 * sees only its own standard catalogue (here the built-ins plus this module's STU plugin) — no test programme,
 * rule or platform property comes with the test kit.
 */
class VendorTestKitTest {

  @ParameterizedTest
  @RandomCoursesSource(count = 12, seed = 100)
  void random_courses_from_the_test_kit_fit_the_vendors_catalogue_and_round_trip(Course course) {
    Catalogue catalogue = Catalogue.standard();
    assertEquals(List.of(), catalogue.check(course));
    SamJson json = SamJson.builder().catalogue(catalogue).build();
    byte[] bytes = json.writer().write(DocumentKind.COURSE, course);
    assertEquals(course, json.reader().read(bytes, DocumentKind.COURSE).orElseThrow());
  }

  @Test
  void the_standard_catalogue_is_the_vendors_own() {
    Catalogue standard = Catalogue.standard();
    assertEquals(List.of("AFTERCARE", "MENTAL_HEALTH", "HOMELESSNESS", "dk.aarhus:STU"),
        standard.programmes().stream().map(Programme::id).toList());
    assertEquals(Catalogue.builtIn().rules().rules().stream().map(Rule::code).toList(),
        standard.rules().rules().stream().map(Rule::code).toList());
    assertTrue(standard.programmes().stream().noneMatch(p -> p.id().startsWith("dk.test:")));
  }

  @Test
  void the_test_kit_ships_no_service_files_and_no_platform_properties() throws Exception {
    URL location = RandomCourses.class.getProtectionDomain().getCodeSource().getLocation();
    Path kit = Path.of(location.toURI());
    List<String> entries;
    if (Files.isDirectory(kit)) {
      try (var walk = Files.walk(kit)) {
        entries = walk.map(p -> kit.relativize(p).toString().replace('\\', '/')).toList();
      }
    } else {
      try (JarFile jar = new JarFile(kit.toFile())) {
        entries = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
      }
    }
    assertTrue(entries.stream().anyMatch(e -> e.endsWith("RandomCourses.class")), entries.toString());
    assertFalse(entries.stream().anyMatch(e -> e.startsWith("META-INF/services")), entries.toString());
    assertFalse(entries.stream().anyMatch(e -> e.endsWith("junit-platform.properties")), entries.toString());
    for (URL u : Collections.list(getClass().getClassLoader().getResources("junit-platform.properties"))) {
      assertFalse(u.toString().contains("testkit"), u.toString());
    }
  }
}
