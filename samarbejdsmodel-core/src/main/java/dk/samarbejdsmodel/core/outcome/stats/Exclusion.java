package dk.samarbejdsmodel.core.outcome.stats;

import org.immutables.value.Value;

/**
 * Eksklusion: how many units a measure left out, and why.
 *
 * <pre>{@code
 * Exclusion e = Exclusion.of(ExclusionReason.NO_RESPONSE, 18);
 * }</pre>
 */
@Value.Immutable
public abstract class Exclusion {

  /** Why. */
  @Value.Parameter
  public abstract ExclusionReason reason();

  /** How many (courses, checklists, responses or pairs, as the measure's method says). */
  @Value.Parameter
  public abstract long count();

  /** An exclusion. */
  public static Exclusion of(ExclusionReason reason, long count) {
    return ImmutableExclusion.of(reason, count);
  }

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new IllegalArgumentException("an exclusion count is not negative");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Exclusion}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableExclusion.Builder {}
}
