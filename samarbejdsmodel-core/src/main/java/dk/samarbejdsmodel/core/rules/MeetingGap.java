package dk.samarbejdsmodel.core.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mødepause: a stretch longer than the programme's maximum between two network meetings (R-MEET-04), or since
 * the last one when no next meeting has been held yet ({@link #open()}).
 *
 * <pre>{@code
 * MeetingSchedule.of(course, today).gaps().forEach(g -> System.out.println(g.from() + " → " + g.until()));
 * }</pre>
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute "from" is a date; the builder's copy-from method is not needed
public abstract class MeetingGap {

  /** The network meeting the gap starts at. */
  public abstract String fromMeetingId();

  /** Its date. */
  public abstract LocalDate from();

  /** The next network meeting, empty for an open gap. */
  public abstract Optional<String> untilMeetingId();

  /** The next meeting's date, or the schedule's date (or the course's end) for an open gap. */
  public abstract LocalDate until();

  /** The maximum months allowed. */
  public abstract int maxMonths();

  /** Whether no next network meeting has been held yet. */
  public boolean open() {
    return untilMeetingId().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingGap}. */
  public static final class Builder extends ImmutableMeetingGap.Builder {}
}
