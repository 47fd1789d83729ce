package dk.samarbejdsmodel.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.consent.ConsentDecision;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ExportViews;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.validation.OpenCode;
import dk.samarbejdsmodel.validation.SamId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deling — {@code POST /courses/{id}/shares}: the team share of the course's goal-and-agreement form for one
 * recipient on a date, filtered by the young person's consent, with what was withheld and why (the SDK's
 * {@code TEAM_SHARE} export view, format.md §10.1).
 *
 * <p>A share that consent does not cover is refused with 403 and the consent evaluator's reasons — never sent in
 * part: when the recipient may receive no information category at all on the date, or not every category the
 * request names under {@code requireCategories}. The whole share is computed before anything is sent, and the
 * disclosure is written to the audit log first: a share that cannot be logged is not sent (503).
 */
@RestController
public class ShareController {

  private final CourseStore store;
  private final CourseDocuments documents;
  private final SamJson json;
  private final AuditLog audit;
  private final Clock clock;
  private final JsonMapper mapper;
  private final Validator validator;

  /** A share request is a few ids and a date; 64 KiB is plenty. */
  static final int MAX_REQUEST_BYTES = 64 * 1024;

  ShareController(CourseStore store, CourseDocuments documents, SamJson json, AuditLog audit, Clock clock,
      JsonMapper mapper, Validator validator) {
    this.validator = validator;
    this.mapper = mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    this.store = store;
    this.documents = documents;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Who the share is for, and when.
   *
   * <p>Checked with the SDK's validation module before anything else: the ids are pseudonymous ids
   * ({@code @SamId}: never a CPR number), the categories information-category codes ({@code @OpenCode}).
   *
   * @param professionalId a professional of the course (their organisation is taken from the course), or
   * @param organisationId an organisation of the course (the whole organisation); at least one of the two
   * @param date the date of disclosure ({@code YYYY-MM-DD}; default today)
   * @param requireCategories refuse the share unless consent covers every one of these categories
   */
  public record ShareRequest(@SamId String professionalId, @SamId String organisationId, String date,
      List<@OpenCode(InformationCategory.class) String> requireCategories) {}

  /**
   * Why a category may or may not be shared.
   *
   * @param category the information category
   * @param permitted whether consent covers it
   * @param reason the consent evaluator's reason code
   * @param reasonText the reason in the response's language
   * @param reliedOn the consents the decision rests on
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Decision(String category, boolean permitted, String reason, String reasonText, List<String> reliedOn) {}

  /** {@code POST /courses/{id}/shares}. */
  @PostMapping(path = "/courses/{id}/shares",
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  public ResponseEntity<byte[]> share(@PathVariable("id") String rawId, HttpServletRequest request)
      throws IOException {
    Locale locale = Lang.of(request);
    String id = RequestValues.courseId(rawId, locale);
    String actor = RequestValues.actor(request, locale);
    ShareRequest body = parse(RequestValues.body(request, MAX_REQUEST_BYTES), locale);
    // Jakarta Validation with the SDK's constraints; ProblemHandler lists every violation (pointer, code, message)
    Set<ConstraintViolation<ShareRequest>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    LocalDate date = RequestValues.date("date", body.date(), clock, locale);
    Set<InformationCategory> required = categories(body.requireCategories(), locale);

    CourseStore.Stored stored = store.find(id).orElseThrow(ApiProblem::notFound);
    Course course = documents.course(stored);
    Recipient recipient = recipient(course, body, locale);
    GoalAgreementForm form = course.formOn(date).orElseThrow(ApiProblem::noForm);
    FormShare share = SharingView.form(course, form, recipient, date);

    Set<InformationCategory> permitted = share.permittedCategories();
    Set<InformationCategory> missing = required.stream().filter(c -> !permitted.contains(c))
        .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(InformationCategory::code))));
    String who = describe(recipient);
    if (permitted.isEmpty() || !missing.isEmpty()) {
      List<Decision> decisions = decisions(share, locale);
      audit.record(actor, "SHARE_REFUSED", id, permitted.isEmpty() ? "NOTHING_PERMITTED" : "REQUIRED_NOT_PERMITTED",
          who + " date=" + date + " form=" + form.id() + "/" + form.revision() + " missing=" + codes(missing));
      throw new ApiProblem(HttpStatus.FORBIDDEN, "share-not-covered", "Samtykket dækker ikke delingen",
          "Consent does not cover the share",
          permitted.isEmpty()
              ? "Modtageren må ikke modtage nogen oplysningskategori på datoen; intet er delt."
              : "Samtykket dækker ikke alle de krævede kategorier; intet er delt.",
          permitted.isEmpty()
              ? "The recipient may receive no information category on the date; nothing was shared."
              : "Consent does not cover every required category; nothing was shared.")
          .with("missingCategories", missing.stream().map(InformationCategory::code).toList())
          .with("decisions", decisions);
    }

    byte[] document = json.writer().withView(ExportViews.teamShare(course, recipient, date))
        .write(DocumentKind.GOAL_AGREEMENT_FORM, form);
    Set<String> reliedOn = new TreeSet<>();
    share.decisions().values().stream().filter(ConsentDecision::permitted).forEach(d -> reliedOn.addAll(d.reliedOnIds()));
    audit.record(actor, "SHARE", id, "SHARED", who + " date=" + date + " form=" + form.id() + "/" + form.revision()
        + " categories=" + codes(permitted) + " consents=" + reliedOn + " withheld=" + share.withheld().size());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
  }

  private ShareRequest parse(byte[] bytes, Locale locale) {
    try {
      return mapper.readValue(bytes, ShareRequest.class);
    } catch (JacksonException e) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation("", null, "MALFORMED_JSON", Lang.pick(locale,
          "forespørgslen er ikke et JSON-objekt med professionalId, organisationId, date og requireCategories",
          "the request is not a JSON object with professionalId, organisationId, date and requireCategories"))));
    }
  }

  private static Set<InformationCategory> categories(List<String> codes, Locale locale) {
    Set<InformationCategory> out = new TreeSet<>(Comparator.comparing(InformationCategory::code));
    if (codes == null) {
      return out;
    }
    List<ApiProblem.Violation> bad = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        out.add(InformationCategory.of(codes.get(i)));
      } catch (RuntimeException e) {
        bad.add(new ApiProblem.Violation("/requireCategories/" + i, null, "INVALID_CODE",
            Lang.pick(locale, "ukendt eller ugyldig oplysningskategori", "unknown or invalid information category")));
      }
    }
    if (!bad.isEmpty()) {
      throw ApiProblem.badRequest(bad);
    }
    return out;
  }

  private static Recipient recipient(Course course, ShareRequest body, Locale locale) {
    String professional = body.professionalId();
    String organisation = body.organisationId();
    if (professional != null) {
      if (course.professional(professional).isEmpty()) {
        throw unknownRecipient("/professionalId", locale);
      }
      Recipient r = Recipient.of(course, professional);
      if (organisation != null && !r.organisationId().map(organisation::equals).orElse(false)) {
        throw unknownRecipient("/organisationId", locale);
      }
      return r;
    }
    if (organisation != null) {
      if (course.organisations().stream().noneMatch(o -> o.id().equals(organisation))) {
        throw unknownRecipient("/organisationId", locale);
      }
      return Recipient.organisation(organisation);
    }
    throw ApiProblem.badRequest(List.of(new ApiProblem.Violation("", null, "MISSING_RECIPIENT",
        Lang.pick(locale, "angiv professionalId eller organisationId", "give professionalId or organisationId"))));
  }

  private static ApiProblem unknownRecipient(String pointer, Locale locale) {
    return ApiProblem.badRequest(List.of(new ApiProblem.Violation(pointer, null, "UNKNOWN_REFERENCE",
        Lang.pick(locale, "modtageren er ikke en professionel eller organisation i forløbet (eller de passer ikke sammen)",
            "the recipient is not a professional or organisation of the course (or the two do not match)"))));
  }

  private static List<Decision> decisions(FormShare share, Locale locale) {
    return share.decisions().entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().code()))
        .map(e -> new Decision(e.getKey().code(), e.getValue().permitted(), e.getValue().reason().name(),
            Labels.label(e.getValue().reason(), locale), e.getValue().reliedOnIds()))
        .toList();
  }

  private static String describe(Recipient r) {
    return "recipient=" + r.organisationId().orElse("-") + "/" + r.professionalId().orElse("-");
  }

  private static List<String> codes(Set<InformationCategory> categories) {
    return categories.stream().map(InformationCategory::code).sorted().toList();
  }
}
