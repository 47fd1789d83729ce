package dk.samarbejdsmodel.examples.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forløbslageret — courses in PostgreSQL as the SDK's canonical JSON text, with a version number for optimistic
 * concurrency and an append-only history of every accepted write.
 *
 * <p>A write is one transaction: the row in {@code course}, its revision in {@code course_revision} and the
 * audit event. An update names the version it was based on and changes the row only if that is still the current
 * version ({@code UPDATE … WHERE version = ?}); under PostgreSQL's read-committed isolation a concurrent update of
 * the same row waits for the first to commit and then finds the version changed, so exactly one of them wins and
 * the other is told the current version (412). Nothing is ever overwritten without its writer having seen it.
 */
@Repository
public class CourseStore {

  /**
   * A stored course.
   *
   * @param id the course id
   * @param version the version (1 for the first write)
   * @param schemaVersion the format version the document was written in
   * @param document the document text exactly as stored
   * @param updatedAt when the version was written
   * @param updatedBy who wrote it
   */
  public record Stored(String id, long version, String schemaVersion, String document, Instant updatedAt,
      String updatedBy) {
    @Override
    public String toString() {
      return "Stored[" + id + ", version " + version + ", " + document.length() + " chars]";
    }
  }

  /**
   * One revision in the history (without its document).
   *
   * @param version the version it created
   * @param schemaVersion its format version
   * @param recordedAt when
   * @param recordedBy who
   */
  public record Revision(long version, String schemaVersion, Instant recordedAt, String recordedBy) {}

  /**
   * What a write stores besides the text.
   *
   * @param schemaVersion the format version of the text
   * @param programme the programme id
   * @param municipalityCode the municipality code
   * @param document the canonical text
   */
  public record Document(String schemaVersion, String programme, String municipalityCode, String document) {
    @Override
    public String toString() {
      return "Document[" + programme + ", " + municipalityCode + ", " + document.length() + " chars]";
    }
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final Clock clock;
  private final AtomicLong writeAttempts = new AtomicLong();

  CourseStore(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** The course, if stored. */
  public Optional<Stored> find(String id) {
    return jdbc.sql("SELECT id, version, schema_version, document, updated_at, updated_by FROM course WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6)))
        .optional();
  }

  /** The current version, if stored. */
  public Optional<Long> version(String id) {
    return jdbc.sql("SELECT version FROM course WHERE id = ?").param(id).query(Long.class).optional();
  }

  /**
   * Stores a new course as version 1.
   *
   * @return the new version (1), or empty if a course with the id exists (nothing is changed then)
   */
  public Optional<Long> create(String id, Document doc, String actor) {
    writeAttempts.incrementAndGet();
    return tx.execute(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      int rows = jdbc.sql("INSERT INTO course (id, version, schema_version, programme, municipality_code, document, "
              + "updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")
          .params(id, doc.schemaVersion(), doc.programme(), doc.municipalityCode(), doc.document(), now, actor)
          .update();
      if (rows == 0) {
        return Optional.<Long>empty();
      }
      revision(id, 1, doc, now, actor);
      audit.record(actor, "WRITE_COURSE", id, "CREATED", "version=1");
      return Optional.of(1L);
    });
  }

  /**
   * Replaces the course if its current version is {@code expected}.
   *
   * @return the new version, or empty if the course does not exist or its version is not {@code expected}
   *     (nothing is changed then)
   */
  public Optional<Long> update(String id, long expected, Document doc, String actor) {
    writeAttempts.incrementAndGet();
    return tx.execute(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      int rows = jdbc.sql("UPDATE course SET version = version + 1, schema_version = ?, programme = ?, "
              + "municipality_code = ?, document = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
          .params(doc.schemaVersion(), doc.programme(), doc.municipalityCode(), doc.document(), now, actor, id,
              expected)
          .update();
      if (rows == 0) {
        return Optional.<Long>empty();
      }
      long version = expected + 1;
      revision(id, version, doc, now, actor);
      audit.record(actor, "WRITE_COURSE", id, "UPDATED", "version=" + version);
      return Optional.of(version);
    });
  }

  private void revision(String id, long version, Document doc, Timestamp now, String actor) {
    jdbc.sql("INSERT INTO course_revision (course_id, version, schema_version, document, recorded_at, recorded_by) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, version, doc.schemaVersion(), doc.document(), now, actor)
        .update();
  }

  /** The course's revisions, oldest first. */
  public List<Revision> revisions(String id) {
    return jdbc.sql("SELECT version, schema_version, recorded_at, recorded_by FROM course_revision "
            + "WHERE course_id = ? ORDER BY version")
        .param(id)
        .query((rs, n) -> new Revision(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getString(4)))
        .list();
  }

  /** The text of one revision, if it exists. */
  public Optional<String> revisionDocument(String id, long version) {
    return jdbc.sql("SELECT document FROM course_revision WHERE course_id = ? AND version = ?")
        .params(id, version).query(String.class).optional();
  }

  /** The documents of every course (of one municipality, if given), in id order. */
  public List<Stored> all(Optional<String> municipalityCode) {
    String where = municipalityCode.isPresent() ? " WHERE municipality_code = ?" : "";
    JdbcClient.StatementSpec spec = jdbc.sql("SELECT id, version, schema_version, document, updated_at, updated_by "
        + "FROM course" + where + " ORDER BY id");
    if (municipalityCode.isPresent()) {
      spec = spec.param(municipalityCode.get());
    }
    return spec.query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
        rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
  }

  /** Whether no course is stored. */
  public boolean isEmpty() {
    return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM course)").query(Boolean.class).single();
  }

  /** How many writes were attempted against the database since start (for tests: refused bodies never count). */
  public long writeAttempts() {
    return writeAttempts.get();
  }
}
