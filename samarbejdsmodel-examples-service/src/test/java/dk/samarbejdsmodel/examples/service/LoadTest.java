package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sixteen caseworkers update four courses at once for a bounded time ({@code -Dsam.load.seconds}, default 60):
 * no update is lost, none is applied twice, and the final state of each course equals a sequential replay of the
 * writes the service accepted, in the order of the versions it gave them.
 */
class LoadTest {

  static final int CLIENTS = 16;
  static final int COURSES = 4;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ServiceUnderTest service = ServiceUnderTest.shared();

  @Test
  void sixteen_concurrent_writers_lose_no_update_and_the_result_is_a_sequential_replay() throws Exception {
    int seconds = Integer.getInteger("sam.load.seconds", 60);
    List<String> ids = new ArrayList<>();
    Map<String, String> initial = new java.util.HashMap<>();
    for (int i = 0; i < COURSES; i++) {
      String caseId = Fixtures.uniqueCase("load");
      String id = "course-" + caseId;
      String json = Fixtures.courseJson(caseId);
      assertEquals(201, service.put("/courses/" + id, json, null).statusCode());
      ids.add(id);
      initial.put(id, json);
    }

    Writers writers = new Writers(service, ids);
    writers.run(CLIENTS, System.nanoTime() + Duration.ofSeconds(seconds).toNanos());

    System.out.printf("LoadTest: %d s, %d clients, %d courses: %d writes accepted, %d conflicts (412) retried, "
        + "statuses %s, %d I/O errors%n", seconds, CLIENTS, COURSES, writers.accepted.size(), writers.conflicts.get(),
        writers.statuses, writers.ioErrors.get());
    assertEquals(Set.of(), writers.statuses.keySet().stream().filter(s -> s != 200 && s != 412)
        .collect(Collectors.toSet()), "no error status under load: " + writers.statuses);
    assertEquals(0, writers.ioErrors.get());
    assertEquals(Map.of(), writers.uncertain);
    assertTrue(writers.conflicts.get() > 0, "the writers did contend (otherwise the test proves nothing)");

    Set<String> writeIds = new HashSet<>();
    for (Writers.Accepted a : writers.accepted) {
      assertTrue(writeIds.add(a.writeId()), "accepted twice: " + a.writeId());
    }
    SamJson json = SamJson.defaults();
    for (String id : ids) {
      List<Writers.Accepted> mine = writers.accepted.stream().filter(a -> a.courseId().equals(id))
          .sorted(Comparator.comparingLong(Writers.Accepted::version)).toList();
      // versions 2, 3, … with no gap and no repeat: each accepted write made exactly one version
      for (int k = 0; k < mine.size(); k++) {
        assertEquals(k + 2, mine.get(k).version(), id + " versions " + mine.stream().map(Writers.Accepted::version).toList());
        assertEquals(k + 1, mine.get(k).counter(), "each write was based on the one before it (no lost update)");
      }
      // the sequential replay of the accepted writes gives the stored state, revision by revision
      ObjectNode state = (ObjectNode) MAPPER.readTree(initial.get(id));
      List<String> history = service.jdbc()
          .sql("SELECT document FROM course_revision WHERE course_id = ? ORDER BY version").param(id)
          .query(String.class).list();
      assertEquals(mine.size() + 1, history.size());
      assertEquals(initial.get(id), history.get(0));
      for (int k = 0; k < mine.size(); k++) {
        ObjectNode ext = state.has("extensions") ? (ObjectNode) state.get("extensions") : state.putObject("extensions");
        ext.put(Writers.COUNTER, k + 1);
        ext.put(Writers.LAST_WRITE, mine.get(k).writeId());
        ReadResult<Course> r = json.reader().read(state.toString(), DocumentKind.COURSE);
        String replayed = new String(json.writer().write(r), StandardCharsets.UTF_8);
        assertEquals(replayed, history.get(k + 1), id + " revision " + (k + 2));
        state = (ObjectNode) MAPPER.readTree(replayed);
      }
      String finalState = service.get("/courses/" + id, null).body();
      assertEquals(history.get(history.size() - 1), finalState);
    }
  }
}
