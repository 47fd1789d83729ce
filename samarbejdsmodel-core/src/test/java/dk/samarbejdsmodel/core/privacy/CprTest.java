package dk.samarbejdsmodel.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CPR numbers: ten digits, a real date with the CPR office's century rules, no modulus-11, never printed. */
class CprTest {

  @Test
  void parses_with_and_without_hyphen() {
    Cpr a = Cpr.parse("010203-1234");
    Cpr b = Cpr.parse("0102031234");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("0102031234", a.value());
    assertEquals(LocalDate.of(1903, 2, 1), a.birthDate());
    assertNotEquals(a, Cpr.parse("0102031235"));
  }

  @Test
  void the_seventh_digit_and_the_year_give_the_century() {
    record Case(String cpr, int year) {}
    for (Case c : List.of(new Case("0101000000", 1900), new Case("0101993999", 1999), new Case("0101364000", 2036),
        new Case("0101374000", 1937), new Case("0101369000", 2036), new Case("0101379000", 1937),
        new Case("0101575000", 2057), new Case("0101585000", 1858), new Case("0101006000", 2000),
        new Case("0101997000", 1899), new Case("0101578999", 2057), new Case("0101588999", 1858))) {
      assertEquals(c.year(), Cpr.parse(c.cpr()).birthDate().getYear(), c.cpr().substring(6, 7) + "/" + c.year());
    }
  }

  @Test
  void the_date_part_must_be_a_real_date_in_its_century() {
    assertTrue(Cpr.isValid("2902004123"), "29 February 2000 exists");
    assertFalse(Cpr.isValid("2902001234"), "29 February 1900 does not");
    assertFalse(Cpr.isValid("2902011234"));
    assertFalse(Cpr.isValid("3204011234"));
    assertFalse(Cpr.isValid("0013011234"));
    assertFalse(Cpr.isValid("0001011234"));
  }

  @Test
  void the_shape_is_ten_digits_with_an_optional_hyphen_after_six() {
    for (String bad : List.of("", "010203123", "01020312345", "010203-12345", "01020-31234", "0102O31234",
        " 0102031234", "010203 1234", "01-02-03-1234")) {
      assertFalse(Cpr.isValid(bad), bad);
    }
    assertFalse(Cpr.isValid(null));
  }

  @Test
  void there_is_no_modulus_11_check() {
    String cpr = "0102031234";
    int[] weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += weights[i] * (cpr.charAt(i) - '0');
    }
    assertNotEquals(0, sum % 11, "the example fails modulus 11");
    assertTrue(Cpr.isValid(cpr), "and is still a valid CPR number (modulus 11 was dropped in 2007)");
  }

  @Test
  void the_number_never_prints_itself_nor_appears_in_an_error() {
    assertEquals("Cpr[******-****]", Cpr.parse("010203-1234").toString());
    for (String bad : List.of("3102031234", "310203-1234", "01020312345", "abcdefghij")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cpr.parse(bad));
      assertFalse(e.getMessage().contains(bad), e.getMessage());
      assertFalse(e.getMessage().contains(bad.replace("-", "")));
    }
  }

  @Test
  void every_generated_number_round_trips_its_birth_date_and_hides_its_digits() {
    qt().withExamples(1000).forAll(SamGen.from(r -> {
      LocalDate d = LocalDate.of(1858, 1, 1).plusDays(r.nextInt(73000));
      return RandomCourses.cprFor(d, r);
    })).checkAssert(cpr -> {
      assertEquals(cpr, Cpr.parse(cpr.value().substring(0, 6) + "-" + cpr.value().substring(6)));
      assertEquals(cpr.birthDate(), Cpr.parse(cpr.value()).birthDate());
      assertFalse(cpr.toString().contains(cpr.value().substring(0, 6)));
    });
  }
}
