package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.Redaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.RandomCourses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutation fuzzer for {@link DocumentReader}. Seeds: canonical documents of every kind written from
 * {@link RandomCourses} courses (and their forms, checklists, responses, a cohort), every registered programme and
 * instrument, a 0.9 draft, and the whole corpus under {@code src/test/resources/corpus}. {@link Mutator} damages
 * them (byte flips, truncation, deleted/duplicated/renamed fields, wrong types, huge numbers and strings, deep
 * nesting, invalid UTF-8, unknown kinds and versions, splices between documents).
 *
 * <p>Every mutant is read by the strict and, for some, the lenient reader, as any kind, the seed's kind or another
 * kind, from bytes or a stream, on a worker thread with a per-document timeout. The oracle:
 * <ul>
 *   <li>no exception of any type, no hang (timeout), allocation bounded by a multiple of the input size;</li>
 *   <li>exactly one of value and errors;</li>
 *   <li>a valid value is of the kind's type, writes back, reads back equal, and writes the same bytes again;</li>
 *   <li>every error has a syntactically valid RFC 6901 pointer, a code that docs/format.md documents, messages in
 *       both languages; and, for a document that is well-formed JSON of the current major version, the pointer's
 *       parent exists in the document.</li>
 * </ul>
 *
 * <p>CI runs {@value #DEFAULT_ITERATIONS} mutants in two lanes (threads); {@code -Dfuzz.iterations=1000000} runs
 * the long run, {@code -Dfuzz.seed=…} another seed, {@code -Dfuzz.lanes=1} one sequence ({@code mvn -pl samarbejdsmodel-json -am -Dtest=ReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.iterations=1000000 verify}).
 */
class ReaderFuzzTest {

  static final int DEFAULT_ITERATIONS = 20_000;
  private static final long DEFAULT_SEED = 0x5A3B_2026_1130L;
  /** Allocation per read may be at most this many bytes per input byte, plus {@link #ALLOCATION_FLOOR}. */
  private static final long ALLOCATION_FACTOR = 200;
  private static final long ALLOCATION_FLOOR = 64L << 20;
  private static final int BATCH = 200;

  private static final SamJson STRICT = SamJson.defaults();
  private static final SamJson LENIENT = SamJson.builder().mode(ReadMode.LENIENT).build();
  /** A plain parser for the oracle: same duplicate detection, generous limits. */
  private static final ObjectMapper PLAIN = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5000).maxNumberLength(100_000)
          .maxStringLength(50_000_000).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

  static final String DRAFT_09_FORM = """
      {"formatVersion": "0.9", "type": "goal_agreement_form", "id": "form-1", "revision": 1,
       "updatedAt": "2025-05-20",
       "goals": [{"id": "g-1", "lifeArea": "CRIME", "description": "Ingen nye sigtelser", "horizon": "LONG",
                  "status": "ACTIVE", "statusDate": "2025-05-20", "vendorData": {"dk.vendor.dubu:goalRef": "G-1"}}],
       "agreements": [{"id": "a-1", "goalIds": ["g-1"], "action": "Møde med SSP", "status": "AGREED",
                       "statusDate": "2025-05-20"}],
       "vendorData": {"dk.vendor.dubu:caseId": "DUBU-7"}}
      """;

  /** A seed document and the kind it was written as (null when it names none). */
  record Seed(byte[] bytes, DocumentKind<?> kind, boolean valid) {
    Seed(byte[] bytes, DocumentKind<?> kind) {
      this(bytes, kind, true);
    }
  }

  /** The seeds: canonical documents of every kind plus the corpus. */
  static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    DocumentWriter writer = STRICT.writer();
    DocumentWriter pretty = writer.withPrettyPrint(true);
    List<Course> courses = RandomCourses.courses(20261130L, 8);
    for (Course c : courses) {
      seeds.add(new Seed(writer.write(DocumentKind.COURSE, c), DocumentKind.COURSE));
      c.formRevisions().stream().limit(2)
          .forEach(f -> seeds.add(new Seed(writer.write(DocumentKind.GOAL_AGREEMENT_FORM, f),
              DocumentKind.GOAL_AGREEMENT_FORM)));
      c.checklists().stream().limit(2)
          .forEach(x -> seeds.add(new Seed(writer.write(DocumentKind.MEETING_CHECKLIST, x),
              DocumentKind.MEETING_CHECKLIST)));
      c.responses().stream().limit(2)
          .forEach(x -> seeds.add(new Seed(writer.write(DocumentKind.DIALOGUE_RESPONSE, x),
              DocumentKind.DIALOGUE_RESPONSE)));
    }
    seeds.add(new Seed(pretty.write(DocumentKind.COURSE, courses.get(0)), DocumentKind.COURSE));
    seeds.add(new Seed(writer.write(DocumentKind.COHORT, new Cohort("extract-1", LocalDate.of(2026, 1, 1),
        Optional.of("Fuzz"), courses.subList(0, 2))), DocumentKind.COHORT));
    Catalogue.builtIn().programmes().forEach(p -> seeds.add(new Seed(writer.write(DocumentKind.PROGRAMME, p),
        DocumentKind.PROGRAMME)));
    Catalogue.builtIn().instruments().forEach(i -> seeds.add(new Seed(writer.write(DocumentKind.INSTRUMENT, i),
        DocumentKind.INSTRUMENT)));
    seeds.add(new Seed(DRAFT_09_FORM.getBytes(StandardCharsets.UTF_8), DocumentKind.GOAL_AGREEMENT_FORM));
    for (DocumentKind<?> kind : DocumentKind.all()) {
      seeds.add(new Seed(CorpusTest.resource("corpus/valid/" + kind.wireName() + ".json"), kind));
    }
    String expected = new String(CorpusTest.resource("corpus/invalid/expected.txt"), StandardCharsets.UTF_8);
    for (String line : expected.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\\|");
        seeds.add(new Seed(CorpusTest.resource("corpus/invalid/" + parts[0].trim() + ".json"),
            DocumentKind.byName(parts[1].trim()).orElse(null), false));
      }
    }
    return seeds;
  }

  /** The figures of one run. */
  record Report(int documents, int valid, int rejected, Map<ErrorCode, Integer> firstCodes, long maxNanos,
      long maxAllocated, long readMillis, long mutateMillis, long checkMillis, long millis, List<String> failures) {

    String summary(long seed) {
      return "Reader fuzz: " + documents + " mutated documents (seed 0x" + Long.toHexString(seed) + "): " + valid
          + " valid, " + rejected + " rejected; slowest read " + maxNanos / 1_000_000 + " ms; largest allocation per read "
          + maxAllocated / (1 << 20) + " MiB; " + readMillis + " ms reading, " + mutateMillis + " ms mutating, "
          + checkMillis + " ms checking, " + millis + " ms in all; failures "
          + failures.size()
          + "; first error codes " + firstCodes;
    }
  }

  /**
   * Runs the fuzzer in {@code lanes} independent lanes on their own threads (lane 0 uses {@code seed}, lane k
   * {@code seed + k}; the documents depend on the seed and the lane count, never on timing); never throws for a
   * failing document, collects the failure instead.
   */
  static Report run(long seed, int iterations, long timeoutMillis, int lanes) {
    List<java.util.concurrent.CompletableFuture<Report>> parts = new ArrayList<>();
    for (int lane = 0; lane < lanes; lane++) {
      long laneSeed = seed + lane;
      int share = iterations / lanes + (lane < iterations % lanes ? 1 : 0);
      parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> run(laneSeed, share, timeoutMillis),
          r -> {
            Thread t = new Thread(r, "reader-fuzz-lane");
            t.setDaemon(true);
            t.start();
          }));
    }
    List<Report> reports = parts.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    Map<ErrorCode, Integer> codes = new EnumMap<>(ErrorCode.class);
    List<String> failures = new ArrayList<>();
    reports.forEach(r -> {
      r.firstCodes().forEach((k, v) -> codes.merge(k, v, Integer::sum));
      failures.addAll(r.failures());
    });
    return new Report(reports.stream().mapToInt(Report::documents).sum(),
        reports.stream().mapToInt(Report::valid).sum(), reports.stream().mapToInt(Report::rejected).sum(), codes,
        reports.stream().mapToLong(Report::maxNanos).max().orElse(0),
        reports.stream().mapToLong(Report::maxAllocated).max().orElse(0),
        reports.stream().mapToLong(Report::readMillis).sum(), reports.stream().mapToLong(Report::mutateMillis).sum(),
        reports.stream().mapToLong(Report::checkMillis).sum(),
        reports.stream().mapToLong(Report::millis).max().orElse(0), failures);
  }

  /** One lane: a single mutation sequence from {@code seed}. */
  static Report run(long seed, int iterations, long timeoutMillis) {
    List<Seed> seeds = seeds();
    Mutator mutator = new Mutator(seeds.stream().map(Seed::bytes).toList(), new SplittableRandom(seed));
    SplittableRandom choices = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    String doc = formatDoc();
    Set<ErrorCode> documented = EnumSet.noneOf(ErrorCode.class);
    for (ErrorCode code : ErrorCode.values()) {
      if (doc.contains("`" + code.name() + "`")) {
        documented.add(code);
      }
    }
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "reader-fuzz");
      t.setDaemon(true);
      return t;
    });
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int valid = 0;
    int rejected = 0;
    long maxNanos = 0;
    long maxAllocated = 0;
    long readNanos = 0;
    long mutateNanos = 0;
    long checkNanos = 0;
    Map<ErrorCode, Integer> firstCodes = new EnumMap<>(ErrorCode.class);
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    AtomicLong startedAt = new AtomicLong();
    AtomicInteger current = new AtomicInteger();
    try {
      for (int done = 0; done < iterations && failures.size() < 20; ) {
        // A batch per hand-over to the reader thread: on a loaded machine one hand-over per document costs more
        // than the read. The timeout is still per document: the worker stamps each document's start.
        List<Job> batch = new ArrayList<>();
        for (int b = 0; b < BATCH && done + b < iterations; b++) {
          long generated = System.nanoTime();
          Mutator.Mutant m = mutator.next();
          mutateNanos += System.nanoTime() - generated;
          Seed origin = seeds.get(m.seed());
          int pick = choices.nextInt(10);
          DocumentKind<?> expected = pick < 4 ? null : pick < 8 ? origin.kind()
              : DocumentKind.all().get(choices.nextInt(DocumentKind.all().size()));
          SamJson json = choices.nextInt(5) == 0 ? LENIENT : STRICT;
          boolean stream = choices.nextInt(20) == 0;
          String where = "#" + (done + b) + " " + m.description() + " as " + expected
              + (json == LENIENT ? " lenient" : "") + (stream ? " stream" : "");
          batch.add(new Job(m.bytes(), expected, json, stream, where, new long[2], new Object[1]));
        }
        Future<?> future = worker.submit(() -> {
          for (int j = 0; j < batch.size(); j++) {
            Job job = batch.get(j);
            current.set(j);
            startedAt.set(System.nanoTime());
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
              job.outcome()[0] = job.stream() ? job.json().reader().read(new ByteArrayInputStream(job.bytes()),
                  job.expected()) : job.expected() == null ? job.json().reader().read(job.bytes())
                  : job.json().reader().read(job.bytes(), job.expected());
            } catch (Throwable t) {
              job.outcome()[0] = t;
            }
            job.cost()[0] = System.nanoTime() - startedAt.get();
            job.cost()[1] = threads.getCurrentThreadAllocatedBytes() - before;
          }
        });
        while (!future.isDone()) {
          try {
            future.get(50, TimeUnit.MILLISECONDS);
          } catch (TimeoutException e) {
            if (System.nanoTime() - startedAt.get() > timeoutMillis * 1_000_000L && !future.isDone()) {
              failures.add(batch.get(current.get()).where() + ": no result within " + timeoutMillis + " ms");
              future.cancel(true);
              return report(valid, rejected, firstCodes, maxNanos, maxAllocated, readNanos, mutateNanos, checkNanos,
                  start, failures);
            }
          } catch (ExecutionException e) {
            throw new IllegalStateException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        }
        for (Job job : batch) {
          done++;
          if (job.outcome()[0] instanceof Throwable t) {
            failures.add(job.where() + ": threw " + t);
            continue;
          }
          ReadResult<?> r = (ReadResult<?>) job.outcome()[0];
          maxNanos = Math.max(maxNanos, job.cost()[0]);
          readNanos += job.cost()[0];
          maxAllocated = Math.max(maxAllocated, job.cost()[1]);
          if (job.cost()[1] > ALLOCATION_FLOOR + ALLOCATION_FACTOR * job.bytes().length) {
            failures.add(job.where() + ": allocated " + job.cost()[1] + " bytes for " + job.bytes().length
                + " input bytes");
          }
          long t1 = System.nanoTime();
          try {
            String problem = check(job.json(), r, job.expected(), job.bytes(), documented);
            if (problem != null) {
              failures.add(job.where() + ": " + problem);
            }
          } catch (RuntimeException | StackOverflowError e) {
            failures.add(job.where() + ": the oracle threw " + e);
          }
          checkNanos += System.nanoTime() - t1;
          if (r.isValid()) {
            valid++;
          } else {
            rejected++;
            firstCodes.merge(r.errors().get(0).code(), 1, Integer::sum);
          }
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return report(valid, rejected, firstCodes, maxNanos, maxAllocated, readNanos, mutateNanos, checkNanos, start,
        failures);
  }

  /** One document for the reader thread; {@code cost} = nanoseconds, bytes allocated; {@code outcome} = result. */
  private record Job(byte[] bytes, DocumentKind<?> expected, SamJson json, boolean stream, String where, long[] cost,
      Object[] outcome) {}

  private static Report report(int valid, int rejected, Map<ErrorCode, Integer> firstCodes, long maxNanos,
      long maxAllocated, long readNanos, long mutateNanos, long checkNanos, long start, List<String> failures) {
    return new Report(valid + rejected, valid, rejected, firstCodes, maxNanos, maxAllocated, readNanos / 1_000_000,
        mutateNanos / 1_000_000, checkNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000, failures);
  }

  /** The oracle for one outcome: null when it holds, otherwise what is wrong. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static String check(SamJson json, ReadResult<?> r, DocumentKind<?> expected, byte[] input,
      Set<ErrorCode> documented) {
    if (r.isValid() == !r.errors().isEmpty()) {
      return "valid " + r.isValid() + " with errors " + r.errors();
    }
    if (r.isValid()) {
      DocumentKind kind = r.kind().orElse(null);
      if (kind == null || expected != null && kind != expected || !kind.type().isInstance(r.value().orElseThrow())) {
        return "a valid result of the wrong kind " + kind;
      }
      byte[] written = json.writer().write(r);
      ReadResult<?> again = json.reader().read(written, kind);
      if (!again.isValid()) {
        return "an accepted document does not read back after writing: " + again.errors();
      }
      if (!again.value().equals(r.value())) {
        return "an accepted document reads back different after writing";
      }
      if (!Arrays.equals(written, json.writer().write(again))) {
        return "an accepted document is not byte-stable after writing";
      }
      JsonNode sent = exactTree(input);
      if (sent != null && r.sourceVersion().map(FormatVersion::isReadableAsCurrent).orElse(false)) {
        String changed = changedExtensionNumber(sent, exactTree(written), "");
        if (changed != null) {
          return "an extension number changed: " + changed;
        }
        if (json.mode() == ReadMode.STRICT && kind != DocumentKind.PSEUDONYMISED_COHORT) {
          String badId = invisibleOrCprId(sent, "");
          if (badId != null) {
            return "an accepted document holds an id nobody can see or a CPR-like id at " + badId;
          }
        }
      }
      return null;
    }
    JsonNode tree = null;
    for (ReadError e : r.errors()) {
      if (!isPointer(e.pointer())) {
        return "not a JSON Pointer: " + e.pointer() + " (" + e.code() + ")";
      }
      if (!documented.contains(e.code())) {
        return "an undocumented code " + e.code();
      }
      if (e.messageDa().isBlank() || e.messageEn().isBlank()) {
        return "a blank message for " + e.code();
      }
      if (Redaction.containsCprLike(e.pointer()) || Redaction.containsCprLike(e.messageEn())
          || Redaction.containsCprLike(e.messageDa())) {
        return "CPR-like text in an error: " + e.code();
      }
      if (r.sourceVersion().isPresent() && !e.pointer().isEmpty()) {
        if (tree == null) {
          tree = plainTree(input);
          if (tree == null) {
            continue;
          }
        }
        String parent = e.pointer().substring(0, e.pointer().lastIndexOf('/'));
        if (tree.at(JsonPointer.compile(parent)).isMissingNode()) {
          return "the pointer " + e.pointer() + " (" + e.code() + ") is not in the document";
        }
        if (POINT_AT_A_VALUE.contains(e.code()) && tree.at(JsonPointer.compile(e.pointer())).isMissingNode()) {
          return "the pointer " + e.pointer() + " (" + e.code() + ") names a member that is not in the document";
        }
      }
    }
    return null;
  }

  /**
   * RFC 6901 syntax: empty, or "/" followed by reference tokens in which "~" is only ever followed by 0 or 1. A
   * linear scan: a regular expression recursed once per character and overflowed the stack on the long pointers
   * (huge keys) of the 1,000,000-document run.
   */
  static boolean isPointer(String p) {
    if (!p.isEmpty() && p.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == '~' && (i + 1 == p.length() || (p.charAt(i + 1) != '0' && p.charAt(i + 1) != '1'))) {
        return false;
      }
    }
    return true;
  }

  /** Codes whose pointer names a value that was sent (a reference, a repeated id), not a missing member. */
  private static final Set<ErrorCode> POINT_AT_A_VALUE = EnumSet.of(ErrorCode.UNKNOWN_REFERENCE,
      ErrorCode.DUPLICATE_ID, ErrorCode.INVALID_CPR);

  /** A parser for the oracle that keeps every number exactly (BigDecimal with its scale). */
  @SuppressWarnings("deprecation") // exact BigDecimal nodes; the non-deprecated way is newer than the oldest Jackson the SDK supports (2.17)
  private static final ObjectMapper EXACT = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(5000).maxNumberLength(100_000)
          .maxStringLength(50_000_000).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true)).build();

  private static JsonNode exactTree(byte[] input) {
    try {
      return EXACT.readTree(input);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The first number inside an extension of {@code sent} that {@code written} does not hold with the same value. */
  static String changedExtensionNumber(JsonNode sent, JsonNode written, String pointer) {
    if (written == null) {
      return null;
    }
    if (sent.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = sent.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        String found = e.getKey().equals("extensions") && e.getValue().isObject()
            ? changedNumber(e.getValue(), written.get("extensions"), child)
            : changedExtensionNumber(e.getValue(), written.get(e.getKey()), child);
        if (found != null) {
          return found;
        }
      }
    } else if (sent.isArray()) {
      for (int i = 0; i < sent.size(); i++) {
        String found = changedExtensionNumber(sent.get(i), written.get(i), pointer + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String changedNumber(JsonNode sent, JsonNode written, String pointer) {
    if (sent.isNumber()) {
      return written != null && written.isNumber() && written.decimalValue().compareTo(sent.decimalValue()) == 0
          ? null : pointer + ": " + sent + " became " + written;
    }
    if (written == null || sent.getNodeType() != written.getNodeType()) {
      return sent.isContainerNode() ? pointer + ": " + sent.getNodeType() + " became " + written : null;
    }
    if (sent.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = sent.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String found = changedNumber(e.getValue(), written.get(e.getKey()), pointer + "/" + e.getKey());
        if (found != null) {
          return found;
        }
      }
    } else if (sent.isArray()) {
      for (int i = 0; i < sent.size(); i++) {
        String found = changedNumber(sent.get(i), written.get(i), pointer + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The pointer of the first {@code id} or {@code …Id} string outside extensions that the SDK's id rule refuses. */
  static String invisibleOrCprId(JsonNode node, String pointer) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (key.equals("extensions")) {
          continue;
        }
        String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
        if ((key.equals("id") || key.endsWith("Id")) && e.getValue().isTextual()
            && !new dk.samarbejdsmodel.core.Violations().id(key, e.getValue().textValue()).isEmpty()) {
          return child;
        }
        String found = invisibleOrCprId(e.getValue(), child);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = node.get(i).isTextual() && pointer.endsWith("Ids")
            && !new dk.samarbejdsmodel.core.Violations().id("x", node.get(i).textValue()).isEmpty()
            ? pointer + "/" + i : invisibleOrCprId(node.get(i), pointer + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static JsonNode plainTree(byte[] input) {
    try {
      return PLAIN.readTree(input);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String formatDoc() {
    for (Path p : List.of(Path.of("../docs/format.md"), Path.of("docs/format.md"))) {
      if (Files.exists(p)) {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("docs/format.md not found from " + Path.of("").toAbsolutePath());
  }

  @Test
  void every_mutated_document_gives_a_valid_value_or_documented_errors_with_pointers() {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int iterations = Integer.getInteger("fuzz.iterations", DEFAULT_ITERATIONS);
    long timeout = Long.getLong("fuzz.timeoutMs", 60_000L); // a hang detector, not a speed check: generous, so a loaded machine does not fail it
    int lanes = Integer.getInteger("fuzz.lanes", 2);
    Report report = run(seed, iterations, timeout, lanes);
    System.out.println(report.summary(seed) + " (" + lanes + " lanes; time figures are sums over lanes except "
        + "'in all')");
    if (!report.failures().isEmpty()) {
      fail(report.failures().size() + " failing documents, first ones:\n" + String.join("\n", report.failures()));
    }
    assertEquals(iterations, report.documents());
    assertTrue(report.valid() > 0 && report.rejected() > report.valid(),
        "the mutants must exercise both outcomes: " + report.summary(seed));
  }

  @Test
  void the_pointer_check_is_linear_and_strict() {
    assertTrue(isPointer("") && isPointer("/") && isPointer("/a~0b~1c/0") && isPointer("/" + "k".repeat(200_000)));
    assertTrue(!isPointer("a") && !isPointer("/a~") && !isPointer("/a~2"));
  }

  @Test
  void every_seed_reads_as_its_corpus_says() {
    // Valid seeds read and invalid ones do not; otherwise the fuzzer would mutate something else than it claims.
    for (Seed s : seeds()) {
      ReadResult<?> r = STRICT.reader().read(s.bytes(), s.kind());
      assertEquals(s.valid(), r.isValid(), () -> s.kind() + " " + r.errors());
    }
  }
}
