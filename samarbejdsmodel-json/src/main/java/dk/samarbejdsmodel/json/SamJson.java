package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.json.internal.Draft09Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Samarbejdsmodellens JSON: the entry point of the interchange format. Holds the configuration (mode, limits,
 * pretty printing, the {@link Catalogue} of programmes and instruments documents may refer to, migrations) and
 * hands out a {@link DocumentReader} and a {@link DocumentWriter}. Immutable and thread-safe: build one and
 * share it.
 *
 * <p>The catalogue says what the reader knows: a course's programme id and every response's instrument are
 * looked up in it, and a course or dialogue response that pins an instrument the catalogue does not know is
 * refused. Migrations are the format's, not the domain's: they rewrite old documents before any lookup, so they
 * are registered here ({@link Builder#addMigration}, {@link Builder#discoverMigrations}), never in the core
 * catalogue (the domain model knows nothing of the format).
 *
 * <pre>{@code
 * SamJson json = SamJson.defaults();                        // strict, 16 MiB, compact output
 * byte[] bytes = json.writer().write(DocumentKind.COURSE, course);
 * ReadResult<Course> back = json.reader().read(bytes, DocumentKind.COURSE);
 *
 * SamJson lenient = SamJson.builder()
 *     .mode(ReadMode.LENIENT)
 *     .limits(Limits.defaults().withMaxDocumentBytes(4 << 20))
 *     .prettyPrint(true)
 *     .catalogue(Catalogue.builder().addBuiltIns().addPlugin(new AarhusPlugin()).build())
 *     .build();
 * }</pre>
 */
public final class SamJson {

  private static final SamJson DEFAULTS = builder().build();

  private final ReadMode mode;
  private final Limits limits;
  private final boolean prettyPrint;
  private final Catalogue catalogue;
  private final List<dk.samarbejdsmodel.core.programme.ConsentPolicy> consentPolicies;
  private final List<Migration> migrations;
  private final int maxErrors;
  private final StreamReadConstraints constraints;
  private final JsonFactory streaming;
  /** Built on first use: the streaming read of a canonical document needs no databind (cold start, B5). */
  private volatile ObjectMapper mapper;
  private final DocumentReader reader;
  private final DocumentWriter writer;

  private SamJson(Builder b) {
    this.mode = b.mode;
    this.limits = b.limits;
    this.prettyPrint = b.prettyPrint;
    Catalogue c = b.catalogue;
    if (!b.programmes.isEmpty() || !b.instruments.isEmpty()) {
      c = c.toBuilder().addProgrammes(b.programmes).addInstruments(b.instruments).build();
    }
    this.catalogue = c;
    this.consentPolicies = List.copyOf(b.consentPolicies);
    List<Migration> all = new ArrayList<>(b.migrations);
    all.add(new Draft09Migration());
    if (b.migrationLoader != null) {
      ServiceLoader.load(Migration.class, b.migrationLoader).forEach(all::add);
    }
    this.migrations = List.copyOf(all);
    this.maxErrors = b.maxErrors;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(Limits.MAX_NAME_LENGTH)
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    this.constraints = constraints;
    // the streaming decoder finds duplicate keys itself (a bit set over each object's known fields)
    this.streaming = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.reader = new DocumentReader(this);
    this.writer = new DocumentWriter(this, ExportView.FULL, prettyPrint);
  }

  /**
   * The default configuration: strict, {@link Limits#defaults()}, compact output, {@link Catalogue#standard()},
   * the built-in migration and those {@link ServiceLoader} finds through the SDK's class loader.
   */
  public static SamJson defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reader for this configuration. */
  public DocumentReader reader() {
    return reader;
  }

  /** The writer for this configuration (view {@link ExportView#FULL}). */
  public DocumentWriter writer() {
    return writer;
  }

  /** The read mode. */
  public ReadMode mode() {
    return mode;
  }

  /** The limits. */
  public Limits limits() {
    return limits;
  }

  /**
   * The most errors a read reports one by one (default {@value Builder#DEFAULT_MAX_ERRORS}); beyond it they are
   * counted in one final {@link ErrorCode#TOO_MANY_ERRORS}.
   */
  public int maxErrors() {
    return maxErrors;
  }

  /** Whether the writer indents its output. */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /** The catalogue the reader looks programmes and instruments up in. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * The consent policy with a code: a built-in, one given to the builder, or the policy of one of the
   * catalogue's programmes.
   */
  public Optional<dk.samarbejdsmodel.core.programme.ConsentPolicy> consentPolicy(String code) {
    return dk.samarbejdsmodel.core.programme.ConsentPolicy.builtIn(code)
        .or(() -> consentPolicies.stream().filter(p -> p.code().equals(code)).findFirst())
        .or(() -> catalogue.programmes().stream().map(Programme::consentPolicy).filter(p -> p.code().equals(code))
            .findFirst());
  }

  /** The programme with an id, from the catalogue. */
  public Optional<Programme> programme(String id) {
    return catalogue.programme(id);
  }

  /** The instrument with an id and version, from the catalogue (which knows its programmes' instruments too). */
  public Optional<Instrument> instrument(String id, int version) {
    return catalogue.instrument(id, version);
  }

  List<Migration> migrations() {
    return migrations;
  }

  /**
   * The mapper of the tree path (migrations, documents whose envelope is not first, parse errors, export views,
   * the writer): made on first use, once, so that a JVM whose first read is a canonical document never
   * initialises Jackson databind (docs/performance.md, B5).
   */
  @SuppressWarnings("deprecation") // exact BigDecimal nodes; the non-deprecated way is newer than the oldest Jackson the SDK supports (2.17)
  ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          JsonFactory factory = JsonFactory.builder()
              .streamReadConstraints(constraints)
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build();
          m = JsonMapper.builder(factory)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              // numbers with a fraction or exponent are kept exactly (extensions never change a number)
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
              .build();
          mapper = m;
        }
      }
    }
    return m;
  }

  JsonFactory streamingFactory() {
    return streaming;
  }

  /** The builder of a {@link SamJson}; not thread-safe. */
  public static final class Builder {
    /** The default error cap: 100 errors listed, the rest counted. */
    public static final int DEFAULT_MAX_ERRORS = 100;

    private ReadMode mode = ReadMode.STRICT;
    private int maxErrors = DEFAULT_MAX_ERRORS;
    private Limits limits = Limits.defaults();
    private boolean prettyPrint;
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Migration> migrations = new ArrayList<>();
    private Catalogue catalogue = Catalogue.standard();
    private ClassLoader migrationLoader = SamJson.class.getClassLoader();

    private final List<dk.samarbejdsmodel.core.programme.ConsentPolicy> consentPolicies = new ArrayList<>();

    private Builder() {}

    /**
     * A vendor's consent policy that programme documents may name by its code (the built-in policies are always
     * known, and so are the policies of the catalogue's programmes).
     *
     * @throws IllegalArgumentException if the code is not namespaced or another policy has it
     */
    public Builder addConsentPolicy(dk.samarbejdsmodel.core.programme.ConsentPolicy policy) {
      java.util.Objects.requireNonNull(policy);
      dk.samarbejdsmodel.core.programme.ConsentPolicy.problem(policy).ifPresent(p -> {
        throw new IllegalArgumentException(p);
      });
      if (consentPolicies.stream().anyMatch(x -> x.code().equals(policy.code()) && !x.equals(policy))) {
        throw new IllegalArgumentException("two consent policies have the code " + policy.code());
      }
      consentPolicies.add(policy);
      return this;
    }

    /** The catalogue documents are read against; {@link Catalogue#standard()} unless set. */
    public Builder catalogue(Catalogue value) {
      this.catalogue = java.util.Objects.requireNonNull(value);
      return this;
    }

    /** Strict (default) or lenient. */
    public Builder mode(ReadMode value) {
      this.mode = java.util.Objects.requireNonNull(value);
      return this;
    }

    /** The hardening limits. */
    public Builder limits(Limits value) {
      this.limits = java.util.Objects.requireNonNull(value);
      return this;
    }

    /**
     * The most errors a read lists (default {@value #DEFAULT_MAX_ERRORS}); further errors are only counted,
     * in one final {@link ErrorCode#TOO_MANY_ERRORS} error, so a flood of bad elements costs no memory per error.
     *
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public Builder maxErrors(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxErrors must be at least 1");
      }
      this.maxErrors = value;
      return this;
    }

    /** Indent the writer's output (two spaces, {@code \n} line ends); compact by default. */
    public Builder prettyPrint(boolean value) {
      this.prettyPrint = value;
      return this;
    }

    /** A programme courses may refer to besides the catalogue's (it is added to the catalogue). */
    public Builder addProgramme(Programme programme) {
      java.util.Objects.requireNonNull(programme);
      if (Programme.BUILT_IN_IDS.contains(programme.id())
          && !dk.samarbejdsmodel.core.programme.Programmes.builtIn(programme.id()).map(programme::equals)
              .orElse(false)) {
        throw new IllegalArgumentException(programme.id() + " is the id of a built-in programme and cannot be "
            + "redefined; give your programme a namespaced id such as dk.aarhus:" + programme.id());
      }
      programmes.add(programme);
      return this;
    }

    /** An instrument responses may refer to besides the catalogue's (it is added to the catalogue). */
    public Builder addInstrument(Instrument instrument) {
      instruments.add(java.util.Objects.requireNonNull(instrument));
      return this;
    }

    /** A migration besides the built-in one and the discovered ones; asked first. */
    public Builder addMigration(Migration migration) {
      migrations.add(java.util.Objects.requireNonNull(migration));
      return this;
    }

    /**
     * Discover migrations through {@link ServiceLoader} in this class loader instead of the SDK's own (the
     * default), for example a child loader holding a municipality's plugins.
     */
    public Builder discoverMigrations(ClassLoader loader) {
      this.migrationLoader = java.util.Objects.requireNonNull(loader);
      return this;
    }

    /** Discover no migrations: only the built-in one and those added by hand. */
    public Builder noDiscoveredMigrations() {
      this.migrationLoader = null;
      return this;
    }

    /** The configuration. */
    public SamJson build() {
      return new SamJson(this);
    }
  }
}
