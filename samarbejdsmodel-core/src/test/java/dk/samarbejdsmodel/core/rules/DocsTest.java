package dk.samarbejdsmodel.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md and docs/schedules.md are generated from the code: this test writes them with
 * {@code -Dregenerate.docs=true} and otherwise fails when they differ from what the code produces.
 */
class DocsTest {

  static final Path DOCS = Path.of("../docs");
  static final String REGENERATE = "mvn -B -ntp -o -pl samarbejdsmodel-core -am test -Dtest=DocsTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate.docs=true";

  /** What triggers each finding, for readers who do not read code. */
  static final Map<String, String> TRIGGERS = new LinkedHashMap<>();

  static {
    TRIGGERS.put("SAM-1011", "an agreement on the latest form revision has no responsible party");
    TRIGGERS.put("SAM-1012", "an agreement on the latest form revision has neither a deadline nor a follow-up date");
    TRIGGERS.put("SAM-1021", "a goal that is active on the date has no agreement serving it");
    TRIGGERS.put("SAM-1031", "no active goal on the latest form has the life area `SCHOOL_EDUCATION_EMPLOYMENT`");
    TRIGGERS.put("SAM-1041", "a goal of a revision is missing from the next revision");
    TRIGGERS.put("SAM-1042", "an agreement of a revision is missing from the next revision");
    TRIGGERS.put("SAM-1051", "an agreement's deadline has passed and its status is neither `DONE` nor `CANCELLED`");
    TRIGGERS.put("SAM-1061", "a *planned* end where the form then holds no active goal or no open agreement with a "
        + "responsible party (unplanned ends are exempt)");
    TRIGGERS.put("SAM-2011", "a consent given before the 18th birthday is not signed by a custody holder although "
        + "the programme's consent policy requires it at that age (the default policy, S2, does; AFTERCARE's does not)");
    TRIGGERS.put("SAM-2012", "a consent given before the 18th birthday is not signed by the young person although "
        + "the programme's consent policy requires it at that age (the default policy, S2, does)");
    TRIGGERS.put("SAM-2021", "from the 18th birthday, a consent signed only by custody holders is in force and "
        + "none signed by the young person is");
    TRIGGERS.put("SAM-2041", "the network card was made before the first consent (or with none)");
    TRIGGERS.put("SAM-2042", "a team member was appointed before the first consent (or with none)");
    TRIGGERS.put("SAM-2043", "a network meeting was held before the first consent (or with none)");
    TRIGGERS.put("SAM-3011", "a network meeting recorded decisions and the young person did not attend");
    TRIGGERS.put("SAM-3021", "no individual meeting attended by the young person lies after the previous network "
        + "meeting and on or before this one");
    TRIGGERS.put("SAM-3031", "a fixed meeting of the schedule is overdue (see schedules.md)");
    TRIGGERS.put("SAM-3032", "a fixed meeting of the schedule was missed, or the course ended without it");
    TRIGGERS.put("SAM-3033", "rolling cadence (HOMELESSNESS): fewer than the minimum fixed meetings in the last "
        + "12 months, from 12 months after the start");
    TRIGGERS.put("SAM-3041", "more than the programme's maximum (AFTERCARE: 3 months) between two network meetings, "
        + "or since the last one");
    TRIGGERS.put("SAM-3051", "a network meeting, and the form revision made at it, leave no next meeting date "
        + "(the last meeting of an ended course is exempt)");
    TRIGGERS.put("SAM-4011", "no coordinator assignment covers the date (or the end date of an ended course)");
    TRIGGERS.put("SAM-4012", "the programme needs authority competence (HOMELESSNESS) and an assigned coordinator "
        + "lacks it");
    TRIGGERS.put("SAM-4021", "the young person was older than the recommended start age (AFTERCARE: 15) at the start");
    TRIGGERS.put("SAM-4022", "the young person was younger than the programme's minimum start age at the start");
    TRIGGERS.put("SAM-4023", "the course is still open on (or ended after) the birthday of the programme's end age");
    TRIGGERS.put("SAM-4031", "the assessment age (AFTERCARE: 23) is reached and no network meeting was held in the "
        + "6 months before it — the SDK's encoding of the team's assessment");
    TRIGGERS.put("SAM-4041", "the course ended with `youngPersonInvolved = false`");
    TRIGGERS.put("SAM-4042", "the course ended with `teamInvolved = false`");
    TRIGGERS.put("SAM-4051", "programmes with a fixed meeting at 17½ (AFTERCARE): from the day after the young "
        + "person turns 17½, while no adult-services caseworker (`CASEWORKER_ADULTS`) has joined the team, if the "
        + "course was open at 17½");
    TRIGGERS.put("SAM-5011", "`SM_ONLY` for a young person in the `HOMELESS` subgroup");
    TRIGGERS.put("SAM-5021", "housing support is recorded but the subgroup is not");
    TRIGGERS.put("SAM-5031", "`SM_WITH_ICM` for a young person in the `AT_RISK` subgroup");
    TRIGGERS.put("SAM-5041", "CTI or ICM starts before the course");
    TRIGGERS.put("SAM-5042", "the course has ended while CTI or ICM has no end or ends later");
    TRIGGERS.put("SAM-5051", "CTI starts before housing is allocated, or no allocation date is recorded");
    TRIGGERS.put("SAM-5052", "CTI ends later than 9 months after its start, or is still running after that");
    TRIGGERS.put("SAM-5053", "CTI phases are not transition, try-out, transfer of care in that order, each starting "
        + "after the previous one ended (and the first not before CTI starts)");
    TRIGGERS.put("SAM-5061", "caseload: more than 10 young people with a CTI running on the date share a worker "
        + "(one finding per course)");
    TRIGGERS.put("SAM-5071", "caseload: more than 8 young people with an ICM running on the date share a worker");
    TRIGGERS.put("SAM-5072", "ICM starts before the visitation");
    TRIGGERS.put("SAM-5081", "CTI or ICM has ended (by the date) and no follow-on decision is recorded");
    TRIGGERS.put("SAM-5091", "the CTI or ICM worker is (or was) the course's coordinator");
    TRIGGERS.put("SAM-6011", "leader group in operation: more than 6 months between meetings, or since the last one "
        + "(the shortest `leaderGroupMaxMonthsBetweenMeetings` of the programmes it oversees, 6 when it names none)");
    TRIGGERS.put("SAM-6021", "the leader group has no member from children and youth, employment, the youth effort "
        + "(UU, today KUI) or adult services; or, when it oversees `MENTAL_HEALTH`, from regional psychiatry");
    TRIGGERS.put("SAM-7011", "a status registration or meeting checklist dated after a code's last day uses that "
        + "code (`PRODUCTION_SCHOOL` after 31 July 2019, `REHABILITATION` after 30 June 2026; docs/domain.md §7)");
    TRIGGERS.put("SAM-8011", "an instrument response records a dimension's own score and answers to its questions, "
        + "and the recorded score lies more than one point from the score the questions give (docs/model.md, "
        + "dialogue form)");
    TRIGGERS.put("SAM-0000", "a rule threw an exception (a faulty plugin); reported instead of stopping");
  }

  static String cell(String s) {
    return s.replace("|", "\\|");
  }

  static String rulesMd() {
    StringBuilder b = new StringBuilder();
    b.append("# Rule catalogue (regelkatalog)\n\n");
    b.append("<!-- Generated by DocsTest from the rule catalogue and messages_{da,en}.properties. Do not edit: run\n")
        .append("     ").append(REGENERATE).append(" -->\n\n");
    b.append("""
        The rules of the domain contract ([domain.md](domain.md)) are pure functions of a course and a
        date in `dk.samarbejdsmodel.core.rules`. `Catalogue.standard().evaluator().evaluate(course, date)` returns the
        **findings**; it never throws for a breach. Each finding has:

        - a stable **code** `SAM-nnnn` — the first digit is the area (1 goal form, 2 consent, 3 meetings, 4 course,
          5 housing support, 6 leader group, 7 code lists), the next two the rule number, the last the variant; vendors' rules use
          `namespace:CODE`;
        - a **severity** (`ERROR` a binding rule is broken, `WARNING` the model's recommended practice is not
          followed, `INFO` worth knowing);
        - the **rule ID** of the specification (`R-GOAL-01` …); one rule ID may have several codes;
        - the **path** of the offending element in the course, using the course's property names, e.g.
          `formRevisions[1].agreements[0].responsible` or `meetings[5]`;
        - the **message** in Danish and English, and its **arguments** (ids, dates, numbers, codes — never CPR
          numbers, names or contact details; anything that looks like a CPR number is masked);
        - the **course id** (set by the evaluator).

        A course is judged as it stands on the date: only what is dated on or before the date counts, and once the
        course has ended, the end date is used instead (an ended course's findings no longer change). Rules that
        concern the present — overdue agreements, due meetings, gaps, the coordinator — therefore change with the
        date; every such change is announced by a due item (see `schedules.md`).

        **Programmes** switch rules off (`Programme.disabledRules`, by rule ID for all its codes, or by finding code)
        and change severities (`Programme.severityOverrides`, keyed by code or rule ID; the code wins). A malformed
        entry is refused when the programme is built; an entry that names no rule (`R-MEET-99`) is reported by
        `RuleCatalogue.check(programme)` and by `Catalogue.check(programme)` (which the JSON reader runs on every
        `programme` document), and `Catalogue.build()` refuses it. A programme's **core elements** switch rules too: a rule runs only for a
        programme that uses the element it belongs to (table below), and the rule's due items go with it.
        **Vendors** add rules by implementing `Rule` — most easily with `SimpleRule.builder(id, code)`, which
        checks the namespaced code and both message templates when the rule is built — and registering a
        `RuleProvider` in `META-INF/services/dk.samarbejdsmodel.core.rules.RuleProvider`. A vendor rule may be
        scoped to programmes (`Rule.appliesTo`), belong to core elements (`Rule.elements`) and announce its own due
        items (`Rule.dueItems`, with a namespaced `DueItemKind`). A vendor rule that throws is reported as
        `SAM-0000` (with the rule's code and the exception type only — never its message) and the other rules still
        run. Evaluation is **total**: every `Throwable` a rule throws becomes `SAM-0000` — runtime exceptions,
        `AssertionError`, `StackOverflowError`, `ExceptionInInitializerError` and other `LinkageError`s (a plugin's
        missing class is the plugin's fault), checked exceptions thrown sneakily (an `InterruptedException` also keeps
        the thread's interrupt flag set) — and so does a rule whose own `scope()`, `id()` or `code()` throws. Only the
        JVM's unrecoverable errors are passed on: `OutOfMemoryError` and the other `VirtualMachineError`s except
        `StackOverflowError` (the stack has unwound once it is caught), and `ThreadDeath`. A rule that returns `null`
        has no findings; `null` elements in its list are dropped and reported by a `SAM-0000` of their own ("2 null
        findings"). Every finding's path, messages and arguments pass through the CPR detector (privacy.md §1.7).
        **Caseload** rules (the CTI and ICM caps) run in `evaluateCaseload(courses, date)`, which also returns
        every course's own findings; **leader-group** rules run in `Catalogue.evaluateLeaderGroup(group, date)`,
        which looks up the programmes the group oversees (`LeaderGroup.programmeIds`), or in
        `RuleEvaluator.evaluateLeaderGroup(group, programmes, date)`.

        **Seed** names the source report and page: S0 = Rambøll for Socialstyrelsen, *Ti kommuners foreløbige
        erfaringer og resultater med samarbejdsmodellen* (2017); S2 = Socialstyrelsen, *Guide til implementering af
        Samarbejdsmodellen* (2015); S4 = Socialstyrelsen, *Samarbejdsmodellen og bostøtte til unge i hjemløshed og
        unge i risiko for hjemløshed* (2018); pages as printed (domain.md §0). **Law** names the current section
        where a legal duty stands behind the rule (`Rule.legalBasis()`; barnets lov = LBK nr. 282 af 17/03/2025).
        `R-CONSENT-03` (sharing only within scope and validity) is not a finding: it is checked when information is
        shared, not when a course is evaluated.

        ## Core elements switch rules

        A programme that leaves a core element out of `Programme.elements` runs none of the element's rules and
        lists none of their due items. Rules not named here run whatever the elements (the consent rules are law;
        the course and housing rules follow the programme's own settings).

        | Core element | Rules (rule ID, or a single finding code) |
        |---|---|
        """);
    Map<dk.samarbejdsmodel.core.programme.CoreElement, List<String>> byElement = new java.util.TreeMap<>();
    CoreElementRules.TABLE.forEach((rule, element) ->
        byElement.computeIfAbsent(element, e -> new java.util.ArrayList<>()).add(rule));
    for (dk.samarbejdsmodel.core.programme.CoreElement e : dk.samarbejdsmodel.core.programme.CoreElement.values()) {
      b.append("| `").append(e).append("` | ")
          .append(byElement.getOrDefault(e, List.of()).stream().map(r -> r.startsWith("§") ? "due item " + r : r)
              .reduce((x, y) -> x + ", " + y).orElse("—"))
          .append(" |\n");
    }
    b.append("""

        A leader group serves the programmes it oversees (`LeaderGroup.programmeIds`): `LEADER_GROUP`'s rules run
        for it when at least one of them uses the element and has not switched the rule off, so a group that
        oversees only programmes without `LEADER_GROUP` gets no leader-group findings; a severity override applies
        when all those programmes agree on it. A group that names no programme runs every leader-group rule.
        `YOUNG_PERSONS_ADULT` has no rule of its own: leaving it out marks the start-up step `ADULT_CHOSEN` not
        applicable in the start-up report (`StartUpReport`).

        ## Catalogue

        | Code | Severity | Rule ID | Scope | Seed | Law | Danish message | English message |
        |---|---|---|---|---|---|---|---|
        """);
    List<Rule> rules = new java.util.ArrayList<>(RuleCatalogue.builtIn().rules());
    rules.add(BuiltInRules.RULE_FAILED);
    for (Rule r : rules) {
      b.append("| ").append(r.code()).append(" | ").append(r.defaultSeverity()).append(" | ").append(r.id())
          .append(" | ").append(r.scope()).append(" | ").append(cell(r.seed())).append(" | ")
          .append(r.legalBasis().isEmpty() ? "—" : cell(r.legalBasis())).append(" | ")
          .append(cell(r.messageTemplate(Labels.DANISH))).append(" | ").append(cell(r.messageTemplate(Labels.ENGLISH)))
          .append(" |\n");
    }
    b.append("\n## What triggers each finding\n\n| Code | Rule ID | Reported when |\n|---|---|---|\n");
    for (Rule r : rules) {
      b.append("| ").append(r.code()).append(" | ").append(r.id()).append(" | ").append(cell(TRIGGERS.get(r.code())))
          .append(" |\n");
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ schedules.md

  static String scheduleTable(Course c, LocalDate d) {
    StringBuilder b = new StringBuilder();
    b.append("| Meeting | Due | Counts from | Overdue from | Missed from | Status on ").append(d)
        .append(" | Held by |\n|---|---|---|---|---|---|---|\n");
    for (DueMeeting m : MeetingSchedule.of(c, d).dueMeetings()) {
      b.append("| ").append(m.label()).append(" | ").append(m.dueDate()).append(" | ").append(m.windowStart())
          .append(" | ").append(m.overdueFrom()).append(" | ").append(m.missedFrom()).append(" | ")
          .append(m.status()).append(" | ")
          .append(m.heldMeetingId().map(id -> id + " (" + m.heldOn().get() + ")").orElse("—")).append(" |\n");
    }
    return b.toString();
  }

  static String dueTable(Course c, LocalDate d) {
    StringBuilder b = new StringBuilder("| Due | What | Rule | Concerns |\n|---|---|---|---|\n");
    for (DueItem i : DueItems.of(c, d)) {
      b.append("| ").append(i.dueDate()).append(" | ").append(i.kind()).append(" (")
          .append(i.kind().label(Labels.ENGLISH)).append(") | ").append(i.ruleId()).append(" | `")
          .append(i.path()).append("`").append(i.args().isEmpty() ? "" : " " + String.join(", ", i.args()))
          .append(" |\n");
    }
    return b.toString();
  }

  static String meetingsLine(Course c) {
    return c.networkMeetings().stream().map(m -> m.id() + " " + m.date()).reduce((a, x) -> a + ", " + x).orElse("");
  }

  static Course mentalHealthExample() {
    return Fixtures.aftercare(b -> b.id("c-mental-health").programme(Programmes.MENTAL_HEALTH)
        .youngPerson(YoungPerson.builder().id("yp").birthDate(LocalDate.of(2009, 1, 20)).build()));
  }

  static String schedulesMd() {
    LocalDate d = Fixtures.D;
    Course after = Fixtures.aftercare();
    Course mh = mentalHealthExample();
    Course home = Fixtures.homelessness();
    StringBuilder b = new StringBuilder();
    b.append("# Fixed-meeting schedules and due items (mødeplan og frister)\n\n");
    b.append("<!-- Generated by DocsTest; the worked examples are computed by the SDK. Do not edit: run\n")
        .append("     ").append(REGENERATE).append(" -->\n\n");
    b.append("""
        Every programme requires fixed network meetings with the young person present (core element 3, rule
        R-MEET-03). `MeetingSchedule.of(course, date)` lists them as **due meetings**, each *held*, *due*,
        *overdue* or *missed* on the date; `DueItems.of(course, date)` lists everything that must happen next, and
        by when. Both are pure functions of the course and the date; neither changes the course.

        ## How due meetings are made

        | Programme | Cadence (`MeetingCadence`) | Due meetings |
        |---|---|---|
        | `AFTERCARE` (S0) | `AgeMilestones` 16, 17½, 18½ | one on the day the young person reaches each age |
        | `MENTAL_HEALTH` (S2) | `PerYearUntilAge` 4 a year until 18, plus 18½ | one every 3 months from the start while before the 18th birthday, then one at 18½ |
        | `HOMELESSNESS` (S4) | `RollingWindow` at least 3 per 12 months | one every 4 months from the start, scheduled up to 12 months ahead of the date; and a rolling check (below) |

        - **Ages** use the birth date (`Ages.dateAtAge`): 18½ is 18 years and 6 months. Someone born on
          **29 February** reaches whole years on 1 March in years without a 29 February (18 on 1 March 2026 for a
          birth on 29 February 2008), while half years count months and land on the 29th (17½ on 29 August 2025).
        - **No retroactive meetings**: a due date before the course's start is not scheduled, so a young person who
          starts at 16¼ has no "16" meeting and nothing is missed for it.
        - Nothing is scheduled on or after the programme's end age (`endBeforeAge`) or after the course's end.

        ## Held, due, overdue, missed

        Each programme's cadence carries a `Tolerance` (programme configuration). The built-ins use
        `Tolerance.standard()`: a meeting up to **2 months early** counts; an unheld meeting is **overdue 1 month**
        after its due date and **missed 3 months** after it.

        **The meeting at 17½ is a legal deadline.** The municipality must decide on ungestøtte at the latest 6 months
        before a placement ends at 18 (barnets lov § 111, stk. 1), after revising the ungeplan with the young person
        (§ 111, stk. 2); the fixed meeting at 17½ is where the team prepares that decision. It therefore counts only
        when held **on or before** the day the young person turns 17½: the late tolerance does not apply, and from
        the next day an unheld meeting is missed (`MeetingSchedule.LEGAL_DEADLINE_AGE`). The early tolerance still
        does.

        **Due items from the law** (docs/domain.md §5): `YOUTH_PLAN`, the ungeplan at the latest 3 months after the
        16th birthday (§ 108, stk. 3), shown while the course is open before that date; `CONTINUED_SUPPORT_DECISION`
        at 17½ for placed young people (`TargetGroup.PLACED`, § 111); `ADULT_SERVICES` at 17½ until an
        adult-services caseworker joins the team (R-COURSE-05); `END_DIALOGUE_FORM` on the last day before the
        programme's end age. The SDK does not hold the ungeplan or the decision (they live in the children's case
        system), so those two are reminders that disappear after their date.

        - A **fixed** network meeting (`Meeting.fixed()`, true for every network meeting unless the vendor marks an
          extra meeting otherwise) dated from "counts from" up to the day before "missed from", and on or before the
          date, fulfils a due meeting. Due meetings are filled in date order, each by the earliest meeting not yet
          used: **HELD**.
        - Not held, before "overdue from": **DUE** (this includes meetings still ahead).
        - Not held, from "overdue from": **OVERDUE** — finding `SAM-3031` (warning).
        - Not held, from "missed from", or the course has **ended** without it: **MISSED** — finding `SAM-3032`
          (error). An ended course is judged on its end date, so nothing after the end is ever due.
        - **Extra meetings** — fixed meetings that fulfil no due meeting — are listed in `extraMeetingIds()`; they
          never fulfil a later milestone early unless they lie in its window.
        - **Fixed-meeting completion (O-11)**: `heldCount()` / `expectedCount()`, where expected counts the due
          meetings held, overdue or missed, and those due whose due date has passed. The outcome measure
          (`Measures.fixedMeetingCompletion()`) reads exactly these two counts from this schedule, so O-11 and the
          R-MEET-03 findings cannot disagree; a property test checks that O-11 over a cohort equals the sum of the
          per-course schedules.

        **One expansion.** `MeetingCadence.expand(birthDate, start, horizon)` is the one place a cadence becomes
        due dates; the schedule then keeps those on or after the start, before the programme's end age and not
        after the course's end. Until issue 15 the outcome measure expanded the cadence a second way (a milestone
        counted only once its late tolerance had closed; held only up to the late tolerance; a rolling cadence
        counted whole windows from the start). On the bundled S0 sample (180 AFTERCARE courses as of 2016-01-31)
        19 courses differed: due/held was 125/23 and is now 126/28. Meetings held between one and three months
        after a milestone now count as held (as R-MEET-03 always counted them), a milestone held early counts
        at once, and an unheld milestone counts as due from its due date rather than once its late tolerance
        has closed. On the S4 sample (100 HOMELESSNESS courses
        as of 2019-12-31, which record no fixed meetings) due went from 147 to 246: every four-monthly due date
        that has passed now counts, not only the meetings of complete twelve-month windows.

        **Gaps (R-MEET-04).** Where the programme sets `maxMonthsBetweenNetworkMeetings` (AFTERCARE: 3), every
        stretch of more than that between two network meetings, or since the last one, is a `MeetingGap` and finding
        `SAM-3041`; `gapDeadline()` is the last day the next meeting avoids one.

        **Rolling minimum (HOMELESSNESS).** From 12 months after the start, at least 3 fixed meetings must lie in the
        last 12 months (a meeting counts from its date until the day before the same date a year later).
        `rollingDeadline()` is the first day the meetings held so far no longer reach the minimum; from that day
        `rollingShortfall()` is true and finding `SAM-3033` is reported.

        ## Due items

        | Kind | Rule | Due date | Listed while |
        |---|---|---|---|
        | `FIXED_MEETING` | R-MEET-03 | the due meeting's due date | it is due or overdue |
        | `ROLLING_MINIMUM` | R-MEET-03 | the day before `rollingDeadline()` | a rolling cadence has no shortfall yet |
        | `MEETING_GAP` | R-MEET-04 | last network meeting + the maximum months | the programme sets a maximum |
        | `NEXT_AGREED_MEETING` | R-MEET-05 | the next meeting date agreed at the last network meeting (or on its form) | one was agreed |
        | `YOUNG_PERSONS_CONSENT` | R-CONSENT-02 | the first day (from the 18th birthday) on which consent given only by custody holders is in force and none by the young person is | that day lies ahead |
        | `DIALOGUE` | §4.4 | the start date, then the last dialogue response + the programme's dialogue cadence (AFTERCARE and HOMELESSNESS 3 months, MENTAL_HEALTH 6) | always |
        | `AGREEMENT_DEADLINE` | R-GOAL-05 | each agreement's deadline | it is not `DONE` or `CANCELLED` |
        | `AGREEMENT_FOLLOW_UP` | R-GOAL-01 | each agreement's follow-up date | it is not `DONE` or `CANCELLED` |
        | `ASSESSMENT_BEFORE_AGE` | R-COURSE-03 | the day before the assessment age (AFTERCARE 23) | no network meeting has been held in the 6 months before it |
        | `COURSE_END_BY_AGE` | R-COURSE-02 | the day before the programme's end age | the age lies ahead |
        | `CTI_END` | R-HOUSE-05 | CTI start + 9 months | CTI has no end recorded |
        | `FOLLOW_ON_DECISION` | R-HOUSE-08 | the end of CTI or ICM (CTI start + 9 months if no end is recorded) | no follow-on decision is recorded |
        | `COORDINATOR` | R-COURSE-01 | the day after the current assignment ends | no assignment starts then |

        Items are sorted by due date (then kind and path); a due date before the date means the item is late. A
        course that has ended has no due items. The items announce every finding that time alone can bring: if
        nothing is recorded and the date moves on by less than the earliest due item, no new finding appears
        (a property test checks this on generated courses).

        ## Worked examples

        The three young people below are the SDK's test fixtures; the tables are computed by the SDK on
        """).append(d).append(".\n\n");
    b.append("### AFTERCARE: born 2 April 2010, course from ").append(after.startDate()).append("\n\n")
        .append("Network meetings, each with a pre-meeting and an agreed next date: ").append(meetingsLine(after))
        .append(". The meeting of 9 February 2026 lies within two months before the 16th birthday and holds the ")
        .append("\"16\" meeting; the others are extra meetings that keep the gaps under 3 months.\n\n")
        .append(scheduleTable(after, d)).append("\nDue items on ").append(d).append(":\n\n").append(dueTable(after, d));
    b.append("\n### MENTAL_HEALTH: born 20 January 2009, course from ").append(mh.startDate()).append("\n\n")
        .append("The same meetings (").append(meetingsLine(mh)).append("). Quarterly meetings run until the ")
        .append("18th birthday on 20 January 2027, then one is due at 18½.\n\n")
        .append(scheduleTable(mh, d)).append("\nDue items on ").append(d).append(":\n\n").append(dueTable(mh, d));
    b.append("\n### HOMELESSNESS: born 10 March 2005, course from ").append(home.startDate())
        .append(", CTI from ").append(Fixtures.CTI_START).append(" (ended after 9 months with a follow-on decision)\n\n")
        .append("The same meetings (").append(meetingsLine(home)).append("). A meeting is due every 4 months; ")
        .append("the rolling minimum of 3 in 12 months holds until ")
        .append(MeetingSchedule.of(home, d).rollingDeadline().orElseThrow())
        .append(", the day the meeting of 17 November 2025 drops out of the window.\n\n")
        .append(scheduleTable(home, d)).append("\nDue items on ").append(d).append(":\n\n").append(dueTable(home, d));
    return b.toString();
  }

  static void check(String file, String expected) throws IOException {
    Path p = DOCS.resolve(file);
    if (Boolean.getBoolean("regenerate.docs")) {
      Files.writeString(p, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(p), () -> p + " is missing; run " + REGENERATE);
    assertEquals(expected, Files.readString(p, StandardCharsets.UTF_8),
        () -> "docs/" + file + " differs from the code; run " + REGENERATE);
  }

  @Test
  void every_code_is_explained() {
    Set<String> codes = new TreeSet<>();
    RuleCatalogue.builtIn().rules().forEach(r -> codes.add(r.code()));
    codes.add("SAM-0000");
    assertEquals(codes, new TreeSet<>(TRIGGERS.keySet()));
  }

  @Test
  void rules_md_matches_the_catalogue() throws IOException {
    check("rules.md", rulesMd());
  }

  @Test
  void schedules_md_matches_the_schedules() throws IOException {
    check("schedules.md", schedulesMd());
  }
}
