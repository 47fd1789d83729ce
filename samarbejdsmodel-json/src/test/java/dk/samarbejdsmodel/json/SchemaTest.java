package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.SamGen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The published schemas equal the generated ones (in the jar and in docs/schema/), and every generated document
 * validates against them. Run with {@code -Dregenerate.docs=true} to write the files instead of comparing.
 */
class SchemaTest {

  private static final boolean REGENERATE = Boolean.getBoolean("regenerate.docs");
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path RESOURCES = MODULE.resolve("src/main/resources/" + JsonSchemas.RESOURCE_FOLDER);
  private static final Path DOCS = MODULE.resolve("../docs/schema").normalize();

  @Test
  void published_schemas_equal_the_generated_ones() throws IOException {
    for (DocumentKind<?> kind : DocumentKind.all()) {
      String generated = JsonSchemas.schemaText(kind);
      for (Path dir : new Path[] {RESOURCES, DOCS}) {
        Path file = dir.resolve(kind.schemaFileName());
        if (REGENERATE) {
          Files.createDirectories(dir);
          Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing; run the build with -Dregenerate.docs=true");
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8),
            file + " is out of date; run the build with -Dregenerate.docs=true");
      }
      if (REGENERATE) {
        continue; // the jar copy is refreshed by the next build
      }
      try (InputStream in = JsonSchemas.publishedSchema(kind).orElseThrow()) {
        assertEquals(generated, new String(in.readAllBytes(), StandardCharsets.UTF_8), "jar copy of " + kind);
      }
    }
  }

  @Test
  void personal_data_fields_are_marked() {
    JsonNode course = SamarbejdsmodelModule.toJackson(JsonSchemas.schema(DocumentKind.COURSE));
    JsonNode young = course.at("/$defs/YoungPerson/properties");
    for (String field : new String[] {"birthDate", "cpr", "name", "contact"}) {
      assertTrue(young.at("/" + field + "/x-personal-data").asBoolean(), field);
    }
    assertTrue(!young.at("/id/x-personal-data").asBoolean(), "ids are pseudonymous");
    assertTrue(course.at("/$defs/PrivatePerson/properties/name/x-personal-data").asBoolean());
    assertTrue(course.at("/$defs/Professional/properties/contact/x-personal-data").asBoolean());
    assertTrue(course.at("/$defs/NetworkCardEntry/properties/relation/x-personal-data").asBoolean());
    JsonNode form = SamarbejdsmodelModule.toJackson(JsonSchemas.schema(DocumentKind.GOAL_AGREEMENT_FORM));
    assertTrue(form.at("/properties/wishes/x-personal-data").asBoolean());
    assertTrue(form.at("/$defs/FormParticipant/properties/name/x-personal-data").asBoolean());
  }

  @Test
  void every_kind_has_envelope_and_extensions() {
    for (DocumentKind<?> kind : DocumentKind.all()) {
      JsonNode s = SamarbejdsmodelModule.toJackson(JsonSchemas.schema(kind));
      assertEquals(kind.wireName(), s.at("/properties/kind/const").asText());
      assertEquals("schemaVersion", s.at("/required/0").asText());
      assertEquals(false, s.at("/additionalProperties").asBoolean(true));
      assertTrue(s.at("/$defs/Extensions").isObject());
      assertEquals("https://json-schema.org/draft/2020-12/schema", s.at("/$schema").asText());
    }
  }

  @Test
  void generated_courses_validate() {
    qt().withExamples(60).forAll(SamGen.courses()).checkAssert(c -> {
      byte[] doc = SamJson.defaults().writer().write(DocumentKind.COURSE, c);
      assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.COURSE, doc));
      c.formRevisions().forEach(f -> assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.GOAL_AGREEMENT_FORM,
          SamJson.defaults().writer().write(DocumentKind.GOAL_AGREEMENT_FORM, f))));
      c.checklists().forEach(f -> assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.MEETING_CHECKLIST,
          SamJson.defaults().writer().write(DocumentKind.MEETING_CHECKLIST, f))));
      c.responses().forEach(f -> assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.DIALOGUE_RESPONSE,
          SamJson.defaults().writer().write(DocumentKind.DIALOGUE_RESPONSE, f))));
    });
  }

  @Test
  void generated_cohorts_programmes_and_instruments_validate() {
    qt().withExamples(20).forAll(SamGen.cohorts(3)).checkAssert(cs -> {
      Cohort cohort = new Cohort("x-1", LocalDate.of(2026, 2, 1), Optional.of("test"), cs);
      assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.COHORT,
          SamJson.defaults().writer().write(DocumentKind.COHORT, cohort)));
    });
    Catalogue.builtIn().programmes().forEach(p -> {
      assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.PROGRAMME,
          SamJson.defaults().writer().write(DocumentKind.PROGRAMME, p)), p.id());
      p.instruments().forEach(i -> assertEquals(java.util.Set.of(), Schemas.validate(DocumentKind.INSTRUMENT,
          SamJson.defaults().writer().write(DocumentKind.INSTRUMENT, i)), i.id()));
    });
  }
}
