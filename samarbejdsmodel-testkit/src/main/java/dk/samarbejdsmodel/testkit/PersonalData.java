package dk.samarbejdsmodel.testkit;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.ContactDetails;
import dk.samarbejdsmodel.core.people.Cpr;
import dk.samarbejdsmodel.core.people.PersonName;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Persondata i et forløb: every personal-data string a course holds — CPR numbers (with and without hyphen),
 * names and contact details — so a test can assert that none of them appears in some output.
 *
 * <pre>{@code
 * Set<String> secrets = PersonalData.of(course);
 * PersonalData.assertNoneIn(course.toString(), secrets);
 * }</pre>
 */
public final class PersonalData {

  private PersonalData() {}

  /** The personal-data strings of a course. */
  public static Set<String> of(Course course) {
    Set<String> s = new LinkedHashSet<>();
    course.youngPerson().cpr().ifPresent(c -> addCpr(s, c));
    addName(s, course.youngPerson().name());
    addContact(s, course.youngPerson().contact());
    course.professionals().forEach(p -> {
      addName(s, p.name());
      addContact(s, p.contact());
    });
    course.privatePersons().forEach(p -> {
      addName(s, p.name());
      addContact(s, p.contact());
    });
    return s;
  }

  /** The personal-data strings of many courses. */
  public static Set<String> of(Collection<Course> courses) {
    Set<String> s = new LinkedHashSet<>();
    courses.forEach(c -> s.addAll(of(c)));
    return s;
  }

  private static void addCpr(Set<String> s, Cpr cpr) {
    s.add(cpr.value());
    s.add(cpr.value().substring(0, 6) + "-" + cpr.value().substring(6));
  }

  private static void addName(Set<String> s, Optional<PersonName> name) {
    name.ifPresent(n -> {
      s.add(n.givenName());
      s.add(n.familyName());
      s.add(n.fullName());
    });
  }

  private static void addContact(Set<String> s, Optional<ContactDetails> contact) {
    contact.ifPresent(c -> {
      c.phone().ifPresent(s::add);
      c.email().ifPresent(s::add);
      c.address().ifPresent(s::add);
    });
  }

  /** The first secret found in the text, if any. */
  public static Optional<String> findIn(String text, Set<String> secrets) {
    if (text == null) {
      return Optional.empty();
    }
    return secrets.stream().filter(text::contains).findFirst();
  }

  /**
   * Fails when the text contains any secret. The failure message names the kind of leak, never the secret.
   *
   * @throws AssertionError if a secret appears
   */
  public static void assertNoneIn(String text, Set<String> secrets) {
    if (findIn(text, secrets).isPresent()) {
      throw new AssertionError("personal data leaked into: "
          + (text.length() > 80 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : "an output"));
    }
  }
}
