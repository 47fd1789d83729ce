package dk.samarbejdsmodel.json.internal;

import static dk.samarbejdsmodel.json.internal.Codecs.BOOLEAN;
import static dk.samarbejdsmodel.json.internal.Codecs.DATE;
import static dk.samarbejdsmodel.json.internal.Codecs.ID;
import static dk.samarbejdsmodel.json.internal.Codecs.INT;
import static dk.samarbejdsmodel.json.internal.Codecs.PERIOD;
import static dk.samarbejdsmodel.json.internal.Codecs.TEXT;
import static dk.samarbejdsmodel.json.internal.Codecs.enumOf;
import static dk.samarbejdsmodel.json.internal.Codecs.openCode;

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
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Modelkodeks: the descriptions of every core type in the interchange format. Field names are the core accessor names, so
 * a core violation path ({@code goals[2].parentGoalId}) is also the JSON path. Canonical field order is the
 * order below.
 *
 * <pre>{@code
 * Course c = ModelCodecs.COURSE.read(parser, ctx);
 * }</pre>
 */
public final class ModelCodecs {

  private ModelCodecs() {}

  private static <C extends OpenCode> Comparator<C> byCode() {
    return Comparator.comparing(OpenCode::code);
  }

  private static <E extends Enum<E>> Comparator<E> byOrdinal() {
    return Comparator.comparingInt(Enum::ordinal);
  }

  // ------------------------------------------------------------------ codes
  static final Codec<ParticipantRole> ROLE = role();
  static final Codec<LifeArea> LIFE_AREA = openCode(LifeArea.class, LifeArea::of, LifeArea::builtIns);
  static final Codec<TargetGroup> TARGET_GROUP = openCode(TargetGroup.class, TargetGroup::of, TargetGroup::builtIns);
  static final Codec<EndReason> END_REASON = openCode(EndReason.class, EndReason::of, EndReason::builtIns);
  static final Codec<OrganisationSector> SECTOR = openCode(OrganisationSector.class, OrganisationSector::of, OrganisationSector::builtIns);
  static final Codec<EducationType> EDUCATION_TYPE = openCode(EducationType.class, EducationType::of, EducationType::builtIns);
  static final Codec<EmploymentStatus> EMPLOYMENT = openCode(EmploymentStatus.class, EmploymentStatus::of, EmploymentStatus::builtIns);
  static final Codec<PlacementType> PLACEMENT = openCode(PlacementType.class, PlacementType::of, PlacementType::builtIns);
  static final Codec<InformationCategory> CATEGORY = openCode(InformationCategory.class, InformationCategory::of, InformationCategory::builtIns);

  /**
   * A participant role: its code as a string, or — for a vendor's role that is not a professional — an object
   * {@code {"code": "dk.aarhus:MENTOR", "kind": "PRIVATE_NETWORK"}}, so that the role's kind survives.
   */
  private static Codec<ParticipantRole> role() {
    Codec<ParticipantRole> code = openCode(ParticipantRole.class, ParticipantRole::of, ParticipantRole::builtIns);
    Codec<dk.samarbejdsmodel.core.people.RoleKind> kind = enumOf(dk.samarbejdsmodel.core.people.RoleKind.class);
    return new Codec<>() {
      @Override
      public ParticipantRole read(com.fasterxml.jackson.core.JsonParser p, DecodeContext ctx)
          throws java.io.IOException {
        if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          return code.read(p, ctx);
        }
        long before = ctx.errorCount();
        com.fasterxml.jackson.databind.JsonNode node = ctx.tree(p);
        for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
          if (!e.getKey().equals("code") && !e.getKey().equals("kind")) {
            ctx.errorAt(e.getKey(), ErrorCode.UNKNOWN_FIELD);
          }
        }
        ParticipantRole r = member(node, "code", code, ctx);
        dk.samarbejdsmodel.core.people.RoleKind rk = member(node, "kind", kind, ctx);
        if (ctx.errorCount() > before || r == null || rk == null) {
          return null;
        }
        if (!r.isNamespaced()) {
          if (r.kind() != rk) {
            ctx.errorAt("kind", ErrorCode.INVALID_VALUE);
            return null;
          }
          return r;
        }
        return ParticipantRole.of(r.code(), rk);
      }

      private <V> V member(com.fasterxml.jackson.databind.JsonNode node, String name, Codec<V> codec, DecodeContext ctx) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
          ctx.errorAt(name, ErrorCode.REQUIRED);
          return null;
        }
        ctx.push(name);
        try (com.fasterxml.jackson.core.JsonParser vp = v.traverse()) {
          vp.nextToken();
          return codec.read(vp, ctx);
        } finally {
          ctx.pop();
        }
      }

      private boolean plain(ParticipantRole value) {
        return !value.isNamespaced() || value.kind() == dk.samarbejdsmodel.core.people.RoleKind.PROFESSIONAL;
      }

      @Override
      public void write(ParticipantRole value, com.fasterxml.jackson.core.JsonGenerator g, String pointer,
          EncodeContext ctx) throws java.io.IOException {
        if (plain(value)) {
          code.write(value, g, pointer, ctx);
          return;
        }
        g.writeStartObject();
        g.writeStringField("code", value.code());
        g.writeStringField("kind", value.kind().name());
        g.writeEndObject();
      }

      @Override
      public com.fasterxml.jackson.databind.JsonNode encode(ParticipantRole value, String pointer, EncodeContext ctx) {
        if (plain(value)) {
          return code.encode(value, pointer, ctx);
        }
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.put("code", value.code());
        o.put("kind", value.kind().name());
        return o;
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref("ParticipantRoleRef", () -> {
          ObjectNode o = SchemaContext.node().put("description", "a role code, or for a vendor's role that is not "
              + "a professional an object with its code and kind");
          com.fasterxml.jackson.databind.node.ArrayNode one = o.putArray("oneOf");
          one.add(code.schema(s));
          ObjectNode obj = SchemaContext.node().put("type", "object").put("additionalProperties", false);
          obj.putArray("required").add("code").add("kind");
          ObjectNode props = obj.putObject("properties");
          props.set("code", code.schema(s));
          props.set("kind", kind.schema(s));
          one.add(obj);
          return o;
        });
      }
    };
  }

  // ------------------------------------------------------------------ small values
  static <S extends Enum<S>> ObjectCodec<StatusChange<S>, Slots> statusChange(Class<S> status) {
    return ObjectCodec.<StatusChange<S>, Slots>named(status.getSimpleName() + "Change", Slots::new,
            s -> StatusChange.of(s.get("date"), s.get("status")))
        .title("Statusændring: a status from a date")
        .req("date", DATE, StatusChange::date, Slots.put("date"))
        .req("status", enumOf(status), StatusChange::status, Slots.put("status"));
  }

  static final ObjectCodec<PersonName, PersonName.Builder> PERSON_NAME =
      ObjectCodec.of(PersonName.class, PersonName::builder, PersonName.Builder::build)
          .title("Navn (personal data)")
          .req("givenName", TEXT, PersonName::givenName, PersonName.Builder::givenName)
          .req("familyName", TEXT, PersonName::familyName, PersonName.Builder::familyName);

  static final ObjectCodec<ContactDetails, ContactDetails.Builder> CONTACT =
      ObjectCodec.of(ContactDetails.class, ContactDetails::builder, ContactDetails.Builder::build)
          .title("Kontaktoplysninger (personal data)")
          .opt("phone", TEXT, ContactDetails::phone, ContactDetails.Builder::phone)
          .opt("email", TEXT, ContactDetails::email, ContactDetails.Builder::email)
          .opt("address", TEXT, ContactDetails::address, ContactDetails.Builder::address);

  static final ObjectCodec<Municipality, Municipality.Builder> MUNICIPALITY =
      ObjectCodec.of(Municipality.class, Municipality::builder, Municipality.Builder::build)
          .title("Kommune")
          .req("code", TEXT, Municipality::code, Municipality.Builder::code)
          .describe("the municipality number, for example 751")
          .req("name", TEXT, Municipality::name, Municipality.Builder::name);

  static final ObjectCodec<YoungPerson, YoungPerson.Builder> YOUNG_PERSON =
      ObjectCodec.of(YoungPerson.class, YoungPerson::builder, YoungPerson.Builder::build)
          .title("Den unge")
          .req("id", ID, YoungPerson::id, YoungPerson.Builder::id)
          .req("birthDate", DATE, YoungPerson::birthDate, YoungPerson.Builder::birthDate).personal()
          .opt("cpr", Codecs.CPR, YoungPerson::cpr, YoungPerson.Builder::cpr).personal()
          .describe("CPR number, ten digits without a hyphen; its date part must equal birthDate")
          .opt("name", PERSON_NAME, YoungPerson::name, YoungPerson.Builder::name).personal()
          .opt("contact", CONTACT, YoungPerson::contact, YoungPerson.Builder::contact).personal();

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      ObjectCodec.of(Organisation.class, Organisation::builder, Organisation.Builder::build)
          .title("Organisation")
          .req("id", ID, Organisation::id, Organisation.Builder::id)
          .req("name", TEXT, Organisation::name, Organisation.Builder::name)
          .req("sector", SECTOR, Organisation::sector, Organisation.Builder::sector)
          .opt("municipalityCode", TEXT, Organisation::municipalityCode, Organisation.Builder::municipalityCode);

  static final ObjectCodec<Professional, Professional.Builder> PROFESSIONAL =
      ObjectCodec.of(Professional.class, Professional::builder, Professional.Builder::build)
          .title("Fagperson")
          .req("id", ID, Professional::id, Professional.Builder::id)
          .req("role", ROLE, Professional::role, Professional.Builder::role)
          .opt("organisationId", ID, Professional::organisationId, Professional.Builder::organisationId)
          .opt("title", TEXT, Professional::title, Professional.Builder::title)
          .def("authorityCompetence", BOOLEAN, Professional::authorityCompetence,
              Professional.Builder::authorityCompetence).withDefault(false)
          .opt("name", PERSON_NAME, Professional::name, Professional.Builder::name).personal()
          .opt("contact", CONTACT, Professional::contact, Professional.Builder::contact).personal();

  static final ObjectCodec<PrivatePerson, PrivatePerson.Builder> PRIVATE_PERSON =
      ObjectCodec.of(PrivatePerson.class, PrivatePerson::builder, PrivatePerson.Builder::build)
          .title("Privat person (from the young person's private network)")
          .req("id", ID, PrivatePerson::id, PrivatePerson.Builder::id)
          .req("role", ROLE, PrivatePerson::role, PrivatePerson.Builder::role)
          .def("custodyHolder", BOOLEAN, PrivatePerson::custodyHolder, PrivatePerson.Builder::custodyHolder).withDefault(false)
          .opt("relation", TEXT, PrivatePerson::relation, PrivatePerson.Builder::relation).personal()
          .opt("name", PERSON_NAME, PrivatePerson::name, PrivatePerson.Builder::name).personal()
          .opt("contact", CONTACT, PrivatePerson::contact, PrivatePerson.Builder::contact).personal();

  // ------------------------------------------------------------------ course parts
  static final ObjectCodec<CoordinatorAssignment, CoordinatorAssignment.Builder> COORDINATOR =
      ObjectCodec.of(CoordinatorAssignment.class, CoordinatorAssignment::builder,
              CoordinatorAssignment.Builder::build)
          .title("Koordinatortildeling")
          .req("coordinatorId", ID, CoordinatorAssignment::coordinatorId,
              CoordinatorAssignment.Builder::coordinatorId)
          .req("from", DATE, CoordinatorAssignment::from, CoordinatorAssignment.Builder::from)
          .opt("until", DATE, CoordinatorAssignment::until, CoordinatorAssignment.Builder::until);

  static final ObjectCodec<TeamMembership, TeamMembership.Builder> TEAM_MEMBERSHIP =
      ObjectCodec.of(TeamMembership.class, TeamMembership::builder, TeamMembership.Builder::build)
          .title("Teammedlemskab")
          .req("personId", ID, TeamMembership::personId, TeamMembership.Builder::personId)
          .req("role", ROLE, TeamMembership::role, TeamMembership.Builder::role)
          .req("from", DATE, TeamMembership::from, TeamMembership.Builder::from)
          .opt("until", DATE, TeamMembership::until, TeamMembership.Builder::until);

  static final ObjectCodec<YoungPersonsAdult, YoungPersonsAdult.Builder> ADULT =
      ObjectCodec.of(YoungPersonsAdult.class, YoungPersonsAdult::builder,
              YoungPersonsAdult.Builder::build)
          .title("Den unges voksne")
          .req("personId", ID, YoungPersonsAdult::personId, YoungPersonsAdult.Builder::personId)
          .req("from", DATE, YoungPersonsAdult::from, YoungPersonsAdult.Builder::from)
          .opt("until", DATE, YoungPersonsAdult::until, YoungPersonsAdult.Builder::until);

  static final ObjectCodec<StartUpStepRecord, StartUpStepRecord.Builder> START_UP_STEP =
      ObjectCodec.of(StartUpStepRecord.class, StartUpStepRecord::builder,
              StartUpStepRecord.Builder::build)
          .title("Opstartstrin")
          .req("step", enumOf(StartUpStep.class), StartUpStepRecord::step, StartUpStepRecord.Builder::step)
          .req("date", DATE, StartUpStepRecord::date, StartUpStepRecord.Builder::date)
          .req("declined", BOOLEAN, StartUpStepRecord::declined, StartUpStepRecord.Builder::declined);

  static final ObjectCodec<Signatory, Signatory.Builder> SIGNATORY =
      ObjectCodec.of(Signatory.class, Signatory::builder, Signatory.Builder::build)
          .title("Underskriver")
          .req("kind", enumOf(SignatoryKind.class), Signatory::kind, Signatory.Builder::kind)
          .req("personId", ID, Signatory::personId, Signatory.Builder::personId);

  static final ObjectCodec<ConsentParty, ConsentParty.Builder> CONSENT_PARTY =
      ObjectCodec.of(ConsentParty.class, ConsentParty::builder, ConsentParty.Builder::build)
          .title("Part i samtykket")
          .req("kind", enumOf(PartyKind.class), ConsentParty::kind, ConsentParty.Builder::kind)
          .req("id", ID, ConsentParty::id, ConsentParty.Builder::id);

  static final ObjectCodec<Consent, Consent.Builder> CONSENT =
      ObjectCodec.of(Consent.class, Consent::builder, Consent.Builder::build)
          .title("Samtykke")
          .req("id", ID, Consent::id, Consent.Builder::id)
          .list("signatories", SIGNATORY, Consent::signatories, Consent.Builder::signatories)
          .req("givenAt", DATE, Consent::givenAt, Consent.Builder::givenAt)
          .req("validFrom", DATE, Consent::validFrom, Consent.Builder::validFrom)
          .opt("validUntil", DATE, Consent::validUntil, Consent.Builder::validUntil)
          .opt("withdrawnAt", DATE, Consent::withdrawnAt, Consent.Builder::withdrawnAt)
          .list("parties", CONSENT_PARTY, Consent::parties, Consent.Builder::parties)
          .set("categories", CATEGORY, Consent::categories, Consent.Builder::categories, byCode())
          .req("purpose", TEXT, Consent::purpose, Consent.Builder::purpose)
          .opt("recordedBy", ID, Consent::recordedBy, Consent.Builder::recordedBy)
          .opt("recordedAt", DATE, Consent::recordedAt, Consent.Builder::recordedAt);

  static final ObjectCodec<NetworkCardEntry, NetworkCardEntry.Builder> NETWORK_CARD_ENTRY =
      ObjectCodec.of(NetworkCardEntry.class, NetworkCardEntry::builder, NetworkCardEntry.Builder::build)
          .title("Person på netværkskortet")
          .req("personId", ID, NetworkCardEntry::personId, NetworkCardEntry.Builder::personId)
          .req("sector", enumOf(NetworkSector.class), NetworkCardEntry::sector, NetworkCardEntry.Builder::sector)
          .req("ring", Codecs.integer(1, 3), NetworkCardEntry::ring, NetworkCardEntry.Builder::ring)
          .describe("1 = closest ring, 3 = outermost")
          .opt("relation", TEXT, NetworkCardEntry::relation, NetworkCardEntry.Builder::relation).personal()
          .def("inviteToMeetings", BOOLEAN, NetworkCardEntry::inviteToMeetings,
              NetworkCardEntry.Builder::inviteToMeetings).withDefault(false)
          .def("youngPersonsAdult", BOOLEAN, NetworkCardEntry::youngPersonsAdult,
              NetworkCardEntry.Builder::youngPersonsAdult).withDefault(false);

  static final ObjectCodec<NetworkCard, NetworkCard.Builder> NETWORK_CARD =
      ObjectCodec.of(NetworkCard.class, NetworkCard::builder, NetworkCard.Builder::build)
          .title("Netværkskort")
          .req("madeAt", DATE, NetworkCard::madeAt, NetworkCard.Builder::madeAt)
          .list("entries", NETWORK_CARD_ENTRY, NetworkCard::entries, NetworkCard.Builder::entries);

  static final ObjectCodec<NetworkOverviewEntry, NetworkOverviewEntry.Builder> NETWORK_OVERVIEW_ENTRY =
      ObjectCodec.of(NetworkOverviewEntry.class, NetworkOverviewEntry::builder,
              NetworkOverviewEntry.Builder::build)
          .title("Linje i netværksoverblikket")
          .req("personId", ID, NetworkOverviewEntry::personId, NetworkOverviewEntry.Builder::personId)
          .req("role", ROLE, NetworkOverviewEntry::role, NetworkOverviewEntry.Builder::role);

  static final ObjectCodec<NetworkOverview, NetworkOverview.Builder> NETWORK_OVERVIEW =
      ObjectCodec.of(NetworkOverview.class, NetworkOverview::builder, NetworkOverview.Builder::build)
          .title("Netværksoverblik")
          .req("updatedAt", DATE, NetworkOverview::updatedAt, NetworkOverview.Builder::updatedAt)
          .list("entries", NETWORK_OVERVIEW_ENTRY, NetworkOverview::entries, NetworkOverview.Builder::entries);

  static final ObjectCodec<LegalBasis, LegalBasis.Builder> LEGAL_BASIS =
      ObjectCodec.of(LegalBasis.class, LegalBasis::builder, LegalBasis.Builder::build)
          .title("Lovgrundlag")
          .req("text", TEXT, LegalBasis::text, LegalBasis.Builder::text)
          .opt("code", TEXT, LegalBasis::code, LegalBasis.Builder::code);

  static final ObjectCodec<Intervention, Intervention.Builder> INTERVENTION =
      ObjectCodec.of(Intervention.class, Intervention::builder, Intervention.Builder::build)
          .title("Indsats")
          .req("id", ID, Intervention::id, Intervention.Builder::id)
          .req("name", TEXT, Intervention::name, Intervention.Builder::name)
          .opt("legalBasis", LEGAL_BASIS, Intervention::legalBasis, Intervention.Builder::legalBasis)
          .opt("providerId", ID, Intervention::providerId, Intervention.Builder::providerId)
          .opt("responsibleId", ID, Intervention::responsibleId, Intervention.Builder::responsibleId)
          .req("start", DATE, Intervention::start, Intervention.Builder::start)
          .opt("end", DATE, Intervention::end, Intervention.Builder::end);

  static final ObjectCodec<InterventionOverview, InterventionOverview.Builder> INTERVENTION_OVERVIEW =
      ObjectCodec.of(InterventionOverview.class, InterventionOverview::builder, InterventionOverview.Builder::build)
          .title("Indsatsoverblik")
          .req("updatedAt", DATE, InterventionOverview::updatedAt, InterventionOverview.Builder::updatedAt)
          .list("interventions", INTERVENTION, InterventionOverview::interventions,
              InterventionOverview.Builder::interventions);

  // ------------------------------------------------------------------ goal-and-agreement form
  static final ObjectCodec<FormParticipant, FormParticipant.Builder> FORM_PARTICIPANT =
      ObjectCodec.of(FormParticipant.class, FormParticipant::builder, FormParticipant.Builder::build)
          .title("Deltager på skemaet")
          .req("personId", ID, FormParticipant::personId, FormParticipant.Builder::personId)
          .req("role", ROLE, FormParticipant::role, FormParticipant.Builder::role)
          .opt("organisationId", ID, FormParticipant::organisationId, FormParticipant.Builder::organisationId)
          .opt("name", PERSON_NAME, FormParticipant::name, FormParticipant.Builder::name).personal();

  static final ObjectCodec<Goal, Goal.Builder> GOAL =
      ObjectCodec.of(Goal.class, Goal::builder, Goal.Builder::build)
          .title("Mål")
          .req("id", ID, Goal::id, Goal.Builder::id)
          .req("lifeArea", LIFE_AREA, Goal::lifeArea, Goal.Builder::lifeArea)
          .req("description", TEXT, Goal::description, Goal.Builder::description).personal()
          .describe("free text about the young person's goal")
          .req("horizon", enumOf(GoalHorizon.class), Goal::horizon, Goal.Builder::horizon)
          .opt("targetDate", DATE, Goal::targetDate, Goal.Builder::targetDate)
          .opt("parentGoalId", ID, Goal::parentGoalId, Goal.Builder::parentGoalId)
          .list("statusHistory", statusChange(GoalStatus.class), Goal::statusHistory, Goal.Builder::statusHistory)
          .describe("oldest first; at least one entry");

  static final ObjectCodec<Agreement, Agreement.Builder> AGREEMENT =
      ObjectCodec.of(Agreement.class, Agreement::builder, Agreement.Builder::build)
          .title("Aftale")
          .req("id", ID, Agreement::id, Agreement.Builder::id)
          .list("goalIds", ID, Agreement::goalIds, Agreement.Builder::goalIds)
          .req("action", TEXT, Agreement::action, Agreement.Builder::action).personal()
          .describe("free text: what is to be done")
          .opt("responsibleId", ID, Agreement::responsibleId, Agreement.Builder::responsibleId)
          .opt("deadline", DATE, Agreement::deadline, Agreement.Builder::deadline)
          .opt("followUpDate", DATE, Agreement::followUpDate, Agreement.Builder::followUpDate)
          .opt("followUpById", ID, Agreement::followUpById, Agreement.Builder::followUpById)
          .list("statusHistory", statusChange(AgreementStatus.class), Agreement::statusHistory,
              Agreement.Builder::statusHistory)
          .describe("oldest first; at least one entry");

  /** The goal-and-agreement form. */
  public static final ObjectCodec<GoalAgreementForm, GoalAgreementForm.Builder> FORM =
      ObjectCodec.of(GoalAgreementForm.class, GoalAgreementForm::builder, GoalAgreementForm.Builder::build)
          .title("Mål- og aftaleskema (one revision)")
          .req("id", ID, GoalAgreementForm::id, GoalAgreementForm.Builder::id)
          .req("revision", Codecs.integer(1, Integer.MAX_VALUE), GoalAgreementForm::revision,
              GoalAgreementForm.Builder::revision)
          .req("updatedAt", DATE, GoalAgreementForm::updatedAt, GoalAgreementForm.Builder::updatedAt)
          .opt("meetingId", ID, GoalAgreementForm::meetingId, GoalAgreementForm.Builder::meetingId)
          .opt("wishes", TEXT, GoalAgreementForm::wishes, GoalAgreementForm.Builder::wishes).personal()
          .describe("the young person's wishes, free text")
          .list("participants", FORM_PARTICIPANT, GoalAgreementForm::participants,
              GoalAgreementForm.Builder::participants)
          .list("goals", GOAL, GoalAgreementForm::goals, GoalAgreementForm.Builder::goals)
          .list("agreements", AGREEMENT, GoalAgreementForm::agreements, GoalAgreementForm.Builder::agreements)
          .opt("followUpById", ID, GoalAgreementForm::followUpById, GoalAgreementForm.Builder::followUpById)
          .opt("nextMeetingDate", DATE, GoalAgreementForm::nextMeetingDate,
              GoalAgreementForm.Builder::nextMeetingDate)
          .list("recipientIds", ID, GoalAgreementForm::recipientIds, GoalAgreementForm.Builder::recipientIds)
          .opt("recordedBy", ID, GoalAgreementForm::recordedBy, GoalAgreementForm.Builder::recordedBy)
          .opt("recordedAt", DATE, GoalAgreementForm::recordedAt, GoalAgreementForm.Builder::recordedAt);

  // ------------------------------------------------------------------ meetings and checklists
  static final ObjectCodec<MeetingParticipant, MeetingParticipant.Builder> MEETING_PARTICIPANT =
      ObjectCodec.of(MeetingParticipant.class, MeetingParticipant::builder,
              MeetingParticipant.Builder::build)
          .title("Mødedeltager")
          .req("personId", ID, MeetingParticipant::personId, MeetingParticipant.Builder::personId)
          .req("role", ROLE, MeetingParticipant::role, MeetingParticipant.Builder::role)
          .req("attended", BOOLEAN, MeetingParticipant::attended, MeetingParticipant.Builder::attended)
          .req("active", BOOLEAN, MeetingParticipant::active, MeetingParticipant.Builder::active);

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING =
      ObjectCodec.of(Meeting.class, Meeting::builder, Meeting.Builder::build)
          .title("Møde")
          .req("id", ID, Meeting::id, Meeting.Builder::id)
          .req("kind", enumOf(MeetingKind.class), Meeting::kind, Meeting.Builder::kind)
          .req("date", DATE, Meeting::date, Meeting.Builder::date)
          .list("participants", MEETING_PARTICIPANT, Meeting::participants, Meeting.Builder::participants)
          .set("components", enumOf(MeetingComponent.class), Meeting::components, Meeting.Builder::components,
              byOrdinal())
          .def("decisionsRecorded", BOOLEAN, Meeting::decisionsRecorded, Meeting.Builder::decisionsRecorded).withDefault(false)
          .opt("leaderId", ID, Meeting::leaderId, Meeting.Builder::leaderId)
          .opt("nextMeetingDate", DATE, Meeting::nextMeetingDate, Meeting.Builder::nextMeetingDate)
          .def("fixed", BOOLEAN, Meeting::fixed, Meeting.Builder::fixed)
          .describe("a fixed (planned) meeting; defaults to true for NETWORK meetings");

  static final ObjectCodec<EducationStatus, EducationStatus.Builder> EDUCATION =
      ObjectCodec.of(EducationStatus.class, EducationStatus::builder, EducationStatus.Builder::build)
          .title("Uddannelsesstatus")
          .req("inEducation", BOOLEAN, EducationStatus::inEducation, EducationStatus.Builder::inEducation)
          .opt("type", EDUCATION_TYPE, EducationStatus::type, EducationStatus.Builder::type);

  static final ObjectCodec<ChecklistParticipant, ChecklistParticipant.Builder> CHECKLIST_PARTICIPANT =
      ObjectCodec.of(ChecklistParticipant.class, ChecklistParticipant::builder, ChecklistParticipant.Builder::build)
          .title("Deltager i tjeklisten")
          .req("role", ROLE, ChecklistParticipant::role, ChecklistParticipant.Builder::role)
          .opt("personId", ID, ChecklistParticipant::personId, ChecklistParticipant.Builder::personId)
          .req("attended", BOOLEAN, ChecklistParticipant::attended, ChecklistParticipant.Builder::attended)
          .req("active", BOOLEAN, ChecklistParticipant::active, ChecklistParticipant.Builder::active);

  static final MapCodec<ChecklistItem, Boolean> CHECKLIST_ANSWERS = enumMap(ChecklistItem.class, BOOLEAN);

  /** The meeting checklist. */
  public static final ObjectCodec<MeetingChecklist, MeetingChecklist.Builder> CHECKLIST =
      ObjectCodec.of(MeetingChecklist.class, MeetingChecklist::builder, MeetingChecklist.Builder::build)
          .title("Mødetjekliste")
          .req("id", ID, MeetingChecklist::id, MeetingChecklist.Builder::id)
          .req("meetingId", ID, MeetingChecklist::meetingId, MeetingChecklist.Builder::meetingId)
          .req("date", DATE, MeetingChecklist::date, MeetingChecklist.Builder::date)
          .opt("placementType", PLACEMENT, MeetingChecklist::placementType, MeetingChecklist.Builder::placementType)
          .opt("education", EDUCATION, MeetingChecklist::education, MeetingChecklist.Builder::education)
          .opt("employment", EMPLOYMENT, MeetingChecklist::employment, MeetingChecklist.Builder::employment)
          .list("participants", CHECKLIST_PARTICIPANT, MeetingChecklist::participants,
              MeetingChecklist.Builder::participants)
          .map("answers", CHECKLIST_ANSWERS, MeetingChecklist::answers, MeetingChecklist.Builder::answers)
          .describe("yes/no answer per checklist item")
          .opt("recordedBy", ID, MeetingChecklist::recordedBy, MeetingChecklist.Builder::recordedBy)
          .opt("recordedAt", DATE, MeetingChecklist::recordedAt, MeetingChecklist.Builder::recordedAt);

  // ------------------------------------------------------------------ instruments
  static final ObjectCodec<Answer, Answer.Builder> ITEM_ANSWER =
      ObjectCodec.<Answer, Answer.Builder>named("ItemAnswer", Answer::builder, Answer.Builder::build)
          .title("Svar på ét spørgsmål under en dimension")
          .req("dimension", TEXT, Answer::dimension, Answer.Builder::dimension)
          .describe("the question's code (an item of the dimension, or the municipality's own code)")
          .opt("value", INT, ModelCodecs::answerValue, Answer.Builder::value)
          .describe("the answer; absent when the question was not assessed");

  static final ObjectCodec<Answer, Answer.Builder> ANSWER =
      ObjectCodec.<Answer, Answer.Builder>of(Answer.class, Answer::builder, Answer.Builder::build)
          .title("Svar på én dimension")
          .req("dimension", TEXT, Answer::dimension, Answer.Builder::dimension)
          .opt("value", INT, ModelCodecs::answerValue, Answer.Builder::value)
          .describe("the score (for the dialogue form: the life-area score); absent when the dimension was not "
              + "assessed, or when it is derived from the answered items")
          .list("items", ITEM_ANSWER, Answer::items, Answer.Builder::items)
          .describe("answers to the dimension's questions (docs/format.md, dialogue response)");

  private static Optional<Integer> answerValue(Answer a) {
    OptionalInt v = a.value();
    return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
  }

  /** An instrument response (the dialogue form or another instrument). */
  public static final ObjectCodec<InstrumentResponse, InstrumentResponse.Builder> RESPONSE =
      ObjectCodec.of(InstrumentResponse.class, InstrumentResponse::builder, InstrumentResponse.Builder::build)
          .title("Besvarelse")
          .req("id", ID, InstrumentResponse::id, InstrumentResponse.Builder::id)
          .req("instrumentId", TEXT, InstrumentResponse::instrumentId, InstrumentResponse.Builder::instrumentId)
          .req("instrumentVersion", Codecs.integer(1, Integer.MAX_VALUE), InstrumentResponse::instrumentVersion,
              InstrumentResponse.Builder::instrumentVersion)
          .req("date", DATE, InstrumentResponse::date, InstrumentResponse.Builder::date)
          .opt("respondentId", ID, InstrumentResponse::respondentId, InstrumentResponse.Builder::respondentId)
          .opt("note", TEXT, InstrumentResponse::note, InstrumentResponse.Builder::note).personal()
          .describe("free text")
          .list("answers", ANSWER, InstrumentResponse::answers, InstrumentResponse.Builder::answers);

  /**
   * The codecs of programme and instrument definitions, made on first use: a course names its programme by id,
   * so a JVM whose first read is a course never builds them (docs/performance.md, B5).
   */
  public static final class Definitions {

    private Definitions() {}

    static final ObjectCodec<Dimension, Dimension.Builder> ITEM =
        ObjectCodec.<Dimension, Dimension.Builder>named("Item", Dimension::builder, Dimension.Builder::build)
            .title("Spørgsmål under en dimension")
            .req("code", TEXT, Dimension::code, Dimension.Builder::code)
            .req("labelDa", TEXT, Dimension::labelDa, Dimension.Builder::labelDa)
            .req("labelEn", TEXT, Dimension::labelEn, Dimension.Builder::labelEn)
            .req("scaleMin", Codecs.integer(-1000, 1000), Dimension::scaleMin, Dimension.Builder::scaleMin)
            .req("scaleMax", Codecs.integer(-1000, 1000), Dimension::scaleMax, Dimension.Builder::scaleMax)
            .def("polarity", enumOf(Polarity.class), Dimension::polarity, Dimension.Builder::polarity).withDefault(Polarity.HIGHER_IS_BETTER);

    static final ObjectCodec<Dimension, Dimension.Builder> DIMENSION =
        ObjectCodec.of(Dimension.class, Dimension::builder, Dimension.Builder::build)
            .title("Dimension")
            .req("code", TEXT, Dimension::code, Dimension.Builder::code)
            .req("labelDa", TEXT, Dimension::labelDa, Dimension.Builder::labelDa)
            .req("labelEn", TEXT, Dimension::labelEn, Dimension.Builder::labelEn)
            .req("scaleMin", Codecs.integer(-1000, 1000), Dimension::scaleMin, Dimension.Builder::scaleMin)
            .req("scaleMax", Codecs.integer(-1000, 1000), Dimension::scaleMax, Dimension.Builder::scaleMax)
            .def("polarity", enumOf(Polarity.class), Dimension::polarity, Dimension.Builder::polarity).withDefault(Polarity.HIGHER_IS_BETTER)
            .list("items", ITEM, Dimension::items, Dimension.Builder::items)
            .describe("the questions asked under the dimension, each with its own scale and polarity");

    /** An instrument definition. */
    public static final ObjectCodec<Instrument, Instrument.Builder> INSTRUMENT =
        ObjectCodec.of(Instrument.class, Instrument::builder, Instrument.Builder::build)
            .title("Instrument")
            .req("id", TEXT, Instrument::id, Instrument.Builder::id)
            .req("version", Codecs.integer(1, Integer.MAX_VALUE), Instrument::version, Instrument.Builder::version)
            .req("nameDa", TEXT, Instrument::nameDa, Instrument.Builder::nameDa)
            .req("nameEn", TEXT, Instrument::nameEn, Instrument.Builder::nameEn)
            .list("dimensions", DIMENSION, Instrument::dimensions, Instrument.Builder::dimensions);

    // ------------------------------------------------------------------ programme
    static final ObjectCodec<Tolerance, Slots> TOLERANCE =
        ObjectCodec.<Tolerance, Slots>named("Tolerance", Slots::new,
                s -> new Tolerance(s.get("early"), s.get("late"), s.get("missedAfter")))
            .title("Tolerance around a due meeting")
            .req("early", PERIOD, Tolerance::early, Slots.put("early"))
            .req("late", PERIOD, Tolerance::late, Slots.put("late"))
            .req("missedAfter", PERIOD, Tolerance::missedAfter, Slots.put("missedAfter"));

    static final Codec<MeetingCadence> CADENCE = new UnionCodec<MeetingCadence>("MeetingCadence")
        .variant("AGE_MILESTONES", MeetingCadence.AgeMilestones.class,
            ObjectCodec.<MeetingCadence.AgeMilestones, Slots>named("AgeMilestones", Slots::new,
                    s -> new MeetingCadence.AgeMilestones(s.<List<Period>>get("ages") == null ? List.of()
                        : s.get("ages"), s.get("tolerance")))
                .list("ages", PERIOD, MeetingCadence.AgeMilestones::ages, Slots.put("ages"))
                .req("tolerance", TOLERANCE, MeetingCadence.AgeMilestones::tolerance, Slots.put("tolerance")))
        .variant("PER_YEAR_UNTIL_AGE", MeetingCadence.PerYearUntilAge.class,
            ObjectCodec.<MeetingCadence.PerYearUntilAge, Slots>named("PerYearUntilAge", Slots::new,
                    s -> new MeetingCadence.PerYearUntilAge(s.get("perYear"), s.get("untilAge"),
                        s.<List<Period>>get("extraAges") == null ? List.of() : s.get("extraAges"), s.get("tolerance")))
                .req("perYear", Codecs.integer(1, 12), MeetingCadence.PerYearUntilAge::perYear, Slots.put("perYear"))
                .req("untilAge", Codecs.integer(1, 30), MeetingCadence.PerYearUntilAge::untilAge,
                    Slots.put("untilAge"))
                .list("extraAges", PERIOD, MeetingCadence.PerYearUntilAge::extraAges, Slots.put("extraAges"))
                .req("tolerance", TOLERANCE, MeetingCadence.PerYearUntilAge::tolerance, Slots.put("tolerance")))
        .variant("ROLLING_WINDOW", MeetingCadence.RollingWindow.class,
            ObjectCodec.<MeetingCadence.RollingWindow, Slots>named("RollingWindow", Slots::new,
                    s -> new MeetingCadence.RollingWindow(s.get("atLeast"), s.get("window"), s.get("tolerance")))
                .req("atLeast", Codecs.integer(1, Integer.MAX_VALUE), MeetingCadence.RollingWindow::atLeast,
                    Slots.put("atLeast"))
                .req("window", PERIOD, MeetingCadence.RollingWindow::window, Slots.put("window"))
                .req("tolerance", TOLERANCE, MeetingCadence.RollingWindow::tolerance, Slots.put("tolerance")));

    static final MapCodec<String, Severity> SEVERITIES = new MapCodec<String, Severity>(
        k -> k.isEmpty() || k.length() > 100 ? null : k, k -> k, Comparator.naturalOrder(), enumOf(Severity.class),
        SchemaContext.node().put("minLength", 1).put("maxLength", 100), ErrorCode.INVALID_VALUE, "");

    static final MapCodec<String, Integer> CADENCES = new MapCodec<String, Integer>(
        k -> OpenCode.isValid(k) ? k : null, k -> k, Comparator.naturalOrder(), Codecs.integer(1, 24),
        SchemaContext.node().put("maxLength", 100).put("pattern", Codecs.CODE_PATTERN), ErrorCode.INVALID_CODE, "");

    /** A consent policy by its code: the two built-ins, or a vendor's policy the reader was given. */
    static final Codec<ConsentPolicy> CONSENT_POLICY = new Codecs.TextCodec<>() {
      @Override
      protected ConsentPolicy fromText(String code, DecodeContext ctx) {
        if (!OpenCode.isValid(code)) {
          ctx.error(ErrorCode.INVALID_CODE);
          return null;
        }
        if (code.indexOf(':') < 0 && ConsentPolicy.builtIn(code).isEmpty()) {
          ctx.error(ErrorCode.NOT_NAMESPACED, "ConsentPolicy");
          return null;
        }
        Optional<ConsentPolicy> p = ctx.consentPolicy(code);
        if (p.isEmpty()) {
          ctx.error(ErrorCode.UNKNOWN_CONSENT_POLICY, code);
          return null;
        }
        return p.get();
      }

      @Override
      protected String toText(ConsentPolicy value) {
        return value.code();
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref("ConsentPolicy", () -> {
          ObjectNode o = SchemaContext.node().put("description", "a built-in consent policy (see examples) or a "
              + "vendor's policy namespace:UPPER_SNAKE, which the reader must be given")
              .put("type", "string").put("maxLength", 100).put("pattern", Codecs.CODE_PATTERN);
          com.fasterxml.jackson.databind.node.ArrayNode examples = o.putArray("examples");
          ConsentPolicy.builtIns().forEach(c -> examples.add(c.code()));
          return o;
        });
      }
    };

    /** A programme definition; a document may not redefine a built-in programme (same id, other content). */
    public static final ObjectCodec<Programme, Programme.Builder> PROGRAMME =
        ObjectCodec.of(Programme.class, Programme::builder, ModelCodecs::buildProgramme)
            .title("Program")
            .req("id", TEXT, Programme::id, Programme.Builder::id)
            .def("version", Codecs.integer(1, 1_000_000), Programme::version, Programme.Builder::version).withDefault(1)
            .req("nameDa", TEXT, Programme::nameDa, Programme.Builder::nameDa)
            .req("nameEn", TEXT, Programme::nameEn, Programme.Builder::nameEn)
            .opt("source", TEXT, Programme::source, Programme.Builder::source)
            .list("targetGroups", TARGET_GROUP, Programme::targetGroups, Programme.Builder::targetGroups)
            .opt("minStartAge", INT, Programme::minStartAge, Programme.Builder::minStartAge)
            .opt("endBeforeAge", INT, Programme::endBeforeAge, Programme.Builder::endBeforeAge)
            .opt("recommendedStartAge", INT, Programme::recommendedStartAge, Programme.Builder::recommendedStartAge)
            .opt("assessmentBeforeAge", INT, Programme::assessmentBeforeAge, Programme.Builder::assessmentBeforeAge)
            .req("coordinatorTitleDa", TEXT, Programme::coordinatorTitleDa, Programme.Builder::coordinatorTitleDa)
            .req("coordinatorTitleEn", TEXT, Programme::coordinatorTitleEn, Programme.Builder::coordinatorTitleEn)
            .def("coordinatorNeedsAuthorityCompetence", BOOLEAN, Programme::coordinatorNeedsAuthorityCompetence,
                Programme.Builder::coordinatorNeedsAuthorityCompetence).withDefault(false)
            .set("elements", enumOf(CoreElement.class), Programme::elements, Programme.Builder::elements, byOrdinal())
            .req("meetingCadence", CADENCE, Programme::meetingCadence, Programme.Builder::meetingCadence)
            .opt("maxMonthsBetweenNetworkMeetings", INT, Programme::maxMonthsBetweenNetworkMeetings,
                Programme.Builder::maxMonthsBetweenNetworkMeetings)
            .req("dialogueCadenceMonths", INT, Programme::dialogueCadenceMonths, Programme.Builder::dialogueCadenceMonths)
            .list("instruments", INSTRUMENT, Programme::instruments, Programme.Builder::instruments)
            .map("instrumentCadenceMonths", CADENCES, Programme::instrumentCadenceMonths,
                Programme.Builder::instrumentCadenceMonths)
            .def("consentPolicy", CONSENT_POLICY, Programme::consentPolicy,
                Programme.Builder::consentPolicy).withDefault(ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18)
            .def("housingSupport", BOOLEAN, Programme::housingSupport, Programme.Builder::housingSupport).withDefault(false)
            .def("leaderGroupMaxMonthsBetweenMeetings", INT, Programme::leaderGroupMaxMonthsBetweenMeetings,
                Programme.Builder::leaderGroupMaxMonthsBetweenMeetings).withDefault(6)
            .set("disabledRules", TEXT, Programme::disabledRules, Programme.Builder::disabledRules,
                Comparator.naturalOrder())
            .map("severityOverrides", SEVERITIES, Programme::severityOverrides, Programme.Builder::severityOverrides);
  }

  // ------------------------------------------------------------------ housing
  static final ObjectCodec<CtiPhasePeriod, CtiPhasePeriod.Builder> CTI_PHASE =
      ObjectCodec.of(CtiPhasePeriod.class, CtiPhasePeriod::builder, CtiPhasePeriod.Builder::build)
          .title("CTI-fase")
          .req("phase", enumOf(CtiPhase.class), CtiPhasePeriod::phase, CtiPhasePeriod.Builder::phase)
          .req("start", DATE, CtiPhasePeriod::start, CtiPhasePeriod.Builder::start)
          .opt("end", DATE, CtiPhasePeriod::end, CtiPhasePeriod.Builder::end);

  static final ObjectCodec<CtiSupport, CtiSupport.Builder> CTI =
      ObjectCodec.of(CtiSupport.class, CtiSupport::builder, CtiSupport.Builder::build)
          .title("CTI-bostøtte")
          .req("workerId", ID, CtiSupport::workerId, CtiSupport.Builder::workerId)
          .opt("housingAllocatedAt", DATE, CtiSupport::housingAllocatedAt, CtiSupport.Builder::housingAllocatedAt)
          .req("start", DATE, CtiSupport::start, CtiSupport.Builder::start)
          .list("phases", CTI_PHASE, CtiSupport::phases, CtiSupport.Builder::phases)
          .opt("end", DATE, CtiSupport::end, CtiSupport.Builder::end);

  static final ObjectCodec<IcmSupport, IcmSupport.Builder> ICM =
      ObjectCodec.of(IcmSupport.class, IcmSupport::builder, IcmSupport.Builder::build)
          .title("ICM-bostøtte")
          .req("workerId", ID, IcmSupport::workerId, IcmSupport.Builder::workerId)
          .req("visitationAt", DATE, IcmSupport::visitationAt, IcmSupport.Builder::visitationAt)
          .req("start", DATE, IcmSupport::start, IcmSupport.Builder::start)
          .opt("end", DATE, IcmSupport::end, IcmSupport.Builder::end);

  static final ObjectCodec<FollowOn, FollowOn.Builder> FOLLOW_ON =
      ObjectCodec.of(FollowOn.class, FollowOn::builder, FollowOn.Builder::build)
          .title("Opfølgende beslutning")
          .req("decision", enumOf(FollowOnDecision.class), FollowOn::decision, FollowOn.Builder::decision)
          .req("decidedAt", DATE, FollowOn::decidedAt, FollowOn.Builder::decidedAt);

  static final ObjectCodec<HousingSupport, HousingSupport.Builder> HOUSING_SUPPORT =
      ObjectCodec.of(HousingSupport.class, HousingSupport::builder, HousingSupport.Builder::build)
          .title("Bostøtte")
          .req("combination", enumOf(HousingSupportCombination.class), HousingSupport::combination,
              HousingSupport.Builder::combination)
          .opt("cti", CTI, HousingSupport::cti, HousingSupport.Builder::cti)
          .opt("icm", ICM, HousingSupport::icm, HousingSupport.Builder::icm)
          .opt("followOn", FOLLOW_ON, HousingSupport::followOn, HousingSupport.Builder::followOn);

  // ------------------------------------------------------------------ status and end
  static final ObjectCodec<StatusRegistration, StatusRegistration.Builder> STATUS_REGISTRATION =
      ObjectCodec.of(StatusRegistration.class, StatusRegistration::builder, StatusRegistration.Builder::build)
          .title("Statusregistrering")
          .req("date", DATE, StatusRegistration::date, StatusRegistration.Builder::date)
          .opt("education", EDUCATION, StatusRegistration::education, StatusRegistration.Builder::education)
          .opt("employment", EMPLOYMENT, StatusRegistration::employment, StatusRegistration.Builder::employment)
          .opt("housing", enumOf(HousingStatus.class), StatusRegistration::housing,
              StatusRegistration.Builder::housing)
          .opt("recordedBy", ID, StatusRegistration::recordedBy, StatusRegistration.Builder::recordedBy)
          .opt("recordedAt", DATE, StatusRegistration::recordedAt, StatusRegistration.Builder::recordedAt);

  static final ObjectCodec<CourseEnd, CourseEnd.Builder> END =
      ObjectCodec.of(CourseEnd.class, CourseEnd::builder, CourseEnd.Builder::build)
          .title("Afslutning")
          .req("date", DATE, CourseEnd::date, CourseEnd.Builder::date)
          .req("kind", enumOf(EndKind.class), CourseEnd::kind, CourseEnd.Builder::kind)
          .opt("reason", END_REASON, CourseEnd::reason, CourseEnd.Builder::reason)
          .def("youngPersonInvolved", BOOLEAN, CourseEnd::youngPersonInvolved, CourseEnd.Builder::youngPersonInvolved).withDefault(true)
          .def("teamInvolved", BOOLEAN, CourseEnd::teamInvolved, CourseEnd.Builder::teamInvolved).withDefault(true);

  private static Programme buildProgramme(Programme.Builder b) {
    Programme p = b.build();
    if (Programme.BUILT_IN_IDS.contains(p.id())
        && !dk.samarbejdsmodel.core.programme.Programmes.builtIn(p.id()).map(p::equals).orElse(false)) {
      throw new dk.samarbejdsmodel.core.StructuralViolationException("Programme", new dk.samarbejdsmodel.core.Violations()
          .add("id", dk.samarbejdsmodel.core.StructuralCode.INVALID_FORMAT, "the id of a built-in programme cannot be "
              + "redefined; give your programme a namespaced id").list());
    }
    return p;
  }

  /** A programme referred to by id: the reader looks it up among the registered and configured programmes. */
  static final Codec<Programme> PROGRAMME_REF = new Codecs.TextCodec<>() {
    @Override
    protected Programme fromText(String text, DecodeContext ctx) {
      Optional<Programme> p = ctx.programme(text);
      if (p.isEmpty()) {
        if (OpenCode.isValid(text)) {
          ctx.error(ErrorCode.UNKNOWN_PROGRAMME, text);
        } else {
          ctx.error(ErrorCode.INVALID_CODE);
        }
        return null;
      }
      return p.get();
    }

    @Override
    protected String toText(Programme value) {
      return value.id();
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("maxLength", 100).put("pattern", Codecs.CODE_PATTERN)
          .put("description", "a programme id: AFTERCARE, MENTAL_HEALTH, HOMELESSNESS or a plugin programme's id");
    }
  };

  /** The course aggregate. */
  public static final ObjectCodec<Course, Course.Builder> COURSE =
      ObjectCodec.of(Course.class, Course::builder, Course.Builder::build)
          .title("Forløb")
          .req("id", ID, Course::id, Course.Builder::id)
          .req("programme", PROGRAMME_REF, Course::programme, Course.Builder::programme)
          .req("municipality", MUNICIPALITY, Course::municipality, Course.Builder::municipality)
          .req("youngPerson", YOUNG_PERSON, Course::youngPerson, Course.Builder::youngPerson)
          .opt("targetGroup", TARGET_GROUP, Course::targetGroup, Course.Builder::targetGroup)
          .req("startDate", DATE, Course::startDate, Course.Builder::startDate)
          .list("organisations", ORGANISATION, Course::organisations, Course.Builder::organisations)
          .list("professionals", PROFESSIONAL, Course::professionals, Course.Builder::professionals)
          .list("privatePersons", PRIVATE_PERSON, Course::privatePersons, Course.Builder::privatePersons)
          .list("coordinatorAssignments", COORDINATOR, Course::coordinatorAssignments,
              Course.Builder::coordinatorAssignments)
          .list("teamMemberships", TEAM_MEMBERSHIP, Course::teamMemberships, Course.Builder::teamMemberships)
          .opt("youngPersonsAdult", ADULT, Course::youngPersonsAdult, Course.Builder::youngPersonsAdult)
          .list("startUpSteps", START_UP_STEP, Course::startUpSteps, Course.Builder::startUpSteps)
          .list("consents", CONSENT, Course::consents, Course.Builder::consents)
          .opt("networkCard", NETWORK_CARD, Course::networkCard, Course.Builder::networkCard)
          .opt("networkOverview", NETWORK_OVERVIEW, Course::networkOverview, Course.Builder::networkOverview)
          .opt("interventionOverview", INTERVENTION_OVERVIEW, Course::interventionOverview,
              Course.Builder::interventionOverview)
          .list("formRevisions", FORM, Course::formRevisions, Course.Builder::formRevisions)
          .list("meetings", MEETING, Course::meetings, Course.Builder::meetings)
          .list("checklists", CHECKLIST, Course::checklists, Course.Builder::checklists)
          .list("responses", RESPONSE, Course::responses, Course.Builder::responses)
          .list("statusRegistrations", STATUS_REGISTRATION, Course::statusRegistrations,
              Course.Builder::statusRegistrations)
          .opt("housingSubgroup", enumOf(HousingSubgroup.class), Course::housingSubgroup,
              Course.Builder::housingSubgroup)
          .opt("housingSupport", HOUSING_SUPPORT, Course::housingSupport, Course.Builder::housingSupport)
          .opt("end", END, Course::end, Course.Builder::end);

  /** The cohort codec, made on first use (like {@link Definitions}). */
  public static final class Cohorts {

    private Cohorts() {}

    /** A cohort: courses with extract metadata. */
    public static final ObjectCodec<Cohort, Slots> COHORT =
        ObjectCodec.<Cohort, Slots>named("Cohort", Slots::new,
                s -> new Cohort(s.get("id"), s.get("extractedAt"), Optional.ofNullable(s.get("description")),
                    s.<List<Course>>get("courses") == null ? List.of() : s.get("courses")))
            .title("Kohorte")
            .req("id", ID, Cohort::id, Slots.put("id"))
            .req("extractedAt", DATE, Cohort::extractedAt, Slots.put("extractedAt"))
            .opt("description", TEXT, Cohort::description, Slots.put("description"))
            .list("courses", COURSE, Cohort::courses, Slots.put("courses"));
  }

  private static <E extends Enum<E>, V> MapCodec<E, V> enumMap(Class<E> type, Codec<V> values) {
    ObjectNode keys = SchemaContext.node();
    var e = keys.putArray("enum");
    for (E c : type.getEnumConstants()) {
      e.add(c.name());
    }
    String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    Comparator<E> order = byOrdinal();
    java.util.Map<String, E> byName = new java.util.HashMap<>();
    for (E c : type.getEnumConstants()) {
      byName.put(c.name(), c);
    }
    return new MapCodec<E, V>(byName::get, Enum::name, order, values, keys, ErrorCode.NOT_ALLOWED, allowed);
  }

}
