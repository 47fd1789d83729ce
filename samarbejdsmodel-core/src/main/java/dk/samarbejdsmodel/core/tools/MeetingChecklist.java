package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mødetjekliste: filled in by the coordinator after every network meeting — the monitoring source for results
 * and model use (S0 §7.5): placement, education and employment status, participants, and the 18 yes/no items.
 * An item missing from {@link #answers()} was not answered.
 *
 * <pre>{@code
 * MeetingChecklist cl = MeetingChecklist.builder().id("cl1").meetingId("m1").date(LocalDate.of(2026, 3, 1))
 *     .placementType(PlacementType.FOSTER_FAMILY)
 *     .education(EducationStatus.inEducation(EducationType.GRADE_10))
 *     .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION)
 *     .addParticipants(ChecklistParticipant.attended(ParticipantRole.YOUNG_PERSON, true))
 *     .putAnswer(ChecklistItem.YOUNG_PERSON_HEARD, true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MeetingChecklist {

  /** Id. */
  public abstract String id();

  /** The network meeting the checklist is about. */
  public abstract String meetingId();

  /** Dato. */
  public abstract LocalDate date();

  /** Anbringelsestype. */
  public abstract Optional<PlacementType> placementType();

  /** Uddannelsesstatus. */
  public abstract Optional<EducationStatus> education();

  /** Beskæftigelsesstatus. */
  public abstract Optional<EmploymentStatus> employment();

  /** Deltagere. */
  public abstract List<ChecklistParticipant> participants();

  /** Svar på de 18 spørgsmål; an absent item was not answered. */
  public abstract Map<ChecklistItem, Boolean> answers();

  /**
   * Registreret af: the id of the participant who recorded it (optional; for vendors' audit trails). An id, never
   * a name.
   */
  public abstract Optional<String> recordedBy();

  /** Registreret den: the date it was recorded (optional; for vendors' audit trails). */
  public abstract Optional<LocalDate> recordedAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MeetingChecklist}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableMeetingChecklist.Builder {}

  /** The answer to an item, if answered. */
  public Optional<Boolean> answer(ChecklistItem item) {
    return Optional.ofNullable(answers().get(item));
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.id("meetingId", meetingId());
    recordedBy().ifPresent(r -> v.id("recordedBy", r));
    v.throwIfAny("MeetingChecklist");
  }
}
