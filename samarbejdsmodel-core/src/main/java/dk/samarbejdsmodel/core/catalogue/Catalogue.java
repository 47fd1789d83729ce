package dk.samarbejdsmodel.core.catalogue;

import dk.samarbejdsmodel.core.LabelProvider;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.OpenCode;
import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.StructuralViolationException;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.core.Violations;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentProvider;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleCatalogue;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.core.rules.RuleProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Katalog: everything a host knows — programmes, instruments, life areas, rules and labels — as one explicit,
 * immutable, thread-safe value. It is handed to whatever needs it (the JSON reader, the rule evaluator, the
 * cohort functions), as {@code java.time} is handed a {@code Clock}; no value type looks one up.
 *
 * <ul>
 *   <li>{@link #builtIn()}: the SDK's own programmes, instruments, rules and labels only;</li>
 *   <li>{@link #standard()}: the built-ins plus every plugin that {@link ServiceLoader} finds on the SDK's class
 *       path (discovered once, on first use, then cached);</li>
 *   <li>{@link #standard(ClassLoader)}: the same for another class loader (a plugin in a child loader);</li>
 *   <li>{@link #builder()}: composed by hand — built-ins plus chosen plugins — so two hosts in one JVM can
 *       serve two municipalities with different plugins side by side.</li>
 * </ul>
 *
 * <pre>{@code
 * Catalogue aarhus = Catalogue.builder().addBuiltIns().addPlugin(new AarhusPlugin()).build();
 * Catalogue odense = Catalogue.builder().addBuiltIns().addPlugin(new OdensePlugin()).build();
 * List<Violation> problems = aarhus.check(course);   // is the programme known, does every response fit
 * List<Finding> findings = aarhus.evaluator().evaluate(course, LocalDate.of(2026, 3, 1));
 * String label = aarhus.label(LifeArea.of("dk.aarhus:LEISURE"), Labels.DANISH); // "Fritid"
 * }</pre>
 */
public final class Catalogue {

  private final List<Programme> programmes;
  private final List<Instrument> instruments;
  private final List<LifeArea> lifeAreas;
  private final RuleCatalogue rules;
  private final List<LabelProvider> labelProviders;
  private final RuleEvaluator evaluator;

  private Catalogue(Builder b) {
    this.programmes = List.copyOf(b.programmes);
    List<Instrument> all = new ArrayList<>(b.instruments);
    Set<String> keys = all.stream().map(Catalogue::key).collect(Collectors.toCollection(HashSet::new));
    // a programme's own instruments are known too
    for (Programme p : programmes) {
      for (Instrument i : p.instruments()) {
        if (keys.add(key(i))) {
          all.add(i);
        }
      }
    }
    this.instruments = List.copyOf(all);
    Set<LifeArea> areas = new LinkedHashSet<>(LifeArea.builtIns());
    areas.addAll(b.lifeAreas);
    for (Instrument i : instruments) {
      if (i.dimensions().stream().anyMatch(d -> LifeArea.builtIns().contains(LifeArea.of(d.code())))) {
        i.dimensions().stream().map(Dimension::code).filter(c -> c.indexOf(':') >= 0).map(LifeArea::of)
            .forEach(areas::add);
      }
    }
    this.lifeAreas = List.copyOf(areas);
    this.rules = RuleCatalogue.of(b.rules);
    this.labelProviders = List.copyOf(b.labelProviders);
    this.evaluator = RuleEvaluator.of(rules);
  }

  private static String key(Instrument i) {
    return i.id() + "#" + i.version();
  }

  private static final class Standard {
    static final Catalogue INSTANCE = builder().addBuiltIns().discover(Catalogue.class.getClassLoader()).build();
  }

  private static final class BuiltIn {
    static final Catalogue INSTANCE = builder().addBuiltIns().build();
  }

  /** The SDK's own programmes, instruments, rules and labels, without any plugin. */
  public static Catalogue builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-ins plus every plugin {@link ServiceLoader} finds through the SDK's own class loader: discovered
   * once, on first use, then the same instance for the life of the class loader.
   */
  public static Catalogue standard() {
    return Standard.INSTANCE;
  }

  /**
   * The built-ins plus every plugin {@link ServiceLoader} finds through a class loader (for example a child
   * loader holding a municipality's plugin). Each call discovers afresh: keep the result.
   */
  public static Catalogue standard(ClassLoader loader) {
    return builder().addBuiltIns().discover(loader).build();
  }

  /** An empty builder; start with {@link Builder#addBuiltIns()} unless you want a catalogue without them. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this catalogue's content, to add more. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.programmes.addAll(programmes);
    b.instruments.addAll(instruments);
    b.lifeAreas.addAll(lifeAreas);
    b.rules.addAll(rules.rules());
    b.labelProviders.addAll(labelProviders);
    return b;
  }

  // ------------------------------------------------------------------ content

  /** The programmes: built-ins first, then plugins', in the order added. */
  public List<Programme> programmes() {
    return programmes;
  }

  /** The programme with an id. */
  public Optional<Programme> programme(String id) {
    for (Programme p : programmes) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The instruments (every version), including those only named by a programme. */
  public List<Instrument> instruments() {
    return instruments;
  }

  /** The instrument with an id and version. */
  public Optional<Instrument> instrument(String id, int version) {
    for (Instrument i : instruments) {
      if (i.id().equals(id) && i.version() == version) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Every version of an instrument id, oldest first. */
  public List<Instrument> versions(String id) {
    return instruments.stream().filter(i -> i.id().equals(id)).sorted(Comparator.comparingInt(Instrument::version))
        .collect(Collectors.toList());
  }

  /**
   * The life areas: the seven built-in ones, those added by hand, and every namespaced dimension of an
   * instrument that extends the dialogue form (an instrument with at least one built-in life area).
   */
  public List<LifeArea> lifeAreas() {
    return lifeAreas;
  }

  /** The rules, in evaluation order. */
  public RuleCatalogue rules() {
    return rules;
  }

  /** The evaluator of this catalogue's rules (the same instance every call). */
  public RuleEvaluator evaluator() {
    return evaluator;
  }

  /** The plugins' label providers, in the order added. */
  public List<LabelProvider> labelProviders() {
    return labelProviders;
  }

  /**
   * The instrument a course's response is pinned to: the course's programme's own, else this catalogue's.
   */
  public Optional<Instrument> instrumentFor(Course course, InstrumentResponse response) {
    Optional<Instrument> own = course.instrumentFor(response);
    return own.isPresent() ? own : instrument(response.instrumentId(), response.instrumentVersion());
  }

  // ------------------------------------------------------------------ labels

  /**
   * The label for {@code type.code}: the SDK's bundles, then this catalogue's programme and instrument names,
   * then the plugins' label providers; empty when nobody knows it.
   */
  public Optional<String> findLabel(String type, String code, Locale locale) {
    Optional<String> builtIn = Labels.find(type, code, locale);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    boolean danish = Labels.isDanish(locale);
    if ("Programme".equals(type)) {
      Optional<Programme> p = programme(code);
      if (p.isPresent()) {
        return Optional.of(danish ? p.get().nameDa() : p.get().nameEn());
      }
    }
    Locale l = danish ? Labels.DANISH : Labels.ENGLISH;
    for (LabelProvider p : labelProviders) {
      Optional<String> found = p.label(type, code, l);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The label for {@code type.code}, or the code itself. */
  public String label(String type, String code, Locale locale) {
    return findLabel(type, code, locale).orElse(code);
  }

  /** The label of an open code (a plugin's life area, say), or its code. */
  public String label(OpenCode code, Locale locale) {
    return label(code.getClass().getSimpleName(), code.code(), locale);
  }

  /** The label of an enum constant, keyed by its type's simple name. */
  public String label(Enum<?> value, Locale locale) {
    return label(value.getDeclaringClass().getSimpleName(), value.name(), locale);
  }

  // ------------------------------------------------------------------ checks

  /**
   * What a course's own {@code build()} cannot know: its programme is one of this catalogue's, and every
   * response fits the instrument version it pins (the programme's own, else this catalogue's). Paths are
   * relative to the course, as in {@link StructuralViolationException}.
   *
   * @return the violations, empty when the course fits this catalogue
   */
  public List<Violation> check(Course course) {
    Violations v = new Violations();
    Optional<Programme> known = programme(course.programme().id());
    if (known.isEmpty()) {
      v.add("programme", StructuralCode.UNKNOWN_REFERENCE, course.programme().id());
    }
    List<InstrumentResponse> responses = course.responses();
    for (int i = 0; i < responses.size(); i++) {
      InstrumentResponse r = responses.get(i);
      if (course.instrumentFor(r).isPresent()) {
        continue; // the course checked it against its programme's instrument
      }
      Optional<Instrument> instrument = instrument(r.instrumentId(), r.instrumentVersion());
      if (instrument.isEmpty()) {
        v.add("responses[" + i + "].instrumentId", StructuralCode.UNKNOWN_REFERENCE,
            r.instrumentId() + " version " + r.instrumentVersion());
      } else {
        v.addAll("responses[" + i + "]", instrument.get().validate(r));
      }
    }
    return v.list();
  }

  /**
   * A standalone response fits the instrument version it pins.
   *
   * @return the violations (paths relative to the response), empty when it fits
   */
  public List<Violation> check(InstrumentResponse response) {
    Optional<Instrument> instrument = instrument(response.instrumentId(), response.instrumentVersion());
    if (instrument.isEmpty()) {
      return List.of(Violation.of("instrumentId", StructuralCode.UNKNOWN_REFERENCE,
          response.instrumentId() + " version " + response.instrumentVersion()));
    }
    return instrument.get().validate(response);
  }

  /**
   * The course, after {@link #check(Course)}.
   *
   * @throws StructuralViolationException listing every violation, if there are any
   */
  public Course requireFits(Course course) {
    List<Violation> found = check(course);
    if (!found.isEmpty()) {
      throw new StructuralViolationException("Course", found);
    }
    return course;
  }

  @Override
  public String toString() {
    return "Catalogue[" + programmes.size() + " programmes, " + instruments.size() + " instruments, "
        + rules.rules().size() + " rules, " + labelProviders.size() + " label providers]";
  }

  /**
   * The builder of a {@link Catalogue}; not thread-safe. Duplicate programme ids, instrument id-and-version
   * pairs and rule codes are refused by {@link #build()}.
   */
  public static final class Builder {
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<LifeArea> lifeAreas = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<LabelProvider> labelProviders = new ArrayList<>();

    private Builder() {}

    /** The SDK's built-in programmes, instruments and rules (labels of built-in codes are always known). */
    public Builder addBuiltIns() {
      programmes.addAll(List.of(Programmes.AFTERCARE, Programmes.MENTAL_HEALTH, Programmes.HOMELESSNESS));
      instruments.addAll(List.of(Instruments.DIALOGUE_FORM, Instruments.S1_QUESTIONNAIRE, Instruments.S1_FIDELITY));
      rules.addAll(RuleCatalogue.builtIn().rules());
      return this;
    }

    /**
     * Every {@link ProgrammeProvider}, {@link InstrumentProvider}, {@link RuleProvider} and {@link LabelProvider}
     * that {@link ServiceLoader} finds through the class loader.
     */
    public Builder discover(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      ServiceLoader.load(ProgrammeProvider.class, loader).forEach(p -> programmes.addAll(p.programmes()));
      ServiceLoader.load(InstrumentProvider.class, loader).forEach(p -> instruments.addAll(p.instruments()));
      ServiceLoader.load(RuleProvider.class, loader).forEach(p -> rules.addAll(p.rules()));
      ServiceLoader.load(LabelProvider.class, loader).forEach(labelProviders::add);
      return this;
    }

    /**
     * A plugin chosen by hand: whichever of {@link ProgrammeProvider}, {@link InstrumentProvider},
     * {@link RuleProvider} and {@link LabelProvider} it implements.
     *
     * @throws IllegalArgumentException if it implements none of them
     */
    public Builder addPlugin(Object plugin) {
      Objects.requireNonNull(plugin, "plugin");
      boolean any = false;
      if (plugin instanceof ProgrammeProvider p) {
        programmes.addAll(p.programmes());
        any = true;
      }
      if (plugin instanceof InstrumentProvider p) {
        instruments.addAll(p.instruments());
        any = true;
      }
      if (plugin instanceof RuleProvider p) {
        rules.addAll(p.rules());
        any = true;
      }
      if (plugin instanceof LabelProvider p) {
        labelProviders.add(p);
        any = true;
      }
      if (!any) {
        throw new IllegalArgumentException(plugin.getClass().getName() + " implements no provider interface");
      }
      return this;
    }

    /** A programme (its instruments become known too). */
    public Builder addProgramme(Programme programme) {
      programmes.add(Objects.requireNonNull(programme, "programme"));
      return this;
    }

    /** Programmes. */
    public Builder addProgrammes(Collection<Programme> values) {
      values.forEach(this::addProgramme);
      return this;
    }

    /** An instrument. */
    public Builder addInstrument(Instrument instrument) {
      instruments.add(Objects.requireNonNull(instrument, "instrument"));
      return this;
    }

    /** Instruments. */
    public Builder addInstruments(Collection<Instrument> values) {
      values.forEach(this::addInstrument);
      return this;
    }

    /** A life area besides those the instruments bring. */
    public Builder addLifeArea(LifeArea area) {
      lifeAreas.add(Objects.requireNonNull(area, "area"));
      return this;
    }

    /** A rule, evaluated after those added before it. */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Rules. */
    public Builder addRules(Collection<? extends Rule> values) {
      values.forEach(this::addRule);
      return this;
    }

    /** A label provider, asked after the SDK's bundles and those added before it. */
    public Builder addLabelProvider(LabelProvider provider) {
      labelProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * The catalogue.
     *
     * @throws IllegalArgumentException when two programmes share an id, two instruments an id and version, or
     *     two rules a code
     */
    public Catalogue build() {
      Set<String> ids = new HashSet<>();
      for (Programme p : programmes) {
        if (!ids.add(p.id())) {
          throw new IllegalArgumentException("two programmes share the id " + p.id());
        }
      }
      Set<String> keys = new HashSet<>();
      for (Instrument i : instruments) {
        if (!keys.add(key(i))) {
          throw new IllegalArgumentException("two instruments share the id " + i.id() + " version " + i.version());
        }
      }
      return new Catalogue(this);
    }
  }
}
