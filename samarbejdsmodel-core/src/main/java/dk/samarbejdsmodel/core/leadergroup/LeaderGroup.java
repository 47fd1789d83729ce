package dk.samarbejdsmodel.core.leadergroup;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tværgående ledergruppe: the cross-sector leader group that prioritises resources and follows results; meets
 * quarterly in a pilot and at least half-yearly in operation (S2), receiving the half-year status (O-12).
 *
 * <pre>{@code
 * LeaderGroup lg = LeaderGroup.builder().id("lg-751").municipalityCode("751")
 *     .addMembers(LeaderGroupMember.builder().area(LeaderArea.CHILDREN_AND_YOUTH).build())
 *     .addMeetings(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 10))
 *     .inOperationSince(LocalDate.of(2026, 1, 1)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class LeaderGroup {

  /** Id. */
  public abstract String id();

  /** Kommunenummer. */
  public abstract String municipalityCode();

  /** Medlemmer. */
  public abstract List<LeaderGroupMember> members();

  /** Møder, by date, oldest first. */
  public abstract List<LocalDate> meetings();

  /**
   * The ids of the programmes the group oversees (e.g. {@code MENTAL_HEALTH}); R-LEAD-02 then also asks for
   * regional psychiatry. Empty when not stated.
   */
  public abstract java.util.Set<String> programmeIds();

  /** When the model went from pilot to operation; empty while in pilot. */
  public abstract Optional<LocalDate> inOperationSince();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LeaderGroup}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableLeaderGroup.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    if (!municipalityCode().matches("\\d{3}")) {
      v.add("municipalityCode", StructuralCode.INVALID_FORMAT, "three digits");
    }
    for (int i = 1; i < meetings().size(); i++) {
      if (meetings().get(i).isBefore(meetings().get(i - 1))) {
        v.add(PropertyPath.of("meetings").index(i), StructuralCode.NOT_INCREASING, meetings().get(i - 1));
      }
    }
    v.throwIfAny("LeaderGroup");
  }
}
