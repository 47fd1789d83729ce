package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Person på netværkskortet: a person placed on the young person's network card, by sector and closeness ring
 * (1 = closest … 3).
 */
@Value.Immutable
public abstract class NetworkCardEntry {

  /** Person id (a professional or private person of the course). */
  public abstract String personId();

  /** Sektor. */
  public abstract NetworkSector sector();

  /** Ring: 1 closest, 3 furthest. */
  public abstract int ring();

  /** Relation in words (hidden in {@code toString()}). */
  @Value.Redacted
  public abstract Optional<String> relation();

  /** Inviteres til møder. */
  @Value.Default
  public boolean inviteToMeetings() {
    return false;
  }

  /** Marked as "den unges voksne". */
  @Value.Default
  public boolean youngPersonsAdult() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link NetworkCardEntry}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableNetworkCardEntry.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("personId", personId());
    v.range("ring", ring(), 1, 3);
    v.throwIfAny("NetworkCardEntry");
  }
}
