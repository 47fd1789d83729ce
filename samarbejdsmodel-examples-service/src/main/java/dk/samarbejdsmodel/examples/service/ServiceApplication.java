package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json3.SamarbejdsmodelJackson3Module;
import dk.samarbejdsmodel.validation.SamValidationSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.hibernate.validator.HibernateValidatorConfiguration;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

  /**
   * The SDK's Jackson 3 module on Boot's {@code JsonMapper}, built with the service's {@link SamJson}: findings, due
   * items, schedules, consent decisions and report tables in responses are written in the format's conventions
   * (docs/getting-started.md §10), not by Jackson's bean introspection.
   */
  @Bean
  JsonMapperBuilderCustomizer samarbejdsmodelJackson(SamJson json) {
    return builder -> builder.addModule(new SamarbejdsmodelJackson3Module(json));
  }

  /**
   * The validation module's settings on Boot's Hibernate Validator: {@code @ValidDocument} and the other constraints
   * use the service's {@link SamJson} and rule evaluator, not the defaults.
   */
  @Bean
  ValidationConfigurationCustomizer samarbejdsmodelValidation(SamJson json, RuleEvaluator rules) {
    return configuration -> {
      if (configuration instanceof HibernateValidatorConfiguration hibernate) {
        hibernate.constraintValidatorPayload(SamValidationSettings.of(json, rules));
      }
    };
  }

  /**
   * The request's language ({@link Lang}: Danish or English from {@code Accept-Language}, Danish by default) as
   * Spring's locale, so constraint messages are interpolated in the language of the response.
   */
  @Bean
  LocaleResolver localeResolver() {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return Lang.of(request);
      }

      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows Accept-Language");
      }
    };
  }

  /** Over-size bodies are refused before anything reads them ({@link BodyLimitInterceptor}). */
  @Bean
  WebMvcConfigurer bodyLimit(BodyLimitInterceptor interceptor) {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
      }
    };
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
