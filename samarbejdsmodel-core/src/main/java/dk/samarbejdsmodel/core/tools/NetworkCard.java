package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Netværkskort: the young person's private and professional network, mapped with the coordinator (S0 §3.2).
 *
 * <pre>{@code
 * NetworkCard card = NetworkCard.builder().madeAt(LocalDate.of(2026, 2, 1))
 *     .addEntries(NetworkCardEntry.builder().personId("pp-moster").sector(NetworkSector.FAMILY).ring(1)
 *         .youngPersonsAdult(true).inviteToMeetings(true).build())
 *     .build();
 * card.countBySector(); // {FAMILY=1}
 * }</pre>
 */
@Value.Immutable
public abstract class NetworkCard {

  /** Udarbejdet. */
  public abstract LocalDate madeAt();

  /** Personerne på kortet. */
  public abstract List<NetworkCardEntry> entries();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NetworkCard}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableNetworkCard.Builder {}

  /** Number of persons per sector. */
  public Map<NetworkSector, Long> countBySector() {
    Map<NetworkSector, Long> m = new EnumMap<>(NetworkSector.class);
    entries().forEach(e -> m.merge(e.sector(), 1L, Long::sum));
    return m;
  }

  /** Number of persons per ring (1–3). */
  public Map<Integer, Long> countByRing() {
    Map<Integer, Long> m = new TreeMap<>();
    entries().forEach(e -> m.merge(e.ring(), 1L, Long::sum));
    return m;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.uniqueIdsOf("entries", entries(), NetworkCardEntry::personId, "personId");
    if (entries().stream().filter(NetworkCardEntry::youngPersonsAdult).count() > 1) {
      v.add("entries", StructuralCode.INCONSISTENT, "at most one person is marked as the young person's adult");
    }
    v.throwIfAny("NetworkCard");
  }
}
