package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.tools.Consent;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The consent decision for every category relevant to one recipient, course and date. */
final class Permissions {

  private final Course course;
  private final Recipient recipient;
  private final LocalDate date;
  private final Map<InformationCategory, ConsentDecision> decisions;

  private Permissions(Course course, Recipient recipient, LocalDate date) {
    this.course = course;
    this.recipient = recipient;
    this.date = date;
    Set<InformationCategory> categories = new LinkedHashSet<>(InformationCategory.builtIns());
    for (Consent c : course.consents()) {
      categories.addAll(c.categories());
    }
    Map<InformationCategory, ConsentDecision> m = new LinkedHashMap<>();
    for (InformationCategory category : categories) {
      m.put(category, ConsentEvaluator.evaluate(course, recipient, category, date));
    }
    this.decisions = m;
  }

  static Permissions of(Course course, Recipient recipient, LocalDate date) {
    return new Permissions(course, recipient, date);
  }

  Map<InformationCategory, ConsentDecision> decisions() {
    return decisions;
  }

  ConsentDecision decision(InformationCategory category) {
    ConsentDecision d = decisions.get(category);
    return d != null ? d : ConsentEvaluator.evaluate(course, recipient, category, date);
  }

  boolean permitted(InformationCategory category) {
    return decision(category).permitted();
  }

  /** True when the set is non-empty and every category in it is permitted. */
  boolean allPermitted(Collection<InformationCategory> categories) {
    return !categories.isEmpty() && categories.stream().allMatch(this::permitted);
  }

  /** True when at least one category is permitted. */
  boolean any() {
    return decisions.values().stream().anyMatch(ConsentDecision::permitted);
  }

  /** The reason of the first denied category of a set (in built-in order), or of the first category at all. */
  ConsentReason firstDenial(Collection<InformationCategory> categories) {
    for (InformationCategory c : decisions.keySet()) {
      if (categories.contains(c) && !permitted(c)) {
        return decision(c).reason();
      }
    }
    for (InformationCategory c : categories) {
      if (!permitted(c)) {
        return decision(c).reason();
      }
    }
    return decisions.values().iterator().next().reason();
  }
}
