package dk.samarbejdsmodel.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Dansk tid: where "today" comes from. Every function of the SDK takes the date it works on as an argument and
 * never reads the system clock; a system that wants today's answer asks this class for today's date from a
 * {@link Clock} it hands in — the system clock in production, a fixed clock in tests.
 *
 * <p>The dates in a course (a consent withdrawn on 10 March, a meeting held on 2 June) are Danish calendar
 * dates, so "today" must be the date in Denmark. {@link #clock()} is the default: the system clock in
 * {@value #ZONE_ID}. Do not use {@code LocalDate.now()}: it takes the host's time zone, and on a server that
 * runs in UTC, a withdrawal dated 10 March would still permit sharing at 00:30 Danish time on 10 March.
 *
 * <pre>{@code
 * Clock clock = DanishTime.clock();                       // or Clock.fixed(...) in a test
 * LocalDate today = DanishTime.today(clock);              // the date in Denmark now
 * ConsentDecision d = ConsentEvaluator.evaluate(course, recipient, InformationCategory.HEALTH, today);
 * }</pre>
 */
public final class DanishTime {

  /** The time-zone id of Danish time. */
  public static final String ZONE_ID = "Europe/Copenhagen";

  /** Danish time ({@value #ZONE_ID}): CET in winter, CEST in summer. */
  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private DanishTime() {}

  /** The default clock: the system clock in Danish time. */
  public static Clock clock() {
    return Clock.system(ZONE);
  }

  /**
   * Today's date in Danish time at the clock's instant, whatever the clock's own zone (a UTC clock gives the
   * Danish date too).
   */
  public static LocalDate today(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
