package dk.samarbejdsmodel.examples.service;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Revisionsspor — the audit log: every read of a course (personal data) and every share, as a row in the
 * append-only {@code audit_event} table and a line on the {@code dk.samarbejdsmodel.audit} logger.
 *
 * <p>An event holds who (the actor id), what (an action code), which course (its pseudonymous id), the outcome and
 * a detail of ids, codes, dates and counts — never personal data: no CPR number, name, contact detail, birth date
 * or free text is ever passed in. The event is written in the caller's transaction where there is one; a read or
 * share whose event cannot be written is not answered (the caller gets 503), so nothing is disclosed unlogged.
 */
@Component
public class AuditLog {

  private static final Logger LOG = LoggerFactory.getLogger("dk.samarbejdsmodel.audit");

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records an event.
   *
   * @param actor who (an id, never a name)
   * @param action what: {@code READ_COURSE}, {@code READ_FINDINGS}, {@code SHARE}, {@code SHARE_REFUSED} …
   * @param courseId the course, or {@code null}
   * @param outcome how it ended
   * @param detail ids, codes, dates and counts only
   */
  public void record(String actor, String action, String courseId, String outcome, String detail) {
    jdbc.sql("INSERT INTO audit_event (at, actor, action, course_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(clock.instant()), actor, action, courseId, outcome, detail)
        .update();
    LOG.info("audit action={} actor={} course={} outcome={} {}", action, actor, courseId, outcome, detail);
  }
}
