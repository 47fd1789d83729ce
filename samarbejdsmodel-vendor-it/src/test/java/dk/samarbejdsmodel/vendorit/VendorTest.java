package dk.samarbejdsmodel.vendorit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadError;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import dk.samarbejdsmodel.json3.SamarbejdsmodelJackson3Module;
import dk.samarbejdsmodel.validation.DocumentType;
import dk.samarbejdsmodel.validation.Problem;
import dk.samarbejdsmodel.validation.SamValidation;
import dk.samarbejdsmodel.validation.ValidDocument;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The "done when", played as a vendor would: only the documented lines configure the mappers and the
 * validator factory (docs/getting-started.md, sections 8 and 9).
 */
class VendorTest {

  /** The vendor's request body. */
  record CourseUpload(@ValidDocument(kind = DocumentType.COURSE) String body) {}

  /** What the vendor's endpoint returns. */
  record Review(Course course, List<Finding> findings, List<DueItem> due, FormShare teamShare) {}

  static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

  // the documented lines
  static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new SamarbejdsmodelModule());
  static final tools.jackson.databind.json.JsonMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().addModule(new SamarbejdsmodelJackson3Module()).build();

  static ValidatorFactory validation(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale)
        .addMapping(SamValidation.mapping()).buildValidatorFactory();
  }

  static String document() throws IOException {
    return resource("/course.json");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = VendorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyStructuralProblemIsAViolationWithPointerAndCodeInDanishAndEnglish() throws IOException {
    String broken = document()
        .replace("\"startDate\": \"2025-05-01\"", "\"startDate\": \"01-05-2025\"")
        .replace("\"sector\": \"UU\"}", "\"sector\": \"UU\", \"colour\": \"blue\"}")
        .replace("\"attended\": true, \"active\": true}, {\"personId\": \"p-uu\"",
            "\"attended\": false, \"active\": true}, {\"personId\": \"p-uu\"");
    List<ReadError> expected = SamJson.defaults().reader().read(broken, DocumentKind.COURSE).errors().stream()
        .sorted(Comparator.comparing(ReadError::pointer)).toList();
    assertEquals(3, expected.size(), expected.toString());
    try (ValidatorFactory da = validation(Locale.forLanguageTag("da"));
        ValidatorFactory en = validation(Locale.ENGLISH)) {
      List<ConstraintViolation<CourseUpload>> danish = sorted(da.getValidator().validate(new CourseUpload(broken)));
      List<ConstraintViolation<CourseUpload>> english = sorted(en.getValidator().validate(new CourseUpload(broken)));
      assertEquals(expected.size(), danish.size());
      for (int i = 0; i < expected.size(); i++) {
        ReadError e = expected.get(i);
        assertEquals("body." + e.pointer(), danish.get(i).getPropertyPath().toString());
        assertEquals(e.code().name(), SamValidation.code(danish.get(i)).orElseThrow());
        assertEquals(e.messageDa(), danish.get(i).getMessage());
        assertEquals(e.messageEn(), english.get(i).getMessage());
        Problem p = SamValidation.problem(english.get(i)).orElseThrow();
        assertEquals(e.pointer(), p.where());
      }
      assertTrue(danish.stream().anyMatch(v -> v.getMessage().equals(
          "er inkonsistent: aktiv deltagelse forudsætter fremmøde")), danish.toString());
    }
  }

  private static <T> List<ConstraintViolation<T>> sorted(java.util.Set<ConstraintViolation<T>> set) {
    return set.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
  }

  @Test
  void findingsDueItemsAndATeamShareSerialiseAndTheCourseReadsBackIdentically() throws Exception {
    String text = document();
    try (ValidatorFactory f = validation(Locale.ENGLISH)) {
      assertTrue(f.getValidator().validate(new CourseUpload(text)).isEmpty());
    }
    Course read = JACKSON2.readValue(text, Course.class);
    assertEquals(read, JACKSON3.readValue(text, Course.class));
    Course course = read.reviseForm(JACKSON3.readValue(resource("/goal-agreement-form.json"),
        dk.samarbejdsmodel.core.tools.GoalAgreementForm.class));
    Review review = new Review(course, dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, TODAY),
        DueItems.of(course, TODAY),
        SharingView.form(course, course.formRevisions().get(0), Recipient.of(course, "p-uu"), TODAY));
    assertTrue(!review.findings().isEmpty() && !review.due().isEmpty() && !review.teamShare().withheld().isEmpty(),
        review.toString());
    String two = JACKSON2.writeValueAsString(review);
    String three = JACKSON3.writeValueAsString(review);
    assertEquals(two, three);
    Review back2 = JACKSON2.readValue(two, Review.class);
    Review back3 = JACKSON3.readValue(three, Review.class);
    assertEquals(review, back2);
    assertEquals(review, back3);
    byte[] canonical = SamJson.defaults().writer().write(DocumentKind.COURSE, course);
    assertEquals(new String(canonical, StandardCharsets.UTF_8), JACKSON2.writeValueAsString(back2.course()));
    assertEquals(new String(canonical, StandardCharsets.UTF_8), JACKSON3.writeValueAsString(back3.course()));
  }
}
