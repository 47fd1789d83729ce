package dk.samarbejdsmodel.examples.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service as the tests run it: a real PostgreSQL and the Spring Boot application on a free loopback port.
 *
 * <p>The database is {@code SAM_PG_URL} (with {@code SAM_PG_USER}, {@code SAM_PG_PASSWORD}) when that is set — the
 * tests then work in a schema of their own, dropped at the end — and otherwise a {@link LocalPostgres} started for
 * the run. Tests that stop the database always get a local one of their own ({@link #startWithOwnDatabase()}).
 * Without PostgreSQL binaries and without {@code SAM_PG_URL} the start fails with {@link LocalPostgres#HOW_TO_GET_ONE}:
 * the tests fail, they never skip.
 *
 * <p>Every log event of the application is captured ({@link #logs()}) for the personal-data scans.
 */
public final class ServiceUnderTest implements AutoCloseable {

  /** The pseudonymisation key the tests configure (base64 of 32 fixed bytes). */
  public static final byte[] KEY = "samarbejdsmodel-service-test-key".getBytes(StandardCharsets.US_ASCII);

  private static ServiceUnderTest shared;
  /**
   * The services alive in this JVM. Starting (or stopping) another Spring application resets logback, which detaches
   * and stops every appender; each start and stop therefore re-attaches the capture of the others, so a test's scan
   * never depends on which other test class ran before it.
   */
  private static final java.util.Set<ServiceUnderTest> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final LocalPostgres postgres;
  private final String externalSchema;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final ConfigurableApplicationContext context;
  private final URI base;
  private final HttpClient http;
  private final ConcurrentLinkedQueue<String> logs = new ConcurrentLinkedQueue<>();
  private final AtomicInteger logCount = new AtomicInteger();
  private final AppenderBase<ILoggingEvent> appender;

  private ServiceUnderTest(LocalPostgres postgres, String externalSchema, String jdbcUrl, String user,
      String password) {
    this.postgres = postgres;
    this.externalSchema = externalSchema;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", jdbcUrl);
    p.put("spring.datasource.username", user);
    p.put("spring.datasource.password", password);
    if (externalSchema != null) {
      p.put("spring.flyway.schemas", externalSchema);
      p.put("spring.flyway.create-schemas", "true");
    }
    p.put("server.address", "127.0.0.1");
    p.put("server.port", "0");
    p.put("sam.pseudonymisation-key", Base64.getEncoder().encodeToString(KEY));
    p.put("logging.threshold.console", "WARN");
    // as arguments: they take precedence over application.properties (builder properties would not)
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    this.context = new SpringApplicationBuilder(ServiceApplication.class).run(args);
    this.base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .build();
    this.appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent e) {
        if (logCount.incrementAndGet() > 400_000) {
          return;
        }
        StringBuilder b = new StringBuilder().append(e.getLevel()).append(' ').append(e.getLoggerName()).append(' ')
            .append(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
          b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        logs.add(b.toString());
      }
    };
    LIVE.add(this);
    LIVE.forEach(ServiceUnderTest::attachLogCapture);
  }

  /** Starts the capture and attaches it to the root logger, unless a logback reset is not in between. */
  private synchronized void attachLogCapture() {
    LoggerContext lc = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = lc.getLogger(Logger.ROOT_LOGGER_NAME);
    if (!appender.isStarted()) {
      appender.setContext(lc);
      appender.start();
    }
    if (!root.isAttached(appender)) {
      root.addAppender(appender);
    }
  }

  /** The service shared by the tests of this JVM (started at first use, stopped when the JVM ends). */
  public static synchronized ServiceUnderTest shared() {
    if (shared == null) {
      shared = start(false);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-service-under-test"));
    }
    return shared;
  }

  /** A service with a local PostgreSQL of its own, for tests that stop and start the database. */
  public static ServiceUnderTest startWithOwnDatabase() {
    return start(true, LocalPostgres.Settings.forTests());
  }

  /** A service with a local PostgreSQL of its own, set up as given (the throughput measurement keeps fsync on). */
  public static ServiceUnderTest startWithOwnDatabase(LocalPostgres.Settings settings) {
    return start(true, settings);
  }

  private static ServiceUnderTest start(boolean ownDatabase) {
    return start(ownDatabase, LocalPostgres.Settings.forTests());
  }

  private static ServiceUnderTest start(boolean ownDatabase, LocalPostgres.Settings settings) {
    String url = System.getenv("SAM_PG_URL");
    if (!ownDatabase && url != null && !url.isBlank()) {
      String schema = "sam_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      String separator = url.contains("?") ? "&" : "?";
      return new ServiceUnderTest(null, schema, url + separator + "currentSchema=" + schema,
          System.getenv().getOrDefault("SAM_PG_USER", "postgres"),
          System.getenv().getOrDefault("SAM_PG_PASSWORD", ""));
    }
    LocalPostgres pg = LocalPostgres.start(settings);
    try {
      return new ServiceUnderTest(pg, null, pg.jdbcUrl(), pg.user(), pg.password());
    } catch (RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  /** The local database, if this service has one (the fault tests stop and start it). */
  public LocalPostgres postgres() {
    if (postgres == null) {
      throw new IllegalStateException("this service runs against SAM_PG_URL, not a local PostgreSQL");
    }
    return postgres;
  }

  /** A bean of the application. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Direct SQL on the service's database (for checks and for planting old rows). */
  public JdbcClient jdbc() {
    return JdbcClient.create(context.getBean(DataSource.class));
  }

  /** A fresh connection outside the service's pool (checks after a database restart). */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  /** The URI of a path. */
  public URI uri(String path) {
    return base.resolve(path);
  }

  /** The base URI. */
  public URI base() {
    return base;
  }

  /** The HTTP client (HTTP/1.1). */
  public HttpClient http() {
    return http;
  }

  /** A request builder for a path, with a 30-second timeout. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  /** Sends and returns the response with its body as a string (UTF-8). */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code PUT} of a JSON body with optional {@code If-Match}. */
  public HttpResponse<String> put(String path, String json, String ifMatch) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .header("X-Actor", "caseworker-1").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b.build());
  }

  /** {@code GET} with an optional {@code Accept-Language}. */
  public HttpResponse<String> get(String path, String language) {
    HttpRequest.Builder b = request(path).header("X-Actor", "caseworker-1").GET();
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return send(b.build());
  }

  /** {@code POST} of a JSON body. */
  public HttpResponse<String> post(String path, String json, String language) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .header("X-Actor", "caseworker-1").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return send(b.build());
  }

  /** Every log event captured so far (level, logger, message, exception classes and messages). */
  public List<String> logs() {
    return new ArrayList<>(logs);
  }

  /** Stops the application and the database (or drops the test schema). */
  @Override
  public synchronized void close() {
    LIVE.remove(this);
    LoggerContext lc = (LoggerContext) LoggerFactory.getILoggerFactory();
    lc.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    if (context.isActive()) {
      context.close();
    }
    LIVE.forEach(ServiceUnderTest::attachLogCapture);
    if (postgres != null) {
      postgres.close();
    } else if (externalSchema != null) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + externalSchema.toLowerCase(Locale.ROOT) + " CASCADE");
      } catch (SQLException e) {
        // the schema stays behind; its name says what it was
      }
    }
  }
}
