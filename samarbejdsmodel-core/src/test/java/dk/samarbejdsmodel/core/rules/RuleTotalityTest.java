package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Redaction;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.course.Course;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Rule evaluation is total (issue 20, item 6): whatever a vendor rule throws or returns, {@code evaluate} returns
 * findings — a {@code SAM-0000} for the faulty rule, the other rules' findings unchanged — except for the JVM's
 * unrecoverable errors, which are passed on.
 */
class RuleTotalityTest {

  private static final LocalDate D = Fixtures.D;

  /** A vendor rule whose evaluation is the given function. */
  static class Faulty implements Rule {
    private final String code;
    private final BiFunction<Rule, Course, List<Finding>> body;

    Faulty(String code, BiFunction<Rule, Course, List<Finding>> body) {
      this.code = code;
      this.body = body;
    }

    @Override
    public String id() {
      return "dk.test:R-" + code;
    }

    @Override
    public String code() {
      return "dk.test:" + code;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public RuleScope scope() {
      return RuleScope.COURSE;
    }

    @Override
    public String seed() {
      return "test";
    }

    @Override
    public String messageTemplate(Locale locale) {
      return "finding {0}";
    }

    @Override
    public List<Finding> evaluate(Course course, LocalDate date) {
      return body.apply(this, course);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private static List<Finding> evaluate(Rule faulty) {
    Rule good = new Faulty("GOOD", (r, c) -> List.of(Finding.of(r, "", "ok")));
    return RuleEvaluator.of(RuleCatalogue.of(List.of(faulty, good))).evaluate(Fixtures.aftercare(), D);
  }

  private static void assertOneFailure(Rule faulty, String type) {
    List<Finding> found = evaluate(faulty);
    assertEquals(2, found.size(), found::toString);
    Finding f = found.get(0);
    assertEquals("SAM-0000", f.code());
    assertEquals(faulty.id(), f.ruleId());
    assertEquals(List.of(faulty.code(), type), f.args());
    assertEquals("dk.test:GOOD", found.get(1).code(), "the other rule still runs");
  }

  @Test
  void every_throwable_a_rule_throws_becomes_sam_0000() {
    assertOneFailure(new Faulty("ASSERT", (r, c) -> {
      throw new AssertionError("secret 140309-4321");
    }), "AssertionError");
    assertOneFailure(new Faulty("CHECKED", (r, c) -> {
      RuleTotalityTest.<RuntimeException>sneaky(new IOException("disk"));
      return List.of();
    }), "IOException");
    assertOneFailure(new Faulty("INIT", (r, c) -> {
      throw new ExceptionInInitializerError("static init");
    }), "ExceptionInInitializerError");
    assertOneFailure(new Faulty("LINK", (r, c) -> {
      throw new NoClassDefFoundError("com/vendor/Missing");
    }), "NoClassDefFoundError");
    assertOneFailure(new Faulty("DEEP", (r, c) -> {
      throw new StackOverflowError();
    }), "StackOverflowError");
    assertOneFailure(new Faulty("RUNTIME", (r, c) -> {
      throw new IllegalStateException();
    }), "IllegalStateException");
  }

  @Test
  void an_interrupted_rule_becomes_sam_0000_and_keeps_the_interrupt() {
    try {
      assertOneFailure(new Faulty("INTERRUPT", (r, c) -> {
        RuleTotalityTest.<RuntimeException>sneaky(new InterruptedException());
        return List.of();
      }), "InterruptedException");
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void null_findings_are_dropped_and_reported_by_a_sam_0000_of_their_own() {
    List<Finding> found = evaluate(new Faulty("NULLS", (r, c) -> Arrays.asList(null, Finding.of(r, "", "kept"), null)));
    assertEquals(List.of("dk.test:NULLS", "SAM-0000", "dk.test:GOOD"), found.stream().map(Finding::code).toList());
    assertEquals(List.of("dk.test:NULLS", "2 null findings"), found.get(1).args());
    assertEquals(1, evaluate(new Faulty("NULL", (r, c) -> null)).size(), "a null list is no findings");
  }

  @Test
  void a_rule_whose_own_methods_throw_is_still_reported() {
    // the catalogue checks a rule when it is built; the rule breaks afterwards, while the course is evaluated
    java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    Rule broken = new Faulty("BROKEN", (r, c) -> List.of()) {
      @Override
      public RuleScope scope() {
        if (armed.get()) {
          throw new UnsupportedOperationException();
        }
        return RuleScope.COURSE;
      }
    };
    RuleEvaluator evaluator = RuleEvaluator.of(RuleCatalogue.of(List.of(broken)));
    armed.set(true);
    List<Finding> found = evaluator.evaluate(Fixtures.aftercare(), D);
    assertEquals("SAM-0000", found.get(0).code(), found::toString);
    assertEquals(List.of(), evaluator.dueItems(Fixtures.aftercare(), D).stream()
        .filter(i -> i.ruleId().startsWith("dk.test")).toList(), "its due items are left out");
  }

  @Test
  void cpr_numbers_in_a_vendor_finding_are_masked() {
    Rule leaky = new Faulty("LEAK", (r, c) -> List.of(Finding.builder().code(r.code()).severity(Severity.INFO)
        .ruleId(r.id()).path("x[14.03.09-4321]").messageDa("cpr 140309 4321").messageEn("cpr 140309\u20134321")
        .args(List.of("1403094321")).build()));
    Finding f = evaluate(leaky).get(0);
    for (String s : new ArrayList<>(List.of(f.path(), f.messageDa(), f.messageEn(), f.args().get(0)))) {
      assertFalse(Redaction.containsCprLike(s), s);
    }
  }

  @Test
  void the_jvm_s_unrecoverable_errors_are_passed_on() {
    assertThrows(OutOfMemoryError.class, () -> evaluate(new Faulty("OOM", (r, c) -> {
      throw new OutOfMemoryError("simulated");
    })));
    assertThrows(InternalError.class, () -> evaluate(new Faulty("INTERNAL", (r, c) -> {
      throw new InternalError("simulated");
    })));
  }
}
