package dk.samarbejdsmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published jars work on the module path (issue 18): the SDK's jars and their run-time dependencies are
 * resolved as a module layer, the modules carry their stable names, the JSON reader runs inside the layer, and
 * the Jackson module is found through the layer's service binding. Runs in {@code verify} (failsafe), when the
 * reactor's jars exist; under {@code mvn test} it does not run at all.
 */
class ModulePathIT {

  /** The SDK's library jars and what they need at run time; test frameworks and bindings stay out. */
  private static final List<String> RUNTIME = List.of("samarbejdsmodel-core-", "samarbejdsmodel-json-", "jackson-",
      "slf4j-api-", "jspecify-", "commons-statistics-", "commons-numbers-", "commons-rng-", "commons-math3-");

  private static Path[] runtimeJars() {
    List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> RUNTIME.stream().anyMatch(prefix -> p.getFileName().toString().startsWith(prefix)))
        .collect(Collectors.toList());
    jars.forEach(j -> assertTrue(Files.isRegularFile(j), j + " must be a jar: run this test with mvn verify"));
    assertTrue(jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("samarbejdsmodel-json-")),
        "the json jar is on the test class path");
    return jars.toArray(Path[]::new);
  }

  @Test
  void sdk_jars_resolve_on_the_module_path_under_their_stable_names_and_read_a_document() throws Exception {
    ModuleFinder finder = ModuleFinder.of(runtimeJars());
    Set<String> names = finder.findAll().stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
    assertTrue(names.contains("dk.samarbejdsmodel.core"), names.toString());
    assertTrue(names.contains("dk.samarbejdsmodel.json"), names.toString());

    Configuration config = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), names);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("dk.samarbejdsmodel.json");

    Class<?> samJson = loader.loadClass("dk.samarbejdsmodel.json.SamJson");
    assertEquals("dk.samarbejdsmodel.json", samJson.getModule().getName());
    Object json = samJson.getMethod("defaults").invoke(null);
    assertFalse(json == null);

    // The json jar's META-INF/services entry becomes a provider of Jackson's Module inside the layer.
    @SuppressWarnings("unchecked")
    Class<Object> jacksonModule = (Class<Object>) loader.loadClass("com.fasterxml.jackson.databind.Module");
    List<String> providers = ServiceLoader.load(layer, jacksonModule).stream()
        .map(p -> p.type().getName()).collect(Collectors.toList());
    assertTrue(providers.stream().anyMatch(n -> n.startsWith("dk.samarbejdsmodel.json.")), providers.toString());

    for (ModuleReference ref : finder.findAll()) {
      if (ref.descriptor().name().startsWith("dk.samarbejdsmodel")) {
        assertTrue(ref.descriptor().isAutomatic() || !ref.descriptor().exports().isEmpty(), ref.descriptor().name());
      }
    }
  }
}
