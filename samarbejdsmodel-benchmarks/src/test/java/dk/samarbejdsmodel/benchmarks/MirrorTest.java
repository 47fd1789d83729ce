package dk.samarbejdsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import org.junit.jupiter.api.Test;

/** The B1/B2 baseline reads and writes exactly the document the SDK writes. */
class MirrorTest {

  @Test
  void the_stored_document_is_what_the_sdk_writes_for_the_realistic_course() {
    assertArrayEquals(CourseDocument.written(), CourseDocument.bytes(),
        "regenerate realistic-course.json as described in CourseDocument's Javadoc");
  }

  @Test
  void the_mirror_classes_round_trip_the_document_byte_for_byte() throws Exception {
    byte[] json = CourseDocument.bytes();
    Mirror.Course m = Mirror.MAPPER.readValue(json, Mirror.Course.class);
    assertEquals(new String(json, "UTF-8"), new String(Mirror.MAPPER.writeValueAsBytes(m), "UTF-8"));
  }

  @Test
  void the_mirror_classes_cover_every_member_of_the_document() throws Exception {
    ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    Mirror.Course m = strict.readValue(CourseDocument.bytes(), Mirror.Course.class);
    JsonNode tree = strict.readTree(CourseDocument.bytes());
    assertEquals(tree, Mirror.MAPPER.valueToTree(m));
    assertEquals(12, m.responses.size());
    assertEquals(4, m.formRevisions.size());
    assertEquals(30, m.formRevisions.get(3).agreements.size());
  }

  @Test
  void the_sdk_reads_the_document_back_into_the_realistic_course() {
    Course c = SamJson.defaults().reader().read(CourseDocument.bytes(), DocumentKind.COURSE).orElseThrow();
    assertEquals(Fixtures.realisticCourse(), c);
  }

  @Test
  void the_streaming_floor_walks_the_whole_document() throws Exception {
    long h = ReadBenchmark.walk(CourseDocument.bytes());
    assertEquals(h, ReadBenchmark.walk(CourseDocument.bytes()));
    assertEquals(true, h > CourseDocument.bytes().length / 2);
  }
}
