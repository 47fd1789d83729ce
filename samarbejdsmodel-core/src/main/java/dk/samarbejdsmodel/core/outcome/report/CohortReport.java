package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.Text;

import dk.samarbejdsmodel.core.outcome.Accumulator;
import dk.samarbejdsmodel.core.outcome.Caseload;
import dk.samarbejdsmodel.core.outcome.MeasureAccumulator;
import dk.samarbejdsmodel.core.outcome.ChangeClassifier;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.Grouped;
import dk.samarbejdsmodel.core.outcome.Grouping;
import dk.samarbejdsmodel.core.outcome.HalfYearStatus;
import dk.samarbejdsmodel.core.outcome.Measure;
import dk.samarbejdsmodel.core.outcome.Measures;
import dk.samarbejdsmodel.core.outcome.MeetingCompletion;
import dk.samarbejdsmodel.core.outcome.RoleParticipation;
import dk.samarbejdsmodel.core.outcome.StatusPoint;
import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.Labels;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.stats.PairedTest;
import dk.samarbejdsmodel.core.outcome.stats.ZeroDifferences;
import org.immutables.value.Value;

/**
 * Kohorterapport: all tables of S0 ch. 4–6 and the half-year leader-group status, computed from cohort
 * records, as data ({@link ReportTable}s). Render with {@link MarkdownReport}.
 *
 * <pre>{@code
 * CohortReport report = CohortReport.of(records, LocalDate.of(2016, 1, 31));
 * report.table("age-at-start").orElseThrow().figureId();   // "S0 Table 4.1"
 * String md = MarkdownReport.render(report, Labels.ENGLISH);
 * }</pre>
 */
@Value.Immutable
public abstract class CohortReport {

  /** The reference date. */
  public abstract LocalDate asOf();

  /** Courses (records) in the cohort. */
  public abstract long courses();

  /** The options used. */
  public abstract ReportOptions options();

  /** The tables in report order. */
  public abstract List<ReportTable> tables();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static final class Builder extends ImmutableCohortReport.Builder {}

  /** The table with the id. */
  public Optional<ReportTable> table(String id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The report without suppression. */
  public static CohortReport of(Collection<CohortRecord> records, LocalDate asOf) {
    return of(records, asOf, ReportOptions.DEFAULT);
  }

  /**
   * The report; counts below the options' minimum cell size are suppressed under the small-cell rule
   * (docs/outcomes.md §4): a count from 1 to k − 1 is hidden with its percentage and interval; where hiding one
   * count of a distribution would let it be worked back from n, the next smallest count is hidden too; a
   * single share is hidden when its complement (n − count) is from 1 to k − 1. Zeros and n are shown.
   */
  public static CohortReport of(Collection<CohortRecord> records, LocalDate asOf, ReportOptions options) {
    ReportAccumulator a = accumulator(asOf, options);
    for (CohortRecord r : records) { // the one pass over the cohort
      a.add(r);
    }
    return a.result();
  }

  /**
   * A mergeable accumulator for the whole report: every measure's accumulator side by side, fed in one pass
   * over the records; partial accumulators (parallel streams, partitions) merge exactly.
   *
   * <pre>{@code
   * CohortReport r = records.parallelStream().collect(Accumulator.collector(() -> CohortReport.accumulator(asOf,
   *     ReportOptions.DEFAULT)));
   * }</pre>
   */
  public static ReportAccumulator accumulator(LocalDate asOf, ReportOptions options) {
    return new ReportAccumulator(asOf, options);
  }

  /** The report's accumulator: the measures' accumulators side by side, plus the courses by target group. */
  public static final class ReportAccumulator implements Accumulator<CohortRecord, ReportAccumulator, CohortReport> {
    private final LocalDate asOf;
    private final ReportOptions options;
    private long courses;
    private final TreeMap<String, Long> targetGroups = new TreeMap<>();
    private final MeasureAccumulator<Distribution> age = Measures.ageAtStart().accumulator();
    private final MeasureAccumulator<Distribution> placement = Measures.placementTypes().accumulator();
    private final MeasureAccumulator<Distribution> educationStart = Measures.education(StatusPoint.START).accumulator();
    private final MeasureAccumulator<Distribution> typesStart = Measures.educationTypes(StatusPoint.START).accumulator();
    private final MeasureAccumulator<Distribution> employmentStart =
        Measures.employment(StatusPoint.START).accumulator();
    private final MeasureAccumulator<Map<String, Mean>> baseline;
    private final MeasureAccumulator<Distribution> educationLatest =
        Measures.education(StatusPoint.LATEST).accumulator();
    private final MeasureAccumulator<Distribution> employmentLatest =
        Measures.employment(StatusPoint.LATEST).accumulator();
    private final MeasureAccumulator<Map<String, Distribution>> change;
    private final MeasureAccumulator<Map<String, PairedTest>> paired;
    private final MeasureAccumulator<List<RoleParticipation>> participation = Measures.participation().accumulator();
    private final MeasureAccumulator<Grouped<Share>> privateNetwork =
        Measures.privateNetworkInvolvement().accumulator();
    private final MeasureAccumulator<Map<ChecklistItem, Share>> items = Measures.checklistItems().accumulator();
    private final MeasureAccumulator<Grouped<Share>> fidelity =
        Measures.modelFidelityIndex(Grouping.MUNICIPALITY).accumulator();
    private final MeasureAccumulator<MeetingCompletion> meetings = Measures.fixedMeetingCompletion().accumulator();
    private final MeasureAccumulator<Caseload> caseload = Measures.caseload().accumulator();
    private final MeasureAccumulator<HalfYearStatus> halfYear;
    private final List<MeasureAccumulator<?>> all;

    ReportAccumulator(LocalDate asOf, ReportOptions options) {
      this.asOf = java.util.Objects.requireNonNull(asOf, "asOf");
      this.options = java.util.Objects.requireNonNull(options, "options");
      this.baseline = Measures.baselineMeans(options.instrument().id()).accumulator();
      this.change = Measures.change(options.instrument().id(), ChangeClassifier.DEFAULT).accumulator();
      this.paired = Measures.pairedTests(options.instrument().id(), ZeroDifferences.WILCOX).accumulator();
      this.halfYear = Measures.halfYearStatus(asOf.minusMonths(6).plusDays(1), asOf).accumulator();
      this.all = List.of(age, placement, educationStart, typesStart, employmentStart, baseline, educationLatest,
          employmentLatest, change, paired, participation, privateNetwork, items, fidelity, meetings, caseload,
          halfYear);
    }

    @Override
    public void add(CohortRecord r) {
      if (options.programme().isPresent() && !r.programmeId().equals(options.programme().get())) {
        return; // the report is restricted to one programme
      }
      courses++;
      targetGroups.merge(r.targetGroup().orElse("~"), 1L, Long::sum);
      for (MeasureAccumulator<?> a : all) {
        a.add(r);
      }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReportAccumulator merge(ReportAccumulator other) {
      courses += other.courses;
      other.targetGroups.forEach((k, v) -> targetGroups.merge(k, v, Long::sum));
      for (int i = 0; i < all.size(); i++) {
        ((MeasureAccumulator) all.get(i)).merge(other.all.get(i));
      }
      return this;
    }

    @Override
    public CohortReport result() {
      Tables t = new Tables(options);
      t.cohort(targetGroups, courses);
      t.distribution("age-at-start", "S0 Table 4.1", new Text("Alder ved opstart", "Age at start"),
          new Text("Alder", "Age"), YOUNG_PEOPLE_AT_INTAKE, new Text(
              "Alder i hele år på forløbets startdato, blandt unge med en registrering inden for tre måneder efter "
                  + "start.",
              "Age in whole years on the course start date, of young people with a registration within three "
                  + "months of the start."), age.result());
      t.distribution("placement-type", "S0 Fig 4.1", new Text("Anbringelsesform (mødetjeklister)",
          "Placement type (meeting checklists)"), new Text("Anbringelsesform", "Placement type"), CHECKLISTS,
          new Text("Anbringelsesform som besvaret på hver mødetjekliste; tjeklister uden svar er udeladt.",
              "Placement type as answered on each meeting checklist; checklists without an answer are left out."),
          placement.result());
      t.distribution("education-start", "S0 Fig 4.2", new Text("I uddannelse ved opstart", "In education at start"),
          new Text("I uddannelse", "In education"), YOUNG_PEOPLE_WITH_STATUS, START_STATUS,
          educationStart.result());
      t.distribution("education-type-start", "S0 Fig 4.2",
          new Text("Uddannelsestype ved opstart (af dem i uddannelse)", "Education type at start (of those in education)"),
          new Text("Uddannelse", "Education"), new Text("unge i uddannelse med registreret uddannelsestype",
              "young people in education with a registered education type"), START_STATUS,
          typesStart.result());
      t.distribution("employment-start", "S0 Fig 4.3", new Text("Beskæftigelse ved opstart", "Employment at start"),
          new Text("Beskæftigelse", "Employment"), YOUNG_PEOPLE_WITH_STATUS, START_STATUS,
          employmentStart.result());
      t.means(baseline.result());
      t.distribution("education-latest", "S0 Fig 5.1", new Text("I uddannelse, seneste registrering",
          "In education, latest registration"), new Text("I uddannelse", "In education"), YOUNG_PEOPLE_WITH_STATUS,
          LATEST_STATUS, educationLatest.result());
      t.distribution("employment-latest", "S0 Fig 5.2", new Text("Beskæftigelse, seneste registrering",
          "Employment, latest registration"), new Text("Beskæftigelse", "Employment"), YOUNG_PEOPLE_WITH_STATUS,
          LATEST_STATUS, employmentLatest.result());
      t.change(change.result());
      t.paired(paired.result());
      t.participation(participation.result());
      t.privateNetwork(privateNetwork.result());
      Map<ChecklistItem, Share> answers = items.result();
      t.items("involvement", "S0 Fig 6.2", new Text("Den unges inddragelse på netværksmøderne",
          "The young person's involvement in network meetings"), answers, ChecklistItem.PROFESSIONALS_ONLY_PREMEETING,
          ChecklistItem.AGENDA_COMPLETED);
      t.items("goals-agreements", "S0 Fig 6.3", new Text("Mål og aftaler", "Goals and agreements"), answers,
          ChecklistItem.CLEAR_GOALS, ChecklistItem.FORM_USEFUL);
      t.items("network-card", "S0 Fig 6.4", new Text("Netværkskortet", "The network card"), answers,
          ChecklistItem.NETWORK_CARD_MADE, ChecklistItem.NETWORK_CARD_GAVE_OVERVIEW);
      t.items("young-persons-adult", "S0 Fig 6.5", new Text("Den unges voksne", "The young person's adult"), answers,
          ChecklistItem.HAS_YOUNG_PERSONS_ADULT, ChecklistItem.HAS_YOUNG_PERSONS_ADULT);
      t.fidelityIndex(fidelity.result());
      t.meetings(meetings.result());
      t.caseload(caseload.result());
      t.halfYear(halfYear.result());
      return builder().asOf(asOf).courses(courses).options(options).tables(t.tables).build();
    }
  }

  static final Text YOUNG_PEOPLE = new Text("unge", "young people");
  static final Text YOUNG_PEOPLE_AT_INTAKE = new Text("unge med en registrering ved opstart",
      "young people with a registration at the start");
  static final Text YOUNG_PEOPLE_WITH_STATUS = new Text("unge med en registreret status",
      "young people with a registered status");
  static final Text CHECKLISTS = new Text("mødetjeklister", "meeting checklists");
  static final Text START_STATUS = new Text(
      "Første registrering inden for tre måneder efter forløbets start; unge uden en sådan registrering, eller "
          + "uden den pågældende status, er udeladt.",
      "The first registration within three months of the course start; young people without one, or without "
          + "the status in question, are left out.");
  static final Text LATEST_STATUS = new Text(
      "Seneste registrering til og med opgørelsesdatoen; unge uden den pågældende status er udeladt.",
      "The latest registration up to the reference date; young people without the status in question are left "
          + "out.");

  /** Builds the tables. */
  private static final class Tables {
    final ReportOptions options;
    final List<ReportTable> tables = new ArrayList<>();
    static final Text PERCENT = Text.both("%");
    static final Text COUNT = new Text("Antal", "Count");
    static final Text N = Text.both("n");
    static final Text INTERVAL = new Text("95 %-konfidensinterval (Wilson)", "95% CI (Wilson)");
    static final Text PERCENT_CI = new Text("% (95 %-KI)", "% (95% CI)");
    static final Text AREA = new Text("Livsområde", "Life area");
    static final Text QUESTION = new Text("Spørgsmål", "Question");

    Tables(ReportOptions options) {
      this.options = options;
    }

    int k() {
      return options.minimumCellSize();
    }

    /** Primary rule: the count itself is small. */
    boolean small(long count) {
      return options.suppress(count);
    }

    /** A single share (yes of n): hidden when the count or its complement is small. */
    boolean hideShare(Share s) {
      return small(s.count()) || small(s.n() - s.count());
    }

    /**
     * Categories summing to n: the small ones, and — when exactly one is small — the next smallest positive
     * one too, so no hidden count can be worked back from n and the others.
     */
    Set<String> hidden(Distribution d) {
      Set<String> out = new HashSet<>();
      for (String c : d.categories()) {
        if (small(d.count(c))) {
          out.add(c);
        }
      }
      long sum = d.counts().values().stream().mapToLong(Long::longValue).sum();
      if (out.size() == 1 && sum == d.n()) {
        d.categories().stream().filter(c -> !out.contains(c) && d.count(c) > 0)
            .min(Comparator.comparingLong(d::count)).ifPresent(out::add);
      }
      return out;
    }

    /** [%, count, CI] of a share, or three suppressed cells. */
    List<Cell> shareCells(Share s, boolean hide) {
      if (hide) {
        return List.of(Cell.suppressed(Cell.Kind.PERCENT, k()), Cell.suppressed(Cell.Kind.COUNT, k()),
            Cell.suppressed(Cell.Kind.INTERVAL, k()));
      }
      return List.of(Cell.percent(s), Cell.count(s.count()), Cell.interval(s));
    }

    Cell percentCi(Share s, boolean hide) {
      return hide ? Cell.suppressed(Cell.Kind.PERCENT, k()) : Cell.percentWithInterval(s);
    }

    Cell count(long c, boolean hide) {
      return hide ? Cell.suppressed(Cell.Kind.COUNT, k()) : Cell.count(c);
    }

    static String excluded(List<Exclusion> exclusions, Locale locale) {
      return exclusions.stream().map(e -> e.count() + " " + Labels.label(e.reason(), locale).toLowerCase(locale))
          .collect(Collectors.joining("; "));
    }

    List<Text> notes(List<Exclusion> exclusions, Text unit) {
      List<Text> notes = new ArrayList<>();
      if (!exclusions.isEmpty()) {
        notes.add(new Text("Udeladt (" + unit.da() + "): " + excluded(exclusions, Labels.DANISH) + ".",
            "Left out (" + unit.en() + "): " + excluded(exclusions, Labels.ENGLISH) + "."));
      }
      if (k() > 0) {
        notes.add(new Text("Antal fra 1 til " + (k() - 1) + " er skjult (vist som <" + k() + ") sammen med deres "
            + "procent og interval; hvor et skjult antal ellers kunne regnes ud fra n, er også det næstmindste "
            + "skjult.", "Counts from 1 to " + (k() - 1) + " are hidden (shown as <" + k() + ") with their "
            + "percentage and interval; where a hidden count could otherwise be worked back from n, the next "
            + "smallest is hidden too."));
      }
      return notes;
    }

    void add(String id, String figure, Text title, List<Text> columns, List<ReportRow> rows, long n, Text unit,
        Text method, List<Text> notes) {
      tables.add(ReportTable.builder().id(id).figureId(Optional.ofNullable(figure)).title(title).columns(columns)
          .rows(rows).n(n).unit(unit).method(method).notes(notes).build());
    }

    void cohort(Map<String, Long> groups, long courses) {
      Map<String, Long> counts = new java.util.LinkedHashMap<>();
      groups.forEach(counts::put);
      Distribution d = Distribution.builder().labelType("TargetGroup").counts(counts).n(courses)
          .method("courses by target group").build();
      Set<String> hide = hidden(d);
      List<ReportRow> rows = new ArrayList<>();
      for (String g : d.categories()) {
        Text label = "~".equals(g) ? new Text("Ikke registreret", "Not registered")
            : new Text(Labels.label("TargetGroup", g, Labels.DANISH), Labels.label("TargetGroup", g, Labels.ENGLISH));
        rows.add(new ReportRow("~".equals(g) ? Optional.empty() : Optional.of(g), label,
            shareCells(d.share(g), hide.contains(g))));
      }
      Text unit = new Text("forløb", "courses");
      add("cohort", "S0 §4.1", new Text("Kohorten efter målgruppe", "The cohort by target group"),
          List.of(new Text("Målgruppe", "Target group"), PERCENT, COUNT, INTERVAL), rows, courses, unit,
          new Text("Forløb efter registreret målgruppe.", "Courses by registered target group."), notes(List.of(), unit));
    }

    void distribution(String id, String figure, Text title, Text head, Text unit, Text method, Distribution d) {
      Set<String> hide = hidden(d);
      List<ReportRow> rows = new ArrayList<>();
      for (String c : d.categories()) {
        rows.add(new ReportRow(c, new Text(d.label(c, Labels.DANISH), d.label(c, Labels.ENGLISH)),
            shareCells(d.share(c), hide.contains(c))));
      }
      add(id, figure, title, List.of(head, PERCENT, COUNT, INTERVAL), rows, d.n(), unit, method,
          notes(d.exclusions(), YOUNG_PEOPLE.equals(unit) || unit.da().startsWith("unge") ? YOUNG_PEOPLE : unit));
    }

    void means(Map<String, Mean> means) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      List<Exclusion> common = List.of();
      for (String area : order(means.keySet())) {
        Mean m = means.get(area);
        long notAssessed = m.exclusions().stream().filter(e -> e.reason() == ExclusionReason.NOT_ASSESSED)
            .mapToLong(Exclusion::count).sum();
        n = Math.max(n, m.n() + notAssessed);
        common = m.exclusions().stream().filter(e -> e.reason() != ExclusionReason.NOT_ASSESSED).toList();
        rows.add(new ReportRow(area, area(area), List.of(Cell.mean(m), Cell.count(m.n()), Cell.count(notAssessed))));
      }
      if (dialogue()) {
        Text unit = new Text("unge med et første dialogskema", "young people with a first dialogue form");
        add("baseline-means", "S0 Fig 4.4", new Text("Gennemsnit ved første dialogskema (1–5)",
            "Baseline means, first dialogue form (1–5)"), List.of(AREA, new Text("Gennemsnit", "Mean"), N,
                new Text("Ikke vurderet", "Not assessed")), rows, n, unit,
            new Text("Gennemsnit pr. livsområde af den unges første dialogskema (1 = største bekymring, 5 = ingen). "
                + "n pr. række er de unge, der blev vurderet på livsområdet; ikke vurderede er udeladt i rækken.",
                "Mean per life area of the young person's first dialogue form (1 = most concern, 5 = none). The n of "
                    + "a row counts the young people assessed on the life area; those not assessed are left out of "
                    + "that row."),
            notes(common, YOUNG_PEOPLE));
        return;
      }
      Text name = name();
      add("baseline-means", null, new Text("Gennemsnit ved første besvarelse af " + name.da() + scale(),
          "Baseline means, first " + name.en() + " response" + scale()), List.of(QUESTION,
              new Text("Gennemsnit", "Mean"), N, new Text("Ikke vurderet", "Not assessed")), rows, n,
          new Text("unge med en første besvarelse af " + name.da(), "young people with a first " + name.en()
              + " response"),
          new Text("Gennemsnit pr. spørgsmål af den unges første besvarelse af " + name.da() + ", på spørgsmålets "
              + "egen skala, i instrumentets rækkefølge. n pr. række er de unge, der blev vurderet på spørgsmålet; "
              + "ikke vurderede er udeladt i rækken.",
              "Mean per question of the young person's first " + name.en() + " response, on the question's own "
                  + "scale, in the instrument's order. The n of a row counts the young people assessed on the "
                  + "question; those not assessed are left out of that row."),
          notes(common, YOUNG_PEOPLE));
    }

    void change(Map<String, Distribution> change) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      List<Exclusion> common = List.of();
      for (String area : order(change.keySet())) {
        Distribution d = change.get(area);
        long notAssessed = d.exclusions().stream().filter(e -> e.reason() == ExclusionReason.NOT_ASSESSED)
            .mapToLong(Exclusion::count).sum();
        n = Math.max(n, d.n() + notAssessed);
        common = d.exclusions().stream().filter(e -> e.reason() != ExclusionReason.NOT_ASSESSED).toList();
        Set<String> hide = hidden(d);
        List<Cell> cells = new ArrayList<>();
        for (String c : List.of("DECLINE", "STATUS_QUO", "PROGRESS")) {
          cells.add(percentCi(d.share(c), hide.contains(c)));
        }
        cells.add(Cell.count(d.n()));
        cells.add(Cell.count(notAssessed));
        rows.add(new ReportRow(area, area(area), cells));
      }
      Text name = name();
      Text unit = dialogue()
          ? new Text("unge med mindst to dialogskemaer", "young people with at least two dialogue forms")
          : new Text("unge med mindst to besvarelser af " + name.da(), "young people with at least two "
              + name.en() + " responses");
      Text title = dialogue() ? new Text("Udvikling fra første til seneste dialogskema",
          "Change from the first to the latest dialogue form")
          : new Text("Udvikling fra første til seneste besvarelse af " + name.da(),
              "Change from the first to the latest " + name.en() + " response");
      Text method = dialogue() ? new Text(
          "Første mod seneste dialogskema pr. livsområde: fremgang er mindst ét point i den gode retning, "
              + "tilbagegang mindst ét point i den dårlige, ellers status quo. n pr. række er de unge, der blev "
              + "vurderet på livsområdet i begge skemaer.",
          "First versus latest dialogue form per life area: progress is at least one point in the good "
              + "direction, decline at least one point in the bad, otherwise status quo. The n of a row counts "
              + "the young people assessed on the life area in both forms.")
          : new Text("Første mod seneste besvarelse af " + name.da() + " pr. spørgsmål: fremgang er mindst ét "
              + "point i den gode retning (spørgsmålets polaritet: hvor lavere er bedre, er et fald fremgang), "
              + "tilbagegang mindst ét point i den dårlige, ellers status quo. n pr. række er de unge, der blev "
              + "vurderet på spørgsmålet i begge besvarelser.",
              "First versus latest " + name.en() + " response per question: progress is at least one point in "
                  + "the good direction (the question's polarity: where lower is better, a fall is progress), "
                  + "decline at least one point in the bad, otherwise status quo. The n of a row counts the young "
                  + "people assessed on the question in both responses.");
      add("change", dialogue() ? "S0 Figs 5.3–5.9" : null, title,
          List.of(dialogue() ? AREA : QUESTION, new Text("Tilbagegang % (95 %-KI)", "Decline % (95% CI)"),
              new Text("Status quo % (95 %-KI)", "Status quo % (95% CI)"),
              new Text("Fremgang % (95 %-KI)", "Progress % (95% CI)"), N, new Text("Ikke vurderet", "Not assessed")),
          rows, n, unit, method, notes(common, YOUNG_PEOPLE));
    }

    void paired(Map<String, PairedTest> tests) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      for (String area : order(tests.keySet())) {
        PairedTest p = tests.get(area);
        n = Math.max(n, p.pairs());
        Text how = switch (p.wilcoxon().methodUsed()) {
          case EXACT -> new Text("eksakt", "exact");
          case NORMAL -> new Text("normal", "normal");
          default -> new Text("normal, korr.", "normal, corr.");
        };
        rows.add(new ReportRow(area, area(area), List.of(Cell.count(p.pairs()), count(p.improved(),
            small(p.improved())), count(p.worsened(), small(p.worsened())), count(p.zeros(), small(p.zeros())),
            Cell.mean(p.first()), Cell.mean(p.latest()), Cell.number(p.wilcoxonStatistic(), 1),
            Cell.pValue(p.wilcoxonP()), Cell.text(p.wilcoxon().nonZero() == 0 ? Text.both("–") : how),
            Cell.pValue(p.signP()))));
      }
      Text name = name();
      Text unit = dialogue() ? new Text("par (unge med to vurderinger på livsområdet)",
          "pairs (young people assessed twice on the life area)")
          : new Text("par (unge med to vurderinger på spørgsmålet)", "pairs (young people assessed twice on the "
              + "question)");
      List<Text> notes = new ArrayList<>(notes(List.of(), unit));
      notes.add(0, new Text("Færre end " + Measures.SMALL_N + " par med en forskel: fortolk p-værdien varsomt.",
          "Fewer than " + Measures.SMALL_N + " pairs with a difference: interpret the p-value with care."));
      add("paired-tests", null, dialogue() ? new Text("Parrede test: første mod seneste dialogskema",
          "Paired tests: first versus latest dialogue form") : new Text("Parrede test: første mod seneste "
              + "besvarelse af " + name.da(), "Paired tests: first versus latest " + name.en() + " response"),
          List.of(dialogue() ? AREA : QUESTION, N,
              new Text("Forbedret", "Improved"), new Text("Forværret", "Worsened"), new Text("Uændret", "Unchanged"),
              new Text("Gns. første", "Mean first"), new Text("Gns. seneste", "Mean latest"), Text.both("W+"),
              new Text("p (Wilcoxon)", "p (Wilcoxon)"), new Text("Metode", "Method"),
              new Text("p (fortegnstest)", "p (sign test)")), rows, n, unit,
          new Text("Forskellen seneste minus første svar, vendt så positiv er en forbedring. Wilcoxons parrede "
              + "rangtest, tosidet, par uden forskel udeladt før rangering; eksakt fordeling under 50 par uden "
              + "bånd, ellers normalfordelingen med kontinuitetskorrektion (som R's wilcox.test). W+ er "
              + "rangsummen for forbedringerne; »normal, korr.« er normalfordelingen med kontinuitetskorrektion. Fortegnstest: eksakt tosidet binomialtest med p = ½ på parrene "
              + "med en forskel.",
              "The difference latest minus first response, turned so positive is an improvement. Wilcoxon "
                  + "signed-rank test, two-sided, pairs without a difference dropped before ranking; the exact "
                  + "distribution below 50 pairs without ties, else the normal approximation with continuity "
                  + "correction (as R's wilcox.test). W+ is the rank sum of the improvements; \"normal, corr.\" is the normal "
                  + "approximation with continuity correction. Sign test: exact "
                  + "two-sided binomial test with p = ½ on the pairs with a difference."),
          notes);
    }

    void participation(List<RoleParticipation> roles) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      for (RoleParticipation p : roles) {
        n = p.attended().n();
        boolean hide = hideShare(p.attended());
        boolean hideActive = hide || hideShare(p.activeOfAttended());
        rows.add(new ReportRow(p.role(), new Text(Labels.label("ParticipantRole", p.role(), Labels.DANISH),
            Labels.label("ParticipantRole", p.role(), Labels.ENGLISH)), List.of(percentCi(p.attended(), hide),
                count(p.attended().count(), hide), percentCi(p.activeOfAttended(), hideActive))));
      }
      add("participation", "S0 Table 6.2", new Text("Deltagere på netværksmøderne", "Network meeting participants"),
          List.of(new Text("Rolle", "Role"), new Text("Deltog, % af møder (95 %-KI)", "Attended, % of meetings (95% CI)"),
              new Text("Deltog, antal", "Attended, count"),
              new Text("Aktiv, % af dem der deltog (95 %-KI)", "Active, % of those attending (95% CI)")),
          rows, n, CHECKLISTS, new Text("Pr. rolle: mødetjeklister, hvor rollen deltog, af alle mødetjeklister; "
              + "aktiv deltagelse af de tjeklister, hvor rollen deltog (nævneren er rækkens antal).",
              "Per role: meeting checklists on which the role attended, of all meeting checklists; active "
                  + "participation of the checklists on which the role attended (the denominator is the row's "
                  + "count)."), notes(List.of(), CHECKLISTS));
    }

    void privateNetwork(Grouped<Share> g) {
      List<ReportRow> rows = new ArrayList<>();
      g.groups().forEach((k, s) -> rows.add(new ReportRow(k, Text.both(g.names().getOrDefault(k, k)),
          List.of(count(s.count(), hideShare(s)), Cell.count(s.n()), percentCi(s, hideShare(s))))));
      rows.add(new ReportRow(new Text("I alt", "Total"), List.of(count(g.total().count(), hideShare(g.total())),
          Cell.count(g.total().n()), percentCi(g.total(), hideShare(g.total())))));
      Text unit = new Text("forløb med et netværksmøde eller en mødetjekliste",
          "courses with a network meeting or a meeting checklist");
      add("private-network", "S0 Table 6.3", new Text("Privat netværk inddraget i forløbet",
          "Private network involved in the course"), List.of(new Text("Kommune", "Municipality"),
              new Text("Inddraget", "Involved"), N, PERCENT_CI), rows, g.total().n(), unit,
          new Text("Forløb, hvor en privat person deltog i mindst ét netværksmøde eller er registreret på en "
              + "mødetjekliste, af forløb med et netværksmøde eller en mødetjekliste.",
              "Courses in which a private person attended at least one network meeting or is recorded on a "
                  + "meeting checklist, of courses with a network meeting or a meeting checklist."),
          notes(g.total().exclusions(), new Text("forløb", "courses")));
    }

    void items(String id, String figure, Text title, Map<ChecklistItem, Share> items, ChecklistItem from,
        ChecklistItem to) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      for (ChecklistItem item : ChecklistItem.values()) {
        if (item.ordinal() < from.ordinal() || item.ordinal() > to.ordinal()) {
          continue;
        }
        Share yes = items.get(item);
        n = Math.max(n, yes.n());
        Share no = Share.of(yes.n() - yes.count(), yes.n(), yes.method());
        boolean hide = hideShare(yes);
        long notAnswered = yes.exclusions().stream().mapToLong(Exclusion::count).sum();
        rows.add(new ReportRow(item.name(), new Text(Labels.label(item, Labels.DANISH),
            Labels.label(item, Labels.ENGLISH)), List.of(percentCi(yes, hide), percentCi(no, hide),
                Cell.count(yes.n()), Cell.count(notAnswered))));
      }
      add(id, figure, title, List.of(new Text("Spørgsmål", "Question"), new Text("Ja % (95 %-KI)", "Yes % (95% CI)"),
          new Text("Nej % (95 %-KI)", "No % (95% CI)"), N, new Text("Ikke besvaret", "Not answered")), rows, n,
          CHECKLISTS, new Text("Pr. spørgsmål: mødetjeklister, der svarer ja eller nej, af dem der besvarer "
              + "spørgsmålet (rækkens n); tjeklister uden svar er udeladt i rækken.",
              "Per question: meeting checklists answering yes or no, of those answering the question (the row's "
                  + "n); checklists without an answer are left out of that row."), notes(List.of(), CHECKLISTS));
    }

    void fidelityIndex(Grouped<Share> g) {
      List<ReportRow> rows = new ArrayList<>();
      g.groups().forEach((k, s) -> rows.add(new ReportRow(k, Text.both(g.names().getOrDefault(k, k)),
          List.of(percentCi(s, hideShare(s)), count(s.count(), hideShare(s)), Cell.count(s.n())))));
      rows.add(new ReportRow(new Text("I alt", "Total"), List.of(percentCi(g.total(), hideShare(g.total())),
          count(g.total().count(), hideShare(g.total())), Cell.count(g.total().n()))));
      Text unit = new Text("besvarede tjeklistespørgsmål", "answered checklist questions");
      add("model-fidelity", null, new Text("Modeltroskabsindeks pr. kommune", "Model fidelity index per municipality"),
          List.of(new Text("Kommune", "Municipality"), PERCENT_CI, new Text("Ønskede svar", "Desirable answers"), N),
          rows, g.total().n(), unit, new Text("Ønskede svar af alle besvarede spørgsmål på mødetjeklisterne: nej "
              + "til formøde kun for fagpersoner, ja til de øvrige.", "Desirable answers of all answered questions "
              + "on the meeting checklists: no to a premeeting for professionals only, yes to the others."),
          notes(List.of(), unit));
    }

    void meetings(MeetingCompletion m) {
      Text meetings = new Text("forfaldne faste møder", "due fixed meetings");
      boolean hide = hideShare(m.overall());
      add("fixed-meetings", null, new Text("Faste møder afholdt", "Fixed meetings held"),
          List.of(new Text("Mål", "Measure"), PERCENT_CI, COUNT, N), List.of(new ReportRow("HELD",
              new Text("Faste møder afholdt af forfaldne", "Fixed meetings held of due"),
              List.of(percentCi(m.overall(), hide), count(m.overall().count(), hide), Cell.count(m.overall().n())))),
          m.overall().n(), meetings, new Text("Faste netværksmøder afholdt inden for programmets tolerance, af dem "
              + "der er forfaldne efter programmets mødekadence til opgørelsesdatoen (eller slutdatoen).",
              "Fixed network meetings held within the programme's tolerance, of those due under the programme's "
                  + "meeting cadence by the reference date (or the end date)."),
          notes(List.of(), meetings));
      Text young = new Text("unge med mindst ét forfaldent fast møde", "young people with at least one due fixed meeting");
      boolean hideAll = hideShare(m.allHeld());
      add("fixed-meetings-young-people", null, new Text("Unge med alle faste møder afholdt",
          "Young people with every fixed meeting held"), List.of(new Text("Mål", "Measure"), PERCENT_CI, COUNT, N),
          List.of(new ReportRow("ALL_HELD", new Text("Unge med alle forfaldne møder afholdt",
              "Young people with every due meeting held"), List.of(percentCi(m.allHeld(), hideAll),
                  count(m.allHeld().count(), hideAll), Cell.count(m.allHeld().n())))), m.allHeld().n(), young,
          new Text("Unge, hvis forfaldne faste møder alle er afholdt, af unge med mindst ét forfaldent fast møde.",
              "Young people all of whose due fixed meetings were held, of young people with at least one due."),
          notes(m.allHeld().exclusions(), YOUNG_PEOPLE));
    }

    void caseload(Caseload c) {
      Distribution d = c.sizes();
      Set<String> hide = hidden(d);
      List<ReportRow> rows = new ArrayList<>();
      for (String k : d.categories()) {
        rows.add(new ReportRow(k, Text.both(k), shareCells(d.share(k), hide.contains(k))));
      }
      Text unit = new Text("koordinatorer", "coordinators");
      List<Text> notes = new ArrayList<>(notes(d.exclusions(), new Text("forløb", "courses")));
      notes.add(new Text("Gennemsnitlig sagsstamme: " + c.mean().text(Labels.DANISH) + " aktive forløb pr. koordinator.",
          "Mean caseload: " + c.mean().text(Labels.ENGLISH) + " active courses per coordinator."));
      add("caseload", null, new Text("Sagsstamme pr. koordinator (aktive forløb)",
          "Caseload per coordinator (active courses)"), List.of(new Text("Aktive forløb", "Active courses"),
              PERCENT, new Text("Koordinatorer", "Coordinators"), INTERVAL), rows, d.n(), unit,
          new Text("Koordinatorer efter antal aktive forløb på opgørelsesdatoen.",
              "Coordinators by their number of active courses on the reference date."), notes);
    }

    void halfYear(HalfYearStatus s) {
      List<ReportRow> rows = new ArrayList<>();
      long enrolled = s.enrolled();
      rows.add(new ReportRow("ENROLLED", new Text("Indskrevne i halvåret", "Enrolled in the half year"),
          List.of(Cell.count(enrolled), Cell.count(enrolled), Cell.text(Text.both("")))));
      Share started = Share.of(s.started(), enrolled, "started");
      Share ended = Share.of(s.ended(), enrolled, "ended");
      rows.add(new ReportRow("STARTED", new Text("Startet i halvåret", "Started in the half year"),
          List.of(count(s.started(), hideShare(started)), Cell.count(enrolled), percentCi(started, hideShare(started)))));
      rows.add(new ReportRow("ENDED", new Text("Afsluttet i halvåret", "Ended in the half year"),
          List.of(count(s.ended(), hideShare(ended)), Cell.count(enrolled), percentCi(ended, hideShare(ended)))));
      shareRows(rows, s.educationAndJob(), "Occupation", new Text("", ""), false);
      shareRows(rows, s.educationTypes(), "EducationType", new Text("Uddannelse: ", "Education: "), true);
      shareRows(rows, s.employment(), "EmploymentStatus", new Text("Beskæftigelse: ", "Employment: "), true);
      Text period = Text.both(s.from() + " – " + s.until());
      add("half-year-status", "S2 §4.3", new Text("Halvårsstatus til den tværgående ledergruppe " + period.da(),
          "Half-year status for the leader group " + period.en()), List.of(new Text("Emne", "Item"), COUNT, N,
              PERCENT_CI), rows, enrolled, new Text("unge indskrevet i halvåret", "young people enrolled in the half year"),
          new Text("Unge med et forløb, der var åbent på et tidspunkt i halvåret. Status ved seneste registrering; "
              + "hver række har sin egen nævner (n): unge med en registreret status af den pågældende slags.",
              "Young people with a course open at some point in the half year. Status at the latest registration; "
                  + "every row has its own denominator (n): young people with a registered status of that kind."),
          halfYearNotes());
      Share m = s.meetingCompletion();
      Text meetings = new Text("forfaldne faste møder", "due fixed meetings");
      add("half-year-meetings", "S2 §4.3", new Text("Faste møder i halvåret " + period.da(),
          "Fixed meetings in the half year " + period.en()), List.of(new Text("Mål", "Measure"), COUNT, N, PERCENT_CI),
          List.of(new ReportRow("HELD", new Text("Faste møder afholdt af forfaldne", "Fixed meetings held of due"),
              List.of(count(m.count(), hideShare(m)), Cell.count(m.n()), percentCi(m, hideShare(m))))), m.n(),
          meetings, new Text("Faste møder afholdt inden for tolerancen, af forfaldne, for forløb åbne i halvåret.",
              "Fixed meetings held within the tolerance, of those due, for courses open in the half year."),
          notes(List.of(), meetings));
    }

    List<Text> halfYearNotes() {
      List<Text> notes = new ArrayList<>(notes(List.of(), YOUNG_PEOPLE));
      notes.add(0, new Text("Uddannelse og beskæftigelse registreres hver for sig, så »I uddannelse« (fra "
          + "uddannelsesstatus) og »Beskæftigelse: Ikke relevant (i uddannelse)« (fra beskæftigelsesstatus) kan "
          + "afvige en smule.", "Education and employment are registered separately, so \"In education\" (from "
          + "the education status) and \"Employment: Not relevant (in education)\" (from the employment status) "
          + "can differ slightly."));
      return notes;
    }

    private void shareRows(List<ReportRow> rows, Distribution d, String type, Text prefix, boolean onlyPositive) {
      Set<String> hide = hidden(d);
      for (String c : d.categories()) {
        if (onlyPositive && d.count(c) == 0) {
          continue;
        }
        Share sh = d.share(c);
        boolean h = hide.contains(c) || hideShare(sh);
        rows.add(new ReportRow(c, new Text(prefix.da() + Labels.label(type, c, Labels.DANISH),
            prefix.en() + Labels.label(type, c, Labels.ENGLISH)), List.of(count(d.count(c), h), Cell.count(d.n()),
                percentCi(sh, h))));
      }
    }

    /** The chosen instrument's Danish and English name, for titles, units and methods. */
    Text name() {
      return new Text(options.instrument().nameDa(), options.instrument().nameEn());
    }

    /** " (1–5)" when every question of the chosen instrument has that one scale, else nothing. */
    String scale() {
      List<dk.samarbejdsmodel.core.instrument.Dimension> ds = options.instrument().dimensions();
      boolean one = ds.stream().allMatch(d -> d.scaleMin() == ds.get(0).scaleMin() && d.scaleMax() == ds.get(0)
          .scaleMax());
      return one && !ds.isEmpty() ? " (" + ds.get(0).scaleMin() + "–" + ds.get(0).scaleMax() + ")" : "";
    }

    /** Whether the report is on the dialogue form (whose titles are S0's). */
    boolean dialogue() {
      return options.instrument().id().equals(Instruments.DIALOGUE_FORM.id());
    }

    /** The instrument's dimensions in question order, then any others by code. */
    List<String> order(Collection<String> areas) {
      List<String> out = new ArrayList<>();
      options.instrument().dimensions().forEach(d -> {
        if (areas.contains(d.code())) {
          out.add(d.code());
        }
      });
      areas.stream().filter(a -> !out.contains(a)).sorted().forEach(out::add);
      return out;
    }

    /**
     * A dimension's own label, from the instrument; the dialogue form's dimensions (and codes the instrument
     * does not have) are labelled as life areas, in the SDK's labels.
     */
    Text area(String code) {
      Optional<dk.samarbejdsmodel.core.instrument.Dimension> d = options.instrument().dimension(code);
      if (d.isPresent() && !dialogue()) {
        return new Text(d.get().labelDa(), d.get().labelEn());
      }
      return new Text(Labels.label("LifeArea", code, Labels.DANISH), Labels.label("LifeArea", code, Labels.ENGLISH));
    }
  }
}
