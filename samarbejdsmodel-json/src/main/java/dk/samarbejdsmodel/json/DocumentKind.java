package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import java.util.List;
import java.util.Optional;

/**
 * Dokumenttype: the seven kinds of document of the interchange format, each with its wire name (the value of
 * the {@code kind} field) and the core type it holds.
 *
 * <pre>{@code
 * ReadResult<GoalAgreementForm> r = json.reader().read(bytes, DocumentKind.GOAL_AGREEMENT_FORM);
 * DocumentKind.byName("course"); // Optional[course]
 * }</pre>
 *
 * @param <T> the core type a document of this kind holds
 */
public final class DocumentKind<T> {

  /** Forløb: a whole course aggregate. */
  public static final DocumentKind<Course> COURSE = new DocumentKind<>("course", Course.class);
  /** Mål- og aftaleskema: one revision of a goal-and-agreement form. */
  public static final DocumentKind<GoalAgreementForm> GOAL_AGREEMENT_FORM =
      new DocumentKind<>("goal-agreement-form", GoalAgreementForm.class);
  /** Mødetjekliste. */
  public static final DocumentKind<MeetingChecklist> MEETING_CHECKLIST =
      new DocumentKind<>("meeting-checklist", MeetingChecklist.class);
  /** Dialogskemabesvarelse: a response to the dialogue form or another registered instrument. */
  public static final DocumentKind<InstrumentResponse> DIALOGUE_RESPONSE =
      new DocumentKind<>("dialogue-response", InstrumentResponse.class);
  /** Kohorte: a list of courses with extract metadata. */
  public static final DocumentKind<Cohort> COHORT = new DocumentKind<>("cohort", Cohort.class);
  /** Program: a programme definition (for municipalities' and vendors' own programmes). */
  public static final DocumentKind<Programme> PROGRAMME = new DocumentKind<>("programme", Programme.class);
  /** Instrument: an instrument definition with its dimensions. */
  public static final DocumentKind<Instrument> INSTRUMENT = new DocumentKind<>("instrument", Instrument.class);

  private static final List<DocumentKind<?>> ALL = List.of(COURSE, GOAL_AGREEMENT_FORM, MEETING_CHECKLIST,
      DIALOGUE_RESPONSE, COHORT, PROGRAMME, INSTRUMENT);

  private final String wireName;
  private final Class<T> type;

  private DocumentKind(String wireName, Class<T> type) {
    this.wireName = wireName;
    this.type = type;
  }

  /** Every kind, in the order of the format reference. */
  public static List<DocumentKind<?>> all() {
    return ALL;
  }

  /** The kind with a wire name, such as {@code goal-agreement-form}. */
  public static Optional<DocumentKind<?>> byName(String wireName) {
    return ALL.stream().filter(k -> k.wireName.equals(wireName)).findFirst();
  }

  /** The wire name: the value of the {@code kind} field. */
  public String wireName() {
    return wireName;
  }

  /** The core type a document of this kind holds. */
  public Class<T> type() {
    return type;
  }

  /** The file name of this kind's JSON Schema, for example {@code course.schema.json}. */
  public String schemaFileName() {
    return wireName + ".schema.json";
  }

  @Override
  public String toString() {
    return wireName;
  }
}
