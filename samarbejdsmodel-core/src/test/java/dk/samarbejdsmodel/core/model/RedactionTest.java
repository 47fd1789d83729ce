package dk.samarbejdsmodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.ContactDetails;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.PersonName;
import dk.samarbejdsmodel.testkit.PersonalData;
import dk.samarbejdsmodel.testkit.SamGen;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No generated object's toString contains a CPR number, name or contact detail — the whole graph, not only the root. */
class RedactionTest {

  /** Every value object reachable from a course through its public no-argument accessors. */
  static List<Object> graph(Object root) {
    List<Object> out = new ArrayList<>();
    walk(root, out, new IdentityHashMap<>());
    return out;
  }

  private static void walk(Object o, List<Object> out, Map<Object, Boolean> seen) {
    if (o == null || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, out, seen));
      return;
    }
    if (o instanceof Collection<?> col) {
      col.forEach(x -> walk(x, out, seen));
      return;
    }
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, out, seen);
        walk(v, out, seen);
      });
      return;
    }
    if (!o.getClass().getName().startsWith("dk.samarbejdsmodel.core") || o.getClass().isEnum()) {
      return;
    }
    out.add(o);
    for (Method m : o.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class && !m.getName().equals("toString")
          && !m.getName().equals("hashCode") && !m.getName().startsWith("with")
          && !m.getName().equals("builder") && !m.getName().equals("value") && !m.getName().equals("fullName")
          && !m.getName().equals("givenName") && !m.getName().equals("familyName")
          && !m.getName().startsWith("phone") && !m.getName().startsWith("email") && !m.getName().startsWith("address")
          && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        try {
          walk(m.invoke(o), out, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // accessors that need arguments or state are not part of the graph
        }
      }
    }
  }

  @Test
  void no_object_in_a_generated_course_prints_personal_data() {
    qt().withExamples(300).forAll(SamGen.courses()).checkAssert(course -> {
      Set<String> secrets = PersonalData.of(course);
      for (Object o : graph(course)) {
        PersonalData.assertNoneIn(o.toString(), secrets);
      }
    });
  }

  @Test
  void the_graph_walk_reaches_the_personal_data_holders() {
    Course course = dk.samarbejdsmodel.testkit.RandomCourses.course(1L);
    List<Object> g = graph(course);
    assertFalse(g.stream().noneMatch(o -> o instanceof PersonName), "names must be visited");
    assertFalse(g.stream().noneMatch(o -> o instanceof Cpr), "CPR numbers must be visited");
    assertFalse(g.stream().noneMatch(o -> o instanceof ContactDetails), "contact details must be visited");
  }

  @Test
  void personal_data_types_print_only_a_mask() {
    assertEquals("Cpr[******-****]", Cpr.parse("010203-1234").toString());
    assertEquals("PersonName[***]", PersonName.of("Sara", "Nielsen").toString());
    assertEquals("ContactDetails[***]", ContactDetails.builder().phone("12345678").build().toString());
  }
}
