package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.EndReason;
import dk.samarbejdsmodel.core.course.StartUpStep;
import dk.samarbejdsmodel.core.course.StartUpStepRecord;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.course.TeamMembership;
import dk.samarbejdsmodel.core.course.YoungPersonsAdult;
import dk.samarbejdsmodel.core.housing.CtiPhase;
import dk.samarbejdsmodel.core.housing.CtiPhasePeriod;
import dk.samarbejdsmodel.core.housing.CtiSupport;
import dk.samarbejdsmodel.core.housing.FollowOn;
import dk.samarbejdsmodel.core.housing.FollowOnDecision;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.housing.IcmSupport;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingComponent;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.ContactDetails;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.Organisation;
import dk.samarbejdsmodel.core.people.OrganisationSector;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.ConsentPolicy;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.MeetingCadence;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.programme.Tolerance;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.AgreementStatus;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.core.tools.ChecklistParticipant;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.ConsentParty;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import dk.samarbejdsmodel.core.tools.FormParticipant;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.GoalHorizon;
import dk.samarbejdsmodel.core.tools.GoalStatus;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.core.tools.Intervention;
import dk.samarbejdsmodel.core.tools.InterventionOverview;
import dk.samarbejdsmodel.core.tools.LegalBasis;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.NetworkCard;
import dk.samarbejdsmodel.core.tools.NetworkCardEntry;
import dk.samarbejdsmodel.core.tools.NetworkOverview;
import dk.samarbejdsmodel.core.tools.NetworkOverviewEntry;
import dk.samarbejdsmodel.core.tools.NetworkSector;
import dk.samarbejdsmodel.core.tools.PartyKind;
import dk.samarbejdsmodel.core.tools.PlacementType;
import dk.samarbejdsmodel.core.tools.Signatory;
import dk.samarbejdsmodel.core.tools.SignatoryKind;
import dk.samarbejdsmodel.core.tools.StatusChange;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.ErrorCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Bindeled: how the JSON codecs ({@link ModelCodecs}) read the fields of each core type and set them on its
 * builder — one class per type, a {@code switch} over the field names (see {@link ObjectCodec.Binding} for why not
 * a method reference per getter and setter). The field names are the core accessors' names; the codec description
 * in {@link ModelCodecs} says which fields a type has, in which order, with which codec.
 *
 * <pre>{@code
 * ObjectCodec.of(PersonName.class, new Bindings.PersonNameBinding())
 *     .req("givenName", TEXT)
 *     .req("familyName", TEXT);
 * }</pre>
 */
final class Bindings {

  private Bindings() {}

  /** How the codecs read the fields of {@code PersonName} and set them on its builder. */
  static final class PersonNameBinding extends ObjectCodec.Binding<PersonName, PersonName.Builder> {
    @Override
    protected PersonName.Builder builder() {
      return PersonName.builder();
    }

    @Override
    protected PersonName build(PersonName.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, PersonName v) {
      return switch (field) {
        case "givenName" -> v.givenName();
        case "familyName" -> v.familyName();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, PersonName.Builder b, Object x) {
      switch (field) {
        case "givenName" -> b.givenName(cast(x));
        case "familyName" -> b.familyName(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code ContactDetails} and set them on its builder. */
  static final class ContactDetailsBinding extends ObjectCodec.Binding<ContactDetails, ContactDetails.Builder> {
    @Override
    protected ContactDetails.Builder builder() {
      return ContactDetails.builder();
    }

    @Override
    protected ContactDetails build(ContactDetails.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, ContactDetails v) {
      return switch (field) {
        case "phone" -> v.phone();
        case "email" -> v.email();
        case "address" -> v.address();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, ContactDetails.Builder b, Object x) {
      switch (field) {
        case "phone" -> b.phone((String) x);
        case "email" -> b.email((String) x);
        case "address" -> b.address((String) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Municipality} and set them on its builder. */
  static final class MunicipalityBinding extends ObjectCodec.Binding<Municipality, Municipality.Builder> {
    @Override
    protected Municipality.Builder builder() {
      return Municipality.builder();
    }

    @Override
    protected Municipality build(Municipality.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Municipality v) {
      return switch (field) {
        case "code" -> v.code();
        case "name" -> v.name();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Municipality.Builder b, Object x) {
      switch (field) {
        case "code" -> b.code(cast(x));
        case "name" -> b.name(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code YoungPerson} and set them on its builder. */
  static final class YoungPersonBinding extends ObjectCodec.Binding<YoungPerson, YoungPerson.Builder> {
    @Override
    protected YoungPerson.Builder builder() {
      return YoungPerson.builder();
    }

    @Override
    protected YoungPerson build(YoungPerson.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, YoungPerson v) {
      return switch (field) {
        case "id" -> v.id();
        case "birthDate" -> v.birthDate();
        case "cpr" -> v.cpr();
        case "name" -> v.name();
        case "contact" -> v.contact();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, YoungPerson.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "birthDate" -> b.birthDate(cast(x));
        case "cpr" -> b.cpr((Cpr) x);
        case "name" -> b.name((PersonName) x);
        case "contact" -> b.contact((ContactDetails) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Organisation} and set them on its builder. */
  static final class OrganisationBinding extends ObjectCodec.Binding<Organisation, Organisation.Builder> {
    @Override
    protected Organisation.Builder builder() {
      return Organisation.builder();
    }

    @Override
    protected Organisation build(Organisation.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Organisation v) {
      return switch (field) {
        case "id" -> v.id();
        case "name" -> v.name();
        case "sector" -> v.sector();
        case "municipalityCode" -> v.municipalityCode();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Organisation.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "name" -> b.name(cast(x));
        case "sector" -> b.sector(cast(x));
        case "municipalityCode" -> b.municipalityCode((String) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Professional} and set them on its builder. */
  static final class ProfessionalBinding extends ObjectCodec.Binding<Professional, Professional.Builder> {
    @Override
    protected Professional.Builder builder() {
      return Professional.builder();
    }

    @Override
    protected Professional build(Professional.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Professional v) {
      return switch (field) {
        case "id" -> v.id();
        case "role" -> v.role();
        case "organisationId" -> v.organisationId();
        case "title" -> v.title();
        case "authorityCompetence" -> v.authorityCompetence();
        case "name" -> v.name();
        case "contact" -> v.contact();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Professional.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "role" -> b.role(cast(x));
        case "organisationId" -> b.organisationId((String) x);
        case "title" -> b.title((String) x);
        case "authorityCompetence" -> b.authorityCompetence(cast(x));
        case "name" -> b.name((PersonName) x);
        case "contact" -> b.contact((ContactDetails) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code PrivatePerson} and set them on its builder. */
  static final class PrivatePersonBinding extends ObjectCodec.Binding<PrivatePerson, PrivatePerson.Builder> {
    @Override
    protected PrivatePerson.Builder builder() {
      return PrivatePerson.builder();
    }

    @Override
    protected PrivatePerson build(PrivatePerson.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, PrivatePerson v) {
      return switch (field) {
        case "id" -> v.id();
        case "role" -> v.role();
        case "custodyHolder" -> v.custodyHolder();
        case "relation" -> v.relation();
        case "name" -> v.name();
        case "contact" -> v.contact();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, PrivatePerson.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "role" -> b.role(cast(x));
        case "custodyHolder" -> b.custodyHolder(cast(x));
        case "relation" -> b.relation((String) x);
        case "name" -> b.name((PersonName) x);
        case "contact" -> b.contact((ContactDetails) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code CoordinatorAssignment} and set them on its builder. */
  static final class CoordinatorAssignmentBinding
      extends ObjectCodec.Binding<CoordinatorAssignment, CoordinatorAssignment.Builder> {
    @Override
    protected CoordinatorAssignment.Builder builder() {
      return CoordinatorAssignment.builder();
    }

    @Override
    protected CoordinatorAssignment build(CoordinatorAssignment.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, CoordinatorAssignment v) {
      return switch (field) {
        case "coordinatorId" -> v.coordinatorId();
        case "from" -> v.from();
        case "until" -> v.until();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, CoordinatorAssignment.Builder b, Object x) {
      switch (field) {
        case "coordinatorId" -> b.coordinatorId(cast(x));
        case "from" -> b.from(cast(x));
        case "until" -> b.until((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code TeamMembership} and set them on its builder. */
  static final class TeamMembershipBinding extends ObjectCodec.Binding<TeamMembership, TeamMembership.Builder> {
    @Override
    protected TeamMembership.Builder builder() {
      return TeamMembership.builder();
    }

    @Override
    protected TeamMembership build(TeamMembership.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, TeamMembership v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "role" -> v.role();
        case "from" -> v.from();
        case "until" -> v.until();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, TeamMembership.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "role" -> b.role(cast(x));
        case "from" -> b.from(cast(x));
        case "until" -> b.until((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code YoungPersonsAdult} and set them on its builder. */
  static final class YoungPersonsAdultBinding
      extends ObjectCodec.Binding<YoungPersonsAdult, YoungPersonsAdult.Builder> {
    @Override
    protected YoungPersonsAdult.Builder builder() {
      return YoungPersonsAdult.builder();
    }

    @Override
    protected YoungPersonsAdult build(YoungPersonsAdult.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, YoungPersonsAdult v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "from" -> v.from();
        case "until" -> v.until();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, YoungPersonsAdult.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "from" -> b.from(cast(x));
        case "until" -> b.until((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code StartUpStepRecord} and set them on its builder. */
  static final class StartUpStepRecordBinding
      extends ObjectCodec.Binding<StartUpStepRecord, StartUpStepRecord.Builder> {
    @Override
    protected StartUpStepRecord.Builder builder() {
      return StartUpStepRecord.builder();
    }

    @Override
    protected StartUpStepRecord build(StartUpStepRecord.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, StartUpStepRecord v) {
      return switch (field) {
        case "step" -> v.step();
        case "date" -> v.date();
        case "declined" -> v.declined();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, StartUpStepRecord.Builder b, Object x) {
      switch (field) {
        case "step" -> b.step(cast(x));
        case "date" -> b.date(cast(x));
        case "declined" -> b.declined(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Signatory} and set them on its builder. */
  static final class SignatoryBinding extends ObjectCodec.Binding<Signatory, Signatory.Builder> {
    @Override
    protected Signatory.Builder builder() {
      return Signatory.builder();
    }

    @Override
    protected Signatory build(Signatory.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Signatory v) {
      return switch (field) {
        case "kind" -> v.kind();
        case "personId" -> v.personId();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Signatory.Builder b, Object x) {
      switch (field) {
        case "kind" -> b.kind(cast(x));
        case "personId" -> b.personId(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code ConsentParty} and set them on its builder. */
  static final class ConsentPartyBinding extends ObjectCodec.Binding<ConsentParty, ConsentParty.Builder> {
    @Override
    protected ConsentParty.Builder builder() {
      return ConsentParty.builder();
    }

    @Override
    protected ConsentParty build(ConsentParty.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, ConsentParty v) {
      return switch (field) {
        case "kind" -> v.kind();
        case "id" -> v.id();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, ConsentParty.Builder b, Object x) {
      switch (field) {
        case "kind" -> b.kind(cast(x));
        case "id" -> b.id(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Consent} and set them on its builder. */
  static final class ConsentBinding extends ObjectCodec.Binding<Consent, Consent.Builder> {
    @Override
    protected Consent.Builder builder() {
      return Consent.builder();
    }

    @Override
    protected Consent build(Consent.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Consent v) {
      return switch (field) {
        case "id" -> v.id();
        case "signatories" -> v.signatories();
        case "givenAt" -> v.givenAt();
        case "validFrom" -> v.validFrom();
        case "validUntil" -> v.validUntil();
        case "withdrawnAt" -> v.withdrawnAt();
        case "parties" -> v.parties();
        case "categories" -> v.categories();
        case "purpose" -> v.purpose();
        case "recordedBy" -> v.recordedBy();
        case "recordedAt" -> v.recordedAt();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Consent.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "signatories" -> b.signatories(cast(x));
        case "givenAt" -> b.givenAt(cast(x));
        case "validFrom" -> b.validFrom(cast(x));
        case "validUntil" -> b.validUntil((LocalDate) x);
        case "withdrawnAt" -> b.withdrawnAt((LocalDate) x);
        case "parties" -> b.parties(cast(x));
        case "categories" -> b.categories(cast(x));
        case "purpose" -> b.purpose(cast(x));
        case "recordedBy" -> b.recordedBy((String) x);
        case "recordedAt" -> b.recordedAt((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code NetworkCardEntry} and set them on its builder. */
  static final class NetworkCardEntryBinding extends ObjectCodec.Binding<NetworkCardEntry, NetworkCardEntry.Builder> {
    @Override
    protected NetworkCardEntry.Builder builder() {
      return NetworkCardEntry.builder();
    }

    @Override
    protected NetworkCardEntry build(NetworkCardEntry.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, NetworkCardEntry v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "sector" -> v.sector();
        case "ring" -> v.ring();
        case "relation" -> v.relation();
        case "inviteToMeetings" -> v.inviteToMeetings();
        case "youngPersonsAdult" -> v.youngPersonsAdult();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, NetworkCardEntry.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "sector" -> b.sector(cast(x));
        case "ring" -> b.ring(cast(x));
        case "relation" -> b.relation((String) x);
        case "inviteToMeetings" -> b.inviteToMeetings(cast(x));
        case "youngPersonsAdult" -> b.youngPersonsAdult(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code NetworkCard} and set them on its builder. */
  static final class NetworkCardBinding extends ObjectCodec.Binding<NetworkCard, NetworkCard.Builder> {
    @Override
    protected NetworkCard.Builder builder() {
      return NetworkCard.builder();
    }

    @Override
    protected NetworkCard build(NetworkCard.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, NetworkCard v) {
      return switch (field) {
        case "madeAt" -> v.madeAt();
        case "entries" -> v.entries();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, NetworkCard.Builder b, Object x) {
      switch (field) {
        case "madeAt" -> b.madeAt(cast(x));
        case "entries" -> b.entries(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code NetworkOverviewEntry} and set them on its builder. */
  static final class NetworkOverviewEntryBinding
      extends ObjectCodec.Binding<NetworkOverviewEntry, NetworkOverviewEntry.Builder> {
    @Override
    protected NetworkOverviewEntry.Builder builder() {
      return NetworkOverviewEntry.builder();
    }

    @Override
    protected NetworkOverviewEntry build(NetworkOverviewEntry.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, NetworkOverviewEntry v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "role" -> v.role();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, NetworkOverviewEntry.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "role" -> b.role(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code NetworkOverview} and set them on its builder. */
  static final class NetworkOverviewBinding extends ObjectCodec.Binding<NetworkOverview, NetworkOverview.Builder> {
    @Override
    protected NetworkOverview.Builder builder() {
      return NetworkOverview.builder();
    }

    @Override
    protected NetworkOverview build(NetworkOverview.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, NetworkOverview v) {
      return switch (field) {
        case "updatedAt" -> v.updatedAt();
        case "entries" -> v.entries();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, NetworkOverview.Builder b, Object x) {
      switch (field) {
        case "updatedAt" -> b.updatedAt(cast(x));
        case "entries" -> b.entries(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code LegalBasis} and set them on its builder. */
  static final class LegalBasisBinding extends ObjectCodec.Binding<LegalBasis, LegalBasis.Builder> {
    @Override
    protected LegalBasis.Builder builder() {
      return LegalBasis.builder();
    }

    @Override
    protected LegalBasis build(LegalBasis.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, LegalBasis v) {
      return switch (field) {
        case "text" -> v.text();
        case "code" -> v.code();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, LegalBasis.Builder b, Object x) {
      switch (field) {
        case "text" -> b.text(cast(x));
        case "code" -> b.code((String) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Intervention} and set them on its builder. */
  static final class InterventionBinding extends ObjectCodec.Binding<Intervention, Intervention.Builder> {
    @Override
    protected Intervention.Builder builder() {
      return Intervention.builder();
    }

    @Override
    protected Intervention build(Intervention.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Intervention v) {
      return switch (field) {
        case "id" -> v.id();
        case "name" -> v.name();
        case "legalBasis" -> v.legalBasis();
        case "providerId" -> v.providerId();
        case "responsibleId" -> v.responsibleId();
        case "start" -> v.start();
        case "end" -> v.end();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Intervention.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "name" -> b.name(cast(x));
        case "legalBasis" -> b.legalBasis((LegalBasis) x);
        case "providerId" -> b.providerId((String) x);
        case "responsibleId" -> b.responsibleId((String) x);
        case "start" -> b.start(cast(x));
        case "end" -> b.end((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code InterventionOverview} and set them on its builder. */
  static final class InterventionOverviewBinding
      extends ObjectCodec.Binding<InterventionOverview, InterventionOverview.Builder> {
    @Override
    protected InterventionOverview.Builder builder() {
      return InterventionOverview.builder();
    }

    @Override
    protected InterventionOverview build(InterventionOverview.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, InterventionOverview v) {
      return switch (field) {
        case "updatedAt" -> v.updatedAt();
        case "interventions" -> v.interventions();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, InterventionOverview.Builder b, Object x) {
      switch (field) {
        case "updatedAt" -> b.updatedAt(cast(x));
        case "interventions" -> b.interventions(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code FormParticipant} and set them on its builder. */
  static final class FormParticipantBinding extends ObjectCodec.Binding<FormParticipant, FormParticipant.Builder> {
    @Override
    protected FormParticipant.Builder builder() {
      return FormParticipant.builder();
    }

    @Override
    protected FormParticipant build(FormParticipant.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, FormParticipant v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "role" -> v.role();
        case "organisationId" -> v.organisationId();
        case "name" -> v.name();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, FormParticipant.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "role" -> b.role(cast(x));
        case "organisationId" -> b.organisationId((String) x);
        case "name" -> b.name((PersonName) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Goal} and set them on its builder. */
  static final class GoalBinding extends ObjectCodec.Binding<Goal, Goal.Builder> {
    @Override
    protected Goal.Builder builder() {
      return Goal.builder();
    }

    @Override
    protected Goal build(Goal.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Goal v) {
      return switch (field) {
        case "id" -> v.id();
        case "lifeArea" -> v.lifeArea();
        case "description" -> v.description();
        case "horizon" -> v.horizon();
        case "targetDate" -> v.targetDate();
        case "parentGoalId" -> v.parentGoalId();
        case "statusHistory" -> v.statusHistory();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Goal.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "lifeArea" -> b.lifeArea(cast(x));
        case "description" -> b.description(cast(x));
        case "horizon" -> b.horizon(cast(x));
        case "targetDate" -> b.targetDate((LocalDate) x);
        case "parentGoalId" -> b.parentGoalId((String) x);
        case "statusHistory" -> b.statusHistory(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Agreement} and set them on its builder. */
  static final class AgreementBinding extends ObjectCodec.Binding<Agreement, Agreement.Builder> {
    @Override
    protected Agreement.Builder builder() {
      return Agreement.builder();
    }

    @Override
    protected Agreement build(Agreement.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Agreement v) {
      return switch (field) {
        case "id" -> v.id();
        case "goalIds" -> v.goalIds();
        case "action" -> v.action();
        case "responsibleId" -> v.responsibleId();
        case "deadline" -> v.deadline();
        case "followUpDate" -> v.followUpDate();
        case "followUpById" -> v.followUpById();
        case "statusHistory" -> v.statusHistory();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Agreement.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "goalIds" -> b.goalIds(cast(x));
        case "action" -> b.action(cast(x));
        case "responsibleId" -> b.responsibleId((String) x);
        case "deadline" -> b.deadline((LocalDate) x);
        case "followUpDate" -> b.followUpDate((LocalDate) x);
        case "followUpById" -> b.followUpById((String) x);
        case "statusHistory" -> b.statusHistory(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code GoalAgreementForm} and set them on its builder. */
  static final class GoalAgreementFormBinding
      extends ObjectCodec.Binding<GoalAgreementForm, GoalAgreementForm.Builder> {
    @Override
    protected GoalAgreementForm.Builder builder() {
      return GoalAgreementForm.builder();
    }

    @Override
    protected GoalAgreementForm build(GoalAgreementForm.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, GoalAgreementForm v) {
      return switch (field) {
        case "id" -> v.id();
        case "revision" -> v.revision();
        case "updatedAt" -> v.updatedAt();
        case "meetingId" -> v.meetingId();
        case "wishes" -> v.wishes();
        case "participants" -> v.participants();
        case "goals" -> v.goals();
        case "agreements" -> v.agreements();
        case "followUpById" -> v.followUpById();
        case "nextMeetingDate" -> v.nextMeetingDate();
        case "recipientIds" -> v.recipientIds();
        case "recordedBy" -> v.recordedBy();
        case "recordedAt" -> v.recordedAt();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, GoalAgreementForm.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "revision" -> b.revision(cast(x));
        case "updatedAt" -> b.updatedAt(cast(x));
        case "meetingId" -> b.meetingId((String) x);
        case "wishes" -> b.wishes((String) x);
        case "participants" -> b.participants(cast(x));
        case "goals" -> b.goals(cast(x));
        case "agreements" -> b.agreements(cast(x));
        case "followUpById" -> b.followUpById((String) x);
        case "nextMeetingDate" -> b.nextMeetingDate((LocalDate) x);
        case "recipientIds" -> b.recipientIds(cast(x));
        case "recordedBy" -> b.recordedBy((String) x);
        case "recordedAt" -> b.recordedAt((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code MeetingParticipant} and set them on its builder. */
  static final class MeetingParticipantBinding
      extends ObjectCodec.Binding<MeetingParticipant, MeetingParticipant.Builder> {
    @Override
    protected MeetingParticipant.Builder builder() {
      return MeetingParticipant.builder();
    }

    @Override
    protected MeetingParticipant build(MeetingParticipant.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, MeetingParticipant v) {
      return switch (field) {
        case "personId" -> v.personId();
        case "role" -> v.role();
        case "attended" -> v.attended();
        case "active" -> v.active();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, MeetingParticipant.Builder b, Object x) {
      switch (field) {
        case "personId" -> b.personId(cast(x));
        case "role" -> b.role(cast(x));
        case "attended" -> b.attended(cast(x));
        case "active" -> b.active(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Meeting} and set them on its builder. */
  static final class MeetingBinding extends ObjectCodec.Binding<Meeting, Meeting.Builder> {
    @Override
    protected Meeting.Builder builder() {
      return Meeting.builder();
    }

    @Override
    protected Meeting build(Meeting.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Meeting v) {
      return switch (field) {
        case "id" -> v.id();
        case "kind" -> v.kind();
        case "date" -> v.date();
        case "participants" -> v.participants();
        case "components" -> v.components();
        case "decisionsRecorded" -> v.decisionsRecorded();
        case "leaderId" -> v.leaderId();
        case "nextMeetingDate" -> v.nextMeetingDate();
        case "fixed" -> v.fixed();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Meeting.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "kind" -> b.kind(cast(x));
        case "date" -> b.date(cast(x));
        case "participants" -> b.participants(cast(x));
        case "components" -> b.components(cast(x));
        case "decisionsRecorded" -> b.decisionsRecorded(cast(x));
        case "leaderId" -> b.leaderId((String) x);
        case "nextMeetingDate" -> b.nextMeetingDate((LocalDate) x);
        case "fixed" -> b.fixed(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code EducationStatus} and set them on its builder. */
  static final class EducationStatusBinding extends ObjectCodec.Binding<EducationStatus, EducationStatus.Builder> {
    @Override
    protected EducationStatus.Builder builder() {
      return EducationStatus.builder();
    }

    @Override
    protected EducationStatus build(EducationStatus.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, EducationStatus v) {
      return switch (field) {
        case "inEducation" -> v.inEducation();
        case "type" -> v.type();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, EducationStatus.Builder b, Object x) {
      switch (field) {
        case "inEducation" -> b.inEducation(cast(x));
        case "type" -> b.type((EducationType) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code ChecklistParticipant} and set them on its builder. */
  static final class ChecklistParticipantBinding
      extends ObjectCodec.Binding<ChecklistParticipant, ChecklistParticipant.Builder> {
    @Override
    protected ChecklistParticipant.Builder builder() {
      return ChecklistParticipant.builder();
    }

    @Override
    protected ChecklistParticipant build(ChecklistParticipant.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, ChecklistParticipant v) {
      return switch (field) {
        case "role" -> v.role();
        case "personId" -> v.personId();
        case "attended" -> v.attended();
        case "active" -> v.active();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, ChecklistParticipant.Builder b, Object x) {
      switch (field) {
        case "role" -> b.role(cast(x));
        case "personId" -> b.personId((String) x);
        case "attended" -> b.attended(cast(x));
        case "active" -> b.active(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code MeetingChecklist} and set them on its builder. */
  static final class MeetingChecklistBinding extends ObjectCodec.Binding<MeetingChecklist, MeetingChecklist.Builder> {
    @Override
    protected MeetingChecklist.Builder builder() {
      return MeetingChecklist.builder();
    }

    @Override
    protected MeetingChecklist build(MeetingChecklist.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, MeetingChecklist v) {
      return switch (field) {
        case "id" -> v.id();
        case "meetingId" -> v.meetingId();
        case "date" -> v.date();
        case "placementType" -> v.placementType();
        case "education" -> v.education();
        case "employment" -> v.employment();
        case "participants" -> v.participants();
        case "answers" -> v.answers();
        case "recordedBy" -> v.recordedBy();
        case "recordedAt" -> v.recordedAt();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, MeetingChecklist.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "meetingId" -> b.meetingId(cast(x));
        case "date" -> b.date(cast(x));
        case "placementType" -> b.placementType((PlacementType) x);
        case "education" -> b.education((EducationStatus) x);
        case "employment" -> b.employment((EmploymentStatus) x);
        case "participants" -> b.participants(cast(x));
        case "answers" -> b.answers(cast(x));
        case "recordedBy" -> b.recordedBy((String) x);
        case "recordedAt" -> b.recordedAt((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Answer} and set them on its builder. */
  static final class AnswerBinding extends ObjectCodec.Binding<Answer, Answer.Builder> {
    @Override
    protected Answer.Builder builder() {
      return Answer.builder();
    }

    @Override
    protected Answer build(Answer.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Answer v) {
      return switch (field) {
        case "dimension" -> v.dimension();
        case "value" -> ModelCodecs.answerValue(v);
        case "items" -> v.items();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Answer.Builder b, Object x) {
      switch (field) {
        case "dimension" -> b.dimension(cast(x));
        case "value" -> b.value((int) x);
        case "items" -> b.items(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code InstrumentResponse} and set them on its builder. */
  static final class InstrumentResponseBinding
      extends ObjectCodec.Binding<InstrumentResponse, InstrumentResponse.Builder> {
    @Override
    protected InstrumentResponse.Builder builder() {
      return InstrumentResponse.builder();
    }

    @Override
    protected InstrumentResponse build(InstrumentResponse.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, InstrumentResponse v) {
      return switch (field) {
        case "id" -> v.id();
        case "instrumentId" -> v.instrumentId();
        case "instrumentVersion" -> v.instrumentVersion();
        case "date" -> v.date();
        case "respondentId" -> v.respondentId();
        case "note" -> v.note();
        case "answers" -> v.answers();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, InstrumentResponse.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "instrumentId" -> b.instrumentId(cast(x));
        case "instrumentVersion" -> b.instrumentVersion(cast(x));
        case "date" -> b.date(cast(x));
        case "respondentId" -> b.respondentId((String) x);
        case "note" -> b.note((String) x);
        case "answers" -> b.answers(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Dimension} and set them on its builder. */
  static final class DimensionBinding extends ObjectCodec.Binding<Dimension, Dimension.Builder> {
    @Override
    protected Dimension.Builder builder() {
      return Dimension.builder();
    }

    @Override
    protected Dimension build(Dimension.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Dimension v) {
      return switch (field) {
        case "code" -> v.code();
        case "labelDa" -> v.labelDa();
        case "labelEn" -> v.labelEn();
        case "scaleMin" -> v.scaleMin();
        case "scaleMax" -> v.scaleMax();
        case "polarity" -> v.polarity();
        case "items" -> v.items();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Dimension.Builder b, Object x) {
      switch (field) {
        case "code" -> b.code(cast(x));
        case "labelDa" -> b.labelDa(cast(x));
        case "labelEn" -> b.labelEn(cast(x));
        case "scaleMin" -> b.scaleMin(cast(x));
        case "scaleMax" -> b.scaleMax(cast(x));
        case "polarity" -> b.polarity(cast(x));
        case "items" -> b.items(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Instrument} and set them on its builder. */
  static final class InstrumentBinding extends ObjectCodec.Binding<Instrument, Instrument.Builder> {
    @Override
    protected Instrument.Builder builder() {
      return Instrument.builder();
    }

    @Override
    protected Instrument build(Instrument.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Instrument v) {
      return switch (field) {
        case "id" -> v.id();
        case "version" -> v.version();
        case "nameDa" -> v.nameDa();
        case "nameEn" -> v.nameEn();
        case "dimensions" -> v.dimensions();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Instrument.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "version" -> b.version(cast(x));
        case "nameDa" -> b.nameDa(cast(x));
        case "nameEn" -> b.nameEn(cast(x));
        case "dimensions" -> b.dimensions(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Programme} and set them on its builder. */
  static final class ProgrammeBinding extends ObjectCodec.Binding<Programme, Programme.Builder> {
    @Override
    protected Object get(String field, Programme v) {
      return switch (field) {
        case "id" -> v.id();
        case "version" -> v.version();
        case "nameDa" -> v.nameDa();
        case "nameEn" -> v.nameEn();
        case "source" -> v.source();
        case "targetGroups" -> v.targetGroups();
        case "minStartAge" -> v.minStartAge();
        case "endBeforeAge" -> v.endBeforeAge();
        case "recommendedStartAge" -> v.recommendedStartAge();
        case "assessmentBeforeAge" -> v.assessmentBeforeAge();
        case "coordinatorTitleDa" -> v.coordinatorTitleDa();
        case "coordinatorTitleEn" -> v.coordinatorTitleEn();
        case "coordinatorNeedsAuthorityCompetence" -> v.coordinatorNeedsAuthorityCompetence();
        case "elements" -> v.elements();
        case "meetingCadence" -> v.meetingCadence();
        case "maxMonthsBetweenNetworkMeetings" -> v.maxMonthsBetweenNetworkMeetings();
        case "dialogueCadenceMonths" -> v.dialogueCadenceMonths();
        case "instruments" -> v.instruments();
        case "instrumentCadenceMonths" -> v.instrumentCadenceMonths();
        case "consentPolicy" -> v.consentPolicy();
        case "housingSupport" -> v.housingSupport();
        case "leaderGroupMaxMonthsBetweenMeetings" -> v.leaderGroupMaxMonthsBetweenMeetings();
        case "disabledRules" -> v.disabledRules();
        case "severityOverrides" -> v.severityOverrides();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Programme.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "version" -> b.version(cast(x));
        case "nameDa" -> b.nameDa(cast(x));
        case "nameEn" -> b.nameEn(cast(x));
        case "source" -> b.source((String) x);
        case "targetGroups" -> b.targetGroups(cast(x));
        case "minStartAge" -> b.minStartAge((int) x);
        case "endBeforeAge" -> b.endBeforeAge((int) x);
        case "recommendedStartAge" -> b.recommendedStartAge((int) x);
        case "assessmentBeforeAge" -> b.assessmentBeforeAge((int) x);
        case "coordinatorTitleDa" -> b.coordinatorTitleDa(cast(x));
        case "coordinatorTitleEn" -> b.coordinatorTitleEn(cast(x));
        case "coordinatorNeedsAuthorityCompetence" -> b.coordinatorNeedsAuthorityCompetence(cast(x));
        case "elements" -> b.elements(cast(x));
        case "meetingCadence" -> b.meetingCadence(cast(x));
        case "maxMonthsBetweenNetworkMeetings" -> b.maxMonthsBetweenNetworkMeetings((int) x);
        case "dialogueCadenceMonths" -> b.dialogueCadenceMonths(cast(x));
        case "instruments" -> b.instruments(cast(x));
        case "instrumentCadenceMonths" -> b.instrumentCadenceMonths(cast(x));
        case "consentPolicy" -> b.consentPolicy(cast(x));
        case "housingSupport" -> b.housingSupport(cast(x));
        case "leaderGroupMaxMonthsBetweenMeetings" -> b.leaderGroupMaxMonthsBetweenMeetings(cast(x));
        case "disabledRules" -> b.disabledRules(cast(x));
        case "severityOverrides" -> b.severityOverrides(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code CtiPhasePeriod} and set them on its builder. */
  static final class CtiPhasePeriodBinding extends ObjectCodec.Binding<CtiPhasePeriod, CtiPhasePeriod.Builder> {
    @Override
    protected CtiPhasePeriod.Builder builder() {
      return CtiPhasePeriod.builder();
    }

    @Override
    protected CtiPhasePeriod build(CtiPhasePeriod.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, CtiPhasePeriod v) {
      return switch (field) {
        case "phase" -> v.phase();
        case "start" -> v.start();
        case "end" -> v.end();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, CtiPhasePeriod.Builder b, Object x) {
      switch (field) {
        case "phase" -> b.phase(cast(x));
        case "start" -> b.start(cast(x));
        case "end" -> b.end((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code CtiSupport} and set them on its builder. */
  static final class CtiSupportBinding extends ObjectCodec.Binding<CtiSupport, CtiSupport.Builder> {
    @Override
    protected CtiSupport.Builder builder() {
      return CtiSupport.builder();
    }

    @Override
    protected CtiSupport build(CtiSupport.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, CtiSupport v) {
      return switch (field) {
        case "workerId" -> v.workerId();
        case "housingAllocatedAt" -> v.housingAllocatedAt();
        case "start" -> v.start();
        case "phases" -> v.phases();
        case "end" -> v.end();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, CtiSupport.Builder b, Object x) {
      switch (field) {
        case "workerId" -> b.workerId(cast(x));
        case "housingAllocatedAt" -> b.housingAllocatedAt((LocalDate) x);
        case "start" -> b.start(cast(x));
        case "phases" -> b.phases(cast(x));
        case "end" -> b.end((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code IcmSupport} and set them on its builder. */
  static final class IcmSupportBinding extends ObjectCodec.Binding<IcmSupport, IcmSupport.Builder> {
    @Override
    protected IcmSupport.Builder builder() {
      return IcmSupport.builder();
    }

    @Override
    protected IcmSupport build(IcmSupport.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, IcmSupport v) {
      return switch (field) {
        case "workerId" -> v.workerId();
        case "visitationAt" -> v.visitationAt();
        case "start" -> v.start();
        case "end" -> v.end();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, IcmSupport.Builder b, Object x) {
      switch (field) {
        case "workerId" -> b.workerId(cast(x));
        case "visitationAt" -> b.visitationAt(cast(x));
        case "start" -> b.start(cast(x));
        case "end" -> b.end((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code FollowOn} and set them on its builder. */
  static final class FollowOnBinding extends ObjectCodec.Binding<FollowOn, FollowOn.Builder> {
    @Override
    protected FollowOn.Builder builder() {
      return FollowOn.builder();
    }

    @Override
    protected FollowOn build(FollowOn.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, FollowOn v) {
      return switch (field) {
        case "decision" -> v.decision();
        case "decidedAt" -> v.decidedAt();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, FollowOn.Builder b, Object x) {
      switch (field) {
        case "decision" -> b.decision(cast(x));
        case "decidedAt" -> b.decidedAt(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code HousingSupport} and set them on its builder. */
  static final class HousingSupportBinding extends ObjectCodec.Binding<HousingSupport, HousingSupport.Builder> {
    @Override
    protected HousingSupport.Builder builder() {
      return HousingSupport.builder();
    }

    @Override
    protected HousingSupport build(HousingSupport.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, HousingSupport v) {
      return switch (field) {
        case "combination" -> v.combination();
        case "cti" -> v.cti();
        case "icm" -> v.icm();
        case "followOn" -> v.followOn();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, HousingSupport.Builder b, Object x) {
      switch (field) {
        case "combination" -> b.combination(cast(x));
        case "cti" -> b.cti((CtiSupport) x);
        case "icm" -> b.icm((IcmSupport) x);
        case "followOn" -> b.followOn((FollowOn) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code StatusRegistration} and set them on its builder. */
  static final class StatusRegistrationBinding
      extends ObjectCodec.Binding<StatusRegistration, StatusRegistration.Builder> {
    @Override
    protected StatusRegistration.Builder builder() {
      return StatusRegistration.builder();
    }

    @Override
    protected StatusRegistration build(StatusRegistration.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, StatusRegistration v) {
      return switch (field) {
        case "date" -> v.date();
        case "education" -> v.education();
        case "employment" -> v.employment();
        case "housing" -> v.housing();
        case "recordedBy" -> v.recordedBy();
        case "recordedAt" -> v.recordedAt();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, StatusRegistration.Builder b, Object x) {
      switch (field) {
        case "date" -> b.date(cast(x));
        case "education" -> b.education((EducationStatus) x);
        case "employment" -> b.employment((EmploymentStatus) x);
        case "housing" -> b.housing((HousingStatus) x);
        case "recordedBy" -> b.recordedBy((String) x);
        case "recordedAt" -> b.recordedAt((LocalDate) x);
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code CourseEnd} and set them on its builder. */
  static final class CourseEndBinding extends ObjectCodec.Binding<CourseEnd, CourseEnd.Builder> {
    @Override
    protected CourseEnd.Builder builder() {
      return CourseEnd.builder();
    }

    @Override
    protected CourseEnd build(CourseEnd.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, CourseEnd v) {
      return switch (field) {
        case "date" -> v.date();
        case "kind" -> v.kind();
        case "reason" -> v.reason();
        case "youngPersonInvolved" -> v.youngPersonInvolved();
        case "teamInvolved" -> v.teamInvolved();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, CourseEnd.Builder b, Object x) {
      switch (field) {
        case "date" -> b.date(cast(x));
        case "kind" -> b.kind(cast(x));
        case "reason" -> b.reason((EndReason) x);
        case "youngPersonInvolved" -> b.youngPersonInvolved(cast(x));
        case "teamInvolved" -> b.teamInvolved(cast(x));
        default -> throw unknown(field);
      }
    }
  }
  /** How the codecs read the fields of {@code Course} and set them on its builder. */
  static final class CourseBinding extends ObjectCodec.Binding<Course, Course.Builder> {
    @Override
    protected Course.Builder builder() {
      return Course.builder();
    }

    @Override
    protected Course build(Course.Builder b) {
      return b.build();
    }

    @Override
    protected Object get(String field, Course v) {
      return switch (field) {
        case "id" -> v.id();
        case "programme" -> v.programme();
        case "municipality" -> v.municipality();
        case "youngPerson" -> v.youngPerson();
        case "targetGroup" -> v.targetGroup();
        case "startDate" -> v.startDate();
        case "organisations" -> v.organisations();
        case "professionals" -> v.professionals();
        case "privatePersons" -> v.privatePersons();
        case "coordinatorAssignments" -> v.coordinatorAssignments();
        case "teamMemberships" -> v.teamMemberships();
        case "youngPersonsAdult" -> v.youngPersonsAdult();
        case "startUpSteps" -> v.startUpSteps();
        case "consents" -> v.consents();
        case "networkCard" -> v.networkCard();
        case "networkOverview" -> v.networkOverview();
        case "interventionOverview" -> v.interventionOverview();
        case "formRevisions" -> v.formRevisions();
        case "meetings" -> v.meetings();
        case "checklists" -> v.checklists();
        case "responses" -> v.responses();
        case "statusRegistrations" -> v.statusRegistrations();
        case "housingSubgroup" -> v.housingSubgroup();
        case "housingSupport" -> v.housingSupport();
        case "end" -> v.end();
        default -> throw unknown(field);
      };
    }

    @Override
    protected void set(String field, Course.Builder b, Object x) {
      switch (field) {
        case "id" -> b.id(cast(x));
        case "programme" -> b.programme(cast(x));
        case "municipality" -> b.municipality(cast(x));
        case "youngPerson" -> b.youngPerson(cast(x));
        case "targetGroup" -> b.targetGroup((TargetGroup) x);
        case "startDate" -> b.startDate(cast(x));
        case "organisations" -> b.organisations(cast(x));
        case "professionals" -> b.professionals(cast(x));
        case "privatePersons" -> b.privatePersons(cast(x));
        case "coordinatorAssignments" -> b.coordinatorAssignments(cast(x));
        case "teamMemberships" -> b.teamMemberships(cast(x));
        case "youngPersonsAdult" -> b.youngPersonsAdult((YoungPersonsAdult) x);
        case "startUpSteps" -> b.startUpSteps(cast(x));
        case "consents" -> b.consents(cast(x));
        case "networkCard" -> b.networkCard((NetworkCard) x);
        case "networkOverview" -> b.networkOverview((NetworkOverview) x);
        case "interventionOverview" -> b.interventionOverview((InterventionOverview) x);
        case "formRevisions" -> b.formRevisions(cast(x));
        case "meetings" -> b.meetings(cast(x));
        case "checklists" -> b.checklists(cast(x));
        case "responses" -> b.responses(cast(x));
        case "statusRegistrations" -> b.statusRegistrations(cast(x));
        case "housingSubgroup" -> b.housingSubgroup((HousingSubgroup) x);
        case "housingSupport" -> b.housingSupport((HousingSupport) x);
        case "end" -> b.end((CourseEnd) x);
        default -> throw unknown(field);
      }
    }
  }
}
