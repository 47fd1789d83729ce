package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.course.CourseState;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Intervention;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkOverview;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Deling af forløbet: the subset of a course that a recipient may receive on a date, with everything left out
 * listed in {@link #withheld()}.
 *
 * <p>If consent permits at least one category, the share carries the frame (programme, municipality code,
 * state, current coordinator, the young person's name and age — never the CPR number, birth date or contact
 * details), the latest form revision on the date as a {@link FormShare}, and, by category (see
 * {@link SharingCategories}): meetings, interventions, network card and overview under {@code SOCIAL}; the
 * education, employment and housing parts of status registrations under their categories. Consents,
 * checklists, instrument responses, start-up steps, team and coordinator history, housing support, the target
 * group and the end are records for the coordinator and evaluators and are always listed as withheld. If no
 * category is permitted, only the ids are present and the whole course is listed as withheld.
 *
 * <pre>{@code
 * CourseShare share = SharingView.course(course, Recipient.organisation("org-jc"), LocalDate.of(2026, 3, 2));
 * share.permittedCategories();   // [EDUCATION, EMPLOYMENT]
 * share.statusRegistrations();   // education and employment parts only
 * share.withheld();              // youngPerson.cpr CPR_NUMBER, meetings[m1] NOT_COVERED_BY_CONSENT, …
 * }</pre>
 */
@Value.Immutable
public abstract class CourseShare {

  /** Modtageren. */
  public abstract Recipient recipient();

  /** Datoen for delingen. */
  public abstract LocalDate date();

  /** Forløbets id. */
  public abstract String courseId();

  /** Den unges pseudonyme id. */
  public abstract String youngPersonId();

  /** The consent decision for every built-in category and every category named in the course's consents. */
  public abstract Map<InformationCategory, ConsentDecision> decisions();

  /** Programmets id. */
  public abstract Optional<String> programmeId();

  /** Kommunenummer. */
  public abstract Optional<String> municipalityCode();

  /** Forløbets tilstand on the date. */
  public abstract Optional<CourseState> state();

  /** The coordinator on the date (a professional id). */
  public abstract Optional<String> coordinatorId();

  /** Den unges navn (personal data, hidden in {@code toString()}). */
  @Value.Redacted
  public abstract Optional<PersonName> youngPersonName();

  /** The young person's age in whole years on the date, instead of the birth date. */
  public abstract OptionalInt youngPersonAge();

  /** The latest goal-and-agreement form revision on the date, as shared. */
  public abstract Optional<FormShare> form();

  /** Møder (SOCIAL). */
  public abstract List<Meeting> meetings();

  /** Indsatser from the intervention overview (SOCIAL). */
  public abstract List<Intervention> interventions();

  /** Netværkskort (SOCIAL). */
  public abstract Optional<NetworkCard> networkCard();

  /** Netværksoverblik (SOCIAL). */
  public abstract Optional<NetworkOverview> networkOverview();

  /** Statusregistreringer with only their permitted parts; a registration with none is withheld. */
  public abstract List<StatusRegistration> statusRegistrations();

  /** What was left out or masked, and why. */
  public abstract List<Withheld> withheld();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link CourseShare}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCourseShare.Builder {}

  /** The categories the recipient may receive on the date. */
  public Set<InformationCategory> permittedCategories() {
    return decisions().entrySet().stream().filter(e -> e.getValue().permitted()).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** True when nothing but ids is shared. */
  public boolean isEmpty() {
    return programmeId().isEmpty();
  }
}
