package dk.samarbejdsmodel.core.course;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InterventionOverview;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkOverview;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Forløb: the aggregate around one young person in one programme — people, coordinator and team history, the
 * young person's adult, consents, network card and overviews, goal-and-agreement form revisions, meetings,
 * checklists, instrument responses, status registrations, housing support and the end.
 *
 * <p>A course is immutable. Update operations ({@link #recordMeeting}, {@link #reviseForm},
 * {@link #registerStatus}, {@link #end} …) return a new course, refuse what the lifecycle forbids with a
 * {@link CourseStateException}, and re-check structure. Structural integrity is checked in {@code build()}:
 * every reference resolves inside the aggregate, ids are unique, coordinator periods do not overlap, form
 * revisions increase, responses to the programme's instruments fit them, nothing but status registrations is
 * dated after the end. What needs a catalogue — is the programme known, does a response to another instrument
 * fit it — is checked by {@code catalogue.check(course)}.
 *
 * <pre>{@code
 * Course course = Course.builder()
 *     .id("c-1").programme(Programmes.AFTERCARE).municipality(Municipality.of("751", "Aarhus"))
 *     .youngPerson(YoungPerson.builder().id("yp-1").birthDate(LocalDate.of(2010, 4, 2)).build())
 *     .startDate(LocalDate.of(2025, 5, 1))
 *     .addProfessionals(Professional.builder().id("p-koord").role(ParticipantRole.COORDINATOR).build())
 *     .addCoordinatorAssignments(CoordinatorAssignment.of("p-koord", LocalDate.of(2025, 5, 1)))
 *     .build();
 * Course later = course.recordMeeting(meeting).reviseForm(form);
 * later.state(LocalDate.of(2025, 9, 1)); // ACTIVE
 * }</pre>
 */
@Value.Immutable
public abstract class Course {

  /** Forløbets id. */
  public abstract String id();

  /** Programmet. */
  public abstract Programme programme();

  /** Kommunen. */
  public abstract Municipality municipality();

  /** Den unge. */
  public abstract YoungPerson youngPerson();

  /** Målgruppe within the programme (placed, formerly placed, homeless …). */
  public abstract Optional<TargetGroup> targetGroup();

  /** Startdato (the coordinator's appointment at the latest). */
  public abstract LocalDate startDate();

  /** Organisationer taking part. */
  public abstract List<Organisation> organisations();

  /** Fagpersoner. */
  public abstract List<Professional> professionals();

  /** Private personer. */
  public abstract List<PrivatePerson> privatePersons();

  /** Koordinatortildelinger, oldest first; at most one covers any date (R-COURSE-01). */
  public abstract List<CoordinatorAssignment> coordinatorAssignments();

  /** Teammedlemskaber. */
  public abstract List<TeamMembership> teamMemberships();

  /** Den unges voksne. */
  public abstract Optional<YoungPersonsAdult> youngPersonsAdult();

  /** Start-up steps recorded by hand. */
  public abstract List<StartUpStepRecord> startUpSteps();

  /** Samtykker, with their withdrawals. */
  public abstract List<Consent> consents();

  /** Netværkskort. */
  public abstract Optional<NetworkCard> networkCard();

  /** Netværksoverblik. */
  public abstract Optional<NetworkOverview> networkOverview();

  /** Indsatsoverblik. */
  public abstract Optional<InterventionOverview> interventionOverview();

  /** Mål- og aftaleskemaets revisioner, oldest first. */
  public abstract List<GoalAgreementForm> formRevisions();

  /** Møder. */
  public abstract List<Meeting> meetings();

  /** Mødetjeklister. */
  public abstract List<MeetingChecklist> checklists();

  /** Besvarelser (dialogue form and other instruments). */
  public abstract List<InstrumentResponse> responses();

  /** Statusregistreringer, oldest first. */
  public abstract List<StatusRegistration> statusRegistrations();

  /** Undergruppe for HOMELESSNESS. */
  public abstract Optional<HousingSubgroup> housingSubgroup();

  /** Bostøtte for HOMELESSNESS. */
  public abstract Optional<HousingSupport> housingSupport();

  /** Afslutning. */
  public abstract Optional<CourseEnd> end();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Course}; {@code build()} checks structure and lists every violation. */
  public static final class Builder extends ImmutableCourse.Builder {}

  // ------------------------------------------------------------------ queries

  /** The lifecycle state on a date. */
  public CourseState state(LocalDate date) {
    if (end().isPresent() && !end().get().date().isAfter(date)) {
      return CourseState.ENDED;
    }
    boolean networkMeetingHeld = meetings().stream()
        .anyMatch(m -> m.kind() == MeetingKind.NETWORK && !m.date().isAfter(date));
    boolean formExists = formRevisions().stream().anyMatch(f -> !f.updatedAt().isAfter(date));
    return networkMeetingHeld && formExists ? CourseState.ACTIVE : CourseState.STARTING;
  }

  /** The young person's age in whole years on a date. */
  public int ageOn(LocalDate date) {
    return youngPerson().ageOn(date);
  }

  /** The coordinator assignment covering a date. */
  public Optional<CoordinatorAssignment> coordinatorOn(LocalDate date) {
    return coordinatorAssignments().stream().filter(a -> a.covers(date)).findFirst();
  }

  /** The latest form revision. */
  public Optional<GoalAgreementForm> latestForm() {
    return formRevisions().isEmpty() ? Optional.empty()
        : Optional.of(formRevisions().get(formRevisions().size() - 1));
  }

  /** The latest form revision on or before a date. */
  public Optional<GoalAgreementForm> formOn(LocalDate date) {
    GoalAgreementForm found = null;
    for (GoalAgreementForm f : formRevisions()) {
      if (!f.updatedAt().isAfter(date)) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Network meetings sorted by date. */
  public List<Meeting> networkMeetings() {
    return meetings().stream().filter(m -> m.kind() == MeetingKind.NETWORK)
        .sorted(Comparator.comparing(Meeting::date)).collect(Collectors.toList());
  }

  /** The professional with the id. */
  public Optional<Professional> professional(String id) {
    return professionals().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The private person with the id. */
  public Optional<PrivatePerson> privatePerson(String id) {
    return privatePersons().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The ids of every person in the course: the young person, professionals and private persons. */
  @Value.Derived
  @Value.Auxiliary
  public Set<String> personIds() {
    Set<String> ids = new HashSet<>();
    ids.add(youngPerson().id());
    professionals().forEach(p -> ids.add(p.id()));
    privatePersons().forEach(p -> ids.add(p.id()));
    return Set.copyOf(ids);
  }

  /**
   * The programme's own instrument a response is pinned to, if the programme names it. An instrument the
   * programme does not name is known only to a catalogue: {@code catalogue.instrumentFor(course, response)}.
   */
  public Optional<Instrument> instrumentFor(InstrumentResponse r) {
    return programme().instrument(r.instrumentId(), r.instrumentVersion());
  }

  /** Responses to an instrument id, oldest first. */
  public List<InstrumentResponse> responsesTo(String instrumentId) {
    return responses().stream().filter(r -> r.instrumentId().equals(instrumentId))
        .sorted(Comparator.comparing(InstrumentResponse::date)).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ updates

  /** A course with the meeting recorded; refused after the end and before the start. */
  public Course recordMeeting(Meeting meeting) {
    requireOpenOn(meeting.date(), "a meeting");
    requireStartedOn(meeting.date(), "meeting " + meeting.id());
    return ImmutableCourse.builder().from(this).addMeetings(meeting).build();
  }

  /** A course with a new form revision (revision numbers must increase); refused outside the course's period. */
  public Course reviseForm(GoalAgreementForm revision) {
    requireOpenOn(revision.updatedAt(), "form revision " + revision.revision());
    requireStartedOn(revision.updatedAt(), "form revision " + revision.revision());
    return ImmutableCourse.builder().from(this).addFormRevisions(revision).build();
  }

  /** A course with the meeting checklist recorded; refused after the end. */
  public Course recordChecklist(MeetingChecklist checklist) {
    requireOpenOn(checklist.date(), "a checklist");
    return ImmutableCourse.builder().from(this).addChecklists(checklist).build();
  }

  /** A course with the instrument response recorded; refused after the end. */
  public Course recordResponse(InstrumentResponse response) {
    requireOpenOn(response.date(), "a response");
    return ImmutableCourse.builder().from(this).addResponses(response).build();
  }

  /** A course with a status registration; allowed after the end (follow-up measurements). */
  public Course registerStatus(StatusRegistration registration) {
    return ImmutableCourse.builder().from(this).addStatusRegistrations(registration).build();
  }

  /** A course with a consent added; refused after the end. */
  public Course addConsent(Consent consent) {
    requireOpenOn(consent.givenAt(), "a consent");
    return ImmutableCourse.builder().from(this).addConsents(consent).build();
  }

  /** A course in which the consent is withdrawn from a date; the consent itself is kept (R-CONSENT-03). */
  public Course withdrawConsent(String consentId, LocalDate date) {
    if (consents().stream().noneMatch(c -> c.id().equals(consentId))) {
      throw new CourseStateException(CourseStateException.Reason.NOT_FOUND, "consent");
    }
    List<Consent> updated = consents().stream()
        .map(c -> c.id().equals(consentId) ? c.withdraw(date) : c).collect(Collectors.toList());
    return ImmutableCourse.builder().from(this).consents(updated).build();
  }

  /** A course in which a new coordinator takes over from a date; the current assignment closes the day before. */
  public Course assignCoordinator(String professionalId, LocalDate from) {
    requireOpenOn(from, "coordinator assignment");
    List<CoordinatorAssignment> list = new ArrayList<>();
    for (CoordinatorAssignment a : coordinatorAssignments()) {
      if (a.until().isEmpty()) {
        if (!from.isAfter(a.from())) {
          throw new CourseStateException(CourseStateException.Reason.ASSIGNMENT_ORDER, a.from());
        }
        list.add(ImmutableCoordinatorAssignment.copyOf(a).withUntil(from.minusDays(1)));
      } else {
        list.add(a);
      }
    }
    list.add(CoordinatorAssignment.of(professionalId, from));
    return ImmutableCourse.builder().from(this).coordinatorAssignments(list).build();
  }

  /** A course with a team member added; refused after the end. */
  public Course addTeamMember(TeamMembership membership) {
    requireOpenOn(membership.from(), "team membership");
    return ImmutableCourse.builder().from(this).addTeamMemberships(membership).build();
  }

  /**
   * The ended course. Refused when the course has already ended, when a meeting, checklist, form revision or
   * response is dated after the end date, when the end lies before the start, or when a planned end is asked
   * for a course that is not active on the end date (an unplanned end — declined, moved, dropped out — may end a
   * course that is still starting).
   */
  public Course end(CourseEnd end) {
    if (end().isPresent()) {
      throw new CourseStateException(CourseStateException.Reason.ALREADY_ENDED, end().get().date());
    }
    eventDates().filter(e -> e.date.isAfter(end.date())).findFirst().ifPresent(e -> {
      throw new CourseStateException(CourseStateException.Reason.END_BEFORE_EVENT, end.date(), e.what, e.date);
    });
    requireStartedOn(end.date(), "the end");
    if (end.kind() == EndKind.PLANNED && state(end.date()) != CourseState.ACTIVE) {
      throw new CourseStateException(CourseStateException.Reason.PLANNED_END_NOT_ACTIVE, end.date(),
          state(end.date()));
    }
    return ImmutableCourse.builder().from(this).end(end).build();
  }

  private void requireStartedOn(LocalDate date, String what) {
    if (date.isBefore(startDate())) {
      throw new CourseStateException(CourseStateException.Reason.BEFORE_START, startDate(), what, date);
    }
  }

  private void requireOpenOn(LocalDate date, String what) {
    if (end().isPresent() && date.isAfter(end().get().date())) {
      throw new CourseStateException(CourseStateException.Reason.AFTER_END, end().get().date(), what, date);
    }
  }

  private static final class Event {
    final String what;
    final String path;
    final LocalDate date;

    Event(Object what, PropertyPath path, LocalDate date) {
      this.what = what.toString();
      this.path = path.toString();
      this.date = date;
    }
  }

  private Stream<Event> eventDates() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < meetings().size(); i++) {
      events.add(new Event(PropertyPath.of("meetings").index(i), PropertyPath.of("meetings").index(i).field("date"),
          meetings().get(i).date()));
    }
    for (int i = 0; i < checklists().size(); i++) {
      events.add(new Event(PropertyPath.of("checklists").index(i), PropertyPath.of("checklists").index(i).field("date"),
          checklists().get(i).date()));
    }
    for (int i = 0; i < formRevisions().size(); i++) {
      events.add(new Event("form revision " + formRevisions().get(i).revision(),
          PropertyPath.of("formRevisions").index(i).field("updatedAt"),
          formRevisions().get(i).updatedAt()));
    }
    for (int i = 0; i < responses().size(); i++) {
      events.add(new Event(PropertyPath.of("responses").index(i), PropertyPath.of("responses").index(i).field("date"),
          responses().get(i).date()));
    }
    return events.stream();
  }

  // ------------------------------------------------------------------ structure

  @Value.Check
  void check() {
    Violations v = new Violations();
    v.id("id", id());

    // persons: unique across the young person, professionals and private persons
    Set<String> persons = new HashSet<>();
    persons.add(youngPerson().id());
    Set<String> professionalIds = new HashSet<>();
    for (int i = 0; i < professionals().size(); i++) {
      String pid = professionals().get(i).id();
      professionalIds.add(pid);
      if (!persons.add(pid)) {
        v.add(PropertyPath.of("professionals").index(i).field("id"), StructuralCode.DUPLICATE_ID);
      }
    }
    Set<String> custodyHolders = new HashSet<>();
    for (int i = 0; i < privatePersons().size(); i++) {
      PrivatePerson pp = privatePersons().get(i);
      if (!persons.add(pp.id())) {
        v.add(PropertyPath.of("privatePersons").index(i).field("id"), StructuralCode.DUPLICATE_ID);
      }
      if (pp.custodyHolder()) {
        custodyHolders.add(pp.id());
      }
    }
    Set<String> others = new HashSet<>(persons);
    others.remove(youngPerson().id());
    Set<String> orgs = v.uniqueIds("organisations", organisations(), Organisation::id);
    for (int i = 0; i < professionals().size(); i++) {
      final int n = i;
      professionals().get(i).organisationId()
          .ifPresent(o -> v.reference(PropertyPath.of("professionals").index(n).field("organisationId"), o, orgs));
    }

    // coordinator assignments: professionals, no overlap
    List<CoordinatorAssignment> ca = coordinatorAssignments();
    for (int i = 0; i < ca.size(); i++) {
      v.reference(PropertyPath.of("coordinatorAssignments").index(i).field("coordinatorId"),
          ca.get(i).coordinatorId(), professionalIds);
      for (int j = 0; j < i; j++) {
        if (overlaps(ca.get(i).from(), ca.get(i).until(), ca.get(j).from(), ca.get(j).until())) {
          v.add(PropertyPath.of("coordinatorAssignments").index(i), StructuralCode.OVERLAP,
              PropertyPath.of("coordinatorAssignments").index(j));
        }
      }
    }
    for (int i = 0; i < teamMemberships().size(); i++) {
      v.reference(PropertyPath.of("teamMemberships").index(i).field("personId"), teamMemberships().get(i).personId(),
          others);
    }
    youngPersonsAdult().ifPresent(a -> v.reference("youngPersonsAdult.personId", a.personId(), others));

    // consents
    v.uniqueIds("consents", consents(), Consent::id);
    for (int i = 0; i < consents().size(); i++) {
      Consent c = consents().get(i);
      PropertyPath p = PropertyPath.of("consents").index(i);
      for (int j = 0; j < c.signatories().size(); j++) {
        Signatory s = c.signatories().get(j);
        PropertyPath sp = p.field("signatories").index(j).field("personId");
        if (s.kind() == SignatoryKind.YOUNG_PERSON) {
          if (!s.personId().equals(youngPerson().id())) {
            v.add(sp, StructuralCode.INCONSISTENT, "a YOUNG_PERSON signatory must be the course's young person");
          }
        } else {
          v.reference(sp, s.personId(), custodyHolders);
        }
      }
      for (int j = 0; j < c.parties().size(); j++) {
        ConsentParty party = c.parties().get(j);
        v.reference(p.field("parties").index(j).field("id"), party.id(),
            party.kind() == dk.samarbejdsmodel.core.tools.PartyKind.ORGANISATION ? orgs : professionalIds);
      }
    }

    // network card and overviews
    networkCard().ifPresent(card -> {
      for (int i = 0; i < card.entries().size(); i++) {
        v.reference(PropertyPath.of("networkCard").field("entries").index(i).field("personId"),
            card.entries().get(i).personId(), others);
      }
    });
    networkOverview().ifPresent(o -> {
      for (int i = 0; i < o.entries().size(); i++) {
        v.reference(PropertyPath.of("networkOverview").field("entries").index(i).field("personId"),
            o.entries().get(i).personId(), persons);
      }
    });
    interventionOverview().ifPresent(o -> {
      for (int i = 0; i < o.interventions().size(); i++) {
        final PropertyPath p = PropertyPath.of("interventionOverview").field("interventions").index(i);
        o.interventions().get(i).providerId().ifPresent(x -> v.reference(p.field("providerId"), x, orgs));
        o.interventions().get(i).responsibleId().ifPresent(x -> v.reference(p.field("responsibleId"), x, persons));
      }
    });

    // meetings
    Set<String> meetingIds = v.uniqueIds("meetings", meetings(), Meeting::id);
    Set<String> networkMeetingIds = meetings().stream().filter(m -> m.kind() == MeetingKind.NETWORK)
        .map(Meeting::id).collect(Collectors.toSet());
    for (int i = 0; i < meetings().size(); i++) {
      Meeting m = meetings().get(i);
      for (int j = 0; j < m.participants().size(); j++) {
        v.reference(PropertyPath.of("meetings").index(i).field("participants").index(j).field("personId"),
            m.participants().get(j).personId(),
            persons);
      }
      final int n = i;
      m.leaderId().ifPresent(l -> v.reference(PropertyPath.of("meetings").index(n).field("leaderId"), l, persons));
    }

    // form revisions: one form, increasing revisions, people of the course
    for (int i = 0; i < formRevisions().size(); i++) {
      GoalAgreementForm f = formRevisions().get(i);
      PropertyPath p = PropertyPath.of("formRevisions").index(i);
      if (i > 0) {
        GoalAgreementForm prev = formRevisions().get(i - 1);
        if (!f.id().equals(prev.id())) {
          v.add(p.field("id"), StructuralCode.INCONSISTENT, "every revision belongs to the same form");
        }
        if (f.revision() <= prev.revision()) {
          v.add(p.field("revision"), StructuralCode.NOT_INCREASING, prev.revision());
        }
        if (f.updatedAt().isBefore(prev.updatedAt())) {
          v.add(p.field("updatedAt"), StructuralCode.NOT_INCREASING, prev.updatedAt());
        }
      }
      f.meetingId().ifPresent(mid -> v.reference(p.field("meetingId"), mid, meetingIds));
      for (int j = 0; j < f.participants().size(); j++) {
        v.reference(p.field("participants").index(j).field("personId"), f.participants().get(j).personId(), persons);
      }
    }

    // checklists refer to network meetings
    v.uniqueIds("checklists", checklists(), MeetingChecklist::id);
    for (int i = 0; i < checklists().size(); i++) {
      v.reference(PropertyPath.of("checklists").index(i).field("meetingId"), checklists().get(i).meetingId(),
          networkMeetingIds);
    }

    // responses fit their programme's instrument; one the programme does not name is the catalogue's to check
    v.uniqueIds("responses", responses(), InstrumentResponse::id);
    for (int i = 0; i < responses().size(); i++) {
      InstrumentResponse r = responses().get(i);
      Optional<Instrument> instrument = instrumentFor(r);
      if (instrument.isPresent()) {
        v.addAll(PropertyPath.of("responses").index(i), instrument.get().validate(r));
      }
      final int n = i;
      r.respondentId().ifPresent(x -> v.reference(PropertyPath.of("responses").index(n).field("respondentId"), x,
          persons));
    }

    // status registrations in date order
    for (int i = 1; i < statusRegistrations().size(); i++) {
      LocalDate prev = statusRegistrations().get(i - 1).date();
      if (statusRegistrations().get(i).date().isBefore(prev)) {
        v.add(PropertyPath.of("statusRegistrations").index(i).field("date"), StructuralCode.NOT_INCREASING, prev);
      }
    }

    // housing support only where the programme has it
    if (!programme().housingSupport()) {
      if (housingSupport().isPresent()) {
        v.add("housingSupport", StructuralCode.INCONSISTENT, "programme " + programme().id() + " has no housing support");
      }
      if (housingSubgroup().isPresent()) {
        v.add("housingSubgroup", StructuralCode.INCONSISTENT, "programme " + programme().id() + " has no housing support");
      }
    }
    housingSupport().ifPresent(h -> {
      h.cti().ifPresent(c -> v.reference("housingSupport.cti.workerId", c.workerId(), professionalIds));
      h.icm().ifPresent(c -> v.reference("housingSupport.icm.workerId", c.workerId(), professionalIds));
    });

    // the end
    end().ifPresent(e -> {
      if (e.date().isBefore(startDate())) {
        v.add("end.date", StructuralCode.DATE_ORDER);
      }
      eventDates().filter(ev -> ev.date.isAfter(e.date())).forEach(ev ->
          v.add(ev.path, StructuralCode.INCONSISTENT, "dated after the course ended on " + e.date()));
    });
    v.throwIfAny("Course");
  }

  private static boolean overlaps(LocalDate aFrom, Optional<LocalDate> aUntil, LocalDate bFrom,
      Optional<LocalDate> bUntil) {
    boolean aStartsAfterB = bUntil.map(aFrom::isAfter).orElse(false);
    boolean bStartsAfterA = aUntil.map(bFrom::isAfter).orElse(false);
    return !aStartsAfterB && !bStartsAfterA;
  }

}
