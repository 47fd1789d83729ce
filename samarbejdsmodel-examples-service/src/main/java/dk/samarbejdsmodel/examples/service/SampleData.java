package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.examples.SampleCohortFile;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.SamJson;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prøvedata — with {@code sam.sample-data=true}, an empty database gets the bundled sample cohort's courses (180
 * synthetic young people in ten municipalities) and the vendor example's course at start-up, written by the actor
 * {@code sample-loader} through the same store as any request.
 */
@Component
public class SampleData {

  private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

  private final ServiceProperties properties;
  private final CourseStore store;
  private final CourseDocuments documents;
  private final SamJson json;

  SampleData(ServiceProperties properties, CourseStore store, CourseDocuments documents, SamJson json) {
    this.properties = properties;
    this.store = store;
    this.documents = documents;
    this.json = json;
  }

  /** Loads the sample when asked to and the store is empty. */
  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    if (!properties.sampleData()) {
      return;
    }
    if (!store.isEmpty()) {
      LOG.info("sample data: the database holds courses already; nothing loaded");
      return;
    }
    List<Course> courses = new ArrayList<>(SampleCohortFile.cohort().courses());
    courses.add(DemoCourses.vendorCourse());
    for (Course c : courses) {
      byte[] bytes = json.writer().write(DocumentKind.COURSE, c);
      ReadResult<Course> read = json.reader().read(bytes, DocumentKind.COURSE);
      store.create(c.id(), documents.canonical(read), "sample-loader");
    }
    LOG.info("sample data: loaded {} courses (the sample cohort and {})", courses.size(),
        DemoCourses.vendorCourse().id());
  }
}
