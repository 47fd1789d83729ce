package dk.samarbejdsmodel.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Spejlklasser: the baseline of B1 and B2 — plain mutable classes with public fields that mirror the course
 * document field for field, in document order, read and written by a plain Jackson {@link ObjectMapper} with no
 * validation and no conversion: dates, codes and enums stay strings, absent members stay {@code null} and are
 * left out when written. This is what a vendor gets by pointing Jackson databind at hand-written DTOs.
 *
 * <pre>{@code
 * Mirror.Course c = Mirror.MAPPER.readValue(bytes, Mirror.Course.class);
 * byte[] again = Mirror.MAPPER.writeValueAsBytes(c);   // the same bytes
 * }</pre>
 */
public final class Mirror {

  /** The plain mapper: defaults, except that {@code null} members are left out as the document does. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private Mirror() {}

  /** {@code $}: the course document with its envelope. */
  public static class Course {
    public String schemaVersion;
    public String kind;
    public String id;
    public String programme;
    public Municipality municipality;
    public YoungPerson youngPerson;
    public String startDate;
    public List<Organisation> organisations;
    public List<Professional> professionals;
    public List<PrivatePerson> privatePersons;
    public List<CoordinatorAssignment> coordinatorAssignments;
    public List<TeamMembership> teamMemberships;
    public YoungPersonsAdult youngPersonsAdult;
    public List<Consent> consents;
    public List<Form> formRevisions;
    public List<Meeting> meetings;
    public List<Checklist> checklists;
    public List<Response> responses;
    public List<StatusRegistration> statusRegistrations;
  }

  /** {@code municipality}. */
  public static class Municipality {
    public String code;
    public String name;
  }

  /** {@code youngPerson}. */
  public static class YoungPerson {
    public String id;
    public String birthDate;
    public String cpr;
    public Name name;
    public Contact contact;
  }

  /** {@code name}. */
  public static class Name {
    public String givenName;
    public String familyName;
  }

  /** {@code contact}. */
  public static class Contact {
    public String phone;
    public String email;
  }

  /** {@code organisations[]}. */
  public static class Organisation {
    public String id;
    public String name;
    public String sector;
    public String municipalityCode;
  }

  /** {@code professionals[]}. */
  public static class Professional {
    public String id;
    public String role;
    public String organisationId;
    public Boolean authorityCompetence;
    public Name name;
  }

  /** {@code privatePersons[]}. */
  public static class PrivatePerson {
    public String id;
    public String role;
    public Boolean custodyHolder;
    public Name name;
  }

  /** {@code coordinatorAssignments[]}. */
  public static class CoordinatorAssignment {
    public String coordinatorId;
    public String from;
  }

  /** {@code teamMemberships[]}. */
  public static class TeamMembership {
    public String personId;
    public String role;
    public String from;
  }

  /** {@code youngPersonsAdult}. */
  public static class YoungPersonsAdult {
    public String personId;
    public String from;
  }

  /** {@code consents[]}. */
  public static class Consent {
    public String id;
    public List<Signatory> signatories;
    public String givenAt;
    public String validFrom;
    public List<Party> parties;
    public List<String> categories;
    public String purpose;
  }

  /** {@code consents[].signatories[]}. */
  public static class Signatory {
    public String kind;
    public String personId;
  }

  /** {@code consents[].parties[]}. */
  public static class Party {
    public String kind;
    public String id;
  }

  /** {@code formRevisions[]}. */
  public static class Form {
    public String id;
    public Integer revision;
    public String updatedAt;
    public String meetingId;
    public String wishes;
    public List<FormParticipant> participants;
    public List<Goal> goals;
    public List<Agreement> agreements;
    public String followUpById;
    public String nextMeetingDate;
    public List<String> recipientIds;
  }

  /** {@code formRevisions[].participants[]}. */
  public static class FormParticipant {
    public String personId;
    public String role;
  }

  /** {@code formRevisions[].goals[]}. */
  public static class Goal {
    public String id;
    public String lifeArea;
    public String description;
    public String horizon;
    public String targetDate;
    public List<StatusChange> statusHistory;
  }

  /** {@code formRevisions[].agreements[]}. */
  public static class Agreement {
    public String id;
    public List<String> goalIds;
    public String action;
    public String responsibleId;
    public String deadline;
    public String followUpById;
    public List<StatusChange> statusHistory;
  }

  /** {@code statusHistory[]}. */
  public static class StatusChange {
    public String date;
    public String status;
  }

  /** {@code meetings[]}. */
  public static class Meeting {
    public String id;
    public String kind;
    public String date;
    public List<MeetingParticipant> participants;
    public List<String> components;
    public Boolean decisionsRecorded;
    public String leaderId;
    public String nextMeetingDate;
    public Boolean fixed;
  }

  /** {@code meetings[].participants[]}. */
  public static class MeetingParticipant {
    public String personId;
    public String role;
    public Boolean attended;
    public Boolean active;
  }

  /** {@code checklists[]}. */
  public static class Checklist {
    public String id;
    public String meetingId;
    public String date;
    public String placementType;
    public Education education;
    public String employment;
    public List<ChecklistParticipant> participants;
    public Map<String, Boolean> answers;
  }

  /** {@code education}. */
  public static class Education {
    public Boolean inEducation;
    public String type;
  }

  /** {@code checklists[].participants[]}. */
  public static class ChecklistParticipant {
    public String role;
    public Boolean attended;
    public Boolean active;
  }

  /** {@code responses[]}. */
  public static class Response {
    public String id;
    public String instrumentId;
    public Integer instrumentVersion;
    public String date;
    public List<Answer> answers;
  }

  /** {@code responses[].answers[]}. */
  public static class Answer {
    public String dimension;
    public Integer value;
  }

  /** {@code statusRegistrations[]}. */
  public static class StatusRegistration {
    public String date;
    public Education education;
    public String employment;
  }
}
