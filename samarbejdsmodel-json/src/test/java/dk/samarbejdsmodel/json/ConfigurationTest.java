package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.RandomCourses;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Extra programmes for plugin courses, export views, and one shared instance used from many threads. */
class ConfigurationTest {

  @Test
  void a_course_in_a_plugin_programme_needs_the_programme_configured() {
    Programme own = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.test:OWN").build();
    Course course = RandomCourses.course(11L, own);
    byte[] bytes = SamJson.defaults().writer().write(DocumentKind.COURSE, course);
    ReadResult<Course> unknown = SamJson.defaults().reader().read(bytes, DocumentKind.COURSE);
    assertEquals(List.of("/programme UNKNOWN_PROGRAMME"),
        unknown.errors().stream().map(e -> e.pointer() + " " + e.code()).toList());
    SamJson withOwn = SamJson.builder().addProgramme(own).build();
    assertEquals(course, withOwn.reader().read(bytes, DocumentKind.COURSE).orElseThrow());
  }

  @Test
  void the_full_view_is_the_default_and_a_view_sees_a_private_copy() {
    Course course = RandomCourses.course(5L);
    DocumentWriter w = SamJson.defaults().writer();
    assertEquals(ExportView.FULL, w.view());
    ExportView withoutYoungPerson = new ExportView() {
      @Override
      public String name() {
        return "TEST";
      }

      @Override
      public dk.samarbejdsmodel.json.tree.JsonObject apply(DocumentKind<?> kind,
          dk.samarbejdsmodel.json.tree.JsonObject document) {
        return document.without("youngPerson");
      }
    };
    String viewed = w.withView(withoutYoungPerson).writeString(DocumentKind.COURSE, course);
    assertTrue(!viewed.contains("\"youngPerson\""));
    assertTrue(w.writeString(DocumentKind.COURSE, course).contains("\"youngPerson\""));
  }

  @Test
  void one_instance_serves_many_threads() {
    SamJson json = SamJson.defaults();
    List<Course> courses = RandomCourses.courses(99L, 16);
    List<byte[]> expected = courses.stream().map(c -> json.writer().write(DocumentKind.COURSE, c)).toList();
    IntStream.range(0, 64).parallel().forEach(i -> {
      int n = i % courses.size();
      byte[] bytes = json.writer().write(DocumentKind.COURSE, courses.get(n));
      assertArrayEquals(expected.get(n), bytes);
      assertEquals(courses.get(n), json.reader().read(bytes, DocumentKind.COURSE).orElseThrow());
    });
  }
}
