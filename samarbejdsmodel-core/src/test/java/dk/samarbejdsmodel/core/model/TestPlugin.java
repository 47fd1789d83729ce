package dk.samarbejdsmodel.core.model;

import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.LabelProvider;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentProvider;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.programme.Programmes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test plugin: a programme, an instrument and labels. Its service files lie in {@code plugins/stu/} of the
 * test resources, not at the root, so only a catalogue of {@link #childLoader()} discovers it.
 */
public final class TestPlugin implements ProgrammeProvider, InstrumentProvider, LabelProvider {

  /** The plugin's instrument: the dialogue form plus one extra life area. */
  public static final Instrument STU_FORM = Instrument.builder().from(Instruments.DIALOGUE_FORM)
      .id("dk.test:STU_FORM").nameDa("STU-dialogskema").nameEn("STU dialogue form")
      .addDimensions(Dimension.builder().code("dk.test:LEISURE").labelDa("Fritid").labelEn("Leisure")
          .scaleMin(1).scaleMax(5).build())
      .build();

  /** The plugin's programme. */
  public static final Programme STU = Programme.builder().from(Programmes.MENTAL_HEALTH).id("dk.test:STU")
      .nameDa("Samarbejdsmodellen for STU-elever").nameEn("Samarbejdsmodellen for STU students")
      .minStartAge(16).endBeforeAge(26).instruments(List.of(STU_FORM)).build();

  /** A child class loader whose {@code META-INF/services} name this plugin and {@code TestRules}. */
  public static ClassLoader childLoader() {
    return new java.net.URLClassLoader(new java.net.URL[] {TestPlugin.class.getResource("/plugins/stu/")},
        TestPlugin.class.getClassLoader());
  }

  @Override
  public List<Programme> programmes() {
    return List.of(STU);
  }

  @Override
  public List<Instrument> instruments() {
    return List.of(STU_FORM);
  }

  @Override
  public Optional<String> label(String type, String code, Locale locale) {
    if (type.equals("LifeArea") && code.equals("dk.test:LEISURE")) {
      return Optional.of(Labels.isDanish(locale) ? "Fritid" : "Leisure");
    }
    if (type.equals("Programme") && code.equals("dk.test:STU")) {
      return Optional.of(Labels.isDanish(locale) ? STU.nameDa() : STU.nameEn());
    }
    return Optional.empty();
  }
}
