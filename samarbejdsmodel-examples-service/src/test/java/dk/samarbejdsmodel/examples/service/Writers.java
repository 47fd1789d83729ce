package dk.samarbejdsmodel.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent caseworkers for the load and fault tests: each repeatedly reads a course, makes one change (adds 1 to the
 * vendor extension {@code dk.vendor.load:counter} and names itself in {@code dk.vendor.load:lastWrite}) and writes it
 * back with {@code If-Match}; on 412 it reads again and redoes the change. Every answer is recorded.
 */
final class Writers {

  static final String COUNTER = "dk.vendor.load:counter";
  static final String LAST_WRITE = "dk.vendor.load:lastWrite";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A write the service accepted: the version it created and the write's id. */
  record Accepted(String courseId, long version, String writeId, int counter) {}

  final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
  /** Writes whose outcome is unknown (the connection failed or the service answered 503 during the write). */
  final Map<String, String> uncertain = new ConcurrentHashMap<>();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final AtomicLong conflicts = new AtomicLong();
  final AtomicLong ioErrors = new AtomicLong();

  private final ServiceUnderTest service;
  private final List<String> courseIds;

  Writers(ServiceUnderTest service, List<String> courseIds) {
    this.service = service;
    this.courseIds = courseIds;
  }

  /** Runs {@code clients} writers until the deadline ({@link System#nanoTime()}). */
  void run(int clients, long deadlineNanos) throws InterruptedException {
    Thread[] threads = new Thread[clients];
    for (int i = 0; i < clients; i++) {
      int client = i;
      threads[i] = new Thread(() -> loop(client, deadlineNanos), "writer-" + i);
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join(Duration.ofMinutes(3).toMillis());
    }
  }

  private void loop(int client, long deadline) {
    int n = 0;
    while (System.nanoTime() < deadline) {
      String courseId = courseIds.get(ThreadLocalRandom.current().nextInt(courseIds.size()));
      String writeId = "w" + client + "-" + (++n);
      writeOnce(courseId, writeId, deadline);
    }
  }

  /** One change, retried on 412 until it is accepted, fails otherwise, or the deadline passes. */
  private void writeOnce(String courseId, String writeId, long deadline) {
    while (System.nanoTime() < deadline) {
      HttpResponse<String> read;
      try {
        read = send(service.request("/courses/" + courseId).header("X-Actor", "load-" + writeId.split("-")[0])
            .timeout(Duration.ofSeconds(20)).GET().build());
      } catch (UncheckedIOException e) {
        ioErrors.incrementAndGet();
        pause();
        continue;
      }
      count(read.statusCode());
      if (read.statusCode() != 200) {
        pause();
        continue;
      }
      String etag = read.headers().firstValue("ETag").orElseThrow();
      ObjectNode doc;
      try {
        doc = (ObjectNode) MAPPER.readTree(read.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ObjectNode ext = doc.has("extensions") ? (ObjectNode) doc.get("extensions") : doc.putObject("extensions");
      int counter = ext.path(COUNTER).asInt(0) + 1;
      ext.put(COUNTER, counter);
      ext.put(LAST_WRITE, writeId);
      HttpResponse<String> write;
      try {
        write = send(service.request("/courses/" + courseId).header("Content-Type", "application/json")
            .header("X-Actor", "load-" + writeId.split("-")[0]).header("If-Match", etag)
            .timeout(Duration.ofSeconds(20))
            .PUT(HttpRequest.BodyPublishers.ofString(doc.toString(), StandardCharsets.UTF_8)).build());
      } catch (UncheckedIOException e) {
        ioErrors.incrementAndGet();
        uncertain.put(writeId, courseId);
        return;
      }
      count(write.statusCode());
      if (write.statusCode() == 200) {
        try {
          JsonNode result = MAPPER.readTree(write.body());
          accepted.add(new Accepted(courseId, result.get("version").asLong(), writeId, counter));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
      if (write.statusCode() == 412) {
        conflicts.incrementAndGet();
        continue;
      }
      // 503 (the database went away during the write) or anything else: the outcome is not known to the client
      uncertain.put(writeId, courseId);
      return;
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    return service.send(request);
  }

  private void count(int status) {
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
