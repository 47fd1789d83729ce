package dk.samarbejdsmodel.json;

import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.course.Course;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kohorte: a list of courses exchanged together — typically an extract for an evaluator — with the metadata
 * that says what the extract is. Course ids are unique within a cohort.
 *
 * <pre>{@code
 * Cohort cohort = new Cohort("2025-Q3", LocalDate.of(2025, 10, 1), Optional.of("Aarhus, aftercare"), courses);
 * byte[] json = SamJson.defaults().writer().write(DocumentKind.COHORT, cohort);
 * }</pre>
 *
 * @param id the cohort's id (an extract id, not personal data)
 * @param extractedAt the date the extract was made
 * @param description a free-text description of the extract
 * @param courses the courses, each a whole course aggregate
 */
public record Cohort(String id, LocalDate extractedAt, Optional<String> description, List<Course> courses) {

  /** Creates a cohort; checks the id and that course ids are unique (structural violations list every one). */
  public Cohort {
    Objects.requireNonNull(extractedAt, "extractedAt");
    Objects.requireNonNull(description, "description");
    courses = List.copyOf(courses);
    Violations v = new Violations();
    v.id("id", id);
    v.notBlank("description", description);
    v.uniqueIds("courses", courses, Course::id);
    v.throwIfAny("Cohort");
  }

  /**
   * How many recorded events of the courses are dated after {@link #extractedAt()} — meetings, checklists,
   * instrument responses, status registrations, form revisions, course starts and ends. An extract cannot hold
   * events after it was made, so a count above zero means a wrong {@code extractedAt}: cohort records and reports
   * built as of {@code extractedAt} leave those events out. The evaluator's report prints this count instead of
   * dropping them silently.
   */
  public long eventsAfterExtraction() {
    long n = 0;
    for (Course c : courses) {
      n += c.startDate().isAfter(extractedAt) ? 1 : 0;
      n += c.end().filter(e -> e.date().isAfter(extractedAt)).isPresent() ? 1 : 0;
      n += c.meetings().stream().filter(m -> m.date().isAfter(extractedAt)).count();
      n += c.checklists().stream().filter(m -> m.date().isAfter(extractedAt)).count();
      n += c.responses().stream().filter(m -> m.date().isAfter(extractedAt)).count();
      n += c.statusRegistrations().stream().filter(m -> m.date().isAfter(extractedAt)).count();
      n += c.formRevisions().stream().filter(m -> m.updatedAt().isAfter(extractedAt)).count();
    }
    return n;
  }

  /**
   * The id, the extraction date and the number of courses; the free-text description is printed as
   * {@code ***} (free text may hold anything) and the courses are not listed.
   */
  @Override
  public String toString() {
    return "Cohort[id=" + id + ", extractedAt=" + extractedAt + ", description="
        + (description.isPresent() ? "***" : "none") + ", courses=" + courses.size() + "]";
  }
}
