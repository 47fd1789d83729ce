package dk.samarbejdsmodel.examples.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tjenestens indstillinger — the service's own settings ({@code sam.*} in {@code application.properties}).
 *
 * @param maxBodyBytes request bodies larger than this are refused with 413 before they are read
 * @param pseudonymisationKey base64 HMAC key of the pseudonymised view (at least 16 bytes); blank: a random key
 *     per start
 * @param sampleData whether to load the bundled sample courses into an empty database at start-up
 * @param report settings of {@code GET /cohort/report}
 */
@ConfigurationProperties("sam")
public record ServiceProperties(int maxBodyBytes, String pseudonymisationKey, boolean sampleData, Report report) {

  /** Default values for anything left unset. */
  public ServiceProperties {
    if (maxBodyBytes <= 0) {
      maxBodyBytes = 16 * 1024 * 1024;
    }
    if (report == null) {
      report = new Report(5);
    }
  }

  /**
   * Settings of the cohort report.
   *
   * @param minimumCellSize the smallest count a published cell may show; a request may raise it, never lower it
   */
  public record Report(int minimumCellSize) {}
}
