package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Koordinatortildeling: a professional appointed coordinator from a date until a date (inclusive) or still. */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute "from" is a date; the builder's copy-from method is not needed
public abstract class CoordinatorAssignment {

  /** The coordinator (a professional's id). */
  @Value.Parameter
  public abstract String coordinatorId();

  /** Fra. */
  @Value.Parameter
  public abstract LocalDate from();

  /** Til og med; empty while current. */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /** An open-ended assignment. */
  public static CoordinatorAssignment of(String coordinatorId, LocalDate from) {
    return ImmutableCoordinatorAssignment.of(coordinatorId, from, Optional.empty());
  }

  /** Whether the assignment covers a date. */
  public boolean covers(LocalDate date) {
    return !from().isAfter(date) && until().map(u -> !u.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    new Violations().id("coordinatorId", coordinatorId()).period("until", from(), until())
        .throwIfAny("CoordinatorAssignment");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CoordinatorAssignment}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCoordinatorAssignment.Builder {}
}
