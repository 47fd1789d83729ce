package dk.samarbejdsmodel.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueMeeting;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.ReadResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
 */
@RestController
@RequestMapping(path = "/courses", produces = {MediaType.APPLICATION_JSON_VALUE,
    MediaType.APPLICATION_PROBLEM_JSON_VALUE})
public class CourseController {

  private final CourseStore store;
  private final CourseDocuments documents;
  private final RuleEvaluator rules;
  private final Catalogue catalogue;
  private final AuditLog audit;
  private final Clock clock;
  private final ServiceProperties properties;

  CourseController(CourseStore store, CourseDocuments documents, RuleEvaluator rules, Catalogue catalogue,
      AuditLog audit, Clock clock, ServiceProperties properties) {
    this.catalogue = catalogue;
    this.store = store;
    this.documents = documents;
    this.rules = rules;
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
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

  /** {@code PUT /courses/{id}}: validate a course document and store it. */
  @PutMapping("/{id}")
  public ResponseEntity<WriteResult> put(@PathVariable("id") String rawId, HttpServletRequest request)
      throws IOException {
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
    // Everything below the body limit and the SDK's reader happens before the database is touched.
    byte[] body = RequestValues.body(request, properties.maxBodyBytes());
    ReadResult<Course> read = documents.readRequest(body, id, locale);
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
   * A finding.
   *
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
   * @param code the stable code
   * @param ruleId the rule
   * @param path where in the course
   * @param message the message in the response's language
   */
  public record FindingView(String severity, String code, String ruleId, String path, String message) {}

  /**
   * The findings of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date
   * @param findings most severe first
   */
  public record Findings(String courseId, long version, LocalDate date, List<FindingView> findings) {}

  /** {@code GET /courses/{id}/findings?date=}: the rule findings on the date (default today), most severe first. */
  @GetMapping("/{id}/findings")
  public Findings findings(@PathVariable("id") String rawId, @RequestParam(name = "date", required = false) String date,
      HttpServletRequest request) {
    Locale locale = Lang.of(request);
    Loaded c = load(rawId, date, request, "READ_FINDINGS");
    List<FindingView> list = rules.evaluate(c.course, c.date).stream()
        .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::path))
        .map(f -> new FindingView(f.severity().name(), f.code(), f.ruleId(), f.path(), f.message(locale)))
        .toList();
    return new Findings(c.course.id(), c.version, c.date, list);
  }

  /**
   * A due item.
   *
   * @param kind the kind's code
   * @param label the kind in the response's language
   * @param dueDate by when
   * @param ruleId the rule
   * @param path what in the course it concerns
   */
  public record DueItemView(String kind, String label, LocalDate dueDate, String ruleId, String path) {}

  /**
   * The due items of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date
   * @param dueItems soonest first
   */
  public record DueItemsView(String courseId, long version, LocalDate date, List<DueItemView> dueItems) {}

  /** {@code GET /courses/{id}/due-items?date=}: what is due (the programme's and the plugins'), soonest first. */
  @GetMapping("/{id}/due-items")
  public DueItemsView dueItems(@PathVariable("id") String rawId,
      @RequestParam(name = "date", required = false) String date, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    Loaded c = load(rawId, date, request, "READ_DUE_ITEMS");
    List<DueItemView> list = rules.dueItems(c.course, c.date).stream()
        .sorted(Comparator.comparing(DueItem::dueDate))
        .map(d -> new DueItemView(d.kind().code(), catalogue.label(d.kind(), locale), d.dueDate(), d.ruleId(),
            d.path()))
        .toList();
    return new DueItemsView(c.course.id(), c.version, c.date, list);
  }

  /**
   * A fixed meeting of the programme's schedule.
   *
   * @param sequence number from 1
   * @param label an age ({@code 16}, {@code 17½}) or {@code #n}
   * @param ageMilestone whether it is tied to an age
   * @param dueDate the due date
   * @param windowStart the earliest date a meeting counts for it
   * @param overdueFrom overdue from
   * @param missedFrom missed from
   * @param status {@code HELD}, {@code DUE}, {@code OVERDUE}, {@code MISSED} …
   * @param statusLabel the status in the response's language
   * @param heldMeetingId the meeting that fulfilled it, if any
   * @param heldOn when
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DueMeetingView(int sequence, String label, boolean ageMilestone, LocalDate dueDate,
      LocalDate windowStart, LocalDate overdueFrom, LocalDate missedFrom, String status, String statusLabel,
      String heldMeetingId, LocalDate heldOn) {}

  /**
   * The fixed-meeting schedule of a course on a date.
   *
   * @param courseId the course
   * @param version the version evaluated
   * @param date the date asked about
   * @param effectiveDate the date the schedule is evaluated on (the end date for an ended course)
   * @param heldCount fixed meetings held
   * @param expectedCount fixed meetings expected by the date
   * @param meetings the schedule
   */
  public record ScheduleView(String courseId, long version, LocalDate date, LocalDate effectiveDate, int heldCount,
      int expectedCount, List<DueMeetingView> meetings) {}

  /** {@code GET /courses/{id}/schedule?date=}: the programme's fixed meetings and their status on the date. */
  @GetMapping("/{id}/schedule")
  public ScheduleView schedule(@PathVariable("id") String rawId,
      @RequestParam(name = "date", required = false) String date, HttpServletRequest request) {
    Locale locale = Lang.of(request);
    Loaded c = load(rawId, date, request, "READ_SCHEDULE");
    MeetingSchedule s = MeetingSchedule.of(c.course, c.date);
    List<DueMeetingView> list = s.dueMeetings().stream().map(m -> view(m, locale)).toList();
    return new ScheduleView(c.course.id(), c.version, c.date, s.effectiveDate(), s.heldCount(), s.expectedCount(),
        list);
  }

  private static DueMeetingView view(DueMeeting m, Locale locale) {
    return new DueMeetingView(m.sequence(), m.label(), m.ageMilestone(), m.dueDate(), m.windowStart(),
        m.overdueFrom(), m.missedFrom(), m.status().name(), Labels.label(m.status(), locale),
        m.heldMeetingId().orElse(null), m.heldOn().orElse(null));
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
