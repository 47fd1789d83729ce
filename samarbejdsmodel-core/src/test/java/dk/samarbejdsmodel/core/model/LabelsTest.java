package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every code — every constant of every public enum and every built-in open code — has Danish and English labels. */
class LabelsTest {

  /** Enums whose constants are not user-facing codes (they carry their own message templates). */
  static final Set<String> NOT_CODES = Set.of("StructuralCode", "Reason");

  static List<String> missing(Locale locale) throws Exception {
    List<String> missing = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dk.samarbejdsmodel.core")) {
      Class<?> type = Class.forName(c.getName());
      if (!Modifier.isPublic(type.getModifiers()) || NOT_CODES.contains(type.getSimpleName())) {
        continue;
      }
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          String code = ((Enum<?>) constant).name();
          if (Labels.find(type.getSimpleName(), code, locale).isEmpty()) {
            missing.add(type.getSimpleName() + "." + code);
          }
        }
      } else if (OpenCode.class.isAssignableFrom(type) && type != OpenCode.class) {
        Method builtIns = type.getMethod("builtIns");
        for (Object code : (List<?>) builtIns.invoke(null)) {
          if (Labels.find(type.getSimpleName(), code.toString(), locale).isEmpty()) {
            missing.add(type.getSimpleName() + "." + code);
          }
        }
      }
    }
    for (Programme p : Catalogue.builtIn().programmes()) {
      if (Labels.find("Programme", p.id(), locale).isEmpty()) {
        missing.add("Programme." + p.id());
      }
    }
    return missing;
  }

  @Test
  void every_code_has_a_danish_label() throws Exception {
    List<String> missing = missing(Labels.DANISH);
    assertTrue(missing.isEmpty(), () -> "missing Danish labels: " + missing);
  }

  @Test
  void every_code_has_an_english_label() throws Exception {
    List<String> missing = missing(Labels.ENGLISH);
    assertTrue(missing.isEmpty(), () -> "missing English labels: " + missing);
  }

  @Test
  void labels_are_looked_up_by_type_and_code_in_both_languages() {
    assertEquals("Kriminalitet", LifeArea.CRIME.label(Labels.DANISH));
    assertEquals("Crime", LifeArea.CRIME.label(Labels.ENGLISH));
    assertEquals("Blev den unge hørt?", Labels.label(ChecklistItem.YOUNG_PERSON_HEARD, Labels.DANISH));
    assertEquals(ChecklistItem.YOUNG_PERSON_HEARD.questionDa(),
        Labels.label(ChecklistItem.YOUNG_PERSON_HEARD, Labels.DANISH));
  }

  @Test
  void an_unknown_vendor_code_falls_back_to_its_code() {
    assertEquals("dk.test:UNLABELLED", LifeArea.of("dk.test:UNLABELLED").label(Labels.DANISH));
  }
}
