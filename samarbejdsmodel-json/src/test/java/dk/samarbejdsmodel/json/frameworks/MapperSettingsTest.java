package dk.samarbejdsmodel.json.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.rules.DueItems;
import dk.samarbejdsmodel.core.rules.Finding;
import dk.samarbejdsmodel.json.DocumentKind;
import dk.samarbejdsmodel.json.SamJson;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mapper settings docs/getting-started.md lists as not applying to SDK types really do not change them: a
 * vendor's mapper with another naming strategy, date timestamps, non-null inclusion and sorted maps writes the same
 * documents and result types as a plain one (FAIL_ON_UNKNOWN_PROPERTIES is tested in ResultTypesRoundTripTest).
 */
class MapperSettingsTest {

  @Test
  void namingDatesInclusionAndOrderingDoNotChangeSdkTypes() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new SamarbejdsmodelModule());
    ObjectMapper vendor = JsonMapper.builder().addModule(new SamarbejdsmodelModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
    Course course = ResultTypesRoundTripTest.course();
    String document = vendor.writeValueAsString(course);
    assertEquals(new String(SamJson.defaults().writer().write(DocumentKind.COURSE, course), StandardCharsets.UTF_8),
        document);
    assertEquals(course, vendor.readValue(document, Course.class));
    List<Finding> findings = dk.samarbejdsmodel.core.catalogue.Catalogue.standard().evaluator()
        .evaluate(course, ResultTypesRoundTripTest.DAY);
    assertEquals(plain.writeValueAsString(findings), vendor.writeValueAsString(findings));
    assertEquals(plain.writeValueAsString(DueItems.of(course, ResultTypesRoundTripTest.DAY)),
        vendor.writeValueAsString(DueItems.of(course, ResultTypesRoundTripTest.DAY)));
  }
}
