package dk.samarbejdsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field a codec reads and sets through its {@link ObjectCodec.Binding} is known to that binding: the
 * binding's {@code switch} reaches the accessor (which then fails on the {@code null} value or builder this test
 * hands it) instead of reporting the name unknown. Together with the corpus and the round-trip properties (which
 * read and write every field with real values), this is the check a method reference per getter and setter used to
 * get from the compiler.
 */
class BindingsTest {

  /** The codecs held in static fields of the codec classes, by field name. */
  static Map<String, ObjectCodec<?, ?>> codecs() throws IllegalAccessException {
    Map<String, ObjectCodec<?, ?>> all = new LinkedHashMap<>();
    for (Class<?> c : List.of(ModelCodecs.class, ModelCodecs.Definitions.class, ModelCodecs.Cohorts.class,
        RecordCodecs.class)) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && ObjectCodec.class.isAssignableFrom(f.getType())) {
          f.setAccessible(true);
          all.put(c.getSimpleName() + "." + f.getName(), (ObjectCodec<?, ?>) f.get(null));
        }
      }
    }
    return all;
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void every_bound_field_is_known_to_its_binding() throws IllegalAccessException {
    int fields = 0;
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, ObjectCodec<?, ?>> e : codecs().entrySet()) {
      ObjectCodec.Binding binding = e.getValue().binding();
      for (String name : e.getValue().boundFieldNames()) {
        fields++;
        try {
          binding.get(name, null);
        } catch (ObjectCodec.UnknownFieldException x) {
          unknown.add(e.getKey() + " get " + name);
        } catch (NullPointerException expected) {
          // the switch reached the accessor
        }
        try {
          binding.set(name, null, null);
        } catch (ObjectCodec.UnknownFieldException x) {
          unknown.add(e.getKey() + " set " + name);
        } catch (NullPointerException expected) {
          // the switch reached the setter
        }
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(fields > 200, "the course's types are described through bindings: " + fields);
  }

  @Test
  void a_name_the_binding_does_not_know_is_a_defect_not_a_document_error() {
    ObjectCodec.Binding<dk.samarbejdsmodel.core.people.PersonName, dk.samarbejdsmodel.core.people.PersonName.Builder>
        b = new Bindings.PersonNameBinding();
    assertThrows(ObjectCodec.UnknownFieldException.class, () -> b.get("nickname", null));
    assertThrows(ObjectCodec.UnknownFieldException.class,
        () -> b.set("nickname", dk.samarbejdsmodel.core.people.PersonName.builder(), "x"));
    assertThrows(IllegalStateException.class, () -> ObjectCodec.named("NoBinding", () -> null, x -> null)
        .req("id", Codecs.ID));
  }
}
