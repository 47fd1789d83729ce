package dk.samarbejdsmodel.core.housing;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bostøtte: the housing support attached to a HOMELESSNESS course. The combination must match what is
 * recorded: CTI details with {@code SM_WITH_CTI}, ICM details with {@code SM_WITH_ICM}, neither with
 * {@code SM_ONLY}. Which subgroup may have which combination is a rule (R-HOUSE-01..03).
 *
 * <pre>{@code
 * HousingSupport hs = HousingSupport.builder().combination(HousingSupportCombination.SM_WITH_CTI)
 *     .cti(CtiSupport.builder().workerId("p-cti").housingAllocatedAt(d).start(d.plusDays(3)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class HousingSupport {

  /** Kombination. */
  public abstract HousingSupportCombination combination();

  /** CTI details. */
  public abstract Optional<CtiSupport> cti();

  /** ICM details. */
  public abstract Optional<IcmSupport> icm();

  /** Beslutning om videre støtte. */
  public abstract Optional<FollowOn> followOn();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HousingSupport}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableHousingSupport.Builder {}

  /** Whether the support (CTI or ICM) has ended. */
  public boolean hasEnded() {
    return cti().flatMap(CtiSupport::end).isPresent() || icm().flatMap(IcmSupport::end).isPresent();
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    switch (combination()) {
      case SM_ONLY:
        if (cti().isPresent() || icm().isPresent()) {
          v.add("combination", StructuralCode.INCONSISTENT, "SM_ONLY carries no CTI or ICM details");
        }
        break;
      case SM_WITH_CTI:
        if (icm().isPresent()) {
          v.add("icm", StructuralCode.INCONSISTENT, "SM_WITH_CTI carries no ICM details");
        }
        break;
      case SM_WITH_ICM:
        if (cti().isPresent()) {
          v.add("cti", StructuralCode.INCONSISTENT, "SM_WITH_ICM carries no CTI details");
        }
        break;
      default:
        break;
    }
    v.throwIfAny("HousingSupport");
  }
}
