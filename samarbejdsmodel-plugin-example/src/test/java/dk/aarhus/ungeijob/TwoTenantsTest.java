package dk.aarhus.ungeijob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.aarhus.ungeijob.fork.ForkedPlugin;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two tenants in one JVM with conflicting plugin sets: Aarhus's plugin and a fork of it that reuses the programme
 * id and the rule code. Each tenant's plugins sit in their own class loader (as an application server loads a
 * tenant's jars); each tenant gets its own catalogue, and both work side by side. Loading both into one catalogue
 * is refused when the catalogue is built, naming both sources.
 */
class TwoTenantsTest {

  static final LocalDate D = LocalDate.of(2026, 4, 1);

  /**
   * The host's shared class loader: the SDK and plugin classes, but no plugin registrations — in an application
   * server the tenants' jars, with their META-INF/services files, live in child loaders.
   */
  static ClassLoader shared() {
    return new ClassLoader(TwoTenantsTest.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith("META-INF/services/dk.samarbejdsmodel.") ? Collections.emptyEnumeration()
            : super.getResources(name);
      }
    };
  }

  /** A tenant's class loader: its own META-INF/services, below the shared loader. */
  static ClassLoader tenant(String name) {
    return new URLClassLoader(new URL[] {TwoTenantsTest.class.getResource("/tenants/" + name + "/")}, shared());
  }

  static Catalogue catalogueOf(String tenant) {
    return Catalogue.builder().addBuiltIns().discover(tenant(tenant)).build();
  }

  @Test
  void two_tenants_with_conflicting_plugins_work_side_by_side() throws Exception {
    Catalogue aarhus = catalogueOf("aarhus");
    Catalogue fork = catalogueOf("fork");
    String id = UngeIJob.PROGRAMME.id();
    assertEquals(2, aarhus.programme(id).orElseThrow().version());
    assertEquals(1, fork.programme(id).orElseThrow().version());
    assertEquals("Fritid", aarhus.label(UngeIJob.LEISURE, Labels.DANISH));
    assertEquals(UngeIJob.LEISURE.code(), fork.label(UngeIJob.LEISURE, Labels.DANISH), "the fork has no labels");

    // one course document, read and evaluated by each tenant in parallel
    byte[] document = SamJson.builder().catalogue(aarhus).build().writer().write(DocumentKind.COURSE,
        Courses.course());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Finding>> a = pool.submit(() -> evaluate(aarhus, document));
      Future<List<Finding>> f = pool.submit(() -> evaluate(fork, document));
      Finding aarhusFinding = a.get().stream().filter(x -> x.code().equals("dk.aarhus:JOB-01")).findFirst()
          .orElseThrow();
      assertEquals(dk.samarbejdsmodel.core.Severity.WARNING, aarhusFinding.severity());
      assertFalse(f.get().stream().anyMatch(x -> x.code().equals("dk.aarhus:JOB-01")),
          "the fork's rule (3 months, any team member) is satisfied by the mentor");
    } finally {
      pool.shutdown();
    }
  }

  static List<Finding> evaluate(Catalogue catalogue, byte[] document) {
    Course c = SamJson.builder().catalogue(catalogue).build().reader()
        .read(document, DocumentKind.COURSE).orElseThrow();
    return catalogue.evaluator().evaluate(c, D);
  }

  @Test
  void one_catalogue_with_both_plugin_sets_is_refused_naming_both_sources() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.builder().addBuiltIns().discover(tenant("aarhus")).discover(tenant("fork")).build());
    String m = e.getMessage();
    assertTrue(m.contains("two programmes have the id dk.aarhus:UNGE_I_JOB"), m);
    assertTrue(m.contains("two rules have the code dk.aarhus:JOB-01"), m);
    assertTrue(m.contains(UngeIJobPlugin.class.getName()) && m.contains(ForkedPlugin.class.getName()), m);
    // a child loader sees its parent's plugins too: the fork installed below Aarhus conflicts the same way
    ClassLoader below = new URLClassLoader(new URL[] {TwoTenantsTest.class.getResource("/tenants/fork/")},
        tenant("aarhus"));
    assertThrows(IllegalArgumentException.class, () -> Catalogue.builder().addBuiltIns().discover(below).build());
  }

  @Test
  void the_class_path_plugin_is_in_the_standard_catalogue() {
    assertTrue(Catalogue.standard().programme(UngeIJob.PROGRAMME.id()).isPresent());
    assertTrue(Catalogue.standard().rules().byCode("dk.aarhus:JOB-01").isPresent());
  }
}
