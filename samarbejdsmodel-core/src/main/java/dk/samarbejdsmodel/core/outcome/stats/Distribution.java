package dk.samarbejdsmodel.core.outcome.stats;

import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Fordeling: counts per category over one denominator, with n, exclusions and method; each category's share
 * carries a Wilson interval.
 *
 * <p>{@link #labelType()} names the label family (for example {@code "PlacementType"}) used to print category
 * codes in Danish or English; unknown codes print as themselves.
 *
 * <pre>{@code
 * Distribution d = Measures.placementTypes().of(records);
 * d.share("OWN_ROOM").text();   // "18%"
 * }</pre>
 */
@Value.Immutable
public abstract class Distribution {

  /** The label family of the category codes ({@code Labels.label(labelType, code, locale)}). */
  public abstract String labelType();

  /** Count per category code, in display order. Categories may have a count of 0. */
  public abstract Map<String, Long> counts();

  /** The denominator. Usually the sum of the counts; for multi-valued categories it may be smaller. */
  public abstract long n();

  /** Units left out of {@link #n()}, by reason. */
  public abstract List<Exclusion> exclusions();

  /** How the distribution was computed. */
  public abstract String method();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableDistribution.Builder {}

  /** The share of one category (0 of n when the category is absent). */
  public Share share(String code) {
    return Share.builder().count(counts().getOrDefault(code, 0L)).n(n()).exclusions(exclusions())
        .method(method()).build();
  }

  /** The count of one category. */
  public long count(String code) {
    return counts().getOrDefault(code, 0L);
  }

  /** The category codes in display order. */
  public List<String> categories() {
    return new ArrayList<>(counts().keySet());
  }

  /** The printed label of a category. */
  public String label(String code, Locale locale) {
    return Labels.label(labelType(), code, locale);
  }

  @Value.Check
  void check() {
    if (n() < 0 || counts().values().stream().anyMatch(c -> c < 0 || c > n())) {
      throw new IllegalArgumentException("a distribution needs 0 <= count <= n");
    }
  }
}
