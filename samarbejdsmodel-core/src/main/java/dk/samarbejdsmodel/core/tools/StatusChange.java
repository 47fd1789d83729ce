package dk.samarbejdsmodel.core.tools;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Statusændring: a dated status in a goal's or agreement's history.
 *
 * @param date the date the status took effect
 * @param status the status
 * @param <S> the status type
 */
public record StatusChange<S extends Enum<S>>(LocalDate date, S status) {
  /** Checks for nulls. */
  public StatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
  }

  /** A status change. */
  public static <S extends Enum<S>> StatusChange<S> of(LocalDate date, S status) {
    return new StatusChange<>(date, status);
  }
}
