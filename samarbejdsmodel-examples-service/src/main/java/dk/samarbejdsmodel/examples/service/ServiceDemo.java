package dk.samarbejdsmodel.examples.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo — starts the service on the sample data: a throw-away local PostgreSQL (see {@link LocalPostgres}) unless
 * {@code SAM_PG_URL} names an existing server, then the service with {@code sam.sample-data=true} on port 8080
 * (or {@code --server.port=…}). Stop it with Ctrl-C; a local database is deleted on exit.
 *
 * <pre>
 * mvn -B -ntp -DskipTests -Pservice package                                  # from the project root
 * SAM_PG_URL=jdbc:postgresql://db:5432/sam SAM_PG_USER=sam SAM_PG_PASSWORD=… mvn -B -ntp -DskipTests -Pservice package
 * </pre>
 */
public final class ServiceDemo {

  private ServiceDemo() {}

  /** Starts the demo; arguments are Spring Boot's ({@code --server.port=9090} …). */
  public static void main(String[] args) {
    Map<String, Object> properties = new LinkedHashMap<>();
    String url = System.getenv("SAM_PG_URL");
    if (url == null || url.isBlank()) {
      LocalPostgres pg = LocalPostgres.start(LocalPostgres.Settings.defaults());
      Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "stop-local-postgres"));
      System.out.println("Started a local PostgreSQL for the demo on 127.0.0.1:" + pg.port()
          + " (deleted when the service stops)");
      properties.put("spring.datasource.url", pg.jdbcUrl());
      properties.put("spring.datasource.username", pg.user());
      properties.put("spring.datasource.password", pg.password());
    } else {
      properties.put("spring.datasource.url", url);
      properties.put("spring.datasource.username", System.getenv().getOrDefault("SAM_PG_USER", "postgres"));
      properties.put("spring.datasource.password", System.getenv().getOrDefault("SAM_PG_PASSWORD", ""));
    }
    properties.put("sam.sample-data", "true");
    // as arguments before the caller's: they take precedence over application.properties, the caller's over them
    String[] all = java.util.stream.Stream.concat(
        properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()), java.util.Arrays.stream(args))
        .toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ServiceApplication.class).run(all);
    String port = context.getEnvironment().getProperty("local.server.port", "8080");
    System.out.println("""

        The reference service runs on http://localhost:%1$s with the sample data. Try:
          curl -s http://localhost:%1$s/courses/course-sag4711/findings?date=2025-12-01
          curl -s http://localhost:%1$s/courses/course-sag4711/due-items?date=2025-12-01
          curl -s -X POST -H 'Content-Type: application/json' -d '{"professionalId":"sag4711-job_centre_consultant","date":"2025-12-01"}' http://localhost:%1$s/courses/course-sag4711/shares
          curl -s 'http://localhost:%1$s/cohort/report?asOf=2016-12-31'
        Stop with Ctrl-C.
        """.formatted(port));
  }
}
