package dk.aarhus.ungeijob;

import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.RoleKind;
import dk.samarbejdsmodel.core.programme.CoreElement;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.rules.DueItem;
import dk.samarbejdsmodel.core.rules.DueItemKind;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleDates;
import dk.samarbejdsmodel.core.rules.SimpleRule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Unge i job: Aarhus Kommune's job-focused profile of Samarbejdsmodellen, as data — the worked plugin of
 * docs/plugin-authors.md. Everything is namespaced {@code dk.aarhus:}.
 */
public final class UngeIJob {

  private UngeIJob() {}

  /** A new life area: leisure (fritid). */
  public static final LifeArea LEISURE = LifeArea.of("dk.aarhus:FRITID");

  /** A new target group. */
  public static final TargetGroup JOB_READY = TargetGroup.of("dk.aarhus:JOB_READY");

  /** A role from the young person's private network: a volunteer mentor. */
  public static final ParticipantRole MENTOR = ParticipantRole.of("dk.aarhus:MENTOR", RoleKind.PRIVATE_NETWORK);

  /**
   * Jobtjek: a five-question instrument on 1–5. Four questions are "higher is better"; "worry about the future"
   * is reversed (1 = no worry), so the SDK's outcome functions count a fall as an improvement. The leisure
   * question is the plugin's own life area.
   */
  public static final Instrument JOB_CHECK = Instrument.builder()
      .id("dk.aarhus:JOB_CHECK").version(1).nameDa("Jobtjek").nameEn("Job check")
      .addDimensions(
          dimension("dk.aarhus:MOTIVATION", "Motivation for job", "Motivation for work", Polarity.HIGHER_IS_BETTER),
          dimension("dk.aarhus:ROUTINES", "Faste rutiner", "Daily routines", Polarity.HIGHER_IS_BETTER),
          dimension("dk.aarhus:WORRY", "Bekymring for fremtiden", "Worry about the future", Polarity.LOWER_IS_BETTER),
          dimension("dk.aarhus:NETWORK", "Netværk til job", "Network for work", Polarity.HIGHER_IS_BETTER),
          dimension(LEISURE.code(), "Fritid", "Leisure", Polarity.HIGHER_IS_BETTER))
      .build();

  private static Dimension dimension(String code, String da, String en, Polarity polarity) {
    return Dimension.builder().code(code).labelDa(da).labelEn(en).scaleMin(1).scaleMax(5).polarity(polarity).build();
  }

  /** The due-item kind of the rule below. */
  public static final DueItemKind JOB_CONSULTANT_DUE = DueItemKind.of("dk.aarhus:JOB_CONSULTANT");

  /** How long after the start a job-centre consultant must be on the team. */
  static final int CONSULTANT_MONTHS = 2;

  /**
   * The programme: MENTAL_HEALTH's settings, with its own consent policy, the job check every 3 months next to
   * the dialogue form every 6, no leader group of its own, and R-GOAL-03 (a goal about education or work) as an
   * error rather than a warning — the programme is about work.
   */
  public static final Programme PROGRAMME = Programme.builder().from(Programmes.MENTAL_HEALTH)
      .id("dk.aarhus:UNGE_I_JOB").version(2).source("Aarhus Kommune, praksisbeskrivelse 2026")
      .nameDa("Unge i job").nameEn("Young people into work")
      .targetGroups(List.of(TargetGroup.MENTALLY_VULNERABLE, JOB_READY))
      .minStartAge(15).endBeforeAge(25)
      .elements(EnumSet.complementOf(EnumSet.of(CoreElement.YOUNG_PERSONS_ADULT, CoreElement.LEADER_GROUP)))
      .instruments(List.of(Instruments.DIALOGUE_FORM, JOB_CHECK))
      .putInstrumentCadenceMonth(JOB_CHECK.id(), 3)
      .consentPolicy(new YoungPersonFrom15())
      .putSeverityOverride("R-GOAL-03", Severity.ERROR)
      .build();

  /** The job-centre consultant on the team on a date. */
  static boolean consultantOn(dk.samarbejdsmodel.core.course.Course course, LocalDate date) {
    return course.teamMemberships().stream()
        .anyMatch(t -> t.role().equals(ParticipantRole.JOB_CENTRE_CONSULTANT) && t.covers(date));
  }

  /**
   * R-JOB-01: two months after the start, a job-centre consultant is on the team. It runs only for
   * {@link #PROGRAMME}, belongs to the cross-disciplinary team, and announces its deadline as a due item.
   */
  public static final Rule CONSULTANT_RULE = SimpleRule.builder("dk.aarhus:R-JOB-01", "dk.aarhus:JOB-01")
      .severity(Severity.WARNING).seed("Aarhus Kommune, praksisbeskrivelse 2026")
      .messages("Teamet har ingen jobkonsulent {0} måneder efter start ({1})",
          "The team hasn''t got a job-centre consultant {0} months after the start ({1})")
      .appliesToProgrammes(PROGRAMME.id())
      .requires(CoreElement.CROSS_DISCIPLINARY_TEAM)
      .course((course, date, out) -> {
        LocalDate judged = RuleDates.judgedOn(course, date);
        LocalDate due = course.startDate().plusMonths(CONSULTANT_MONTHS);
        if (judged.isAfter(due) && !consultantOn(course, judged)) {
          out.add("teamMemberships", CONSULTANT_MONTHS, due);
        }
      })
      .dueItems((course, date) -> consultantOn(course, date) ? List.of()
          : List.of(DueItem.of(JOB_CONSULTANT_DUE, "dk.aarhus:R-JOB-01",
              course.startDate().plusMonths(CONSULTANT_MONTHS), "teamMemberships")))
      .build();
}
