package dk.samarbejdsmodel.core.catalogue;

import dk.samarbejdsmodel.core.PropertyPath;
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
import dk.samarbejdsmodel.core.leadergroup.LeaderGroup;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.ProgrammeProvider;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.rules.Rule;
import dk.samarbejdsmodel.core.rules.RuleCatalogue;
import dk.samarbejdsmodel.core.rules.RuleEvaluator;
import dk.samarbejdsmodel.core.rules.RuleProvider;
import java.time.LocalDate;
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
  private final List<String> programmeSources;
  private final List<Instrument> instruments;
  private final List<String> instrumentSources;
  private final List<String> ruleSources;
  private final List<LifeArea> lifeAreas;
  private final RuleCatalogue rules;
  private final List<LabelProvider> labelProviders;
  private final RuleEvaluator evaluator;

  private Catalogue(Builder b) {
    this.programmes = List.copyOf(b.programmes);
    this.programmeSources = List.copyOf(b.programmeSources);
    List<Instrument> all = new ArrayList<>(b.instruments);
    List<String> allSources = new ArrayList<>(b.instrumentSources);
    Set<String> keys = all.stream().map(Catalogue::key).collect(Collectors.toCollection(HashSet::new));
    // a programme's own instruments are known too
    for (int k = 0; k < programmes.size(); k++) {
      for (Instrument i : programmes.get(k).instruments()) {
        if (keys.add(key(i))) {
          all.add(i);
          allSources.add(programmeSources.get(k));
        }
      }
    }
    this.instruments = List.copyOf(all);
    this.instrumentSources = List.copyOf(allSources);
    this.ruleSources = List.copyOf(b.ruleSources);
    Set<LifeArea> areas = new LinkedHashSet<>(LifeArea.builtIns());
    areas.addAll(b.lifeAreas);
    for (Instrument i : instruments) {
      if (i.dimensions().stream().anyMatch(d -> LifeArea.builtIns().stream().anyMatch(a -> a.code().equals(d.code())))) {
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
    static final Catalogue INSTANCE;
    static final RuntimeException FAILURE;

    static {
      Catalogue instance = null;
      RuntimeException failure = null;
      try {
        instance = builder().addBuiltIns().discover(Catalogue.class.getClassLoader()).build();
      } catch (RuntimeException e) {
        failure = e; // reported on every call: a faulty plugin never poisons the class for the JVM's life
      }
      INSTANCE = instance;
      FAILURE = failure;
    }
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
   *
   * @throws IllegalArgumentException on every call when the plugins conflict or are faulty, naming them (see
   *     {@link Builder#build()}); {@link #builtIn()} keeps working
   */
  public static Catalogue standard() {
    if (Standard.FAILURE != null) {
      throw new IllegalArgumentException(Standard.FAILURE.getMessage(), Standard.FAILURE);
    }
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
    b.programmeSources.addAll(programmeSources);
    b.instruments.addAll(instruments);
    b.instrumentSources.addAll(instrumentSources);
    b.lifeAreas.addAll(lifeAreas);
    b.rules.addAll(rules.rules());
    b.ruleSources.addAll(ruleSources);
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
   * The label for {@code type.code}: the SDK's bundles, then this catalogue's programme and instrument names
   * ({@code Programme.dk.aarhus:UNGE_I_JOB}, {@code Instrument.dk.aarhus:JOB_CHECK}: the latest version's name),
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
    if ("Instrument".equals(type)) {
      List<Instrument> all = versions(code);
      if (!all.isEmpty()) {
        Instrument latest = all.get(all.size() - 1);
        return Optional.of(danish ? latest.nameDa() : latest.nameEn());
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
        v.add(PropertyPath.of("responses").index(i).field("instrumentId"), StructuralCode.UNKNOWN_REFERENCE,
            r.instrumentId() + " version " + r.instrumentVersion());
      } else {
        v.addAll(PropertyPath.of("responses").index(i), instrument.get().validate(r));
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

  /**
   * What a programme's own {@code build()} cannot know, checked against this catalogue: the checks
   * {@link Builder#build()} makes when a programme joins a catalogue, for a programme read on its own (a
   * {@code programme} document: the JSON reader runs this check with its catalogue) or built by hand before it is
   * registered. Paths are relative to the programme, as in {@link StructuralViolationException}:
   * <ul>
   *   <li>{@code id} ({@code INVALID_FORMAT}): an id without a namespace that is not the built-in programme of that
   *       id (a plugin cannot redefine {@code MENTAL_HEALTH});</li>
   *   <li>{@code id} ({@code INCONSISTENT}): the catalogue holds another programme with the same id;</li>
   *   <li>{@code consentPolicy} ({@code INCONSISTENT}): one of the catalogue's programmes has another consent
   *       policy with the same code;</li>
   *   <li>{@code instruments[i]} ({@code INCONSISTENT}): the catalogue holds another instrument with the same id
   *       and version;</li>
   *   <li>{@code disabledRules[i]} and {@code severityOverrides.KEY} ({@code UNKNOWN_REFERENCE}): the entry names
   *       no rule ID or finding code of the catalogue's rules (a typo such as {@code R-MEET-99}), as
   *       {@link RuleCatalogue#check(Programme)} reports it.</li>
   * </ul>
   * A programme that is one of this catalogue's own passes.
   *
   * @return the violations, empty when the programme fits this catalogue
   */
  public List<Violation> check(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    Violations v = new Violations();
    if (programme.id().indexOf(':') < 0 && !Programmes.builtIn(programme.id()).map(programme::equals).orElse(false)) {
      v.add("id", StructuralCode.INVALID_FORMAT, "the built-in programme " + programme.id() + " unchanged, or a "
          + "namespaced id such as dk.aarhus:" + programme.id() + " for a programme of your own");
    }
    programme(programme.id()).filter(known -> !known.equals(programme)).ifPresent(known -> v.add("id",
        StructuralCode.INCONSISTENT, "the catalogue already holds another programme with this id, version "
            + known.version() + "; give the new definition another id or build a catalogue without the old one"));
    for (Programme p : programmes) {
      if (p.consentPolicy().code().equals(programme.consentPolicy().code())
          && !p.consentPolicy().equals(programme.consentPolicy())) {
        v.add("consentPolicy", StructuralCode.INCONSISTENT, "programme " + p.id() + " of the catalogue has another "
            + "consent policy with the code " + programme.consentPolicy().code());
        break;
      }
    }
    List<Instrument> own = programme.instruments();
    for (int i = 0; i < own.size(); i++) {
      Instrument mine = own.get(i);
      PropertyPath path = PropertyPath.of("instruments").index(i);
      instrument(mine.id(), mine.version()).filter(known -> !known.equals(mine)).ifPresent(known -> v.add(path,
          StructuralCode.INCONSISTENT, "the catalogue holds another instrument " + mine.id() + " version "
              + mine.version() + "; raise the version or use another id"));
    }
    List<Violation> out = new ArrayList<>(v.list());
    out.addAll(rules.check(programme));
    return List.copyOf(out);
  }

  /**
   * The programme, after {@link #check(Programme)}.
   *
   * @throws StructuralViolationException listing every violation, if there are any
   */
  public Programme requireFits(Programme programme) {
    List<Violation> found = check(programme);
    if (!found.isEmpty()) {
      throw new StructuralViolationException("Programme", found);
    }
    return programme;
  }

  /**
   * A standalone instrument (an {@code instrument} document) against this catalogue: the catalogue must not hold
   * another instrument with the same id and version ({@code version}, {@code INCONSISTENT}). An instrument that is
   * one of this catalogue's own passes.
   *
   * @return the violations, empty when the instrument fits this catalogue
   */
  public List<Violation> check(Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return instrument(instrument.id(), instrument.version()).filter(known -> !known.equals(instrument))
        .map(known -> List.of(Violation.of("version", StructuralCode.INCONSISTENT, "the catalogue holds another "
            + "instrument " + instrument.id() + " version " + instrument.version()
            + "; raise the version or use another id")))
        .orElse(List.of());
  }

  /**
   * A leader group against this catalogue: every programme it oversees ({@link LeaderGroup#programmeIds()}) is one
   * of the catalogue's ({@code programmeIds[i]}, {@code UNKNOWN_REFERENCE}, in the set's order).
   *
   * @return the violations, empty when the group fits this catalogue
   */
  public List<Violation> check(LeaderGroup group) {
    Violations v = new Violations();
    int i = 0;
    for (String id : group.programmeIds()) {
      if (programme(id).isEmpty()) {
        v.add(PropertyPath.of("programmeIds").index(i), StructuralCode.UNKNOWN_REFERENCE, id);
      }
      i++;
    }
    return v.list();
  }

  /**
   * The findings of the leader-group rules for a group, with the programmes it oversees taken from this
   * catalogue ({@link RuleEvaluator#evaluateLeaderGroup(LeaderGroup, Collection, LocalDate)}): a programme
   * that leaves {@code LEADER_GROUP} out of its core elements, or switches a rule off, does not run the
   * leader-group rules; a group that names no programme runs them all.
   *
   * @throws StructuralViolationException if the group oversees a programme this catalogue does not know
   *     ({@link #check(LeaderGroup)})
   */
  public List<dk.samarbejdsmodel.core.rules.Finding> evaluateLeaderGroup(LeaderGroup group, LocalDate date) {
    List<Violation> problems = check(group);
    if (!problems.isEmpty()) {
      throw new StructuralViolationException("LeaderGroup", problems);
    }
    List<Programme> overseen = group.programmeIds().stream().map(id -> programme(id).orElseThrow()).toList();
    return evaluator.evaluateLeaderGroup(group, overseen, date);
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
    private static final String BY_HAND = "added by hand";
    private final List<Programme> programmes = new ArrayList<>();
    private final List<String> programmeSources = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<String> instrumentSources = new ArrayList<>();
    private final List<LifeArea> lifeAreas = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<String> ruleSources = new ArrayList<>();
    private final List<LabelProvider> labelProviders = new ArrayList<>();

    private Builder() {}

    private void programme(Programme p, String source) {
      programmes.add(Objects.requireNonNull(p, "programme"));
      programmeSources.add(source);
    }

    private void instrument(Instrument i, String source) {
      instruments.add(Objects.requireNonNull(i, "instrument"));
      instrumentSources.add(source);
    }

    private void rule(Rule r, String source) {
      rules.add(Objects.requireNonNull(r, "rule"));
      ruleSources.add(source);
    }

    /** The SDK's built-in programmes, instruments and rules (labels of built-in codes are always known). */
    public Builder addBuiltIns() {
      for (Programme p : List.of(Programmes.AFTERCARE, Programmes.MENTAL_HEALTH, Programmes.HOMELESSNESS)) {
        programme(p, "the SDK");
      }
      for (Instrument i : List.of(Instruments.DIALOGUE_FORM, Instruments.S1_QUESTIONNAIRE, Instruments.S1_FIDELITY)) {
        instrument(i, "the SDK");
      }
      RuleCatalogue.builtIn().rules().forEach(r -> rule(r, "the SDK"));
      return this;
    }

    /**
     * Every {@link ProgrammeProvider}, {@link InstrumentProvider}, {@link RuleProvider} and {@link LabelProvider}
     * that {@link ServiceLoader} finds through the class loader (a child loader sees its parents' plugins too).
     * Each contribution remembers its provider class and jar, so that {@link #build()} can name both sides of a
     * conflict.
     *
     * @throws IllegalArgumentException if a registered provider cannot be loaded or fails, naming it
     */
    public Builder discover(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      try {
        for (ProgrammeProvider p : ServiceLoader.load(ProgrammeProvider.class, loader)) {
          String src = RuleCatalogue.describe(p.getClass());
          provide(src, "programmes", () -> p.programmes().forEach(x -> programme(x, src)));
        }
        for (InstrumentProvider p : ServiceLoader.load(InstrumentProvider.class, loader)) {
          String src = RuleCatalogue.describe(p.getClass());
          provide(src, "instruments", () -> p.instruments().forEach(x -> instrument(x, src)));
        }
        for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
          String src = RuleCatalogue.describe(p.getClass());
          provide(src, "rules", () -> p.rules().forEach(x -> rule(x, src)));
        }
        ServiceLoader.load(LabelProvider.class, loader).forEach(labelProviders::add);
      } catch (java.util.ServiceConfigurationError e) {
        throw new IllegalArgumentException("a plugin could not be loaded: " + e.getMessage(), e);
      }
      return this;
    }

    @SuppressWarnings("PMD.AvoidCatchingGenericException")
    private static void provide(String source, String what, Runnable add) {
      try {
        add.run();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("plugin " + source + " failed to provide its " + what + " ("
            + e.getClass().getSimpleName() + (e instanceof IllegalArgumentException ? ": " + e.getMessage() : "")
            + ")", e);
      }
    }

    /**
     * A plugin chosen by hand: whichever of {@link ProgrammeProvider}, {@link InstrumentProvider},
     * {@link RuleProvider} and {@link LabelProvider} it implements.
     *
     * @throws IllegalArgumentException if it implements none of them
     */
    public Builder addPlugin(Object plugin) {
      Objects.requireNonNull(plugin, "plugin");
      String src = RuleCatalogue.describe(plugin.getClass());
      boolean any = false;
      if (plugin instanceof ProgrammeProvider p) {
        provide(src, "programmes", () -> p.programmes().forEach(x -> programme(x, src)));
        any = true;
      }
      if (plugin instanceof InstrumentProvider p) {
        provide(src, "instruments", () -> p.instruments().forEach(x -> instrument(x, src)));
        any = true;
      }
      if (plugin instanceof RuleProvider p) {
        provide(src, "rules", () -> p.rules().forEach(x -> rule(x, src)));
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
      programme(programme, BY_HAND);
      return this;
    }

    /** Programmes. */
    public Builder addProgrammes(Collection<Programme> values) {
      values.forEach(this::addProgramme);
      return this;
    }

    /** An instrument. */
    public Builder addInstrument(Instrument instrument) {
      instrument(instrument, BY_HAND);
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
      rule(rule, BY_HAND);
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
     * The catalogue, after checking the whole plugin set at once. Every problem is reported together, in one
     * {@link IllegalArgumentException} that names the sources (the provider class and its jar, "the SDK" or
     * "added by hand") of both sides of each conflict:
     * <ul>
     *   <li>two programmes with one id, two instruments with one id and version, two rules with one code;</li>
   *   <li>a programme's own instrument that differs from another instrument with its id and version;</li>
     *   <li>a programme without a namespace that is not identical to the built-in programme of that id (a plugin
     *       cannot replace {@code MENTAL_HEALTH}, for example with a looser consent policy);</li>
     *   <li>two programmes whose consent policies share a code but differ;</li>
     *   <li>a rule that the rule catalogue refuses (code or ID without a namespace, a malformed message);</li>
     *   <li>a programme whose {@code disabledRules} or {@code severityOverrides} name no rule of the catalogue.</li>
     * </ul>
     */
    public Catalogue build() {
      List<String> problems = new ArrayList<>();
      java.util.Map<String, Integer> ids = new java.util.HashMap<>();
      java.util.Map<String, Integer> policies = new java.util.HashMap<>();
      for (int i = 0; i < programmes.size(); i++) {
        Programme p = programmes.get(i);
        Integer other = ids.putIfAbsent(p.id(), i);
        if (other != null) {
          problems.add("two programmes have the id " + p.id() + ": " + programmeSources.get(other) + " and "
              + programmeSources.get(i));
        }
        if (p.id().indexOf(':') < 0 && !Programmes.builtIn(p.id()).map(p::equals).orElse(false)) {
          problems.add("programme " + p.id() + " from " + programmeSources.get(i) + " is not the built-in programme "
              + "with that id; a plugin's programme has a namespaced id");
        }
        Integer withPolicy = policies.putIfAbsent(p.consentPolicy().code(), i);
        if (withPolicy != null && !programmes.get(withPolicy).consentPolicy().equals(p.consentPolicy())) {
          problems.add("two consent policies have the code " + p.consentPolicy().code() + ": in programme "
              + programmes.get(withPolicy).id() + " from " + programmeSources.get(withPolicy) + " and in programme "
              + p.id() + " from " + programmeSources.get(i));
        }
      }
      java.util.Map<String, Integer> keys = new java.util.HashMap<>();
      for (int i = 0; i < instruments.size(); i++) {
        Integer other = keys.putIfAbsent(key(instruments.get(i)), i);
        if (other != null) {
          problems.add("two instruments have the id " + instruments.get(i).id() + " version "
              + instruments.get(i).version() + ": " + instrumentSources.get(other) + " and " + instrumentSources.get(i));
        }
      }
      // a programme's own instrument may repeat one of the catalogue's, but not differ from it
      java.util.Map<String, Instrument> known = new java.util.HashMap<>();
      java.util.Map<String, String> knownSources = new java.util.HashMap<>();
      for (int i = 0; i < instruments.size(); i++) {
        known.putIfAbsent(key(instruments.get(i)), instruments.get(i));
        knownSources.putIfAbsent(key(instruments.get(i)), instrumentSources.get(i));
      }
      for (int i = 0; i < programmes.size(); i++) {
        for (Instrument own : programmes.get(i).instruments()) {
          Instrument other = known.putIfAbsent(key(own), own);
          String otherSource = knownSources.putIfAbsent(key(own), "programme " + programmes.get(i).id() + " from "
              + programmeSources.get(i));
          if (other != null && !other.equals(own)) {
            problems.add("two instruments have the id " + own.id() + " version " + own.version() + " but differ: "
                + otherSource + " and programme " + programmes.get(i).id() + " from " + programmeSources.get(i));
          }
        }
      }
      java.util.Map<String, Integer> codes = new java.util.HashMap<>();
      for (int i = 0; i < rules.size(); i++) {
        Integer other = codes.putIfAbsent(String.valueOf(rules.get(i).code()), i);
        if (other != null) {
          problems.add("two rules have the code " + rules.get(i).code() + ": " + ruleSources.get(other) + " and "
              + ruleSources.get(i));
        }
      }
      if (problems.isEmpty()) {
        RuleCatalogue checked = null;
        try {
          checked = RuleCatalogue.of(rules);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
        }
        if (checked != null) {
          for (int i = 0; i < programmes.size(); i++) {
            for (Violation v : checked.check(programmes.get(i))) {
              problems.add("programme " + programmes.get(i).id() + " from " + programmeSources.get(i) + ": " + v.path()
                  + " " + v.message(Locale.ENGLISH));
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("the catalogue cannot be built: " + String.join("; ", problems));
      }
      return new Catalogue(this);
    }
  }
}
