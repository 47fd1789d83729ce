package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Samlet kørsel: runs B1–B6 in one go and prints the results table with the ratios the issue sets targets for.
 * B1–B5 run under JMH (each benchmark class in its own forked JVMs, as annotated); B5 also launches whole
 * {@code java} processes ({@link ColdStartMain}); B6 measures with JOL in this JVM. Any arguments are JMH
 * command-line options applied to every JMH run, e.g. {@code -prof gc}.
 *
 * <pre>{@code
 * java -Djdk.attach.allowAttachSelf=true -cp samarbejdsmodel-benchmarks/target/benchmarks.jar \
 *     dk.samarbejdsmodel.benchmarks.RunAll | tee benchmark-results.txt
 * }</pre>
 */
public final class RunAll {

  private static final int PROCESS_RUNS = 5;

  private RunAll() {}

  /** Runs everything. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    String loadBefore = load();
    long started = System.nanoTime();
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (Exception e) {
      throw new IllegalArgumentException("not JMH options: " + String.join(" ", args), e);
    }
    Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
        .include(ReadBenchmark.class.getSimpleName())
        .include(WriteBenchmark.class.getSimpleName())
        .include(RulesBenchmark.class.getSimpleName())
        .include(CohortBenchmark.class.getSimpleName())
        .include(ColdStartBenchmark.class.getSimpleName())
        .build()).run();
    Map<String, Result<?>> r = new HashMap<>();
    for (RunResult rr : results) {
      String name = rr.getParams().getBenchmark();
      r.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), rr.getPrimaryResult());
    }
    String loadAfterJmh = load();

    double[] processes = processColdStarts();

    byte[] json = CourseDocument.bytes();
    Course read = SamJson.defaults().reader().read(json, DocumentKind.COURSE).orElseThrow();
    long retainedRead = Footprint.retained(read,
        SamJson.defaults().reader().read(json, DocumentKind.COURSE).orElseThrow());
    long retainedBuilt = Footprint.retained(Fixtures.realisticCourse(), Fixtures.realisticCourse());
    long retainedAlone = Footprint.retained(read);
    long reachableRead = Footprint.reachable(read);

    List<String> rows = new ArrayList<>();
    rows.add("| benchmark | ours | baseline | ratio | target | met? |");
    rows.add("|---|---|---|---|---|---|");
    rows.add(row("B1 read: SamJson vs Jackson mirror", r, "ReadBenchmark.samJson", "ReadBenchmark.jacksonMirror",
        "≤ 1.5×", 1.5, false));
    rows.add(row("B1 floor: SamJson vs streaming token walk", r, "ReadBenchmark.samJson",
        "ReadBenchmark.streamingFloor", "(information)", Double.NaN, false));
    rows.add(row("B1 floor: Jackson mirror vs streaming token walk", r, "ReadBenchmark.jacksonMirror",
        "ReadBenchmark.streamingFloor", "(information)", Double.NaN, false));
    rows.add(row("B2 write: SamJson vs Jackson mirror", r, "WriteBenchmark.samJson", "WriteBenchmark.jacksonMirror",
        "≤ 1.3×", 1.3, false));
    rows.add(row("B3 rules + due items vs B1 SamJson read", r, "RulesBenchmark.rulesAndDueItems",
        "ReadBenchmark.samJson", "< 1×", 1.0, true));
    rows.add(row("B4 change distribution, sequential vs primitive loop", r, "CohortBenchmark.measureSequential",
        "CohortBenchmark.primitiveLoop", "≤ 3×", 3.0, false));
    rows.add(row("B4 parallel vs sequential (speed-up = seq/par)", r, "CohortBenchmark.measureParallel",
        "CohortBenchmark.measureSequential", "speed-up ≥ 1.6×", 1 / 1.6, false));
    rows.add(row("B5 cold first read in a JMH fork: SamJson vs Jackson mirror", r, "ColdStartBenchmark.samJson",
        "ColdStartBenchmark.jacksonMirror", "(information)", Double.NaN, false));
    rows.add(String.format(Locale.ROOT, "| B5 whole process launch→exit (median of %d): SamJson vs Jackson mirror "
        + "| %.0f ms | %.0f ms | %.2f× | (information; JVM alone: %.0f ms) | – |", PROCESS_RUNS, processes[0],
        processes[1], processes[0] / processes[1], processes[2]));
    rows.add(String.format(Locale.ROOT, "| B6 retained heap of one more course read from JSON vs its JSON size "
        + "| %,d B | %,d B | %.2f× | ≤ 2× | %s |", retainedRead, json.length, (double) retainedRead / json.length,
        retainedRead <= 2L * json.length ? "yes" : "no"));
    rows.add(String.format(Locale.ROOT, "| B6 retained heap of one more course built in Java vs its JSON size "
        + "| %,d B | %,d B | %.2f× | (information) | – |", retainedBuilt, json.length,
        (double) retainedBuilt / json.length));

    System.out.println();
    System.out.println("## Results (" + java.time.Instant.now() + ")");
    System.out.println();
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("Raw JMH scores (score ± 99.9 % error):");
    r.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(Locale.ROOT,
        "  %-40s %12.3f ± %9.3f %s%n", e.getKey(), e.getValue().getScore(), e.getValue().getScoreError(),
        e.getValue().getScoreUnit()));
    System.out.printf(Locale.ROOT, "B6 the read course: marginal %,d B; without the SDK's constants but with JDK-shared "
        + "objects %,d B; everything reachable incl. the programme catalogue %,d B; JSON %,d B%n", retainedRead,
        retainedAlone, reachableRead, json.length);
    System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " processors, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    System.out.println("Load average (1/5/15 min): before " + loadBefore + ", after JMH " + loadAfterJmh
        + ", at the end " + load());
    System.out.printf(Locale.ROOT, "Total time: %.1f min%n", (System.nanoTime() - started) / 60e9);
  }

  private static String row(String label, Map<String, Result<?>> r, String ours, String base, String target,
      double limit, boolean strict) {
    Result<?> a = r.get(ours);
    Result<?> b = r.get(base);
    if (a == null || b == null) {
      return "| " + label + " | not run | not run | – | " + target + " | – |";
    }
    double ratio = a.getScore() / b.getScore();
    String met = Double.isNaN(limit) ? "–" : (strict ? ratio < limit : ratio <= limit) ? "yes" : "no";
    String shown = label.startsWith("B4 parallel")
        ? String.format(Locale.ROOT, "%.2f× faster", 1 / ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", label, fmt(a), fmt(b), shown, target, met);
  }

  private static String fmt(Result<?> x) {
    return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", x.getScore(), x.getScoreError(), x.getScoreUnit());
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + "/" + f[1] + "/" + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Median launch-to-exit milliseconds of samjson, mirror and none. */
  private static double[] processColdStarts() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp;
    try {
      cp = new File(RunAll.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    String[] variants = {"samjson", "mirror", "none"};
    double[] out = new double[variants.length];
    for (int v = 0; v < variants.length; v++) {
      double[] ms = new double[PROCESS_RUNS];
      for (int i = 0; i < PROCESS_RUNS; i++) {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", cp, ColdStartMain.class.getName(), variants[v])
            .inheritIO().start();
        int code = p.waitFor();
        ms[i] = (System.nanoTime() - t0) / 1e6;
        if (code != 0) {
          throw new IllegalStateException(variants[v] + " exited with " + code);
        }
      }
      Arrays.sort(ms);
      out[v] = ms[PROCESS_RUNS / 2];
    }
    return out;
  }
}
