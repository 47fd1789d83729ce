package dk.samarbejdsmodel.benchmarks;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Samlet kørsel: runs B1–B6 in one go and prints the results table with the ratios the targets are set for.
 * Each benchmark class runs as its own JMH run (forked JVMs) with JMH's GC profiler, so every figure has its
 * allocation per operation beside it and every row the load average (1 min) when its class started and ended.
 * B5 also launches whole {@code java} processes ({@link ColdStartMain}); B6 measures with JOL in this JVM.
 *
 * <p>{@code --quick} (about 2 minutes on 2 cores): B1–B4 with 1 fork, 3 × 1 s warm-up and 3 × 1 s measurement, B4
 * on a 200,000-response cohort, B5 in 3 forks and 3 processes each; for a first look and for regressions. The
 * full run (no flag, about 15 minutes) uses the iterations annotated on each class. Any further arguments are
 * JMH options applied to every run.
 *
 * <pre>{@code
 * java -Djdk.attach.allowAttachSelf=true -cp samarbejdsmodel-benchmarks/target/benchmarks.jar \
 *     dk.samarbejdsmodel.benchmarks.RunAll --quick | tee benchmark-results.txt
 * }</pre>
 */
public final class RunAll {

  private static final String ALLOC = "gc.alloc.rate.norm";

  private RunAll() {}

  /** One benchmark's result: score, error, unit and allocation per operation (NaN when not profiled). */
  private record Score(double score, double error, String unit, double bytesPerOp, String load) {}

  /** Runs everything. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    String[] jmhArgs = quick ? Arrays.copyOfRange(args, 1, args.length) : args;
    String loadBefore = load();
    long started = System.nanoTime();
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(jmhArgs);
    } catch (Exception e) {
      throw new IllegalArgumentException("not JMH options: " + String.join(" ", jmhArgs), e);
    }
    Map<String, Score> r = new HashMap<>();
    run(r, cli, ReadBenchmark.class, quick, true);
    run(r, cli, WriteBenchmark.class, quick, true);
    run(r, cli, RulesBenchmark.class, quick, true);
    run(r, cli, CohortBenchmark.class, quick, true);
    run(r, cli, ColdStartBenchmark.class, quick, false);
    String loadAfterJmh = load();

    int processRuns = quick ? 3 : 5;
    String processLoad = load();
    double[] processes = processColdStarts(processRuns);
    processLoad += "→" + load();

    byte[] json = CourseDocument.bytes();
    Course read = SamJson.defaults().reader().read(json, DocumentKind.COURSE).orElseThrow();
    long retainedRead = Footprint.retained(read,
        SamJson.defaults().reader().read(json, DocumentKind.COURSE).orElseThrow());
    long retainedBuilt = Footprint.retained(Fixtures.realisticCourse(), Fixtures.realisticCourse());
    long retainedAlone = Footprint.retained(read);
    long reachableRead = Footprint.reachable(read);

    List<String> rows = new ArrayList<>();
    rows.add("| benchmark | ours | alloc/op | baseline | alloc/op | ratio | target | met? | load (1 min) |");
    rows.add("|---|---|---|---|---|---|---|---|---|");
    rows.add(row("B1 read: SamJson vs Jackson mirror", r, "ReadBenchmark.samJson", "ReadBenchmark.jacksonMirror",
        "≤ 1.0×", 1.0, false));
    rows.add(row("B1 floor: SamJson vs streaming token walk", r, "ReadBenchmark.samJson",
        "ReadBenchmark.streamingFloor", "(information)", Double.NaN, false));
    rows.add(row("B1 floor: Jackson mirror vs streaming token walk", r, "ReadBenchmark.jacksonMirror",
        "ReadBenchmark.streamingFloor", "(information)", Double.NaN, false));
    rows.add(row("B2 write: SamJson vs Jackson mirror", r, "WriteBenchmark.samJson", "WriteBenchmark.jacksonMirror",
        "≤ 1.0×", 1.0, false));
    rows.add(row("B3 rules + due items vs B1 SamJson read", r, "RulesBenchmark.rulesAndDueItems",
        "ReadBenchmark.samJson", "< 1×", 1.0, true));
    rows.add(row("B4 change distribution, columnar vs primitive loop", r, "CohortBenchmark.columnarSequential",
        "CohortBenchmark.primitiveLoop", "≤ 2×", 2.0, false));
    rows.add(row("B4 parallel vs sequential, columnar (speed-up = seq/par)", r,
        "CohortBenchmark.columnarParallel", "CohortBenchmark.columnarSequential", "speed-up ≥ 1.8×", 1 / 1.8,
        false));
    rows.add(row("B4 change distribution, records vs primitive loop", r, "CohortBenchmark.measureSequential",
        "CohortBenchmark.primitiveLoop", "(information)", Double.NaN, false));
    rows.add(row("B4 parallel vs sequential, records (speed-up = seq/par)", r, "CohortBenchmark.measureParallel",
        "CohortBenchmark.measureSequential", "(information)", Double.NaN, false));
    rows.add(row("B5 cold first read in a JMH fork: SamJson vs Jackson mirror", r, "ColdStartBenchmark.samJson",
        "ColdStartBenchmark.jacksonMirror", "≤ 1.3×", 1.3, false));
    rows.add(String.format(Locale.ROOT, "| B5 whole process launch→exit (median of %d): SamJson vs Jackson mirror "
        + "| %.0f ms | | %.0f ms | | %.2f× | (information; JVM alone: %.0f ms) | – | %s |", processRuns,
        processes[0], processes[1], processes[0] / processes[1], processes[2], processLoad));
    rows.add(String.format(Locale.ROOT, "| B5 whole process CPU time, all threads (median of %d): SamJson vs Jackson "
        + "mirror | %.0f ms | | %.0f ms | | %.2f× | (information; less disturbed by load; JVM alone: %.0f ms) | – | %s |",
        processRuns, processes[3], processes[4], processes[3] / processes[4], processes[5], processLoad));
    rows.add(String.format(Locale.ROOT, "| B6 retained heap of one more course read from JSON vs its JSON size "
        + "| %,d B | | %,d B | | %.2f× | ≤ 2× | %s | – |", retainedRead, json.length,
        (double) retainedRead / json.length, retainedRead <= 2L * json.length ? "yes" : "no"));
    rows.add(String.format(Locale.ROOT, "| B6 retained heap of one more course built in Java vs its JSON size "
        + "| %,d B | | %,d B | | %.2f× | (information) | – | – |", retainedBuilt, json.length,
        (double) retainedBuilt / json.length));

    System.out.println();
    System.out.println("## Results (" + java.time.Instant.now() + (quick ? ", quick mode" : ", full run") + ")");
    System.out.println();
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("Raw JMH scores (score ± 99.9 % error; allocation per operation; load at start→end of the run):");
    r.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(Locale.ROOT,
        "  %-40s %12.3f ± %9.3f %-6s %14s  load %s%n", e.getKey(), e.getValue().score(), e.getValue().error(),
        e.getValue().unit(), bytes(e.getValue().bytesPerOp()), e.getValue().load()));
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

  private static void run(Map<String, Score> out, CommandLineOptions cli, Class<?> benchmark, boolean quick,
      boolean profileGc) throws RunnerException {
    ChainedOptionsBuilder o = new OptionsBuilder().parent(cli).include(benchmark.getSimpleName() + "\\.");
    if (profileGc) {
      o.addProfiler(GCProfiler.class);
    }
    if (quick) {
      if (benchmark == ColdStartBenchmark.class) {
        o.forks(3);
      } else {
        o.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
            .measurementTime(TimeValue.seconds(1));
      }
      if (benchmark == CohortBenchmark.class) {
        o.param("responses", "200000");
      }
    }
    String before = load1();
    List<RunResult> results = new ArrayList<>(new Runner(o.build()).run());
    String load = before + "→" + load1();
    for (RunResult rr : results) {
      String name = rr.getParams().getBenchmark();
      Result<?> p = rr.getPrimaryResult();
      Result<?> alloc = rr.getSecondaryResults().get(ALLOC);
      out.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), new Score(p.getScore(),
          p.getScoreError(), p.getScoreUnit(), alloc == null ? Double.NaN : alloc.getScore(), load));
    }
  }

  private static String row(String label, Map<String, Score> r, String ours, String base, String target,
      double limit, boolean strict) {
    Score a = r.get(ours);
    Score b = r.get(base);
    if (a == null || b == null) {
      return "| " + label + " | not run | | not run | | – | " + target + " | – | – |";
    }
    double ratio = a.score() / b.score();
    String met = Double.isNaN(limit) ? "–" : (strict ? ratio < limit : ratio <= limit) ? "yes" : "no";
    String shown = label.contains("speed-up")
        ? String.format(Locale.ROOT, "%.2f× faster", 1 / ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    String load = a.load().equals(b.load()) ? a.load() : a.load() + " / " + b.load();
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", label, fmt(a),
        bytes(a.bytesPerOp()), fmt(b), bytes(b.bytesPerOp()), shown, target, met, load);
  }

  private static String fmt(Score x) {
    return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", x.score(), x.error(), x.unit());
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "–";
    }
    return b >= 1e6 ? String.format(Locale.ROOT, "%,.1f MB", b / 1e6)
        : b >= 1e3 ? String.format(Locale.ROOT, "%,.0f KB", b / 1e3) : String.format(Locale.ROOT, "%,.0f B", b);
  }

  private static String load1() {
    String l = load();
    return l.contains("/") ? l.substring(0, l.indexOf('/')) : l;
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + "/" + f[1] + "/" + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /**
   * Median launch-to-exit milliseconds of samjson, mirror and none (indices 0–2), and the median CPU time each
   * process reported for itself (3–5). The variants take turns, so a change in the machine's load falls on all.
   */
  private static double[] processColdStarts(int runs) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp;
    try {
      cp = new File(RunAll.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    String[] variants = {"samjson", "mirror", "none"};
    double[][] ms = new double[variants.length][runs];
    double[][] cpu = new double[variants.length][runs];
    for (int i = 0; i < runs; i++) {
      for (int v = 0; v < variants.length; v++) {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", cp, ColdStartMain.class.getName(), variants[v],
            "--cpu").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        ms[v][i] = (System.nanoTime() - t0) / 1e6;
        if (code != 0) {
          throw new IllegalStateException(variants[v] + " exited with " + code + ": " + out);
        }
        int at = out.lastIndexOf("cpu-ms ");
        cpu[v][i] = at < 0 ? Double.NaN : Double.parseDouble(out.substring(at + 7).trim().split("\\s+")[0]);
      }
    }
    double[] result = new double[2 * variants.length];
    for (int v = 0; v < variants.length; v++) {
      Arrays.sort(ms[v]);
      Arrays.sort(cpu[v]);
      result[v] = ms[v][runs / 2];
      result[variants.length + v] = cpu[v][runs / 2];
    }
    return result;
  }
}
