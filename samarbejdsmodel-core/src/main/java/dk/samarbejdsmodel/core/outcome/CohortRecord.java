package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.PlacementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Kohortepost: one course as evaluators see it — pseudonymous ids, the age at every event instead of the birth
 * date, no names, contact details, CPR numbers or free text; municipality and programme kept.
 *
 * <p>Built from a course as of a reference date; events after that date are left out. {@link #from(Course,
 * LocalDate)} keeps the course's internal ids (which are already pseudonymous in the model);
 * {@link Pseudonymiser#record(Course, LocalDate)} replaces them by keyed HMAC-SHA256 pseudonyms for export.
 *
 * <pre>{@code
 * CohortRecord r = CohortRecord.from(course, LocalDate.of(2016, 1, 31));
 * r.ageAtStart();          // 17
 * r.checklists().size();   // meeting checklists up to the reference date
 * }</pre>
 */
@Value.Immutable
public abstract class CohortRecord {

  /** The course's (pseudonymous) id. */
  public abstract String courseId();

  /** The young person's (pseudonymous) id. */
  public abstract String youngPersonId();

  /** The programme id, e.g. {@code AFTERCARE}. */
  public abstract String programmeId();

  /**
   * The core elements the course's programme does not have (for example {@code YOUNG_PERSONS_ADULT} outside
   * {@code AFTERCARE}); empty when the programme has all seven, and in records written before this field
   * existed. The fidelity index (O-08) leaves out checklist items for these elements.
   */
  public abstract Set<CoreElement> absentElements();

  /** Kommunenummer. */
  public abstract String municipalityCode();

  /** The municipality's name. */
  public abstract String municipalityName();

  /** The target group code, when registered. */
  public abstract Optional<String> targetGroup();

  /** The reference date the record was built for. */
  public abstract LocalDate asOf();

  /** Course start. */
  public abstract LocalDate startDate();

  /** Age in whole years at the course start. */
  public abstract int ageAtStart();

  /** The end, when the course has ended on or before {@link #asOf()}. */
  public abstract Optional<LocalDate> endDate();

  /** {@code PLANNED} or {@code UNPLANNED}, when ended. */
  public abstract Optional<String> endKind();

  /** The (pseudonymous) coordinator on the reference date (or on the end date when ended). */
  public abstract Optional<String> coordinatorId();

  /** Instrument responses up to the reference date, in date order. */
  public abstract List<ResponseRecord> responses();

  /** Status registrations up to the reference date, in date order. */
  public abstract List<StatusRecord> statuses();

  /** Meeting checklists up to the reference date, in date order. */
  public abstract List<ChecklistRecord> checklists();

  /** Network meetings up to the reference date, in date order. */
  public abstract List<MeetingRecord> networkMeetings();

  /** Fixed meetings due by the reference date under the programme's meeting cadence. */
  public abstract int fixedMeetingsDue();

  /** Of those, held within the tolerance window. */
  public abstract int fixedMeetingsHeld();

  /** The housing subgroup (S4), when registered. */
  public abstract Optional<HousingSubgroup> housingSubgroup();

  /** The housing support combination (S4), when the programme has housing support. */
  public abstract Optional<HousingSupportCombination> housingCombination();

  /** Whether the programme offers housing support. */
  @Value.Default
  public boolean housingProgramme() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableCohortRecord.Builder {}

  /** Whether the course is open (started and not ended) on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !startDate().isAfter(date) && endDate().map(e -> !e.isBefore(date)).orElse(true);
  }

  /** Whether the course overlaps the period {@code [from, until]}. */
  public boolean activeIn(LocalDate from, LocalDate until) {
    return !startDate().isAfter(until) && endDate().map(e -> !e.isBefore(from)).orElse(true);
  }

  /** Responses to one instrument, in date order. */
  public List<ResponseRecord> responsesTo(String instrumentId) {
    return responses().stream().filter(r -> r.instrumentId().equals(instrumentId)).collect(Collectors.toList());
  }

  /**
   * The record of a course as of {@code asOf}, keeping its internal ids; responses' polarities come from the
   * programme's instruments, else the {@linkplain Catalogue#builtIn() built-in} ones. A course with plugin
   * instruments the programme does not name needs {@link #from(Course, LocalDate, Catalogue)}.
   */
  public static CohortRecord from(Course course, LocalDate asOf) {
    return from(course, asOf, Catalogue.builtIn());
  }

  /** The record of a course as of {@code asOf}; the catalogue knows the instruments its responses pin. */
  public static CohortRecord from(Course course, LocalDate asOf, Catalogue catalogue) {
    return build(course, asOf, catalogue, UnaryOperator.identity(), UnaryOperator.identity(),
        UnaryOperator.identity());
  }

  /** Records of courses as of {@code asOf} (built-in instruments); courses starting after it are left out. */
  public static List<CohortRecord> from(Collection<Course> courses, LocalDate asOf) {
    return from(courses, asOf, Catalogue.builtIn());
  }

  /** Records of courses as of {@code asOf}, their instruments from a catalogue; later starts are left out. */
  public static List<CohortRecord> from(Collection<Course> courses, LocalDate asOf, Catalogue catalogue) {
    return courses.stream().filter(c -> !c.startDate().isAfter(asOf)).map(c -> from(c, asOf, catalogue))
        .collect(Collectors.toUnmodifiableList());
  }

  static CohortRecord build(Course course, LocalDate asOf, Catalogue catalogue, UnaryOperator<String> courseIds,
      UnaryOperator<String> youngPersonIds, UnaryOperator<String> coordinatorIds) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(catalogue, "catalogue");
    Optional<LocalDate> end = course.end().map(e -> e.date()).filter(d -> !d.isAfter(asOf));
    LocalDate coordinatorDate = end.orElse(asOf);
    Optional<String> coordinator = course.coordinatorOn(coordinatorDate).map(CoordinatorAssignment::coordinatorId)
        .or(() -> course.coordinatorAssignments().stream()
            .filter(a -> !a.from().isAfter(coordinatorDate))
            .max(Comparator.comparing(CoordinatorAssignment::from)).map(CoordinatorAssignment::coordinatorId));
    Builder b = builder()
        .courseId(courseIds.apply(course.id()))
        .youngPersonId(youngPersonIds.apply(course.youngPerson().id()))
        .programmeId(course.programme().id())
        .absentElements(absent(course.programme().elements()))
        .municipalityCode(course.municipality().code())
        .municipalityName(course.municipality().name())
        .targetGroup(course.targetGroup().map(t -> t.code()))
        .asOf(asOf)
        .startDate(course.startDate())
        .ageAtStart(course.ageOn(course.startDate()))
        .endDate(end)
        .endKind(course.end().filter(e -> end.isPresent()).map(e -> e.kind().name()))
        .coordinatorId(coordinator.map(coordinatorIds))
        .housingProgramme(course.programme().housingSupport())
        .housingSubgroup(course.housingSubgroup())
        .housingCombination(course.housingSupport().map(HousingSupport::combination));
    course.responses().stream().filter(r -> !r.date().isAfter(asOf))
        .sorted(Comparator.comparing(InstrumentResponse::date).thenComparing(InstrumentResponse::id))
        .forEach(r -> b.addResponses(ResponseRecord.of(course, r, catalogue)));
    course.statusRegistrations().stream().filter(s -> !s.date().isAfter(asOf))
        .sorted(Comparator.comparing(StatusRegistration::date))
        .forEach(s -> b.addStatuses(new StatusRecord(s.date(), course.ageOn(s.date()), s.education(),
            s.employment(), s.housing())));
    course.checklists().stream().filter(c -> !c.date().isAfter(asOf))
        .sorted(Comparator.comparing(MeetingChecklist::date).thenComparing(MeetingChecklist::id))
        .forEach(c -> b.addChecklists(ChecklistRecord.of(course, c)));
    course.meetings().stream().filter(m -> m.kind() == MeetingKind.NETWORK && !m.date().isAfter(asOf))
        .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
        .forEach(m -> b.addNetworkMeetings(new MeetingRecord(m.date(), course.ageOn(m.date()), m.fixed(),
            m.participants().stream().map(p -> new ParticipantRecord(p.role(), p.attended(), p.active(),
                    p.role().equals(ParticipantRole.YOUNG_PERSONS_ADULT)
                        && course.professional(p.personId()).isPresent()))
                .collect(Collectors.toList()))));
    int[] fixed = FixedMeetings.tally(course, asOf);
    return b.fixedMeetingsDue(fixed[0]).fixedMeetingsHeld(fixed[1]).build();
  }

  private static Set<CoreElement> absent(Set<CoreElement> present) {
    Set<CoreElement> absent = EnumSet.allOf(CoreElement.class);
    absent.removeAll(present);
    return absent;
  }

  @Value.Check
  void check() {
    if (fixedMeetingsHeld() > fixedMeetingsDue() || fixedMeetingsHeld() < 0) {
      throw new IllegalArgumentException("0 <= fixedMeetingsHeld <= fixedMeetingsDue");
    }
  }

  /**
   * Besvarelse: one instrument response — assessed scores, not-assessed dimensions, polarity per dimension,
   * the age on the response date. No free-text note and no answers to single questions: a dimension's score is
   * the recorded one, else the one derived from its answered questions ({@code Dimension.score(Answer)}).
   *
   * <pre>{@code
   * OptionalInt crime = record.responses().get(0).score("CRIME") ...
   * }</pre>
   *
   * @param instrumentId the instrument id
   * @param instrumentVersion the pinned version
   * @param date the response date
   * @param age the young person's age on that date
   * @param scores assessed scores per dimension code
   * @param notAssessed dimensions marked "not assessed"
   * @param polarities polarity per dimension of the pinned instrument
   */
  public record ResponseRecord(String instrumentId, int instrumentVersion, LocalDate date, int age,
      Map<String, Integer> scores, Set<String> notAssessed, Map<String, Polarity> polarities) {

    /** Copies the collections. */
    public ResponseRecord {
      Objects.requireNonNull(instrumentId, "instrumentId");
      Objects.requireNonNull(date, "date");
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      notAssessed = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(notAssessed));
      polarities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(polarities));
    }

    static ResponseRecord of(Course course, InstrumentResponse r, Catalogue catalogue) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      Set<String> notAssessed = new LinkedHashSet<>();
      Optional<Instrument> instrument = catalogue.instrumentFor(course, r);
      for (Answer a : r.answers()) {
        // the area score: recorded, else derived from the answered questions (Dimension.score)
        OptionalInt score = instrument.flatMap(i -> i.dimension(a.dimension())).map(d -> d.score(a))
            .orElse(a.value());
        if (score.isPresent()) {
          scores.put(a.dimension(), score.getAsInt());
        } else {
          notAssessed.add(a.dimension());
        }
      }
      Map<String, Polarity> polarities = new LinkedHashMap<>();
      instrument.map(Instrument::dimensions).orElse(List.of())
          .forEach((Dimension d) -> polarities.put(d.code(), d.polarity()));
      return new ResponseRecord(r.instrumentId(), r.instrumentVersion(), r.date(), course.ageOn(r.date()), scores,
          notAssessed, polarities);
    }

    /** The polarity of a dimension (higher is better when the instrument is unknown). */
    public Polarity polarity(String dimension) {
      return polarities.getOrDefault(dimension, Polarity.HIGHER_IS_BETTER);
    }
  }

  /**
   * Statusregistrering: education, employment and housing status on a date, with the age on that date.
   *
   * @param date the registration date
   * @param age the age on that date
   * @param education education status, when registered
   * @param employment employment status, when registered
   * @param housing housing status, when registered
   */
  public record StatusRecord(LocalDate date, int age, Optional<EducationStatus> education,
      Optional<EmploymentStatus> employment, Optional<HousingStatus> housing) {

    /** Checks for nulls. */
    public StatusRecord {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(education, "education");
      Objects.requireNonNull(employment, "employment");
      Objects.requireNonNull(housing, "housing");
    }
  }

  /**
   * Deltager: a role on a meeting or checklist, whether present and whether active. No person id.
   *
   * @param role the role
   * @param attended attended the meeting
   * @param active participated actively
   * @param professional a professional holds the role — matters for the young person's adult, who counts as
   *     private network (O-09) only when a private person holds the role
   */
  public record ParticipantRecord(ParticipantRole role, boolean attended, boolean active, boolean professional) {

    /** Checks for nulls. */
    public ParticipantRecord {
      Objects.requireNonNull(role, "role");
    }

    /** A participant whose role says whether a professional holds it (every role but the young person's adult). */
    public ParticipantRecord(ParticipantRole role, boolean attended, boolean active) {
      this(role, attended, active, false);
    }

    /** Whether the participant belongs to the private network: a private-network role held by a private person. */
    public boolean privateNetwork() {
      return role.kind() == dk.samarbejdsmodel.core.people.RoleKind.PRIVATE_NETWORK && !professional;
    }
  }

  /**
   * Mødetjekliste: the coded content of one meeting checklist with the age on its date.
   *
   * @param date the checklist date
   * @param age the age on that date
   * @param placementType placement type, when answered
   * @param education education status, when answered
   * @param employment employment status, when answered
   * @param participants participants by role
   * @param answers yes/no answers per item
   */
  public record ChecklistRecord(LocalDate date, int age, Optional<PlacementType> placementType,
      Optional<EducationStatus> education, Optional<EmploymentStatus> employment,
      List<ParticipantRecord> participants, Map<ChecklistItem, Boolean> answers) {

    /** Copies the collections. */
    public ChecklistRecord {
      Objects.requireNonNull(date, "date");
      participants = List.copyOf(participants);
      answers = answers.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(answers));
    }

    static ChecklistRecord of(Course course, MeetingChecklist c) {
      List<ParticipantRecord> participants = new ArrayList<>();
      boolean adultIsProfessional = course.youngPersonsAdult()
          .map(a -> course.professional(a.personId()).isPresent()).orElse(false);
      c.participants().forEach(p -> participants.add(new ParticipantRecord(p.role(), p.attended(), p.active(),
          p.role().equals(ParticipantRole.YOUNG_PERSONS_ADULT) && adultIsProfessional)));
      return new ChecklistRecord(c.date(), course.ageOn(c.date()), c.placementType(), c.education(),
          c.employment(), participants, c.answers());
    }
  }

  /**
   * Netværksmøde: a network meeting's date, age, whether it was a fixed meeting, and participants by role.
   *
   * @param date the meeting date
   * @param age the age on that date
   * @param fixed a fixed (programme-required) meeting
   * @param participants participants by role
   */
  public record MeetingRecord(LocalDate date, int age, boolean fixed, List<ParticipantRecord> participants) {

    /** Copies the participants. */
    public MeetingRecord {
      Objects.requireNonNull(date, "date");
      participants = List.copyOf(participants);
    }
  }
}
