package dk.samarbejdsmodel.json3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samarbejdsmodel.testkit.ApiSignatures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No Jackson 3 type in json3's public API beyond the module itself (and no Jackson 2 type at all): every public or
 * protected signature of every exported class but {@link SamarbejdsmodelJackson3Module} is free of
 * {@code tools.jackson} and {@code com.fasterxml.jackson}.
 */
class NoJacksonInApiTest {

  @Test
  void onlyTheModuleMentionsJackson() {
    List<Class<?>> all = ApiSignatures.exportedClasses(SamarbejdsmodelJackson3Module.class, "dk.samarbejdsmodel.json3",
        Set.of());
    List<Class<?>> exported = all.stream().filter(c -> c != SamarbejdsmodelJackson3Module.class).toList();
    assertEquals(List.of(), ApiSignatures.mentions(exported, "tools.jackson."),
        "a public signature of json3 exposes Jackson 3 outside the module class");
    assertEquals(List.of(), ApiSignatures.mentions(all, "com.fasterxml.jackson.databind."),
        "json3 exposes Jackson 2");
    assertFalse(ApiSignatures.mentions(List.of(SamarbejdsmodelJackson3Module.class), "tools.jackson.").isEmpty(),
        "the walk sees the module's own Jackson 3 supertype");
  }
}
