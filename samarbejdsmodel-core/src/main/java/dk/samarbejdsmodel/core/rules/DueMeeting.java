package dk.samarbejdsmodel.core.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fast møde: one fixed network meeting the programme requires (R-MEET-03) — what it is (an age milestone such
 * as {@code 17½}, or the n-th meeting of a yearly cadence), when it is due, its tolerance window, its status on
 * the schedule's date and the meeting that fulfilled it.
 *
 * <pre>{@code
 * DueMeeting m = MeetingSchedule.of(course, today).dueMeetings().get(0);
 * m.label();        // "16"
 * m.status();       // HELD
 * m.heldMeetingId() // Optional[m-3]
 * }</pre>
 */
@Value.Immutable
public abstract class DueMeeting {

  /** Løbenummer from 1 in due-date order. */
  public abstract int sequence();

  /** What the meeting is: an age ({@code 16}, {@code 17½}, {@code 18½}) or {@code #n} for a cadence. */
  public abstract String label();

  /** Whether the meeting is tied to an age milestone. */
  public abstract boolean ageMilestone();

  /** Forfaldsdato. */
  public abstract LocalDate dueDate();

  /** The earliest date a meeting counts for it (due date minus the early tolerance). */
  public abstract LocalDate windowStart();

  /** From this date an unheld meeting is overdue (due date plus the late tolerance). */
  public abstract LocalDate overdueFrom();

  /** From this date an unheld meeting is missed (due date plus the missed tolerance). */
  public abstract LocalDate missedFrom();

  /** Status on the schedule's date. */
  public abstract DueMeetingStatus status();

  /** The meeting that fulfilled it. */
  public abstract Optional<String> heldMeetingId();

  /** The date it was held. */
  public abstract Optional<LocalDate> heldOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DueMeeting}. */
  public static final class Builder extends ImmutableDueMeeting.Builder {}
}
