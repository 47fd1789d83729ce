package dk.samarbejdsmodel.core.housing;

import java.time.LocalDate;
import org.immutables.value.Value;

/** Recorded follow-on decision at the end of housing support (R-HOUSE-08). */
@Value.Immutable
public abstract class FollowOn {

  /** Beslutningen. */
  @Value.Parameter
  public abstract FollowOnDecision decision();

  /** Dato. */
  @Value.Parameter
  public abstract LocalDate decidedAt();

  /** A follow-on decision. */
  public static FollowOn of(FollowOnDecision decision, LocalDate decidedAt) {
    return ImmutableFollowOn.of(decision, decidedAt);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FollowOn}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableFollowOn.Builder {}
}
