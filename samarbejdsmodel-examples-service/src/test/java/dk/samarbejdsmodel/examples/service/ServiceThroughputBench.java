package dk.samarbejdsmodel.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the service on the 53 KB realistic course of the benchmarks module, with the service and a durable
 * local PostgreSQL ({@code fsync} on) on this machine, next to the SDK's own time per operation in the same JVM.
 * Not part of the build (the name does not end in Test); run it with
 *
 * <pre>
 * mvn -B -ntp verify -pl samarbejdsmodel-examples-service -am -Dtest=ServiceThroughputBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsam.bench.seconds=30
 * </pre>
 *
 * It prints a Markdown table (docs/performance.md, "The reference service"). Nothing is asserted about speed.
 */
class ServiceThroughputBench {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate DATE = LocalDate.of(2026, 6, 15);
  private static final int CLIENTS = 4;

  @Test
  void measure() throws Exception {
    int seconds = Integer.getInteger("sam.bench.seconds", 30);
    String fixture = Files.readString(Path.of("").toAbsolutePath()
        .resolve("../samarbejdsmodel-benchmarks/src/main/resources/dk/samarbejdsmodel/benchmarks/realistic-course.json")
        .normalize(), StandardCharsets.UTF_8);
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    StringBuilder out = new StringBuilder();
    try (ServiceUnderTest service = ServiceUnderTest.startWithOwnDatabase(LocalPostgres.Settings.defaults())) {
      List<String> ids = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(fixture);
        String id = "bench-" + i;
        doc.put("id", id);
        ids.add(id);
        bodies.add(doc.toString());
        HttpResponse<String> r = service.put("/courses/" + id, doc.toString(), null);
        if (r.statusCode() != 201) {
          throw new AssertionError(r.statusCode() + " " + r.body());
        }
      }
      long[] etags = new long[CLIENTS];
      Arrays.fill(etags, 1);
      // validate + store: each client replaces its own course (no conflicts), If-Match with the version it holds
      Result warmPut = run(seconds / 2, i -> put(service, ids.get(i), bodies.get(i), etags, i));
      Result put = run(seconds, i -> put(service, ids.get(i), bodies.get(i), etags, i));
      Result warmFind = run(seconds / 2, i -> findings(service, ids.get(i)));
      Result find = run(seconds, i -> findings(service, ids.get(i)));
      System.out.println("warm-up: PUT " + warmPut + ", findings " + warmFind);

      // the SDK alone, same JVM, same fixture: read (parse + validate) and write; rules + due items
      SamJson json = SamJson.defaults();
      byte[] bytes = fixture.getBytes(StandardCharsets.UTF_8);
      double readWrite = perOp(seconds / 2, () -> {
        ReadResult<Course> r = json.reader().read(bytes, DocumentKind.COURSE);
        json.writer().write(r);
      });
      Course course = json.reader().read(bytes, DocumentKind.COURSE).orElseThrow();
      RuleEvaluator rules = Catalogue.standard().evaluator();
      double read = perOp(seconds / 2, () -> json.reader().read(bytes, DocumentKind.COURSE).orElseThrow());
      double evaluate = perOp(seconds / 2, () -> {
        rules.evaluate(course, DATE);
        rules.dueItems(course, DATE);
      });
      String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
      out.append("| request | clients | requests/s | median | p95 | SDK part in the same JVM (loop, ms/op) |\n");
      out.append("|---|---|---|---|---|---|\n");
      out.append(String.format("| `PUT /courses/{id}` (53 KB: read+validate, write canonical, store + revision + audit) "
          + "| %d | %.1f | %.1f ms | %.1f ms | read+write %.2f ms |%n", CLIENTS, put.perSecond(), put.median(),
          put.p95(), readWrite));
      out.append(String.format("| `GET /courses/{id}/findings` (load, read, rules, audit) | %d | %.1f | %.1f ms | "
          + "%.1f ms | read %.2f ms + rules %.2f ms |%n", CLIENTS, find.perSecond(), find.median(), find.p95(), read,
          evaluate));
      out.append("\nload average (1/5/15 min, runnable/total, last pid) before: ").append(loadBefore)
          .append("; after: ").append(loadAfter).append('\n');
      out.append("errors: PUT ").append(put.errors).append(", findings ").append(find.errors).append('\n');
    }
    System.out.println("\n" + out);
  }

  private interface Call {
    boolean call(int client) throws Exception;
  }

  private record Result(long count, double seconds, long[] latenciesNanos, AtomicLong errors) {
    double perSecond() {
      return count / seconds;
    }

    double median() {
      return latenciesNanos.length == 0 ? 0 : latenciesNanos[latenciesNanos.length / 2] / 1e6;
    }

    double p95() {
      return latenciesNanos.length == 0 ? 0 : latenciesNanos[(int) (latenciesNanos.length * 0.95)] / 1e6;
    }

    @Override
    public String toString() {
      return String.format("%.1f/s (median %.1f ms)", perSecond(), median());
    }
  }

  private static Result run(int seconds, Call call) throws InterruptedException {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    Thread[] threads = new Thread[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      int client = i;
      threads[i] = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          long t0 = System.nanoTime();
          try {
            if (call.call(client)) {
              latencies.add(System.nanoTime() - t0);
            } else {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
        }
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(sorted.length, elapsed, sorted, errors);
  }

  private static boolean put(ServiceUnderTest service, String id, String body, long[] etags, int i) {
    HttpResponse<String> r = service.send(service.request("/courses/" + id).header("Content-Type", "application/json")
        .header("If-Match", "\"" + etags[i] + "\"").header("X-Actor", "bench")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    if (r.statusCode() == 200) {
      etags[i]++;
      return true;
    }
    return false;
  }

  private static boolean findings(ServiceUnderTest service, String id) {
    HttpResponse<String> r = service.send(service.request("/courses/" + id + "/findings?date=" + DATE)
        .header("X-Actor", "bench").GET().build());
    return r.statusCode() == 200;
  }

  private static double perOp(int seconds, Runnable op) {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    long n = 0;
    long start = System.nanoTime();
    while (System.nanoTime() < deadline) {
      op.run();
      n++;
    }
    return (System.nanoTime() - start) / 1e6 / n;
  }
}
