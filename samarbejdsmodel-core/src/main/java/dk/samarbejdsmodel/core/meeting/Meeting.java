package dk.samarbejdsmodel.core.meeting;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Møde: a meeting held in a course — its kind, date, participants, the minimum components observed, whether
 * decisions were recorded, and the next meeting date agreed.
 *
 * <pre>{@code
 * Meeting m = Meeting.builder().id("m1").kind(MeetingKind.NETWORK).date(LocalDate.of(2026, 3, 1))
 *     .addParticipants(MeetingParticipant.of("yp-1", ParticipantRole.YOUNG_PERSON, true, true))
 *     .addComponents(MeetingComponent.MEETING_LEADER, MeetingComponent.AGENDA_WITH_YOUNG_PERSON)
 *     .decisionsRecorded(true).nextMeetingDate(LocalDate.of(2026, 5, 20)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Meeting {

  /** Id. */
  public abstract String id();

  /** Mødetype. */
  public abstract MeetingKind kind();

  /** Dato. */
  public abstract LocalDate date();

  /** Deltagere. */
  public abstract List<MeetingParticipant> participants();

  /** The minimum components observed (network meetings). */
  public abstract Set<MeetingComponent> components();

  /** Whether decisions or agreements were recorded at the meeting. */
  @Value.Default
  public boolean decisionsRecorded() {
    return false;
  }

  /** Mødeleder: a person id. */
  public abstract Optional<String> leaderId();

  /** Dato for næste møde, agreed at the meeting (R-MEET-05). */
  public abstract Optional<LocalDate> nextMeetingDate();

  /** Whether the meeting counts towards the programme's fixed meetings (default: every network meeting). */
  @Value.Default
  public boolean fixed() {
    return kind() == MeetingKind.NETWORK;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Meeting}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableMeeting.Builder {}

  /** Whether the young person attended. */
  public boolean youngPersonAttended() {
    return participants().stream()
        .anyMatch(p -> p.role().equals(ParticipantRole.YOUNG_PERSON) && p.attended());
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.uniqueIdsOf("participants", participants(), MeetingParticipant::personId, "personId");
    nextMeetingDate().ifPresent(n -> {
      if (!n.isAfter(date())) {
        v.add("nextMeetingDate", dk.samarbejdsmodel.core.StructuralCode.NOT_INCREASING, date());
      }
    });
    v.throwIfAny("Meeting");
  }
}
