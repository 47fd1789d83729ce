package dk.samarbejdsmodel.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Et problem — a refusal the service answers with an RFC 9457 problem detail (see {@link ProblemHandler}).
 *
 * <p>It carries its title and detail in Danish and English and nothing taken from the request: no path, no
 * document text, no header value. Its message is only the problem type, so it is safe in any log.
 */
final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Base of the problem type URIs. */
  static final String TYPE_BASE = "https://schema.samarbejdsmodel.dk/problems/";

  /**
   * One thing wrong with a request: a JSON Pointer into the body, or the name of a query parameter or header.
   *
   * @param pointer JSON Pointer into the request body ({@code ""} for the whole body), or {@code null}
   * @param parameter the query parameter or header at fault, or {@code null}
   * @param code the SDK's error code (or one of the service's own)
   * @param message the message in the response's language
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Violation(String pointer, String parameter, String code, String message) {}

  private final HttpStatus status;
  private final String type;
  private final String titleDa;
  private final String titleEn;
  private final String detailDa;
  private final String detailEn;
  private final transient Map<String, Object> properties;
  private final transient HttpHeaders headers;

  ApiProblem(HttpStatus status, String type, String titleDa, String titleEn, String detailDa, String detailEn) {
    this(status, type, titleDa, titleEn, detailDa, detailEn, Map.of(), new HttpHeaders());
  }

  private ApiProblem(HttpStatus status, String type, String titleDa, String titleEn, String detailDa, String detailEn,
      Map<String, Object> properties, HttpHeaders headers) {
    super(type, null, false, false);
    this.status = status;
    this.type = type;
    this.titleDa = titleDa;
    this.titleEn = titleEn;
    this.detailDa = detailDa;
    this.detailEn = detailEn;
    this.properties = properties;
    this.headers = headers;
  }

  /** The same problem with an extension member. */
  ApiProblem with(String name, Object value) {
    Map<String, Object> p = new LinkedHashMap<>(properties);
    p.put(name, value);
    return new ApiProblem(status, type, titleDa, titleEn, detailDa, detailEn, p, headers);
  }

  /** The same problem with a response header. */
  ApiProblem withHeader(String name, String value) {
    HttpHeaders h = new HttpHeaders();
    h.putAll(headers);
    h.set(name, value);
    return new ApiProblem(status, type, titleDa, titleEn, detailDa, detailEn, properties, h);
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }

  String title(Locale locale) {
    return Lang.pick(locale, titleDa, titleEn);
  }

  String detail(Locale locale) {
    return Lang.pick(locale, detailDa, detailEn);
  }

  Map<String, Object> properties() {
    return properties;
  }

  HttpHeaders headers() {
    return headers;
  }

  // --- the service's problems -------------------------------------------------------------------------------

  static ApiProblem notFound() {
    return new ApiProblem(HttpStatus.NOT_FOUND, "course-not-found", "Forløbet findes ikke", "Course not found",
        "Der er intet forløb med dette id.", "There is no course with this id.");
  }

  static ApiProblem badRequest(List<Violation> violations) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Ugyldig forespørgsel", "Invalid request",
        violations.size() + (violations.size() == 1 ? " fejl i forespørgslen." : " fejl i forespørgslen."),
        violations.size() + (violations.size() == 1 ? " error in the request." : " errors in the request."))
        .with("violations", violations);
  }

  static ApiProblem invalidDocument(List<Violation> violations) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-document", "Dokumentet er ugyldigt",
        "The document is invalid",
        "Dokumentet blev afvist med " + violations.size() + " fejl; alle er listet under violations.",
        "The document was refused with " + violations.size() + (violations.size() == 1 ? " error" : " errors")
            + "; every one is listed under violations.")
        .with("violations", violations);
  }

  static ApiProblem tooLarge(int limit) {
    return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Forespørgslen er for stor",
        "Request body too large", "Kroppen må højst være " + limit + " bytes.",
        "The body may be at most " + limit + " bytes.").with("maxBytes", limit).withHeader("Connection", "close");
  }

  static ApiProblem preconditionFailed(long currentVersion) {
    return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "version-conflict", "Forløbet er ændret",
        "The course has changed",
        "If-Match svarer ikke til forløbets aktuelle version; hent det igen, og gentag ændringen.",
        "If-Match does not match the course's current version; fetch it again and redo the change.")
        .with("currentVersion", currentVersion).withHeader(HttpHeaders.ETAG, Etags.of(currentVersion));
  }

  static ApiProblem alreadyExists(long currentVersion) {
    return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match mangler",
        "If-Match required",
        "Forløbet findes allerede; send If-Match med dets ETag for at ændre det.",
        "The course exists already; send If-Match with its ETag to change it.")
        .with("currentVersion", currentVersion).withHeader(HttpHeaders.ETAG, Etags.of(currentVersion));
  }

  static ApiProblem existsButIfNoneMatch(long currentVersion) {
    return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "already-exists", "Forløbet findes allerede",
        "The course exists already", "If-None-Match: * kræver, at forløbet ikke findes.",
        "If-None-Match: * requires that the course does not exist.")
        .with("currentVersion", currentVersion).withHeader(HttpHeaders.ETAG, Etags.of(currentVersion));
  }

  static ApiProblem noForm() {
    return new ApiProblem(HttpStatus.CONFLICT, "no-form", "Intet mål- og aftaleskema",
        "No goal-and-agreement form",
        "Forløbet har intet mål- og aftaleskema på datoen; der er intet at dele.",
        "The course has no goal-and-agreement form on the date; there is nothing to share.");
  }

  static ApiProblem unsupportedMediaType() {
    return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "Kun JSON", "JSON only", "Kroppen skal være application/json (UTF-8).",
        "The body must be application/json (UTF-8).");
  }

  static ApiProblem unavailable() {
    return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Databasen er ikke tilgængelig",
        "Database unavailable",
        "Databasen svarer ikke lige nu; intet er ændret. Prøv igen om lidt.",
        "The database is not answering right now; nothing was changed. Try again shortly.")
        .withHeader(HttpHeaders.RETRY_AFTER, "2");
  }

  static ApiProblem internal() {
    return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Intern fejl", "Internal error",
        "Der skete en uventet fejl; den er logget uden personoplysninger.",
        "An unexpected error occurred; it has been logged without personal data.");
  }
}
