package dk.samarbejdsmodel.json.internal;

import static dk.samarbejdsmodel.json.internal.Codecs.BOOLEAN;
import static dk.samarbejdsmodel.json.internal.Codecs.DATE;
import static dk.samarbejdsmodel.json.internal.Codecs.ID;
import static dk.samarbejdsmodel.json.internal.Codecs.INT;
import static dk.samarbejdsmodel.json.internal.Codecs.TEXT;
import static dk.samarbejdsmodel.json.internal.Codecs.enumOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ChecklistRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.MeetingRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ParticipantRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ResponseRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.StatusRecord;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.json.ErrorCode;
import dk.samarbejdsmodel.json.PseudonymisedCohort;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kohortepostkodeks: the descriptions of the outcome package's {@link CohortRecord} and its nested records, and
 * of the {@code pseudonymised-cohort} document, in the same style as {@link ModelCodecs} (reading, writing and
 * the JSON Schema from one description). No field holds personal data: ids are pseudonyms, ages replace the
 * birth date, and there is no free text. Internal.
 *
 * <pre>{@code
 * JsonNode n = RecordCodecs.COHORT_RECORD.encode(record, "/records/0", new EncodeContext(Retained.empty()));
 * }</pre>
 */
public final class RecordCodecs {

  private RecordCodecs() {}

  /** An age in whole years. */
  static final Codec<Integer> AGE = Codecs.integer(0, 150);

  /** A count of meetings. */
  static final Codec<Integer> COUNT = Codecs.integer(0, Integer.MAX_VALUE);

  /** A code kept as text (programme ids): {@code UPPER_SNAKE} or {@code namespace:UPPER_SNAKE}. */
  static final Codec<String> CODE = new Codecs.TextCodec<>() {
    @Override
    protected String fromText(String text, DecodeContext ctx) {
      if (!OpenCode.isValid(text)) {
        ctx.error(ErrorCode.INVALID_CODE);
        return null;
      }
      return text;
    }

    @Override
    protected String toText(String value) {
      return value;
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return SchemaContext.node().put("type", "string").put("maxLength", 100).put("pattern", Codecs.CODE_PATTERN);
    }
  };

  /** A pseudonym: 32 lower-case hex digits (HMAC-SHA256, truncated). */
  static final Codec<String> PSEUDONYM = new Codecs.TextCodec<>() {
    @Override
    protected String fromText(String text, DecodeContext ctx) {
      return text; // the format is checked by PseudonymisedCohort, which reports INVALID_FORMAT
    }

    @Override
    protected String toText(String value) {
      return value;
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.ref("Pseudonym", () -> SchemaContext.node()
          .put("description", "a keyed-hash pseudonym: HMAC-SHA256 under the data controller's key, 32 hex digits")
          .put("type", "string").put("pattern", "^[0-9a-f]{32}$"));
    }
  };

  private static <V> MapCodec<String, V> byDimension(Codec<V> values) {
    return new MapCodec<String, V>(k -> k.isEmpty() || k.length() > 100 ? null : k, k -> k, Comparator.naturalOrder(),
        values, SchemaContext.node().put("minLength", 1).put("maxLength", 100), ErrorCode.INVALID_VALUE, "");
  }

  static final ObjectCodec<ParticipantRecord, Slots> PARTICIPANT =
      ObjectCodec.<ParticipantRecord, Slots>named("ParticipantRecord", Slots::new,
              s -> new ParticipantRecord(s.get("role"), s.get("attended"), s.get("active"),
                  Boolean.TRUE.equals(s.get("professional"))))
          .title("Deltager: a role on a meeting or checklist, without a person id")
          .req("role", ModelCodecs.ROLE, ParticipantRecord::role, Slots.put("role"))
          .req("attended", BOOLEAN, ParticipantRecord::attended, Slots.put("attended"))
          .req("active", BOOLEAN, ParticipantRecord::active, Slots.put("active"))
          .opt("professional", BOOLEAN, p -> p.professional() ? java.util.Optional.of(true) : java.util.Optional.empty(),
              Slots.put("professional"));

  static final ObjectCodec<ResponseRecord, Slots> RESPONSE =
      ObjectCodec.<ResponseRecord, Slots>named("ResponseRecord", Slots::new,
              s -> new ResponseRecord(s.get("instrumentId"), s.get("instrumentVersion"), s.get("date"), s.get("age"),
                  orEmpty(s.<Map<String, Integer>>get("scores")),
                  s.<List<String>>get("notAssessed") == null ? Set.of() : new LinkedHashSet<>(s.get("notAssessed")),
                  orEmpty(s.<Map<String, Polarity>>get("polarities"))))
          .title("Besvarelse: scores of one instrument response, without its note")
          .req("instrumentId", TEXT, ResponseRecord::instrumentId, Slots.put("instrumentId"))
          .req("instrumentVersion", Codecs.integer(1, Integer.MAX_VALUE), ResponseRecord::instrumentVersion,
              Slots.put("instrumentVersion"))
          .req("date", DATE, ResponseRecord::date, Slots.put("date"))
          .req("age", AGE, ResponseRecord::age, Slots.put("age"))
          .describe("the young person's age in whole years on the date")
          .map("scores", byDimension(INT), ResponseRecord::scores, Slots.put("scores"))
          .describe("assessed score per dimension code")
          .set("notAssessed", TEXT, ResponseRecord::notAssessed, Slots.put("notAssessed"), Comparator.naturalOrder())
          .describe("dimensions marked not assessed")
          .map("polarities", byDimension(enumOf(Polarity.class)), ResponseRecord::polarities, Slots.put("polarities"))
          .describe("polarity per dimension of the pinned instrument (absent when the instrument was unknown)");

  static final ObjectCodec<StatusRecord, Slots> STATUS =
      ObjectCodec.<StatusRecord, Slots>named("StatusRecord", Slots::new,
              s -> new StatusRecord(s.get("date"), s.get("age"), Optional.ofNullable(s.get("education")),
                  Optional.ofNullable(s.get("employment")), Optional.ofNullable(s.get("housing"))))
          .title("Statusregistrering with the age on its date")
          .req("date", DATE, StatusRecord::date, Slots.put("date"))
          .req("age", AGE, StatusRecord::age, Slots.put("age"))
          .opt("education", ModelCodecs.EDUCATION, StatusRecord::education, Slots.put("education"))
          .opt("employment", ModelCodecs.EMPLOYMENT, StatusRecord::employment, Slots.put("employment"))
          .opt("housing", enumOf(HousingStatus.class), StatusRecord::housing, Slots.put("housing"));

  static final ObjectCodec<ChecklistRecord, Slots> CHECKLIST =
      ObjectCodec.<ChecklistRecord, Slots>named("ChecklistRecord", Slots::new,
              s -> new ChecklistRecord(s.get("date"), s.get("age"), Optional.ofNullable(s.get("placementType")),
                  Optional.ofNullable(s.get("education")), Optional.ofNullable(s.get("employment")),
                  orEmpty(s.<List<ParticipantRecord>>get("participants")),
                  orEmpty(s.<Map<ChecklistItem, Boolean>>get("answers"))))
          .title("Mødetjekliste: the coded content of one checklist with the age on its date")
          .req("date", DATE, ChecklistRecord::date, Slots.put("date"))
          .req("age", AGE, ChecklistRecord::age, Slots.put("age"))
          .opt("placementType", ModelCodecs.PLACEMENT, ChecklistRecord::placementType, Slots.put("placementType"))
          .opt("education", ModelCodecs.EDUCATION, ChecklistRecord::education, Slots.put("education"))
          .opt("employment", ModelCodecs.EMPLOYMENT, ChecklistRecord::employment, Slots.put("employment"))
          .list("participants", PARTICIPANT, ChecklistRecord::participants, Slots.put("participants"))
          .map("answers", ModelCodecs.CHECKLIST_ANSWERS, ChecklistRecord::answers, Slots.put("answers"))
          .describe("yes/no answer per checklist item");

  static final ObjectCodec<MeetingRecord, Slots> MEETING =
      ObjectCodec.<MeetingRecord, Slots>named("MeetingRecord", Slots::new,
              s -> new MeetingRecord(s.get("date"), s.get("age"), s.get("fixed"),
                  orEmpty(s.<List<ParticipantRecord>>get("participants"))))
          .title("Netværksmøde: date, age, whether fixed, participants by role")
          .req("date", DATE, MeetingRecord::date, Slots.put("date"))
          .req("age", AGE, MeetingRecord::age, Slots.put("age"))
          .req("fixed", BOOLEAN, MeetingRecord::fixed, Slots.put("fixed"))
          .list("participants", PARTICIPANT, MeetingRecord::participants, Slots.put("participants"));

  /** One course as an evaluator sees it. */
  public static final ObjectCodec<CohortRecord, CohortRecord.Builder> COHORT_RECORD =
      ObjectCodec.of(CohortRecord.class, CohortRecord::builder, CohortRecord.Builder::build)
          .title("Kohortepost: one course, pseudonymised")
          .req("courseId", PSEUDONYM, CohortRecord::courseId, CohortRecord.Builder::courseId)
          .req("youngPersonId", PSEUDONYM, CohortRecord::youngPersonId, CohortRecord.Builder::youngPersonId)
          .req("programmeId", CODE, CohortRecord::programmeId, CohortRecord.Builder::programmeId)
          .set("absentElements", enumOf(CoreElement.class), CohortRecord::absentElements,
              CohortRecord.Builder::absentElements, Comparator.naturalOrder())
          .describe("the core elements the programme does not have; absent when it has all seven")
          .req("municipalityCode", TEXT, CohortRecord::municipalityCode, CohortRecord.Builder::municipalityCode)
          .req("municipalityName", TEXT, CohortRecord::municipalityName, CohortRecord.Builder::municipalityName)
          .opt("targetGroup", ModelCodecs.TARGET_GROUP, r -> r.targetGroup().map(TargetGroup::of),
              (b, t) -> b.targetGroup(t.code()))
          .req("asOf", DATE, CohortRecord::asOf, CohortRecord.Builder::asOf)
          .describe("the reference date; events after it are left out")
          .req("startDate", DATE, CohortRecord::startDate, CohortRecord.Builder::startDate)
          .req("ageAtStart", AGE, CohortRecord::ageAtStart, CohortRecord.Builder::ageAtStart)
          .opt("endDate", DATE, CohortRecord::endDate, CohortRecord.Builder::endDate)
          .opt("endKind", enumOf(EndKind.class), r -> r.endKind().map(EndKind::valueOf),
              (b, k) -> b.endKind(k.name()))
          .opt("coordinatorId", PSEUDONYM, CohortRecord::coordinatorId, CohortRecord.Builder::coordinatorId)
          .describe("the coordinator on the reference date, or on the end date")
          .list("responses", RESPONSE, CohortRecord::responses, CohortRecord.Builder::responses)
          .list("statuses", STATUS, CohortRecord::statuses, CohortRecord.Builder::statuses)
          .list("checklists", CHECKLIST, CohortRecord::checklists, CohortRecord.Builder::checklists)
          .list("networkMeetings", MEETING, CohortRecord::networkMeetings, CohortRecord.Builder::networkMeetings)
          .req("fixedMeetingsDue", COUNT, CohortRecord::fixedMeetingsDue, CohortRecord.Builder::fixedMeetingsDue)
          .req("fixedMeetingsHeld", COUNT, CohortRecord::fixedMeetingsHeld, CohortRecord.Builder::fixedMeetingsHeld)
          .describe("at most fixedMeetingsDue")
          .opt("housingSubgroup", enumOf(HousingSubgroup.class), CohortRecord::housingSubgroup,
              CohortRecord.Builder::housingSubgroup)
          .opt("housingCombination", enumOf(HousingSupportCombination.class), CohortRecord::housingCombination,
              CohortRecord.Builder::housingCombination)
          .def("housingProgramme", BOOLEAN, CohortRecord::housingProgramme, CohortRecord.Builder::housingProgramme)
          .withDefault(false);

  /** The pseudonymised cohort document's body. */
  public static final ObjectCodec<PseudonymisedCohort, Slots> PSEUDONYMISED_COHORT =
      ObjectCodec.<PseudonymisedCohort, Slots>named("PseudonymisedCohort", Slots::new,
              s -> new PseudonymisedCohort(s.get("id"), s.get("asOf"), orEmpty(s.<List<CohortRecord>>get("records"))))
          .title("Pseudonymiseret kohorte")
          .req("id", ID, PseudonymisedCohort::id, Slots.put("id"))
          .req("asOf", DATE, PseudonymisedCohort::asOf, Slots.put("asOf"))
          .describe("the reference date of every record")
          .list("records", COHORT_RECORD, PseudonymisedCohort::records, Slots.put("records"));

  private static <V> List<V> orEmpty(List<V> list) {
    return list == null ? List.of() : list;
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Map.of() : map;
  }
}
