package dk.samarbejdsmodel.json.internal;

import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.json.Cohort;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ErrorCode;
import java.util.List;
import java.util.Optional;

/**
 * Dokumentkodeks: the codec of each document kind's body, and the checks a standalone document needs beyond its
 * codec. Internal.
 *
 * <pre>{@code
 * ObjectCodec<Course, ?> c = Documents.codec(DocumentKind.COURSE);
 * }</pre>
 */
public final class Documents {

  /** The envelope field holding the format version. */
  public static final String SCHEMA_VERSION = "schemaVersion";
  /** The envelope field holding the kind. */
  public static final String KIND = "kind";

  private static final String OVERRIDES = "severityOverrides.";

  private Documents() {}

  /** The codec of a kind's body. */
  @SuppressWarnings("unchecked")
  public static <T> ObjectCodec<T, ?> codec(DocumentKind<T> kind) {
    // no static work that the first read does not need: each group of codecs is a class initialised on first use,
    // so a course read never builds the record, cohort, programme or instrument codecs (docs/performance.md, B5)
    ObjectCodec<?, ?> c;
    if (kind == DocumentKind.COURSE) {
      c = ModelCodecs.COURSE;
    } else if (kind == DocumentKind.GOAL_AGREEMENT_FORM) {
      c = ModelCodecs.FORM;
    } else if (kind == DocumentKind.MEETING_CHECKLIST) {
      c = ModelCodecs.CHECKLIST;
    } else if (kind == DocumentKind.DIALOGUE_RESPONSE) {
      c = ModelCodecs.RESPONSE;
    } else if (kind == DocumentKind.COHORT) {
      c = ModelCodecs.Cohorts.COHORT;
    } else if (kind == DocumentKind.PROGRAMME) {
      c = ModelCodecs.Definitions.PROGRAMME;
    } else if (kind == DocumentKind.INSTRUMENT) {
      c = ModelCodecs.Definitions.INSTRUMENT;
    } else if (kind == DocumentKind.PSEUDONYMISED_COHORT) {
      c = RecordCodecs.PSEUDONYMISED_COHORT;
    } else {
      c = null;
    }
    return (ObjectCodec<T, ?>) c;
  }

  /**
   * Checks a document beyond its codec, against the reader's catalogue: a dialogue response must fit the
   * instrument version it pins; a course (alone or in a cohort) must have a known programme and responses that
   * fit their instruments ({@link Catalogue#check(Course)}); a programme must fit the catalogue's rules and
   * programmes ({@link Catalogue#check(Programme)}: rule settings naming no rule, a redefined built-in, a
   * consent-policy or instrument conflict); an instrument must not conflict with the catalogue's
   * ({@link Catalogue#check(Instrument)}).
   */
  public static void checkStandalone(DocumentKind<?> kind, Object value, DecodeContext ctx, Catalogue catalogue) {
    if (kind == DocumentKind.COURSE) {
      ctx.violationsAt("", catalogue.check((Course) value));
    } else if (kind == DocumentKind.COHORT) {
      List<Course> courses = ((Cohort) value).courses();
      for (int i = 0; i < courses.size(); i++) {
        ctx.violationsAt("/courses/" + i, catalogue.check(courses.get(i)));
      }
    } else if (kind == DocumentKind.PROGRAMME) {
      // a map key may hold dots (dk.aarhus:R-JOB-01): its pointer is made here, not from the dotted path
      for (Violation v : catalogue.check((Programme) value)) {
        if (v.path().startsWith(OVERRIDES)) {
          ctx.violationsAt(Pointers.child("/severityOverrides", v.path().substring(OVERRIDES.length())),
              List.of(new Violation("", v.code(), v.args())));
        } else {
          ctx.violationsAt("", List.of(v));
        }
      }
    } else if (kind == DocumentKind.INSTRUMENT) {
      ctx.violationsAt("", catalogue.check((Instrument) value));
    } else if (kind == DocumentKind.DIALOGUE_RESPONSE) {
      InstrumentResponse r = (InstrumentResponse) value;
      Optional<Instrument> instrument = ctx.instrument(r.instrumentId(), r.instrumentVersion());
      if (instrument.isEmpty()) {
        ctx.errorAtPointer("/instrumentId", ErrorCode.UNKNOWN_INSTRUMENT);
      } else {
        ctx.violationsAt("", instrument.get().validate(r));
      }
    }
  }
}
