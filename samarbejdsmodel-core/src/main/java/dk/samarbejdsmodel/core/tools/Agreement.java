package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Aftale: a binding agreement on an action towards one or more goals — who does what, by when, and who follows
 * up — with a dated status history.
 *
 * <p>The responsible party and a deadline or follow-up date are required by rule R-GOAL-01 (a finding), not by
 * structure, so a draft agreement can be recorded and flagged; when present they must refer to participants on
 * the form.
 *
 * <pre>{@code
 * Agreement a = Agreement.builder().id("a1").addGoalIds("g1").action("Besøge tre erhvervsskoler")
 *     .responsibleId("p-uu").deadline(LocalDate.of(2026, 5, 1))
 *     .addStatusHistory(StatusChange.of(LocalDate.of(2026, 3, 1), AgreementStatus.AGREED)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Agreement {

  /** Id, stable across form revisions. */
  public abstract String id();

  /** The goals the agreement serves (at least one). */
  public abstract List<String> goalIds();

  /** Handling: what is to be done (free text, hidden in {@code toString()}). */
  @Value.Redacted
  public abstract String action();

  /** Ansvarlig: the participant responsible (a person id on the form). */
  public abstract Optional<String> responsibleId();

  /** Frist. */
  public abstract Optional<LocalDate> deadline();

  /** Opfølgningsdato. */
  public abstract Optional<LocalDate> followUpDate();

  /** Hvem følger op: a person id on the form. */
  public abstract Optional<String> followUpById();

  /** Dated status history, oldest first; never empty. */
  public abstract List<StatusChange<AgreementStatus>> statusHistory();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Agreement}; {@code build()} checks structure. */
  public static final class Builder extends ImmutableAgreement.Builder {}

  /** The latest status. */
  @Value.Derived
  @Value.Auxiliary
  public AgreementStatus status() {
    return statusHistory().isEmpty()
        ? AgreementStatus.AGREED
        : statusHistory().get(statusHistory().size() - 1).status();
  }

  /** The status on a date; empty before the first entry. */
  public Optional<AgreementStatus> statusOn(LocalDate date) {
    return Optional.ofNullable(History.statusOn(statusHistory(), date));
  }

  /** True when the deadline has passed on {@code date} and the agreement is not done or cancelled (R-GOAL-05). */
  public boolean isOverdueOn(LocalDate date) {
    AgreementStatus s = statusOn(date).orElse(AgreementStatus.AGREED);
    return deadline().isPresent() && deadline().get().isBefore(date)
        && s != AgreementStatus.DONE && s != AgreementStatus.CANCELLED;
  }

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());
    v.notEmpty("goalIds", goalIds());
    v.notBlank("action", action());
    History.check(v, "statusHistory", statusHistory());
    v.throwIfAny("Agreement");
  }
}
