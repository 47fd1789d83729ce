package dk.samarbejdsmodel.json.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.impl.UnknownSerializer;
import dk.samarbejdsmodel.json.SamarbejdsmodelModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every result type of core's public API serialises through the module, with no bean introspection. */
class JacksonReachTest {

  static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new SamarbejdsmodelModule());

  @Test
  void everyReturnedTypeHasASerializer() throws Exception {
    List<Class<?>> all = PublicTypes.core();
    Set<Class<?>> returned = PublicTypes.returned(all);
    List<String> failing = new ArrayList<>();
    for (Class<?> c : returned) {
      if (ServiceTypes.skip(c)) {
        continue;
      }
      try {
        JsonSerializer<Object> s = PLAIN.getSerializerProviderInstance().findValueSerializer(c);
        if (s instanceof UnknownSerializer || s instanceof BeanSerializer) {
          failing.add(c.getName() + " (" + s.getClass().getSimpleName() + ")");
        }
      } catch (Exception e) {
        failing.add(c.getName() + " (" + e.getMessage() + ")");
      }
    }
    assertTrue(returned.size() > 50, returned.toString());
    assertEquals(List.of(), failing, "a type returned by core's public API has no serializer in SamarbejdsmodelModule:"
        + " make it an Immutables value or a record (PlainValues writes those), or, if it is a service and never"
        + " a result, list it in ServiceTypes");
  }
}
