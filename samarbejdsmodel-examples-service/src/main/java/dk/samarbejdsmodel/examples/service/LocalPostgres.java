package dk.samarbejdsmodel.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * En lokal PostgreSQL — a throw-away PostgreSQL server for the tests and the demo: {@code initdb} in a temporary
 * directory and {@code pg_ctl start} on a free loopback port, with the binaries of the machine's own PostgreSQL
 * installation (Debian's {@code postgresql} package puts them in {@code /usr/lib/postgresql/<major>/bin}).
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root (as CI does), every PostgreSQL command runs as
 * the {@code postgres} system user through {@code runuser -u postgres --}, and the temporary directory is handed
 * to that user; otherwise the commands run directly as the current user.
 *
 * <p>The server listens on 127.0.0.1 only, with password (SCRAM) authentication for a random password, and its
 * Unix socket in the temporary directory. {@link #stop(boolean)} and {@link #start()} stop and start the same
 * server again (same data, same port) — the fault tests use them to take the database away under load.
 * {@link #close()} stops it and deletes the directory.
 *
 * <p>Without PostgreSQL binaries {@link #start(Settings)} fails with {@link #HOW_TO_GET_ONE}; it never pretends.
 */
public final class LocalPostgres implements AutoCloseable {

  /** The message given when no PostgreSQL can be found. */
  public static final String HOW_TO_GET_ONE = "No PostgreSQL server binaries (initdb, pg_ctl) were found. The service "
      + "and its tests need a real PostgreSQL: install Debian's package (apt-get install -y postgresql; the binaries "
      + "land in /usr/lib/postgresql/<major>/bin, and set SAM_PG_BIN to another bin directory if yours are elsewhere), "
      + "or point them at an existing server with SAM_PG_URL=jdbc:postgresql://host:port/database plus SAM_PG_USER and "
      + "SAM_PG_PASSWORD.";

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
  private static final String USER = "sam";

  /**
   * How the server is set up.
   *
   * @param durable {@code false} switches off {@code fsync} and {@code full_page_writes}: a crash of the operating
   *     system could lose data, a crash of PostgreSQL itself cannot (commits stay synchronous). Tests use it to
   *     spare the disk; throughput measurements keep the defaults ({@code true}).
   */
  public record Settings(boolean durable) {
    /** The defaults of PostgreSQL ({@code fsync} on). */
    public static Settings defaults() {
      return new Settings(true);
    }

    /** For tests: {@code fsync} off, commits still synchronous. */
    public static Settings forTests() {
      return new Settings(false);
    }
  }

  private final Path bin;
  private final Path dir;
  private final Path data;
  private final Path log;
  private final boolean asPostgresUser;
  private final int port;
  private final String password;
  private final Settings settings;
  private volatile boolean running;

  private LocalPostgres(Path bin, Path dir, boolean asPostgresUser, int port, String password, Settings settings) {
    this.bin = bin;
    this.dir = dir;
    this.data = dir.resolve("data");
    this.log = dir.resolve("postgres.log");
    this.asPostgresUser = asPostgresUser;
    this.port = port;
    this.password = password;
    this.settings = settings;
  }

  /**
   * Creates and starts a new server.
   *
   * @throws IllegalStateException with {@link #HOW_TO_GET_ONE} when there are no PostgreSQL binaries, or with
   *     PostgreSQL's own log when it does not start
   */
  public static LocalPostgres start(Settings settings) {
    Path bin = findBinaries().orElseThrow(() -> new IllegalStateException(HOW_TO_GET_ONE));
    boolean root = isRoot();
    Path dir;
    try {
      dir = Files.createTempDirectory("sam-postgres-");
      String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      Path pwfile = dir.resolve("pwfile");
      Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
      if (root) {
        handToPostgres(dir);
      }
      LocalPostgres pg = new LocalPostgres(bin, dir, root, freePort(), password, settings);
      try {
        pg.run(List.of(bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", USER,
            "--pwfile=" + pwfile, "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8",
            "--no-locale", "--no-sync", "--no-instructions"), "initdb");
        Files.deleteIfExists(pwfile);
        pg.start();
      } catch (RuntimeException e) {
        pg.close();
        throw e;
      }
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a PostgreSQL data directory", e);
    }
  }

  /** The JDBC URL of the {@code postgres} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The database user (a superuser of this throw-away server). */
  public String user() {
    return USER;
  }

  /** The user's password (random per server). */
  public String password() {
    return password;
  }

  /** The TCP port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Whether the server is running (as far as this object started and stopped it). */
  public boolean isRunning() {
    return running;
  }

  /** Starts the (stopped) server again, on the same port with the same data; waits until it accepts connections. */
  public synchronized void start() {
    if (running) {
      return;
    }
    StringBuilder options = new StringBuilder().append("-p ").append(port)
        .append(" -c listen_addresses=127.0.0.1 -k ").append(dir)
        .append(" -c max_connections=60");
    if (!settings.durable()) {
      options.append(" -c fsync=off -c full_page_writes=off");
    }
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
        "-o", options.toString(), "start"), "pg_ctl start");
    running = true;
  }

  /**
   * Stops the server.
   *
   * @param immediate {@code true} for {@code -m immediate} (as a crash: no checkpoint, connections cut; committed
   *     transactions are recovered from the write-ahead log at the next start), {@code false} for {@code -m fast}
   */
  public synchronized void stop(boolean immediate) {
    if (!running) {
      return;
    }
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", immediate ? "immediate" : "fast",
        "-w", "-t", "60", "stop"), "pg_ctl stop");
    running = false;
  }

  /** Stops the server (fast) and deletes its directory. */
  @Override
  public synchronized void close() {
    try {
      stop(false);
    } catch (RuntimeException e) {
      // best effort: the directory is removed below either way
    }
    deleteTree(dir);
  }

  @Override
  public String toString() {
    return "LocalPostgres[127.0.0.1:" + port + ", " + (running ? "running" : "stopped") + "]";
  }

  /**
   * The bin directory of a PostgreSQL installation: the system property {@code sam.pg.bin} or the environment
   * variable {@code SAM_PG_BIN}, else the newest
   * {@code /usr/lib/postgresql/<major>/bin}, else the directory of {@code pg_ctl} on the {@code PATH}.
   */
  public static Optional<Path> findBinaries() {
    String configured = System.getProperty("sam.pg.bin", System.getenv("SAM_PG_BIN"));
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p.resolve("initdb")) ? Optional.of(p) : Optional.empty();
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparingInt(b -> majorOf(b.getParent().getFileName().toString())));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        // fall through to the PATH
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        Path b = Path.of(d);
        if (Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb"))) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  private static int majorOf(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return uid instanceof Integer i && i == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static void handToPostgres(Path dir) throws IOException {
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal postgres;
    try {
      postgres = users.lookupPrincipalByName("postgres");
    } catch (IOException e) {
      throw new IllegalStateException("running as root, PostgreSQL must run as the 'postgres' system user, which does "
          + "not exist here. " + HOW_TO_GET_ONE, e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.setOwner(p, postgres);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void run(List<String> command, String what) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Path output = dir.resolve("command.out");
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(what + " did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s"
            + tail(output) + tail(log));
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(what + " failed with exit code " + p.exitValue() + tail(output) + tail(log));
      }
    } catch (IOException e) {
      throw new IllegalStateException(what + " could not be run (" + e.getMessage() + "). " + HOW_TO_GET_ONE, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted", e);
    }
  }

  private static String tail(Path file) {
    try {
      if (!Files.exists(file)) {
        return "";
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return "\n--- " + file.getFileName() + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a temporary directory; the operating system cleans up what is left
    }
  }
}
