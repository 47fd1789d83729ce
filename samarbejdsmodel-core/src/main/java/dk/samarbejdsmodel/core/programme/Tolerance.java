package dk.samarbejdsmodel.core.programme;

import java.time.Period;
import java.util.Objects;

/**
 * Tolerance: how early a fixed meeting may be held and still count, and how late it may be before it is
 * overdue; after {@code missedAfter} it is missed.
 *
 * @param early how long before the due date a meeting still counts
 * @param late how long after the due date the meeting is due but not yet overdue
 * @param missedAfter how long after the due date an unheld meeting counts as missed
 */
public record Tolerance(Period early, Period late, Period missedAfter) {
  /** Checks that no period is null or negative. */
  public Tolerance {
    Objects.requireNonNull(early, "early");
    Objects.requireNonNull(late, "late");
    Objects.requireNonNull(missedAfter, "missedAfter");
    if (early.isNegative() || late.isNegative() || missedAfter.isNegative()) {
      throw new IllegalArgumentException("Tolerance periods must not be negative");
    }
  }

  /** The default: up to 2 months early, overdue after 1 month, missed after 3 months. */
  public static Tolerance standard() {
    return new Tolerance(Period.ofMonths(2), Period.ofMonths(1), Period.ofMonths(3));
  }
}
