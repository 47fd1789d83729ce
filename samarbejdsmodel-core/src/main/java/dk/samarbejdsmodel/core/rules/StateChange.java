package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.CourseState;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Tilstandsskift: the course entered a lifecycle state on a date.
 *
 * <pre>{@code
 * CourseLifecycle.history(course); // [STARTING 2025-05-01, ACTIVE 2025-06-02, ENDED 2027-01-31]
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute "from" is a date; the builder's copy-from method is not needed
public abstract class StateChange {

  /** Tilstanden. */
  @Value.Parameter
  public abstract CourseState state();

  /** From this date. */
  @Value.Parameter
  public abstract LocalDate from();

  /** A state change. */
  public static StateChange of(CourseState state, LocalDate from) {
    return ImmutableStateChange.of(state, from);
  }

  @Override
  public String toString() {
    return state() + " " + from();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StateChange}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableStateChange.Builder {}
}
