package dk.samarbejdsmodel.json.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.ReadResult;
import dk.samarbejdsmodel.json.Retained;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import dk.samarbejdsmodel.testkit.RandomCourses;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's own JSON values: exact, immutable, private in toString, and the same bytes as the writer. */
class JsonValueTest {

  private static final String TEXT =
      "{\"a\":\"x\",\"n\":[1,1.50,0.0,1E-400,12345678901234567890123,9223372036854775807],\"b\":true,\"z\":null,"
          + "\"o\":{\"k/~\":{}}}";

  @Test
  void textRoundTripsExactly() {
    JsonValue v = JsonValue.parse(TEXT);
    assertEquals(TEXT, v.toJson());
    JsonObject o = (JsonObject) v;
    assertEquals(List.of("a", "n", "b", "z", "o"), List.copyOf(o.names()));
    JsonArray n = o.array("n").orElseThrow();
    assertEquals(new BigDecimal("1.50"), ((JsonNumber) n.get(1)).value());
    assertEquals(new BigDecimal("1E-400"), ((JsonNumber) n.get(3)).value());
    assertTrue(((JsonNumber) n.get(4)).isIntegral());
    assertNotEquals(JsonValue.parse("1.5"), JsonValue.parse("1.50"), "the scale is part of the number, as in its text");
    assertEquals(JsonValue.parse("{\"a\":1,\"b\":2}"), JsonValue.parse("{\"b\":2,\"a\":1}"), "members in any order");
    assertEquals(JsonValue.NULL, o.get("z").orElseThrow());
    assertEquals(JsonObject.of(), o.at("/o/k~1~0").orElseThrow());
    assertEquals(JsonValue.of(true), o.at("/b").orElseThrow());
    assertTrue(o.at("/n/6").isEmpty());
    assertTrue(o.at("/a/x").isEmpty());
  }

  @Test
  void badTextIsRefusedWithoutQuotingIt() {
    for (String bad : new String[] {"", "{", "{\"a\":1,\"a\":2}", "[1] [2]", "{\"cpr\": 0101011234x}"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonValue.parse(bad), bad);
      assertFalse(String.valueOf(e.getMessage()).contains("0101011234"), e.getMessage());
    }
  }

  @Test
  void editingReturnsNewValues() {
    JsonObject o = JsonObject.builder().put("schemaVersion", "0.8").put("programmeId", "AFTERCARE").put("n", 2)
        .put("x", new BigDecimal("2.0")).put("ok", false).build();
    JsonObject moved = o.with("schemaVersion", "0.9").renamed("programmeId", "programme").without("x");
    assertEquals("{\"schemaVersion\":\"0.9\",\"programme\":\"AFTERCARE\",\"n\":2,\"ok\":false}", moved.toJson());
    assertEquals("0.8", o.string("schemaVersion").orElseThrow(), "the original is unchanged");
    assertThrows(IllegalArgumentException.class, () -> o.renamed("n", "ok"));
    assertThrows(UnsupportedOperationException.class, () -> o.members().put("y", JsonValue.NULL));
    JsonArray a = JsonArray.of(JsonValue.of("a"), JsonValue.of(2));
    assertEquals("[\"z\",2,null]", a.plus(JsonValue.NULL).with(0, JsonValue.of("z")).toJson());
    assertEquals("[\"a\",2]", a.toJson());
    assertEquals("{\"a\":1,\"b\":3,\"c\":4}", JsonValue.parse("{\"a\":1,\"b\":2}") instanceof JsonObject p
        ? p.withAll((JsonObject) JsonValue.parse("{\"b\":3,\"c\":4}")).toJson() : "");
  }

  @Test
  void toStringNeverShowsStringsOrNumbers() {
    JsonObject o = (JsonObject) JsonValue.parse("{\"dk.vendor.x:cpr\":\"0101011234\",\"n\":[101011234],\"s\":\"Anna\"}");
    for (JsonValue v : List.of(o, o.get("dk.vendor.x:cpr").orElseThrow(), o.get("n").orElseThrow(),
        ((JsonArray) o.get("n").orElseThrow()).get(0), o.get("s").orElseThrow())) {
      assertFalse(v.toString().contains("0101011234") || v.toString().contains("101011234")
          || v.toString().contains("Anna"), v.toString());
    }
  }

  @Test
  void theTreeOfADocumentIsItsCanonicalTextAndReadsBack() {
    SamJson json = SamJson.defaults();
    for (Course course : RandomCourses.courses(3, 20)) {
      Retained retained = Retained.empty()
          .withExtension("", "dk.vendor.dubu:caseId", JsonValue.of("K-" + course.id()))
          .withExtension("", "dk.vendor.dubu:weight", JsonValue.parse("1.50"));
      JsonObject tree = json.writer().toTree(DocumentKind.COURSE, course, retained);
      byte[] bytes = json.writer().write(DocumentKind.COURSE, course, retained);
      assertEquals(new String(bytes, StandardCharsets.UTF_8), tree.toJson());
      ReadResult<Course> back = json.reader().read(tree, DocumentKind.COURSE);
      assertEquals(course, back.orElseThrow());
      assertEquals(retained, back.retained());
      assertArrayEquals(bytes, json.writer().write(back));
      ReadResult<Course> bad = json.reader().read(tree.without("youngPerson"), DocumentKind.COURSE);
      assertEquals("/youngPerson", bad.errors().get(0).pointer());
    }
  }

  @Test
  void theJacksonModuleIsTheEdge() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SamarbejdsmodelModule());
    JsonValue v = JsonValue.parse(TEXT);
    JsonNode node = SamarbejdsmodelModule.toJackson(v);
    assertEquals(v, SamarbejdsmodelModule.fromJackson(node));
    assertEquals(TEXT, mapper.writeValueAsString(node));
    // the SDK's values serialise through the module as the JSON they hold, inside a vendor's own types too
    assertEquals("{\"ext\":" + TEXT + "}", mapper.writeValueAsString(Map.of("ext", v)));
    assertEquals(JsonValue.parse("{\"a\":[1,\"x\",null,{\"b\":false}]}"),
        mapper.readValue("{\"a\":[1,\"x\",null,{\"b\":false}]}", JsonValue.class));
    assertEquals(JsonValue.parse("{\"n\":1.50}"), mapper.readValue("{\"n\":1.50}", JsonObject.class), "exact");
    assertEquals(JsonValue.of("x"), mapper.readValue("\"x\"", JsonString.class));
    assertThrows(Exception.class, () -> mapper.readValue("\"x\"", JsonObject.class));
    Course course = RandomCourses.course(3L);
    JsonNode doc = mapper.valueToTree(course);
    ReadResult<Course> r = new SamarbejdsmodelModule().read(doc, DocumentKind.COURSE);
    assertEquals(course, r.orElseThrow());
  }

  @Test
  void objectsAreEqualToTheirCopiesAndHashAlike() {
    JsonObject a = JsonObject.of(Map.of("k", JsonValue.of(1)));
    JsonObject b = JsonObject.builder().put("k", 1).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(JsonValue.NULL, JsonValue.parse("null"));
    assertEquals(JsonBoolean.TRUE, JsonValue.of(true));
  }
}
