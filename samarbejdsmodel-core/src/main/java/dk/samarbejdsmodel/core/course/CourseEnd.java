package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Afslutning: when and how a course ended. An unplanned end needs a reason; whether the young person and the
 * team were involved is recorded for R-COURSE-04.
 *
 * <pre>{@code
 * CourseEnd.builder().date(d).kind(EndKind.UNPLANNED).reason(EndReason.MOVED).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CourseEnd {

  /** Dato. */
  public abstract LocalDate date();

  /** Planlagt eller ikke-planlagt. */
  public abstract EndKind kind();

  /** Årsag. */
  public abstract Optional<EndReason> reason();

  /** Den unge var inddraget i afslutningen. */
  @Value.Default
  public boolean youngPersonInvolved() {
    return true;
  }

  /** Teamet var inddraget i afslutningen. */
  @Value.Default
  public boolean teamInvolved() {
    return true;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CourseEnd}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCourseEnd.Builder {}

  @Value.Check
  void check() {
    Violations v = new Violations();
    if (kind() == EndKind.UNPLANNED && reason().isEmpty()) {
      v.add("reason", StructuralCode.REQUIRED);
    }
    v.throwIfAny("CourseEnd");
  }
}
