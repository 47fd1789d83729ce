package dk.aarhus.ungeijob;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.LabelProvider;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentProvider;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin: one class that provides the programme, the instrument, the rule and the labels; registered in
 * {@code META-INF/services} under each provider interface.
 */
public final class UngeIJobPlugin implements ProgrammeProvider, InstrumentProvider, RuleProvider, LabelProvider {

  /** Danish and English labels of the plugin's codes, keyed {@code Type.code}. */
  private static final Map<String, String[]> LABELS = Map.of(
      "LifeArea." + UngeIJob.LEISURE.code(), new String[] {"Fritid", "Leisure"},
      "TargetGroup." + UngeIJob.JOB_READY.code(), new String[] {"Jobparat", "Ready for work"},
      "ParticipantRole." + UngeIJob.MENTOR.code(), new String[] {"Frivillig mentor", "Volunteer mentor"},
      "DueItemKind." + UngeIJob.JOB_CONSULTANT_DUE.code(), new String[] {"Jobkonsulent i teamet",
          "Job-centre consultant on the team"},
      "ConsentPolicy." + YoungPersonFrom15.CODE, new String[] {"Den unge fra 15 år", "The young person from 15"});

  @Override
  public List<Programme> programmes() {
    return List.of(UngeIJob.PROGRAMME);
  }

  @Override
  public List<Instrument> instruments() {
    return List.of(UngeIJob.JOB_CHECK);
  }

  @Override
  public List<Rule> rules() {
    return List.of(UngeIJob.CONSULTANT_RULE);
  }

  @Override
  public Optional<String> label(String type, String code, Locale locale) {
    String[] both = LABELS.get(type + "." + code);
    return both == null ? Optional.empty() : Optional.of(Labels.isDanish(locale) ? both[0] : both[1]);
  }
}
