package dk.samarbejdsmodel.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Gyldighed: from when, and until when, a built-in code is current (docs/domain.md §7). A retired code stays
 * readable — in documents and in old courses — but new input dated after its last day gets a finding
 * (R-CODE-01), never an exception.
 *
 * <pre>{@code
 * EducationType.PRODUCTION_SCHOOL.validity().isCurrentOn(LocalDate.of(2025, 1, 1)); // false: FGU since 2019
 * EducationType.FGU.validity().from();                                              // 2019-08-01
 * }</pre>
 *
 * @param from the first day the code is current, if it has one
 * @param until the last day the code is current, if it has one
 */
public record CodeValidity(Optional<LocalDate> from, Optional<LocalDate> until) {

  /** Current on every date. */
  public static final CodeValidity ALWAYS = new CodeValidity(Optional.empty(), Optional.empty());

  /**
   * Checks the period.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public CodeValidity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      throw new IllegalArgumentException("A code's last day must not come before its first day");
    }
  }

  /** Current from the date on. */
  public static CodeValidity from(LocalDate first) {
    return new CodeValidity(Optional.of(first), Optional.empty());
  }

  /** Current up to and including the date (a legacy code after it). */
  public static CodeValidity until(LocalDate last) {
    return new CodeValidity(Optional.empty(), Optional.of(last));
  }

  /** Whether the code is current on the date. */
  public boolean isCurrentOn(LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
