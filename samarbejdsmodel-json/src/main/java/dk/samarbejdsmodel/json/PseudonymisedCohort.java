package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pseudonymiseret kohorte: the evaluator's extract — one {@link CohortRecord} per course, built as of one
 * reference date, whose course, young-person and coordinator ids are HMAC-SHA256 pseudonyms (32 lower-case hex
 * digits, see {@link Pseudonymiser}). It holds no CPR number, name, birth date (ages at each event instead),
 * contact detail or free text. The document kind is {@link DocumentKind#PSEUDONYMISED_COHORT}.
 *
 * <p>Checked when built: every record is as of {@link #asOf()}, every id is a pseudonym made by a
 * {@link Pseudonymiser} ({@link Pseudonymiser#isPseudonym}: so a record built with
 * {@link CohortRecord#from(Course, LocalDate)}, which keeps the model's own ids, or with ids hashed any other
 * way, is refused), and course pseudonyms are unique.
 *
 * <pre>{@code
 * Pseudonymiser p = Pseudonymiser.withKey(secretKey);                  // >= 16 bytes, kept by the data controller
 * PseudonymisedCohort extract = PseudonymisedCohort.of(cohort, p, LocalDate.of(2025, 9, 30));
 * byte[] json = SamJson.defaults().writer().write(DocumentKind.PSEUDONYMISED_COHORT, extract);
 * // the evaluator:
 * PseudonymisedCohort back = SamJson.defaults().reader().read(json, DocumentKind.PSEUDONYMISED_COHORT).orElseThrow();
 * CohortReport report = CohortReport.of(back.records(), back.asOf());
 * }</pre>
 *
 * @param id the extract's id (not personal data)
 * @param asOf the reference date every record is built for
 * @param records the pseudonymised records, in the order of the courses
 */
public record PseudonymisedCohort(String id, LocalDate asOf, List<CohortRecord> records) {

  /**
   * The shape of a pseudonym: 32 lower-case hex digits. A pseudonym must also pass {@link Pseudonymiser#isPseudonym}
   * (its last 8 digits are a check of the first 24), so that only ids the keyed {@link Pseudonymiser} made enter
   * an extract — an unsalted hash of a CPR number is refused.
   */
  public static final Pattern PSEUDONYM = Pattern.compile("[0-9a-f]{32}");

  /** Creates the extract and checks it (structural violations list every problem). */
  public PseudonymisedCohort {
    Objects.requireNonNull(asOf, "asOf");
    records = List.copyOf(records);
    Violations v = new Violations();
    v.id("id", id);
    for (int i = 0; i < records.size(); i++) {
      CohortRecord r = records.get(i);
      PropertyPath at = PropertyPath.of("records").index(i);
      if (!r.asOf().equals(asOf)) {
        v.add(at.field("asOf"), StructuralCode.INCONSISTENT, "every record is as of the extract's asOf");
      }
      pseudonym(v, at.field("courseId"), Optional.of(r.courseId()));
      pseudonym(v, at.field("youngPersonId"), Optional.of(r.youngPersonId()));
      pseudonym(v, at.field("coordinatorId"), r.coordinatorId());
    }
    v.uniqueIdsOf("records", records, CohortRecord::courseId, "courseId");
    v.throwIfAny("PseudonymisedCohort");
  }

  private static void pseudonym(Violations v, PropertyPath path, Optional<String> value) {
    if (value.isPresent() && !Pseudonymiser.isPseudonym(value.get())) {
      v.add(path, StructuralCode.INVALID_FORMAT, "a pseudonym made by the Pseudonymiser (32 hex digits with its check)");
    }
  }

  /** The extract of a cohort: its id, and the pseudonymised records of its courses started on or before asOf. */
  public static PseudonymisedCohort of(Cohort cohort, Pseudonymiser pseudonymiser, LocalDate asOf) {
    return of(cohort.id(), cohort.courses(), pseudonymiser, asOf);
  }

  /** The extract of courses: the pseudonymised records of those started on or before asOf. */
  public static PseudonymisedCohort of(String id, Collection<Course> courses, Pseudonymiser pseudonymiser,
      LocalDate asOf) {
    return new PseudonymisedCohort(id, asOf, pseudonymiser.records(courses, asOf));
  }
}
