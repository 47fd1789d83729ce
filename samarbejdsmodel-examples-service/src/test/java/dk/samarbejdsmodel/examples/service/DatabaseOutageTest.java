package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database is stopped (as by a crash: {@code pg_ctl stop -m immediate}) while caseworkers write, and started
 * again: the service answers 503 while it is away, refuses bad bodies without it, and afterwards serves again with
 * every write it accepted still there.
 */
class DatabaseOutageTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ServiceUnderTest service;

  @BeforeAll
  static void start() {
    service = ServiceUnderTest.startWithOwnDatabase();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void a_crashed_database_gives_503_and_loses_no_accepted_write() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String caseId = Fixtures.uniqueCase("outage");
      ids.add("course-" + caseId);
      assertEquals(201, service.put("/courses/course-" + caseId, Fixtures.courseJson(caseId), null).statusCode());
    }
    Writers writers = new Writers(service, ids);
    long start = System.nanoTime();
    Thread load = new Thread(() -> {
      try {
        writers.run(4, start + Duration.ofSeconds(14).toNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    load.start();

    Thread.sleep(3_000);
    service.postgres().stop(true);
    Thread.sleep(500);
    // while it is away: 503 with Retry-After, and refusals that need no database still work
    HttpResponse<String> down = service.get("/courses/" + ids.get(0), "en");
    assertEquals(503, down.statusCode(), down.body());
    assertEquals("2", down.headers().firstValue("Retry-After").orElseThrow());
    assertEquals("https://schema.samarbejdsmodel.dk/problems/database-unavailable",
        MAPPER.readTree(down.body()).get("type").asText());
    assertEquals(400, service.put("/courses/" + ids.get(0), "{\"kind\":", "\"1\"").statusCode());
    Thread.sleep(3_000);
    service.postgres().start();
    load.join(Duration.ofMinutes(2).toMillis());

    System.out.printf("DatabaseOutageTest: %d writes accepted, %d uncertain, %d conflicts, statuses %s, %d I/O errors%n",
        writers.accepted.size(), writers.uncertain.size(), writers.conflicts.get(), writers.statuses,
        writers.ioErrors.get());
    assertTrue(writers.statuses.containsKey(503), "the writers saw the outage: " + writers.statuses);
    assertTrue(writers.accepted.size() > 0);
    assertFalse(writers.statuses.containsKey(500), "a broken connection is 503, never 500: " + writers.statuses);

    // recovered: the service answers from the restarted database
    HttpResponse<String> up = service.get("/courses/" + ids.get(0), null);
    assertEquals(200, up.statusCode(), up.body());

    // every accepted write is in the history, at the version the client was told, exactly once
    Map<String, Map<Long, String>> history = new HashMap<>();
    try (Connection c = service.connect();
        PreparedStatement s = c.prepareStatement("SELECT course_id, version, document FROM course_revision")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          JsonNode ext = MAPPER.readTree(rs.getString(3)).path("extensions");
          history.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getLong(2), ext.path(Writers.LAST_WRITE).asText("initial"));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (Map<Long, String> versions : history.values()) {
      for (String w : versions.values()) {
        assertTrue(w.equals("initial") || seen.add(w), "a write stored twice: " + w);
      }
    }
    for (Writers.Accepted a : writers.accepted) {
      assertEquals(a.writeId(), history.get(a.courseId()).get(a.version()), "accepted write lost: " + a);
    }
    // anything else in the history is a write whose answer the client never got (cut by the crash)
    for (Map.Entry<String, Map<Long, String>> e : history.entrySet()) {
      for (String w : e.getValue().values()) {
        assertTrue(w.equals("initial") || writers.accepted.stream().anyMatch(a -> a.writeId().equals(w))
            || writers.uncertain.containsKey(w), "a write nobody made: " + w);
      }
      // versions run 1..n without a gap, and the course row is the last one
      long max = e.getValue().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
      assertEquals(max, e.getValue().size());
      long current = service.jdbc().sql("SELECT version FROM course WHERE id = ?").param(e.getKey())
          .query(Long.class).single();
      assertEquals(max, current);
    }
    assertFalse(service.logs().stream().anyMatch(l -> l.contains(Fixtures.CPR_DIGITS) || l.contains(Fixtures.CPR)));
  }
}
