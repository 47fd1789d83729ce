package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.FormatVersion;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Forløbsdokumenter — the SDK's reader and writer between the HTTP body, the database text and the {@link Course}.
 *
 * <p>Everything that reaches the database has been read by the SDK's strict reader (all structural violations
 * reported at once, with JSON Pointers) and written again by its writer, so the stored text is always the canonical
 * form, whatever whitespace or member order the client sent. A document in an older format version is migrated by
 * the reader, stored in the current version, and an old row written before an upgrade is migrated when it is read.
 */
@Component
public class CourseDocuments {

  private final SamJson json;

  CourseDocuments(SamJson json) {
    this.json = json;
  }

  /**
   * Checks a course the SDK has read from a request body (and {@code @ValidDocument} has passed) against the course
   * id of the path.
   *
   * @throws ApiProblem 400 when the document's id is not the path's
   */
  void checkRequest(ReadResult<Course> read, String pathId, Locale locale) {
    if (!read.isValid()) {
      // @ValidDocument on the controller parameter refuses these before the controller runs; never store one
      throw new IllegalStateException("an invalid course document reached the controller: " + read.errors().size()
          + " errors");
    }
    if (!read.orElseThrow().id().equals(pathId)) {
      throw ApiProblem.invalidDocument(List.of(new ApiProblem.Violation("/id", null, "ID_MISMATCH",
          Lang.pick(locale, "dokumentets id er ikke forløbs-id'et i adressen",
              "the document's id is not the course id in the address"))));
    }
  }

  /** The canonical text and the columns stored beside it. */
  CourseStore.Document canonical(ReadResult<Course> read) {
    Course course = read.orElseThrow();
    String text = new String(json.writer().write(read), StandardCharsets.UTF_8);
    return new CourseStore.Document(FormatVersion.CURRENT.toString(), course.programme().id(),
        course.municipality().code(), text);
  }

  /** The course in a stored text (migrated from an older format version if need be). */
  Course course(CourseStore.Stored stored) {
    return read(stored).orElseThrow();
  }

  /** The stored text read by the SDK; a stored document that is no longer valid is an internal error. */
  ReadResult<Course> read(CourseStore.Stored stored) {
    ReadResult<Course> read = json.reader().read(stored.document(), DocumentKind.COURSE);
    if (!read.isValid()) {
      throw new IllegalStateException("stored course " + stored.id() + " version " + stored.version()
          + " is not a valid course document any more (" + read.errors().size() + " errors)");
    }
    return read;
  }

  /**
   * The text to send for a stored course: the stored text itself when it is in the current format version (the exact
   * canonical bytes), else the document migrated by the reader and written in the current version.
   */
  String current(CourseStore.Stored stored) {
    if (FormatVersion.CURRENT.toString().equals(stored.schemaVersion())) {
      return stored.document();
    }
    return new String(json.writer().write(read(stored)), StandardCharsets.UTF_8);
  }
}
