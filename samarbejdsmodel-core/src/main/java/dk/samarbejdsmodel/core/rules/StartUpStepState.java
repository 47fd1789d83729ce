package dk.samarbejdsmodel.core.rules;

import dk.samarbejdsmodel.core.course.StartUpStep;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Opstartstrin med status: one start-up step, its status on the report's date, when it was done and what
 * shows it (a recorded step, or the trace it left: {@code consents[0]}, {@code networkCard} …).
 *
 * <pre>{@code
 * StartUpStepState s = StartUpReport.of(course, today).steps().get(2);
 * s.step();     // CONSENT
 * s.evidence(); // Optional[consents[0]]
 * }</pre>
 */
@Value.Immutable
public abstract class StartUpStepState {

  /** Trinnet. */
  public abstract StartUpStep step();

  /** Status. */
  public abstract StepStatus status();

  /** When it was done or declined. */
  public abstract Optional<LocalDate> date();

  /** The path of what shows it was done. */
  public abstract Optional<String> evidence();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link StartUpStepState}. */
  public static final class Builder extends ImmutableStartUpStepState.Builder {}
}
