package dk.samarbejdsmodel.json.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import dk.samarbejdsmodel.testkit.ApiSignatures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No Jackson type in the json module's public API beyond the module itself: every public or protected signature
 * (supertypes, fields, constructors, methods, their generic arguments, bounds and exceptions) of every exported
 * class — everything outside {@code ..internal..} except {@link SamarbejdsmodelModule} — is free of
 * {@code com.fasterxml.jackson}.
 */
class NoJacksonInApiTest {

  @Test
  void theExportedApiMentionsNoJacksonType() throws Exception {
    List<Class<?>> exported = ApiSignatures.exportedClasses(SamarbejdsmodelModule.class, "dk.samarbejdsmodel.json",
        Set.of(SamarbejdsmodelModule.class));
    assertTrue(exported.size() > 20, exported.toString());
    assertEquals(List.of(), ApiSignatures.mentions(exported, "com.fasterxml.jackson."),
        "a public signature of the json module exposes Jackson 2; use the SDK's JsonValue types, or put the "
            + "Jackson convenience on SamarbejdsmodelModule or in an internal package");
  }

  @Test
  void theWalkFindsJacksonWhereItIs() throws Exception {
    List<String> found = ApiSignatures.mentions(List.of(SamarbejdsmodelModule.class), "com.fasterxml.jackson.");
    assertTrue(found.stream().anyMatch(s -> s.contains("SimpleModule")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.contains("read(") && s.contains("JsonNode")), found.toString());
  }
}
