package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.examples.SampleCohortFile;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sample cohort's courses, stored once per service (through the store, as the demo's loader does). */
final class SampleCourses {

  static final LocalDate AS_OF = SampleCohortFile.cohort().extractedAt();
  /** The municipality with the most sample courses. */
  static final String BIGGEST_MUNICIPALITY = SampleCohortFile.cohort().courses().stream()
      .collect(Collectors.groupingBy(c -> c.municipality().code(), Collectors.counting())).entrySet().stream()
      .max(Map.Entry.comparingByValue()).orElseThrow().getKey();

  private static final Map<ServiceUnderTest, List<Course>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private SampleCourses() {}

  /** Stores the sample courses in the service (once) and returns them. */
  static List<Course> load(ServiceUnderTest service) {
    return LOADED.computeIfAbsent(service, s -> {
      List<Course> courses = SampleCohortFile.cohort().courses();
      CourseDocuments documents = s.bean(CourseDocuments.class);
      CourseStore store = s.bean(CourseStore.class);
      SamJson json = SamJson.defaults();
      for (Course c : courses) {
        store.create(c.id(), documents.canonical(json.reader().read(json.writer().write(DocumentKind.COURSE, c),
            DocumentKind.COURSE)), "sample-loader");
      }
      return courses;
    });
  }

  static Map<String, Course> byId(List<Course> courses) {
    return courses.stream().collect(Collectors.toMap(Course::id, Function.identity()));
  }
}
