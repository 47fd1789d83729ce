package dk.samarbejdsmodel.examples.plugin;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.LabelProvider;
import dk.samarbejdsmodel.core.Severity;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentProvider;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * STU-plugin: how a municipality adds its own programme — Samarbejdsmodellen for STU students (særligt
 * tilrettelagt ungdomsuddannelse) — and one extra life area without changing the SDK.
 *
 * <p>The plugin is three small pieces of data, found by {@link java.util.ServiceLoader} through the files in
 * {@code META-INF/services/}:
 * <ul>
 *   <li>a {@link LifeArea} code in the municipality's own namespace, {@code dk.aarhus:LEISURE} (Fritid);</li>
 *   <li>an {@link Instrument}: the dialogue form's seven life areas plus the new one;</li>
 *   <li>a {@link Programme} derived from {@code MENTAL_HEALTH} with STU ages (16–25) and that instrument,
 *       and rule R-GOAL-03 (a goal on education or employment) lowered to information, since STU is itself
 *       the education;</li>
 *   <li>Danish and English labels for the new codes.</li>
 * </ul>
 */
public final class StuPlugin implements ProgrammeProvider, InstrumentProvider, LabelProvider {

  /** Fritid: the municipality's extra life area. */
  public static final LifeArea LEISURE = LifeArea.of("dk.aarhus:LEISURE");

  /** The dialogue form with the extra life area, as the municipality's own instrument. */
  public static final Instrument STU_DIALOGUE_FORM = Instrument.builder().from(Instruments.DIALOGUE_FORM)
      .id("dk.aarhus:STU_DIALOGUE_FORM")
      .nameDa("Dialogskema for STU-elever").nameEn("Dialogue form for STU students")
      .addDimensions(Dimension.builder().code(LEISURE.code()).labelDa("Fritid").labelEn("Leisure")
          .scaleMin(1).scaleMax(5).build())
      .build();

  /** Samarbejdsmodellen for STU-elever. */
  public static final Programme STU = Programme.builder().from(Programmes.MENTAL_HEALTH)
      .id("dk.aarhus:STU").source("Aarhus Kommune, local profile")
      .nameDa("Samarbejdsmodellen for STU-elever").nameEn("Samarbejdsmodellen for STU students")
      .minStartAge(16).endBeforeAge(26)
      .instruments(List.of(STU_DIALOGUE_FORM))
      .putSeverityOverride("R-GOAL-03", Severity.INFO)
      .build();

  @Override
  public List<Programme> programmes() {
    return List.of(STU);
  }

  @Override
  public List<Instrument> instruments() {
    return List.of(STU_DIALOGUE_FORM);
  }

  @Override
  public Optional<String> label(String type, String code, Locale locale) {
    boolean da = Labels.isDanish(locale);
    if (type.equals("LifeArea") && code.equals(LEISURE.code())) {
      return Optional.of(da ? "Fritid" : "Leisure");
    }
    if (type.equals("Programme") && code.equals(STU.id())) {
      return Optional.of(da ? STU.nameDa() : STU.nameEn());
    }
    return Optional.empty();
  }
}
