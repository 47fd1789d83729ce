package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.SamJson;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Referencetjenesten — a vendor's case-system service around the SDK: Spring Boot 4, PostgreSQL, and the SDK's
 * reader, writer, rules, consent and report inside. See {@code docs/service.md} for the endpoints.
 *
 * <p>The SDK's objects are immutable and thread-safe, so each is built once here and shared by every request
 * thread. Start it with {@link ServiceDemo} (which also starts a local PostgreSQL and loads the sample data) or
 * with this class and the standard {@code spring.datasource.*} properties.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceApplication {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceApplication.class);

  /** Time zone of the municipalities: "today" for a default date is today in Denmark. */
  public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /** Starts the service with Spring Boot's usual arguments and properties. */
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, args);
  }

  /**
   * The SDK's catalogue: the built-in programmes, instruments and rules plus the plugins on the class path, found
   * once and handed to everything that needs it.
   */
  @Bean
  Catalogue catalogue() {
    return Catalogue.standard();
  }

  /** The SDK's reader and writer: strict, 16 MiB document limit, the service's catalogue. */
  @Bean
  SamJson samJson(Catalogue catalogue) {
    return SamJson.builder().catalogue(catalogue).build();
  }

  /** The rule evaluator of the catalogue. */
  @Bean
  RuleEvaluator ruleEvaluator(Catalogue catalogue) {
    return catalogue.evaluator();
  }

  /** The clock for default dates and timestamps (handed in, never read from a static). */
  @Bean
  Clock clock() {
    return Clock.system(DANISH_TIME);
  }

  /**
   * Tomcat answers {@code Expect: 100-continue} only when the body is read, so a client announcing a body over the
   * limit gets 413 without sending it.
   */
  @Bean
  TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
    return connector -> connector.setProperty("continueResponseTiming", "onRead");
  }

  /** The pseudonymiser of the evaluator report's view. */
  @Bean
  Pseudonymiser pseudonymiser(ServiceProperties properties) {
    String key = properties.pseudonymisationKey();
    if (key == null || key.isBlank()) {
      LOG.warn("sam.pseudonymisation-key is not set: using a random key for this run; pseudonyms in cohort reports "
          + "will not link across restarts");
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return Pseudonymiser.withKey(random);
    }
    return Pseudonymiser.withKey(Base64.getDecoder().decode(key.trim()));
  }
}
