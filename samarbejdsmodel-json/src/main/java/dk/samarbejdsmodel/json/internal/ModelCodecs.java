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
      ObjectCodec.of(PersonName.class, new Bindings.PersonNameBinding())
          .title("Navn (personal data)")
          .req("givenName", TEXT)
          .req("familyName", TEXT);

  static final ObjectCodec<ContactDetails, ContactDetails.Builder> CONTACT =
      ObjectCodec.of(ContactDetails.class, new Bindings.ContactDetailsBinding())
          .title("Kontaktoplysninger (personal data)")
          .opt("phone", TEXT)
          .opt("email", TEXT)
          .opt("address", TEXT);

  static final ObjectCodec<Municipality, Municipality.Builder> MUNICIPALITY =
      ObjectCodec.of(Municipality.class, new Bindings.MunicipalityBinding())
          .title("Kommune")
          .req("code", TEXT)
          .describe("the municipality number, for example 751")
          .req("name", TEXT);

  static final ObjectCodec<YoungPerson, YoungPerson.Builder> YOUNG_PERSON =
      ObjectCodec.of(YoungPerson.class, new Bindings.YoungPersonBinding())
          .title("Den unge")
          .req("id", ID)
          .req("birthDate", DATE).personal()
          .opt("cpr", Codecs.CPR).personal()
          .describe("CPR number, ten digits without a hyphen; its date part must equal birthDate")
          .opt("name", PERSON_NAME).personal()
          .opt("contact", CONTACT).personal();

  static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      ObjectCodec.of(Organisation.class, new Bindings.OrganisationBinding())
          .title("Organisation")
          .req("id", ID)
          .req("name", TEXT)
          .req("sector", SECTOR)
          .opt("municipalityCode", TEXT);

  static final ObjectCodec<Professional, Professional.Builder> PROFESSIONAL =
      ObjectCodec.of(Professional.class, new Bindings.ProfessionalBinding())
          .title("Fagperson")
          .req("id", ID)
          .req("role", ROLE)
          .opt("organisationId", ID)
          .opt("title", TEXT)
          .def("authorityCompetence", BOOLEAN).withDefault(false)
          .opt("name", PERSON_NAME).personal()
          .opt("contact", CONTACT).personal();

  static final ObjectCodec<PrivatePerson, PrivatePerson.Builder> PRIVATE_PERSON =
      ObjectCodec.of(PrivatePerson.class, new Bindings.PrivatePersonBinding())
          .title("Privat person (from the young person's private network)")
          .req("id", ID)
          .req("role", ROLE)
          .def("custodyHolder", BOOLEAN).withDefault(false)
          .opt("relation", TEXT).personal()
          .opt("name", PERSON_NAME).personal()
          .opt("contact", CONTACT).personal();

  // ------------------------------------------------------------------ course parts
  static final ObjectCodec<CoordinatorAssignment, CoordinatorAssignment.Builder> COORDINATOR =
      ObjectCodec.of(CoordinatorAssignment.class, new Bindings.CoordinatorAssignmentBinding())
          .title("Koordinatortildeling")
          .req("coordinatorId", ID)
          .req("from", DATE)
          .opt("until", DATE);

  static final ObjectCodec<TeamMembership, TeamMembership.Builder> TEAM_MEMBERSHIP =
      ObjectCodec.of(TeamMembership.class, new Bindings.TeamMembershipBinding())
          .title("Teammedlemskab")
          .req("personId", ID)
          .req("role", ROLE)
          .req("from", DATE)
          .opt("until", DATE);

  static final ObjectCodec<YoungPersonsAdult, YoungPersonsAdult.Builder> ADULT =
      ObjectCodec.of(YoungPersonsAdult.class, new Bindings.YoungPersonsAdultBinding())
          .title("Den unges voksne")
          .req("personId", ID)
          .req("from", DATE)
          .opt("until", DATE);

  static final ObjectCodec<StartUpStepRecord, StartUpStepRecord.Builder> START_UP_STEP =
      ObjectCodec.of(StartUpStepRecord.class, new Bindings.StartUpStepRecordBinding())
          .title("Opstartstrin")
          .req("step", enumOf(StartUpStep.class))
          .req("date", DATE)
          .req("declined", BOOLEAN);

  static final ObjectCodec<Signatory, Signatory.Builder> SIGNATORY =
      ObjectCodec.of(Signatory.class, new Bindings.SignatoryBinding())
          .title("Underskriver")
          .req("kind", enumOf(SignatoryKind.class))
          .req("personId", ID);

  static final ObjectCodec<ConsentParty, ConsentParty.Builder> CONSENT_PARTY =
      ObjectCodec.of(ConsentParty.class, new Bindings.ConsentPartyBinding())
          .title("Part i samtykket")
          .req("kind", enumOf(PartyKind.class))
          .req("id", ID);

  static final ObjectCodec<Consent, Consent.Builder> CONSENT =
      ObjectCodec.of(Consent.class, new Bindings.ConsentBinding())
          .title("Samtykke")
          .req("id", ID)
          .list("signatories", SIGNATORY)
          .req("givenAt", DATE)
          .req("validFrom", DATE)
          .opt("validUntil", DATE)
          .opt("withdrawnAt", DATE)
          .list("parties", CONSENT_PARTY)
          .set("categories", CATEGORY, byCode())
          .req("purpose", TEXT)
          .opt("recordedBy", ID)
          .opt("recordedAt", DATE);

  static final ObjectCodec<NetworkCardEntry, NetworkCardEntry.Builder> NETWORK_CARD_ENTRY =
      ObjectCodec.of(NetworkCardEntry.class, new Bindings.NetworkCardEntryBinding())
          .title("Person på netværkskortet")
          .req("personId", ID)
          .req("sector", enumOf(NetworkSector.class))
          .req("ring", Codecs.integer(1, 3))
          .describe("1 = closest ring, 3 = outermost")
          .opt("relation", TEXT).personal()
          .def("inviteToMeetings", BOOLEAN).withDefault(false)
          .def("youngPersonsAdult", BOOLEAN).withDefault(false);

  static final ObjectCodec<NetworkCard, NetworkCard.Builder> NETWORK_CARD =
      ObjectCodec.of(NetworkCard.class, new Bindings.NetworkCardBinding())
          .title("Netværkskort")
          .req("madeAt", DATE)
          .list("entries", NETWORK_CARD_ENTRY);

  static final ObjectCodec<NetworkOverviewEntry, NetworkOverviewEntry.Builder> NETWORK_OVERVIEW_ENTRY =
      ObjectCodec.of(NetworkOverviewEntry.class, new Bindings.NetworkOverviewEntryBinding())
          .title("Linje i netværksoverblikket")
          .req("personId", ID)
          .req("role", ROLE);

  static final ObjectCodec<NetworkOverview, NetworkOverview.Builder> NETWORK_OVERVIEW =
      ObjectCodec.of(NetworkOverview.class, new Bindings.NetworkOverviewBinding())
          .title("Netværksoverblik")
          .req("updatedAt", DATE)
          .list("entries", NETWORK_OVERVIEW_ENTRY);

  static final ObjectCodec<LegalBasis, LegalBasis.Builder> LEGAL_BASIS =
      ObjectCodec.of(LegalBasis.class, new Bindings.LegalBasisBinding())
          .title("Lovgrundlag")
          .req("text", TEXT)
          .opt("code", TEXT);

  static final ObjectCodec<Intervention, Intervention.Builder> INTERVENTION =
      ObjectCodec.of(Intervention.class, new Bindings.InterventionBinding())
          .title("Indsats")
          .req("id", ID)
          .req("name", TEXT)
          .opt("legalBasis", LEGAL_BASIS)
          .opt("providerId", ID)
          .opt("responsibleId", ID)
          .req("start", DATE)
          .opt("end", DATE);

  static final ObjectCodec<InterventionOverview, InterventionOverview.Builder> INTERVENTION_OVERVIEW =
      ObjectCodec.of(InterventionOverview.class, new Bindings.InterventionOverviewBinding())
          .title("Indsatsoverblik")
          .req("updatedAt", DATE)
          .list("interventions", INTERVENTION);

  // ------------------------------------------------------------------ goal-and-agreement form
  static final ObjectCodec<FormParticipant, FormParticipant.Builder> FORM_PARTICIPANT =
      ObjectCodec.of(FormParticipant.class, new Bindings.FormParticipantBinding())
          .title("Deltager på skemaet")
          .req("personId", ID)
          .req("role", ROLE)
          .opt("organisationId", ID)
          .opt("name", PERSON_NAME).personal();

  static final ObjectCodec<Goal, Goal.Builder> GOAL =
      ObjectCodec.of(Goal.class, new Bindings.GoalBinding())
          .title("Mål")
          .req("id", ID)
          .req("lifeArea", LIFE_AREA)
          .req("description", TEXT).personal()
          .describe("free text about the young person's goal")
          .req("horizon", enumOf(GoalHorizon.class))
          .opt("targetDate", DATE)
          .opt("parentGoalId", ID)
          .list("statusHistory", statusChange(GoalStatus.class))
          .describe("oldest first; at least one entry");

  static final ObjectCodec<Agreement, Agreement.Builder> AGREEMENT =
      ObjectCodec.of(Agreement.class, new Bindings.AgreementBinding())
          .title("Aftale")
          .req("id", ID)
          .list("goalIds", ID)
          .req("action", TEXT).personal()
          .describe("free text: what is to be done")
          .opt("responsibleId", ID)
          .opt("deadline", DATE)
          .opt("followUpDate", DATE)
          .opt("followUpById", ID)
          .list("statusHistory", statusChange(AgreementStatus.class))
          .describe("oldest first; at least one entry");

  /** The goal-and-agreement form. */
  public static final ObjectCodec<GoalAgreementForm, GoalAgreementForm.Builder> FORM =
      ObjectCodec.of(GoalAgreementForm.class, new Bindings.GoalAgreementFormBinding())
          .title("Mål- og aftaleskema (one revision)")
          .req("id", ID)
          .req("revision", Codecs.integer(1, Integer.MAX_VALUE))
          .req("updatedAt", DATE)
          .opt("meetingId", ID)
          .opt("wishes", TEXT).personal()
          .describe("the young person's wishes, free text")
          .list("participants", FORM_PARTICIPANT)
          .list("goals", GOAL)
          .list("agreements", AGREEMENT)
          .opt("followUpById", ID)
          .opt("nextMeetingDate", DATE)
          .list("recipientIds", ID)
          .opt("recordedBy", ID)
          .opt("recordedAt", DATE);

  // ------------------------------------------------------------------ meetings and checklists
  static final ObjectCodec<MeetingParticipant, MeetingParticipant.Builder> MEETING_PARTICIPANT =
      ObjectCodec.of(MeetingParticipant.class, new Bindings.MeetingParticipantBinding())
          .title("Mødedeltager")
          .req("personId", ID)
          .req("role", ROLE)
          .req("attended", BOOLEAN)
          .req("active", BOOLEAN);

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING =
      ObjectCodec.of(Meeting.class, new Bindings.MeetingBinding())
          .title("Møde")
          .req("id", ID)
          .req("kind", enumOf(MeetingKind.class))
          .req("date", DATE)
          .list("participants", MEETING_PARTICIPANT)
          .set("components", enumOf(MeetingComponent.class),
              byOrdinal())
          .def("decisionsRecorded", BOOLEAN).withDefault(false)
          .opt("leaderId", ID)
          .opt("nextMeetingDate", DATE)
          .def("fixed", BOOLEAN)
          .describe("a fixed (planned) meeting; defaults to true for NETWORK meetings");

  static final ObjectCodec<EducationStatus, EducationStatus.Builder> EDUCATION =
      ObjectCodec.of(EducationStatus.class, new Bindings.EducationStatusBinding())
          .title("Uddannelsesstatus")
          .req("inEducation", BOOLEAN)
          .opt("type", EDUCATION_TYPE);

  static final ObjectCodec<ChecklistParticipant, ChecklistParticipant.Builder> CHECKLIST_PARTICIPANT =
      ObjectCodec.of(ChecklistParticipant.class, new Bindings.ChecklistParticipantBinding())
          .title("Deltager i tjeklisten")
          .req("role", ROLE)
          .opt("personId", ID)
          .req("attended", BOOLEAN)
          .req("active", BOOLEAN);

  static final MapCodec<ChecklistItem, Boolean> CHECKLIST_ANSWERS = enumMap(ChecklistItem.class, BOOLEAN);

  /** The meeting checklist. */
  public static final ObjectCodec<MeetingChecklist, MeetingChecklist.Builder> CHECKLIST =
      ObjectCodec.of(MeetingChecklist.class, new Bindings.MeetingChecklistBinding())
          .title("Mødetjekliste")
          .req("id", ID)
          .req("meetingId", ID)
          .req("date", DATE)
          .opt("placementType", PLACEMENT)
          .opt("education", EDUCATION)
          .opt("employment", EMPLOYMENT)
          .list("participants", CHECKLIST_PARTICIPANT)
          .map("answers", CHECKLIST_ANSWERS)
          .describe("yes/no answer per checklist item")
          .opt("recordedBy", ID)
          .opt("recordedAt", DATE);

  // ------------------------------------------------------------------ instruments
  static final ObjectCodec<Answer, Answer.Builder> ITEM_ANSWER =
      ObjectCodec.<Answer, Answer.Builder>named("ItemAnswer", new Bindings.AnswerBinding())
          .title("Svar på ét spørgsmål under en dimension")
          .req("dimension", TEXT)
          .describe("the question's code (an item of the dimension, or the municipality's own code)")
          .opt("value", INT)
          .describe("the answer; absent when the question was not assessed");

  static final ObjectCodec<Answer, Answer.Builder> ANSWER =
      ObjectCodec.<Answer, Answer.Builder>of(Answer.class, new Bindings.AnswerBinding())
          .title("Svar på én dimension")
          .req("dimension", TEXT)
          .opt("value", INT)
          .describe("the score (for the dialogue form: the life-area score); absent when the dimension was not "
              + "assessed, or when it is derived from the answered items")
          .list("items", ITEM_ANSWER)
          .describe("answers to the dimension's questions (docs/format.md, dialogue response)");

  static Optional<Integer> answerValue(Answer a) {
    OptionalInt v = a.value();
    return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
  }

  /** An instrument response (the dialogue form or another instrument). */
  public static final ObjectCodec<InstrumentResponse, InstrumentResponse.Builder> RESPONSE =
      ObjectCodec.of(InstrumentResponse.class, new Bindings.InstrumentResponseBinding())
          .title("Besvarelse")
          .req("id", ID)
          .req("instrumentId", TEXT)
          .req("instrumentVersion", Codecs.integer(1, Integer.MAX_VALUE))
          .req("date", DATE)
          .opt("respondentId", ID)
          .opt("note", TEXT).personal()
          .describe("free text")
          .list("answers", ANSWER);

  /**
   * The codecs of programme and instrument definitions, made on first use: a course names its programme by id,
   * so a JVM whose first read is a course never builds them (docs/performance.md, B5).
   */
  public static final class Definitions {

    private Definitions() {}

    static final ObjectCodec<Dimension, Dimension.Builder> ITEM =
        ObjectCodec.<Dimension, Dimension.Builder>named("Item", new Bindings.DimensionBinding())
            .title("Spørgsmål under en dimension")
            .req("code", TEXT)
            .req("labelDa", TEXT)
            .req("labelEn", TEXT)
            .req("scaleMin", Codecs.integer(-1000, 1000))
            .req("scaleMax", Codecs.integer(-1000, 1000))
            .def("polarity", enumOf(Polarity.class)).withDefault(Polarity.HIGHER_IS_BETTER);

    static final ObjectCodec<Dimension, Dimension.Builder> DIMENSION =
        ObjectCodec.of(Dimension.class, new Bindings.DimensionBinding())
            .title("Dimension")
            .req("code", TEXT)
            .req("labelDa", TEXT)
            .req("labelEn", TEXT)
            .req("scaleMin", Codecs.integer(-1000, 1000))
            .req("scaleMax", Codecs.integer(-1000, 1000))
            .def("polarity", enumOf(Polarity.class)).withDefault(Polarity.HIGHER_IS_BETTER)
            .list("items", ITEM)
            .describe("the questions asked under the dimension, each with its own scale and polarity");

    /** An instrument definition. */
    public static final ObjectCodec<Instrument, Instrument.Builder> INSTRUMENT =
        ObjectCodec.of(Instrument.class, new Bindings.InstrumentBinding())
            .title("Instrument")
            .req("id", TEXT)
            .req("version", Codecs.integer(1, Integer.MAX_VALUE))
            .req("nameDa", TEXT)
            .req("nameEn", TEXT)
            .list("dimensions", DIMENSION);

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
        ObjectCodec.of(Programme.class, Programme::builder, ModelCodecs::buildProgramme,
                new Bindings.ProgrammeBinding())
            .title("Program")
            .req("id", TEXT)
            .def("version", Codecs.integer(1, 1_000_000)).withDefault(1)
            .req("nameDa", TEXT)
            .req("nameEn", TEXT)
            .opt("source", TEXT)
            .list("targetGroups", TARGET_GROUP)
            .opt("minStartAge", INT)
            .opt("endBeforeAge", INT)
            .opt("recommendedStartAge", INT)
            .opt("assessmentBeforeAge", INT)
            .req("coordinatorTitleDa", TEXT)
            .req("coordinatorTitleEn", TEXT)
            .def("coordinatorNeedsAuthorityCompetence", BOOLEAN).withDefault(false)
            .set("elements", enumOf(CoreElement.class), byOrdinal())
            .req("meetingCadence", CADENCE)
            .opt("maxMonthsBetweenNetworkMeetings", INT)
            .req("dialogueCadenceMonths", INT)
            .list("instruments", INSTRUMENT)
            .map("instrumentCadenceMonths", CADENCES)
            .def("consentPolicy", CONSENT_POLICY).withDefault(ConsentPolicy.YOUNG_PERSON_AND_CUSTODY_HOLDER_UNDER_18)
            .def("housingSupport", BOOLEAN).withDefault(false)
            .def("leaderGroupMaxMonthsBetweenMeetings", INT).withDefault(6)
            .set("disabledRules", TEXT,
                Comparator.naturalOrder())
            .map("severityOverrides", SEVERITIES);
  }

  // ------------------------------------------------------------------ housing
  static final ObjectCodec<CtiPhasePeriod, CtiPhasePeriod.Builder> CTI_PHASE =
      ObjectCodec.of(CtiPhasePeriod.class, new Bindings.CtiPhasePeriodBinding())
          .title("CTI-fase")
          .req("phase", enumOf(CtiPhase.class))
          .req("start", DATE)
          .opt("end", DATE);

  static final ObjectCodec<CtiSupport, CtiSupport.Builder> CTI =
      ObjectCodec.of(CtiSupport.class, new Bindings.CtiSupportBinding())
          .title("CTI-bostøtte")
          .req("workerId", ID)
          .opt("housingAllocatedAt", DATE)
          .req("start", DATE)
          .list("phases", CTI_PHASE)
          .opt("end", DATE);

  static final ObjectCodec<IcmSupport, IcmSupport.Builder> ICM =
      ObjectCodec.of(IcmSupport.class, new Bindings.IcmSupportBinding())
          .title("ICM-bostøtte")
          .req("workerId", ID)
          .req("visitationAt", DATE)
          .req("start", DATE)
          .opt("end", DATE);

  static final ObjectCodec<FollowOn, FollowOn.Builder> FOLLOW_ON =
      ObjectCodec.of(FollowOn.class, new Bindings.FollowOnBinding())
          .title("Opfølgende beslutning")
          .req("decision", enumOf(FollowOnDecision.class))
          .req("decidedAt", DATE);

  static final ObjectCodec<HousingSupport, HousingSupport.Builder> HOUSING_SUPPORT =
      ObjectCodec.of(HousingSupport.class, new Bindings.HousingSupportBinding())
          .title("Bostøtte")
          .req("combination", enumOf(HousingSupportCombination.class))
          .opt("cti", CTI)
          .opt("icm", ICM)
          .opt("followOn", FOLLOW_ON);

  // ------------------------------------------------------------------ status and end
  static final ObjectCodec<StatusRegistration, StatusRegistration.Builder> STATUS_REGISTRATION =
      ObjectCodec.of(StatusRegistration.class, new Bindings.StatusRegistrationBinding())
          .title("Statusregistrering")
          .req("date", DATE)
          .opt("education", EDUCATION)
          .opt("employment", EMPLOYMENT)
          .opt("housing", enumOf(HousingStatus.class))
          .opt("recordedBy", ID)
          .opt("recordedAt", DATE);

  static final ObjectCodec<CourseEnd, CourseEnd.Builder> END =
      ObjectCodec.of(CourseEnd.class, new Bindings.CourseEndBinding())
          .title("Afslutning")
          .req("date", DATE)
          .req("kind", enumOf(EndKind.class))
          .opt("reason", END_REASON)
          .def("youngPersonInvolved", BOOLEAN).withDefault(true)
          .def("teamInvolved", BOOLEAN).withDefault(true);

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
      ObjectCodec.of(Course.class, new Bindings.CourseBinding())
          .title("Forløb")
          .req("id", ID)
          .req("programme", PROGRAMME_REF)
          .req("municipality", MUNICIPALITY)
          .req("youngPerson", YOUNG_PERSON)
          .opt("targetGroup", TARGET_GROUP)
          .req("startDate", DATE)
          .list("organisations", ORGANISATION)
          .list("professionals", PROFESSIONAL)
          .list("privatePersons", PRIVATE_PERSON)
          .list("coordinatorAssignments", COORDINATOR)
          .list("teamMemberships", TEAM_MEMBERSHIP)
          .opt("youngPersonsAdult", ADULT)
          .list("startUpSteps", START_UP_STEP)
          .list("consents", CONSENT)
          .opt("networkCard", NETWORK_CARD)
          .opt("networkOverview", NETWORK_OVERVIEW)
          .opt("interventionOverview", INTERVENTION_OVERVIEW)
          .list("formRevisions", FORM)
          .list("meetings", MEETING)
          .list("checklists", CHECKLIST)
          .list("responses", RESPONSE)
          .list("statusRegistrations", STATUS_REGISTRATION)
          .opt("housingSubgroup", enumOf(HousingSubgroup.class))
          .opt("housingSupport", HOUSING_SUPPORT)
          .opt("end", END);

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
