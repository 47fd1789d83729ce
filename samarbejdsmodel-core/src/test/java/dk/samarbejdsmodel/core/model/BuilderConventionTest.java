package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.samarbejdsmodel.core.people.PersonName;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One builder convention: every value type of the core (each abstract type with a generated {@code ImmutableX})
 * offers {@code X.builder()} returning its own {@code X.Builder}, whose {@code build()} reports every structural
 * problem at once. Types may add {@code of(...)} shortcuts beside it, never instead of it.
 */
class BuilderConventionTest {

  @Test
  void every_value_type_has_its_own_builder() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("dk.samarbejdsmodel.core")) {
      if (!c.getSimpleName().startsWith("Immutable") || c.isNestedClass()) {
        continue;
      }
      String valueName = c.getPackageName() + "." + c.getSimpleName().substring("Immutable".length());
      Class<?> value;
      try {
        value = Class.forName(valueName);
      } catch (ClassNotFoundException e) {
        continue; // an Immutable… of a nested value type is named differently; none exist today
      }
      checked++;
      Class<?> builder = nested(value, "Builder");
      Method factory = factory(value);
      if (builder == null || factory == null || factory.getReturnType() != builder
          || !Modifier.isPublic(builder.getModifiers())) {
        missing.add(value.getName());
      }
    }
    assertTrue(checked > 60, "value types found: " + checked);
    assertEquals(List.of(), missing, "value types without X.builder() returning X.Builder");
  }

  @Test
  void a_shortcut_and_the_builder_give_the_same_value() {
    assertEquals(PersonName.of("Sara", "Nielsen"),
        PersonName.builder().givenName("Sara").familyName("Nielsen").build());
  }

  private static Class<?> nested(Class<?> type, String name) {
    for (Class<?> n : type.getDeclaredClasses()) {
      if (n.getSimpleName().equals(name)) {
        return n;
      }
    }
    return null;
  }

  private static Method factory(Class<?> type) {
    try {
      Method m = type.getDeclaredMethod("builder");
      return Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
