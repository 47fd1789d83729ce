package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Teamdeling af mål- og aftaleskemaet: the part of one goal-and-agreement form revision that a recipient may
 * receive on a date — the form the coordinator sends to the team, never with the CPR number (S0 §3.2, §6.4).
 *
 * <p>The shared {@link #form()} keeps the participants, who follows up, the recipients and the next meeting
 * date; it keeps a goal only if consent covers every category of its life area (and of its parent goals), an
 * agreement only if all its goals are kept, and the young person's wishes only under {@code SOCIAL}. CPR-like
 * text typed into free text (wishes, goal descriptions, agreement actions) is masked. Every omission and every
 * masking is listed in {@link #withheld()}. If no category at all is permitted, the form is empty.
 *
 * <pre>{@code
 * FormShare share = FormShare.teamShare(course, course.latestForm().get(),
 *     Recipient.of(course, "p-uu"), LocalDate.of(2026, 3, 2));
 * share.form().ifPresent(vendor::send);
 * share.withheld();   // [goals[g3] NOT_COVERED_BY_CONSENT [HEALTH] WITHDRAWN, …]
 * }</pre>
 */
@Value.Immutable
public abstract class FormShare {

  /** Modtageren. */
  public abstract Recipient recipient();

  /** Datoen for delingen. */
  public abstract LocalDate date();

  /** Skemaets id. */
  public abstract String formId();

  /** Revisionsnummer of the form shared. */
  public abstract int revision();

  /** The consent decision for every built-in category and every category named in the course's consents. */
  public abstract Map<InformationCategory, ConsentDecision> decisions();

  /** The shared form; empty when no category is permitted. */
  public abstract Optional<GoalAgreementForm> form();

  /** What was left out or masked, and why. */
  public abstract List<Withheld> withheld();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link FormShare}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableFormShare.Builder {}

  /**
   * The team share of a form revision of the course for a recipient on a date.
   *
   * @throws IllegalArgumentException if the form is not one of the course's revisions
   */
  public static FormShare teamShare(Course course, GoalAgreementForm form, Recipient recipient, LocalDate date) {
    return SharingView.form(course, form, recipient, date);
  }

  /** The categories the recipient may receive on the date. */
  public Set<InformationCategory> permittedCategories() {
    return decisions().entrySet().stream().filter(e -> e.getValue().permitted()).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
