package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.validation.DocumentType;
import dk.samarbejdsmodel.validation.ValidDocument;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forløb — {@code /courses/{id}}: store a course document, read it back, and what the SDK says about it
 * (findings, due items, the fixed-meeting schedule) on a date.
 *
 * <p>Writes use optimistic concurrency: the {@code ETag} of a course is its version; {@code PUT} without
 * {@code If-Match} creates a course (428 if it exists), {@code PUT} with {@code If-Match} replaces it only if the
 * version still matches (412 with the current {@code ETag} otherwise). Every read of a course is an audit event.
 *
 * <p>The course body is read once by {@link DocumentBodyConverter} and validated by the SDK's validation module
 * ({@code @ValidDocument(kind = COURSE)} on the parameter, through Spring's method validation and Boot's Hibernate
 * Validator); an invalid document never reaches this method, and {@link ProblemHandler} lists every violation.
 * Findings, due items and the schedule are the SDK's own result types, written by its Jackson 3 module.
 */
@RestController
@RequestMapping(path = "/courses", produces = {MediaType.APPLICATION_JSON_VALUE,
    MediaType.APPLICATION_PROBLEM_JSON_VALUE})
public class CourseController {

  private final CourseStore store;
  private final CourseDocuments documents;
  private final RuleEvaluator rules;
  private final AuditLog audit;
  private final Clock clock;

  CourseController(CourseStore store, CourseDocuments documents, RuleEvaluator rules, AuditLog audit, Clock clock) {
    this.store = store;
    this.documents = documents;
    this.rules = rules;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The answer to a write.
   *
   * @param id the course id
   * @param version the version now stored (also the {@code ETag})
   * @param schemaVersion the format version stored
   * @param sourceVersion the format version the request was written in (older versions are migrated)
   */
  public record WriteResult(String id, long version, String schemaVersion, String sourceVersion) {}

  /** {@code PUT /courses/{id}}: store a course document the SDK has read and validated. */
  @PutMapping("/{id}")
  public ResponseEntity<WriteResult> put(@PathVariable("id") String rawId,
      @RequestBody @ValidDocument(kind = DocumentType.COURSE) ReadResult<Course> read, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    String id = RequestValues.courseId(rawId, locale);
    String actor = RequestValues.actor(request, locale);
    String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
    String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    OptionalLong expected = Etags.version(ifMatch);
    if (ifMatch != null && expected.isEmpty()) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, HttpHeaders.IF_MATCH, "INVALID_ETAG",
          Lang.pick(locale, "If-Match skal være ét ETag fra et svar fra denne tjeneste, fx \"3\"",
              "If-Match must be one ETag from a response of this service, such as \"3\""))));
    }
    if (ifNoneMatch != null && !ifNoneMatch.trim().equals("*")) {
      throw ApiProblem.badRequest(List.of(new ApiProblem.Violation(null, HttpHeaders.IF_NONE_MATCH, "INVALID_ETAG",
          Lang.pick(locale, "If-None-Match kan kun være *", "If-None-Match can only be *"))));
    }
    // The body limit, the SDK's reader and the constraint have run before this method; now the id of the address.
    documents.checkRequest(read, id, locale);
    CourseStore.Document doc = documents.canonical(read);
    String source = read.sourceVersion().map(FormatVersion::toString).orElse(FormatVersion.CURRENT.toString());

    if (expected.isPresent()) {
      Optional<Long> version = store.update(id, expected.getAsLong(), doc, actor);
      if (version.isEmpty()) {
        throw store.version(id).map(ApiProblem::preconditionFailed).orElseGet(ApiProblem::notFound);
      }
      return ResponseEntity.ok().eTag(Etags.of(version.get()))
          .body(new WriteResult(id, version.get(), doc.schemaVersion(), source));
    }
    Optional<Long> created = store.create(id, doc, actor);
    if (created.isEmpty()) {
      long current = store.version(id).orElse(0L);
      throw ifNoneMatch != null ? ApiProblem.existsButIfNoneMatch(current) : ApiProblem.alreadyExists(current);
    }
    return ResponseEntity.created(URI.create("/courses/" + id)).eTag(Etags.of(1))
        .body(new WriteResult(id, 1, doc.schemaVersion(), source));
  }

  /** {@code GET /courses/{id}}: the stored document (canonical text; older format versions migrated). */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> get(@PathVariable("id") String rawId, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    String id = RequestValues.courseId(rawId, locale);
    String actor = RequestValues.actor(request, locale);
    CourseStore.Stored stored = store.find(id).orElseThrow(ApiProblem::notFound);
    String etag = Etags.of(stored.version());
    if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    String text = documents.current(stored);
    audit.record(actor, "READ_COURSE", id, "OK", "version=" + stored.version() + " schemaVersion="
        + stored.schemaVersion());
    return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_JSON)
        .body(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One revision in the history.
   *
   * @param version the version it created
   * @param schemaVersion its format version
   * @param recordedAt when
   * @param recordedBy who
   */
  public record RevisionView(long version, String schemaVersion, Instant recordedAt, String recordedBy) {}

  /** {@code GET /courses/{id}/revisions}: who wrote which version when (the documents stay in the database). */
  @GetMapping("/{id}/revisions")
  public List<RevisionView> revisions(@PathVariable("id") String rawId, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    String id = RequestValues.courseId(rawId, locale);
    List<CourseStore.Revision> revisions = store.revisions(id);
    if (revisions.isEmpty()) {
      throw ApiProblem.notFound();
    }
    return revisions.stream().map(r -> new RevisionView(r.version(), r.schemaVersion(), r.recordedAt(),
        r.recordedBy())).toList();
  }

  /**
   * The findings of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date
   * @param findings most severe first; each the SDK's {@code Finding} (code, rule, severity, path, Danish and
   *     English message)
   */
  public record Findings(String courseId, long version, LocalDate date, List<Finding> findings) {}

  /** {@code GET /courses/{id}/findings?date=}: the rule findings on the date (default today), most severe first. */
  @GetMapping("/{id}/findings")
  public Findings findings(@PathVariable("id") String rawId, @RequestParam(name = "date", required = false) String date,
      HttpServletRequest request) {
    Loaded c = load(rawId, date, request, "READ_FINDINGS");
    List<Finding> list = rules.evaluate(c.course, c.date).stream()
        .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::path))
        .toList();
    return new Findings(c.course.id(), c.version, c.date, list);
  }

  /**
   * The due items of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date
   * @param dueItems soonest first; each the SDK's {@code DueItem}
   */
  public record DueItemsView(String courseId, long version, LocalDate date, List<DueItem> dueItems) {}

  /** {@code GET /courses/{id}/due-items?date=}: what is due (the programme's and the plugins'), soonest first. */
  @GetMapping("/{id}/due-items")
  public DueItemsView dueItems(@PathVariable("id") String rawId,
      @RequestParam(name = "date", required = false) String date, HttpServletRequest request) {
    Loaded c = load(rawId, date, request, "READ_DUE_ITEMS");
    List<DueItem> list = rules.dueItems(c.course, c.date).stream().sorted(Comparator.comparing(DueItem::dueDate))
        .toList();
    return new DueItemsView(c.course.id(), c.version, c.date, list);
  }

  /**
   * The fixed-meeting schedule of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date asked about
   * @param schedule the SDK's {@code MeetingSchedule}: the effective date, the counts and each fixed meeting with
   *     its window and status
   */
  public record ScheduleView(String courseId, long version, LocalDate date, MeetingSchedule schedule) {}

  /** {@code GET /courses/{id}/schedule?date=}: the programme's fixed meetings and their status on the date. */
  @GetMapping("/{id}/schedule")
  public ScheduleView schedule(@PathVariable("id") String rawId,
      @RequestParam(name = "date", required = false) String date, HttpServletRequest request) {
    Loaded c = load(rawId, date, request, "READ_SCHEDULE");
    return new ScheduleView(c.course.id(), c.version, c.date, MeetingSchedule.of(c.course, c.date));
  }

  private record Loaded(Course course, long version, LocalDate date) {}

  private Loaded load(String rawId, String date, HttpServletRequest request, String action) {
    Locale locale = Lang.of(request);
    String id = RequestValues.courseId(rawId, locale);
    String actor = RequestValues.actor(request, locale);
    LocalDate on = RequestValues.date("date", date, clock, locale);
    CourseStore.Stored stored = store.find(id).orElseThrow(ApiProblem::notFound);
    Course course = documents.course(stored);
    audit.record(actor, action, id, "OK", "version=" + stored.version() + " date=" + on);
    return new Loaded(course, stored.version(), on);
  }
}
