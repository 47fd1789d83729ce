package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Grupperet resultat: a result per group (municipality, coordinator, course …) with the groups' printed
 * names and the result over all groups.
 *
 * <pre>{@code
 * Grouped<Share> g = Measures.privateNetworkInvolvement().of(records);
 * g.groups().get("101").text();   // e.g. "77%" (17 of 22)
 * g.total().text();
 * }</pre>
 *
 * @param groups result per group key, in key order
 * @param names printed name per group key
 * @param total the result over all groups
 * @param <V> the result type
 */
public record Grouped<V>(Map<String, V> groups, Map<String, String> names, V total) {

  /** Copies the maps. */
  public Grouped {
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    Objects.requireNonNull(total, "total");
  }
}
