package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseStateException;
import dk.samarbejdsmodel.testkit.SamGen;
import dk.samarbejdsmodel.core.tools.Agreement;
import dk.samarbejdsmodel.core.tools.Goal;
import dk.samarbejdsmodel.core.tools.GoalAgreementForm;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Form revisions never lose goals or agreements (R-GOAL-04, S0 §3.2): a next revision keeps everything of the
 * one before, revising a course keeps every earlier revision, and whenever a generated course does drop a goal or
 * an agreement between revisions, the rule evaluator reports exactly the dropped ids — no more, no fewer.
 */
class FormRevisionPropertiesTest {

  private static final LocalDate FAR = LocalDate.of(2100, 1, 1);
  private static final RuleEvaluator RULES = RuleEvaluator.of(RuleCatalogue.builtIn());

  /** The ids dropped between consecutive revisions, as "revision index/id". */
  static Set<String> dropped(Course c, boolean goals) {
    Set<String> out = new TreeSet<>();
    for (int i = 1; i < c.formRevisions().size(); i++) {
      GoalAgreementForm prev = c.formRevisions().get(i - 1);
      GoalAgreementForm cur = c.formRevisions().get(i);
      Set<String> kept = goals ? cur.goals().stream().map(Goal::id).collect(Collectors.toSet())
          : cur.agreements().stream().map(Agreement::id).collect(Collectors.toSet());
      for (String id : goals ? prev.goals().stream().map(Goal::id).toList()
          : prev.agreements().stream().map(Agreement::id).toList()) {
        if (!kept.contains(id)) {
          out.add(i + "/" + id);
        }
      }
    }
    return out;
  }

  /** The R-GOAL-04 findings at a far date as code → "revision index/id". */
  static Map<String, Set<String>> reported(Course c) {
    Map<String, Set<String>> out = new TreeMap<>(Map.of("SAM-1041", new TreeSet<>(), "SAM-1042", new TreeSet<>()));
    RULES.evaluate(c, FAR).stream().filter(f -> out.containsKey(f.code()))
        .forEach(f -> out.get(f.code()).add(f.path().replaceAll("\\D+", "") + "/" + f.args().get(0)));
    return out;
  }

  @Test
  void a_dropped_goal_or_agreement_is_always_reported_and_nothing_else_is() {
    AtomicInteger breaches = new AtomicInteger();
    qt().withExamples(1000).forAll(SamGen.courses()).checkAssert(c -> {
      Set<String> goals = dropped(c, true);
      Set<String> agreements = dropped(c, false);
      if (!goals.isEmpty() || !agreements.isEmpty()) {
        breaches.incrementAndGet();
      }
      boolean enabled = RULES.catalogue().rules().stream().filter(r -> r.id().equals("R-GOAL-04"))
          .allMatch(r -> RuleEvaluator.enabled(r, c.programme()));
      Map<String, Set<String>> reported = reported(c);
      assertEquals(enabled ? goals : Set.of(), reported.get("SAM-1041"), "dropped goals");
      assertEquals(enabled ? agreements : Set.of(), reported.get("SAM-1042"), "dropped agreements");
      for (int i = 1; i < c.formRevisions().size(); i++) {
        String prefix = i + "/";
        assertEquals(goals.stream().noneMatch(s -> s.startsWith(prefix))
                && agreements.stream().noneMatch(s -> s.startsWith(prefix)),
            c.formRevisions().get(i).keeps(c.formRevisions().get(i - 1)), "keeps() agrees with the rule");
      }
    });
    assertTrue(breaches.get() > 0, "the generator must produce some breaches for the property to bite");
  }

  @Test
  void the_next_revision_and_a_revised_course_keep_everything_before() {
    AtomicInteger revised = new AtomicInteger();
    qt().withExamples(500).forAll(SamGen.courses()).checkAssert(c -> c.latestForm().ifPresent(last -> {
      GoalAgreementForm next = last.nextRevision(last.updatedAt()).build();
      assertTrue(next.keeps(last));
      assertEquals(last.goals(), next.goals());
      assertEquals(last.agreements(), next.agreements());
      assertEquals(last.revision() + 1, next.revision());
      try {
        Course later = c.reviseForm(next);
        revised.incrementAndGet();
        assertEquals(c.formRevisions(), later.formRevisions().subList(0, c.formRevisions().size()));
        assertEquals(next, later.latestForm().orElseThrow());
        assertTrue(later.formRevisions().get(later.formRevisions().size() - 1)
            .keeps(later.formRevisions().get(later.formRevisions().size() - 2)));
      } catch (CourseStateException ended) {
        assertTrue(c.end().isPresent(), "only an ended course refuses a revision on its latest form's date");
      }
    }));
    assertTrue(revised.get() > 100, "revised " + revised.get());
  }
}
