package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.json.internal.Draft09Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Samarbejdsmodellens JSON: the entry point of the interchange format. Holds the configuration (mode, limits,
 * pretty printing, programmes and instruments beyond the registered ones, migrations) and hands out a
 * {@link DocumentReader} and a {@link DocumentWriter}. Immutable and thread-safe: build one and share it.
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
 *     .addProgramme(myMunicipalityProgramme)                  // a plugin programme not on the class path
 *     .build();
 * }</pre>
 */
public final class SamJson {

  private static final SamJson DEFAULTS = builder().build();

  private final ReadMode mode;
  private final Limits limits;
  private final boolean prettyPrint;
  private final List<Programme> programmes;
  private final List<Instrument> instruments;
  private final List<Migration> migrations;
  private final int maxErrors;
  private final JsonFactory streaming;
  private final ObjectMapper mapper;
  private final DocumentReader reader;
  private final DocumentWriter writer;

  private SamJson(Builder b) {
    this.mode = b.mode;
    this.limits = b.limits;
    this.prettyPrint = b.prettyPrint;
    this.programmes = List.copyOf(b.programmes);
    this.instruments = List.copyOf(b.instruments);
    List<Migration> all = new ArrayList<>(b.migrations);
    all.add(new Draft09Migration());
    ServiceLoader.load(Migration.class, SamJson.class.getClassLoader()).forEach(all::add);
    this.migrations = List.copyOf(all);
    this.maxErrors = b.maxErrors;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(Limits.MAX_NAME_LENGTH)
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentBytes())
        .build();
    // the streaming decoder finds duplicate keys itself (a bit set over each object's known fields)
    this.streaming = JsonFactory.builder().streamReadConstraints(constraints).build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    this.reader = new DocumentReader(this);
    this.writer = new DocumentWriter(this, ExportView.FULL, prettyPrint);
  }

  /** The default configuration: strict, {@link Limits#defaults()}, compact output. */
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

  /** The programme with an id: the configured ones first, then the registered ones ({@link Programmes}). */
  public Optional<Programme> programme(String id) {
    return programmes.stream().filter(p -> p.id().equals(id)).findFirst().or(() -> Programmes.find(id));
  }

  /**
   * The instrument with an id and version: configured, then in configured programmes, then registered, then in
   * registered programmes.
   */
  public Optional<Instrument> instrument(String id, int version) {
    return instruments.stream().filter(i -> i.id().equals(id) && i.version() == version).findFirst()
        .or(() -> programmes.stream().flatMap(p -> p.instrument(id, version).stream()).findFirst())
        .or(() -> Instruments.find(id, version))
        .or(() -> Programmes.all().stream().flatMap(p -> p.instrument(id, version).stream()).findFirst());
  }

  List<Migration> migrations() {
    return migrations;
  }

  ObjectMapper mapper() {
    return mapper;
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

    private Builder() {}

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

    /** A programme courses may refer to besides the registered ones (for example a plugin's). */
    public Builder addProgramme(Programme programme) {
      programmes.add(java.util.Objects.requireNonNull(programme));
      return this;
    }

    /** An instrument dialogue responses may refer to besides the registered ones. */
    public Builder addInstrument(Instrument instrument) {
      instruments.add(java.util.Objects.requireNonNull(instrument));
      return this;
    }

    /** A migration besides the built-in one and those found by {@link ServiceLoader}. */
    public Builder addMigration(Migration migration) {
      migrations.add(java.util.Objects.requireNonNull(migration));
      return this;
    }

    /** The configuration. */
    public SamJson build() {
      return new SamJson(this);
    }
  }
}
