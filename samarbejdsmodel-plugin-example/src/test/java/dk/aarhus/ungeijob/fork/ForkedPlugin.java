package dk.aarhus.ungeijob.fork;

import dk.aarhus.ungeijob.UngeIJob;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleProvider;
import dk.samarbejdsmodel.core.rules.SimpleRule;
import java.util.List;

/**
 * Another tenant's fork of the plugin: the same programme id and the same rule code, with other settings (the
 * consultant after 3 months, not 2; version 1). Loaded alone it works; loaded with the original, the catalogue
 * refuses the conflict and names both sources.
 */
public final class ForkedPlugin implements ProgrammeProvider, RuleProvider {

  /** The forked programme: version 1, R-GOAL-03 left as a warning. */
  public static final Programme PROGRAMME = Programme.builder().from(UngeIJob.PROGRAMME).version(1)
      .severityOverrides(java.util.Map.of()).build();

  /** The forked rule, with the original's code. */
  public static final Rule RULE = SimpleRule.builder("dk.aarhus:R-JOB-01", "dk.aarhus:JOB-01")
      .severity(Severity.INFO).seed("fork")
      .messages("Ingen jobkonsulent efter 3 måneder", "No job-centre consultant after 3 months")
      .appliesToProgrammes(PROGRAMME.id())
      .course((course, date, out) -> {
        if (date.isAfter(course.startDate().plusMonths(3)) && course.teamMemberships().isEmpty()) {
          out.add("teamMemberships");
        }
      })
      .build();

  @Override
  public List<Programme> programmes() {
    return List.of(PROGRAMME);
  }

  @Override
  public List<Rule> rules() {
    return List.of(RULE);
  }
}
