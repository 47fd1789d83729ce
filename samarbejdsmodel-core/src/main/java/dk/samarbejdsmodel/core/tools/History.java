package dk.samarbejdsmodel.core.tools;

import dk.samarbejdsmodel.core.PropertyPath;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violations;
import java.time.LocalDate;
import java.util.List;

/** Statushistorik: checks shared by goals' and agreements' dated status histories. */
final class History {
  private History() {}

  static <S extends Enum<S>> void check(Violations v, String path, List<StatusChange<S>> history) {
    v.notEmpty(path, history);
    for (int i = 1; i < history.size(); i++) {
      LocalDate previous = history.get(i - 1).date();
      if (history.get(i).date().isBefore(previous)) {
        v.add(PropertyPath.of(path).index(i).field("date"), StructuralCode.NOT_INCREASING, previous);
      }
    }
  }

  static <S extends Enum<S>> S statusOn(List<StatusChange<S>> history, LocalDate date) {
    S result = null;
    for (StatusChange<S> c : history) {
      if (!c.date().isAfter(date)) {
        result = c.status();
      }
    }
    return result;
  }
}
