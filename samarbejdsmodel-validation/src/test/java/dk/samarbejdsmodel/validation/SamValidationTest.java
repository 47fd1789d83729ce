package dk.samarbejdsmodel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadError;
import dk.samarbejdsmodel.json.SamJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SamValidationTest {

  static final Locale DA = Locale.forLanguageTag("da");
  static final ValidatorFactory DANISH = factory(DA);
  static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

  static ValidatorFactory factory(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure()
        .defaultLocale(locale)
        .addMapping(SamValidation.mapping())
        .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    DANISH.close();
    ENGLISH.close();
  }

  static String course() {
    try (InputStream in = SamValidationTest.class.getResourceAsStream("/course.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Ids(@SamId String id, @Cpr String cpr, @MunicipalityCode String municipality,
      @OpenCode(LifeArea.class) String lifeArea,
      @OpenCode(value = InformationCategory.class, builtInOnly = true) String category) {}

  record Upload(@ValidDocument(kind = DocumentType.COURSE) String body) {}

  record BytesUpload(@ValidDocument(kind = DocumentType.ANY) byte[] body) {}

  record ReadUpload(@ValidDocument(kind = DocumentType.COURSE) dk.samarbejdsmodel.json.ReadResult<?> body) {}

  record Wrapper(@SamValid(rules = true, minSeverity = Severity.WARNING) Course course) {}

  @SamValid
  record AgreementRequest(String id, String action, List<String> goalIds) implements SamSource<Agreement> {
    @Override
    public Agreement toSam() {
      Agreement.Builder b = Agreement.builder().action(action).addAllGoalIds(goalIds);
      if (id != null) {
        b.id(id);
      }
      return b.build();
    }
  }

  static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> set) {
    return set.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
  }

  @Test
  void singleValuesUseTheSdkChecks() {
    Validator v = ENGLISH.getValidator();
    assertTrue(v.validate(new Ids("g-1", "1403094321", "751", "dk.aarhus:LEISURE", "HEALTH")).isEmpty());
    assertTrue(v.validate(new Ids(null, null, null, null, null)).isEmpty());
    List<ConstraintViolation<Ids>> bad = sorted(v.validate(new Ids("0101011234", "3213xx", "75", "crime",
        "dk.x:OWN")));
    assertEquals(List.of("category", "cpr", "id", "lifeArea", "municipality"),
        bad.stream().map(x -> x.getPropertyPath().toString()).toList());
    bad.forEach(x -> assertEquals("INVALID_FORMAT", SamValidation.code(x).orElseThrow()));
    assertEquals("has an invalid format, expected a pseudonymous id, not a CPR number", bad.get(2).getMessage());
    ConstraintViolation<Ids> id = sorted(DANISH.getValidator().validate(new Ids("0101011234", null, null, null,
        null))).get(0);
    assertEquals("har et ugyldigt format, forventet et pseudonymt id, ikke et CPR-nummer", id.getMessage());
    assertEquals("{dk.samarbejdsmodel.structural.INVALID_FORMAT}", id.getMessageTemplate());
  }

  @Test
  void everyReadErrorIsOneViolationAtItsPointerInBothLanguages() {
    String broken = course()
        .replace("\"startDate\": \"2025-05-01\",", "\"startDate\": \"01-05-2025\",")
        .replace("\"coordinatorId\": \"p-koord\"", "\"coordinatorId\": \"p-nobody\"")
        .replace("\"id\": \"c-1001\",", "\"id\": \"c-1001\", \"colour\": \"blue\",");
    List<ReadError> sdk = SamJson.defaults().reader().read(broken, DocumentKind.COURSE).errors();
    assertTrue(sdk.size() >= 2, sdk.toString());
    List<ConstraintViolation<Upload>> en = sorted(ENGLISH.getValidator().validate(new Upload(broken)));
    List<ConstraintViolation<Upload>> da = sorted(DANISH.getValidator().validate(new Upload(broken)));
    assertEquals(sdk.size(), en.size());
    List<ReadError> bySdk = sdk.stream().sorted(Comparator.comparing(ReadError::pointer)).toList();
    for (int i = 0; i < en.size(); i++) {
      ReadError e = bySdk.get(i);
      assertEquals("body." + e.pointer(), en.get(i).getPropertyPath().toString());
      assertEquals(e.code().name(), SamValidation.code(en.get(i)).orElseThrow());
      assertEquals("{dk.samarbejdsmodel.document." + e.code() + "}", en.get(i).getMessageTemplate());
      assertEquals(e.messageEn(), en.get(i).getMessage());
      assertEquals(e.messageDa(), da.get(i).getMessage());
      Problem p = SamValidation.problem(da.get(i)).orElseThrow();
      assertEquals(e.pointer(), p.where());
      assertNull(null);
    }
    assertTrue(ENGLISH.getValidator().validate(new Upload(course())).isEmpty());
    assertTrue(ENGLISH.getValidator().validate(new BytesUpload(course().getBytes(StandardCharsets.UTF_8)))
        .isEmpty());
    List<ConstraintViolation<BytesUpload>> whole = sorted(ENGLISH.getValidator()
        .validate(new BytesUpload("[1]".getBytes(StandardCharsets.UTF_8))));
    assertEquals("body", whole.get(0).getPropertyPath().toString());
    assertEquals("NOT_AN_OBJECT", SamValidation.code(whole.get(0)).orElseThrow());
  }

  @Test
  void aResultReadAlreadyIsReportedWithoutReadingItAgain() {
    String broken = course().replace("\"startDate\": \"2025-05-01\",", "\"startDate\": \"01-05-2025\",");
    var read = SamJson.defaults().reader().read(broken, DocumentKind.COURSE);
    List<ConstraintViolation<ReadUpload>> v = sorted(DANISH.getValidator().validate(new ReadUpload(read)));
    assertEquals(read.errors().size(), v.size());
    ReadError first = read.errors().stream().min(Comparator.comparing(ReadError::pointer)).orElseThrow();
    assertEquals("body." + first.pointer(), v.get(0).getPropertyPath().toString());
    assertEquals(first.messageDa(), v.get(0).getMessage());
    assertEquals(first.code().name(), SamValidation.code(v.get(0)).orElseThrow());
    assertTrue(ENGLISH.getValidator().validate(new ReadUpload(SamJson.defaults().reader().read(course().getBytes(StandardCharsets.UTF_8)))).isEmpty());

    // a valid document of another kind is the reader's WRONG_KIND at /kind
    String cohort = "{\"schemaVersion\":\"1.0\",\"kind\":\"cohort\",\"id\":\"k-1\",\"extractedAt\":\"2025-01-01\","
        + "\"courses\":[]}";
    var other = SamJson.defaults().reader().read(cohort.getBytes(StandardCharsets.UTF_8));
    assertTrue(other.isValid(), other.errors().toString());
    ConstraintViolation<ReadUpload> kind = ENGLISH.getValidator().validate(new ReadUpload(other)).iterator().next();
    assertEquals("body./kind", kind.getPropertyPath().toString());
    assertEquals("WRONG_KIND", SamValidation.code(kind).orElseThrow());
  }

  @Test
  void aVendorSourceReportsTheBuildersViolationsWithSameCodesAndPaths() {
    AgreementRequest request = new AgreementRequest("a-1", " ", List.of());
    StructuralViolationException sdk = null;
    try {
      request.toSam();
    } catch (StructuralViolationException e) {
      sdk = e;
    }
    List<String> expected = sdk.violations().stream().map(x -> x.path() + " " + x.code()).sorted().toList();
    Set<ConstraintViolation<AgreementRequest>> found = ENGLISH.getValidator().validate(request);
    assertEquals(expected, found.stream()
        .map(x -> x.getPropertyPath() + " " + SamValidation.code(x).orElseThrow()).sorted().toList());
    Set<String> danish = DANISH.getValidator().validate(request).stream().map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
    assertEquals(sdk.violations().stream().map(x -> x.message(DA)).collect(Collectors.toSet()), danish);
    // a missing required builder field is a REQUIRED violation, not a 500
    List<ConstraintViolation<AgreementRequest>> missing = sorted(ENGLISH.getValidator()
        .validate(new AgreementRequest(null, "Ring", List.of("g-1"))));
    assertTrue(missing.stream().anyMatch(x -> x.getPropertyPath().toString().equals("id")
        && SamValidation.code(x).orElseThrow().equals("REQUIRED")), missing.toString());
  }

  @Test
  void validatingACourseGivesTheRuleEvaluatorsFindings() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    Course course = java.util.stream.LongStream.range(1, 500).mapToObj(RandomCourses::course)
        .filter(c -> dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(c, day).stream().anyMatch(f -> f.severity() == Severity.ERROR))
        .findFirst().orElseThrow();
    Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
        .clockProvider(() -> clock).addMapping(SamValidation.mapping()).buildValidatorFactory();
    try (f) {
      List<Finding> findings = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, day);
      List<String> errors = findings.stream().filter(x -> x.severity() == Severity.ERROR)
          .map(x -> x.path() + " " + x.code()).sorted().toList();
      assertFalse(errors.isEmpty(), findings.toString());
      assertEquals(errors, f.getValidator().validate(course).stream()
          .map(x -> x.getPropertyPath() + " " + SamValidation.code(x).orElseThrow()).sorted().toList());
      List<String> warnings = findings.stream().filter(x -> x.severity() != Severity.INFO)
          .map(x -> "course" + (x.path().isEmpty() ? "" : "." + x.path()) + " " + x.code()).sorted().toList();
      assertEquals(warnings, f.getValidator().validate(new Wrapper(course)).stream()
          .map(x -> x.getPropertyPath() + " " + SamValidation.code(x).orElseThrow()).sorted().toList());
    }
  }

  @Test
  void aStructuralExceptionTranslates() {
    try {
      new AgreementRequest("a-1", " ", List.of()).toSam();
    } catch (StructuralViolationException e) {
      ConstraintViolationException c = SamValidation.translate(e, DA);
      assertEquals(e.violations().size(), c.getConstraintViolations().size());
      for (ConstraintViolation<?> v : c.getConstraintViolations()) {
        Problem p = SamValidation.problem(v).orElseThrow();
        assertEquals(p.messageDa(), v.getMessage());
        assertEquals("{dk.samarbejdsmodel.structural." + p.code() + "}", v.getMessageTemplate());
        assertEquals(p.code(), SamValidation.code(v).orElseThrow());
        assertNull(v.getInvalidValue());
      }
      return;
    }
    throw new AssertionError("expected a structural violation");
  }

  @Test
  void idsInMessagesAreNeverInterpreted() {
    record Ref(String goal) implements SamSource<Agreement> {
      @Override
      public Agreement toSam() {
        throw new StructuralViolationException("Agreement", List.of(dk.samarbejdsmodel.core.Violation.of(
            "goalIds[0]", dk.samarbejdsmodel.core.StructuralCode.UNKNOWN_REFERENCE, goal)));
      }
    }
    @SamValid
    record Holder(@SamValid Ref ref) {}
    ConstraintViolation<Holder> v = ENGLISH.getValidator().validate(new Holder(new Ref("${1+1}{messageDa}\\x")))
        .iterator().next();
    // Messages never quote the id (issue 20), and an id that looks like an expression is never interpreted.
    assertEquals("refers to an id that does not exist", v.getMessage());
  }
}
