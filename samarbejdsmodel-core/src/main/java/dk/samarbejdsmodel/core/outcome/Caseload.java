package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sagsstamme: active courses per coordinator on the reference date (O-10).
 *
 * <pre>{@code
 * Caseload c = Measures.caseload().of(records);
 * c.sizes().share("18").text();   // share of coordinators with 18 courses
 * c.mean().text(Labels.ENGLISH);  // mean caseload
 * }</pre>
 *
 * @param perCoordinator active courses per (pseudonymous) coordinator id
 * @param sizes distribution of caseload sizes over coordinators (n = coordinators)
 * @param mean mean caseload (n = coordinators)
 */
public record Caseload(Map<String, Long> perCoordinator, Distribution sizes, Mean mean) {

  /** Copies the map. */
  public Caseload {
    perCoordinator = Collections.unmodifiableMap(new LinkedHashMap<>(perCoordinator));
    Objects.requireNonNull(sizes, "sizes");
    Objects.requireNonNull(mean, "mean");
  }
}
