package dk.samarbejdsmodel.json3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.consent.ConsentDecision;
import dk.samarbejdsmodel.core.consent.ConsentEvaluator;
import dk.samarbejdsmodel.core.consent.FormShare;
import dk.samarbejdsmodel.core.consent.Recipient;
import dk.samarbejdsmodel.core.consent.SharingView;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.core.rules.MeetingSchedule;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.InvalidDocumentException;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module on the format's corpus and on the result types, against the SDK's own reader and writer. */
class Jackson3ModuleTest {

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new SamarbejdsmodelJackson3Module()).build();
  static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new SamarbejdsmodelModule());
  static final Path CORPUS = Path.of("..", "samarbejdsmodel-json", "src", "test", "resources", "corpus", "valid");
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void foundThroughTheServiceFile() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(found.registeredModules().stream().anyMatch(m -> m instanceof SamarbejdsmodelJackson3Module));
  }

  @Test
  void theCorpusRoundTripsByteForByteAsTheSdkWritesIt() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 8, files.toString());
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      DocumentKind<?> kind = SamJson.defaults().reader().read(bytes).kind().orElseThrow();
      check(kind, bytes);
    }
  }

  private <T> void check(DocumentKind<T> kind, byte[] bytes) {
    T sdk = SamJson.defaults().reader().read(bytes, kind).orElseThrow();
    T j3 = MAPPER.readValue(bytes, kind.type());
    assertEquals(sdk, j3, kind.wireName());
    byte[] canonical = SamJson.defaults().writer().write(kind, sdk);
    assertArrayEquals(canonical, MAPPER.writeValueAsBytes(j3), kind.wireName());
  }

  @Test
  void resultTypesWriteAsWithJackson2AndReadBack() throws Exception {
    Course course = LongStream.range(1, 200).mapToObj(RandomCourses::course)
        .filter(c -> !c.formRevisions().isEmpty() && !c.professionals().isEmpty()
            && !dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(c, DAY).isEmpty() && !DueItems.of(c, DAY).isEmpty())
        .findFirst().orElseThrow();
    List<Finding> findings = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator().evaluate(course, DAY);
    List<DueItem> due = DueItems.of(course, DAY);
    Recipient recipient = Recipient.of(course, course.professionals().get(0).id());
    ConsentDecision decision = ConsentEvaluator.evaluate(course, recipient, InformationCategory.EDUCATION, DAY);
    GoalAgreementForm form = course.formRevisions().get(course.formRevisions().size() - 1);
    FormShare share = SharingView.form(course, form, recipient, DAY);
    for (Object value : List.of(findings, due, decision, share, MeetingSchedule.of(course, DAY), course)) {
      assertEquals(JACKSON2.writeValueAsString(value), MAPPER.writeValueAsString(value));
    }
    assertEquals(findings, MAPPER.readValue(MAPPER.writeValueAsString(findings), new TypeReference<List<Finding>>() {}));
    assertEquals(due, MAPPER.readValue(MAPPER.writeValueAsString(due), new TypeReference<List<DueItem>>() {}));
    assertEquals(share, MAPPER.readValue(MAPPER.writeValueAsString(share), FormShare.class));
    assertEquals(course, MAPPER.readValue(MAPPER.writeValueAsString(course), Course.class));
  }

  @Test
  void anInvalidDocumentListsEveryErrorAndUnknownFieldsAreRefusedLoudly() throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("course.json"));
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"startDate\": \"2025-05-01\"", "\"startDate\": \"May\"")
        .replace("\"id\": \"c-1001\",", "\"id\": \"c-1001\", \"colour\": \"blue\",");
    JsonMapper lenientMapper = JsonMapper.builder().addModule(new SamarbejdsmodelJackson3Module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    DatabindException e = assertThrows(DatabindException.class, () -> lenientMapper.readValue(text, Course.class));
    InvalidDocumentException cause = assertInstanceOf(InvalidDocumentException.class, e.getCause());
    assertEquals(2, cause.errors().size(), cause.errors().toString());
    assertTrue(e.getMessage().contains("FAIL_ON_UNKNOWN_PROPERTIES=false does not apply"), e.getMessage());
    assertFalse(e.getMessage().contains("blue"));
    JsonNode tree = MAPPER.readTree(bytes);
    assertEquals(SamJson.defaults().reader().read(bytes, DocumentKind.COURSE).orElseThrow(),
        MAPPER.treeToValue(tree, Course.class));
  }

  @Test
  void theSdksJsonValuesAndMapperSettingsThatDoNotApply() throws Exception {
    dk.samarbejdsmodel.json.tree.JsonValue v =
        dk.samarbejdsmodel.json.tree.JsonValue.parse("{\"a\":[1,\"x\",null,{\"b\":false}],\"n\":1.50}");
    assertEquals(v.toJson(), MAPPER.writeValueAsString(v));
    assertEquals(v, MAPPER.readValue("{\"a\":[1,\"x\",null,{\"b\":false}],\"n\":1.50}",
        dk.samarbejdsmodel.json.tree.JsonObject.class));
    JsonMapper vendor = JsonMapper.builder().addModule(new SamarbejdsmodelJackson3Module())
        .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY))
        .build();
    Course course = RandomCourses.courses(3, 40).stream().filter(c -> !c.formRevisions().isEmpty()).findFirst()
        .orElseThrow();
    assertEquals(MAPPER.writeValueAsString(course), vendor.writeValueAsString(course));
    assertEquals(course, vendor.readValue(vendor.writeValueAsString(course), Course.class));
    List<DueItem> due = DueItems.of(course, DAY);
    assertEquals(MAPPER.writeValueAsString(due), vendor.writeValueAsString(due));
  }
}
