package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Share;
import java.util.Objects;

/**
 * Deltagelse pr. rolle: how often a role attended network meetings and took active part (O-07, S0 Table 6.2).
 *
 * <pre>{@code
 * RoleParticipation parents = ...;
 * parents.attended().text();          // "50%" of the checklists
 * parents.activeOfAttended().text();  // "96%" of those attended
 * }</pre>
 *
 * @param role the participant role code
 * @param attended checklists on which the role attended, of all checklists
 * @param active checklists on which the role took active part, of all checklists
 * @param activeOfAttended checklists on which the role took active part, of those it attended
 */
public record RoleParticipation(String role, Share attended, Share active, Share activeOfAttended) {

  /** Checks for nulls. */
  public RoleParticipation {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(attended, "attended");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(activeOfAttended, "activeOfAttended");
  }
}
