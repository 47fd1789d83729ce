package dk.samarbejdsmodel.core.outcome.report;

import dk.samarbejdsmodel.core.outcome.Caseload;
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

  /** The report; counts below the options' minimum cell size are suppressed. */
  public static CohortReport of(Collection<CohortRecord> records, LocalDate asOf, ReportOptions options) {
    Tables t = new Tables(options);
    t.cohort(records);
    t.distribution("age-at-start", "S0 Table 4.1", new Text("Alder ved opstart", "Age at start"),
        new Text("Alder", "Age"), Measures.ageAtStart().of(records));
    t.distribution("placement-type", "S0 Fig 4.1", new Text("Anbringelsesform (mødetjeklister)",
        "Placement type (meeting checklists)"), new Text("Anbringelsesform", "Placement type"),
        Measures.placementTypes().of(records));
    t.distribution("education-start", "S0 Fig 4.2", new Text("I uddannelse ved opstart", "In education at start"),
        new Text("I uddannelse", "In education"), Measures.education(StatusPoint.START).of(records));
    t.distribution("education-type-start", "S0 Fig 4.2",
        new Text("Uddannelsestype ved opstart (af dem i uddannelse)", "Education type at start (of those in education)"),
        new Text("Uddannelse", "Education"), Measures.educationTypes(StatusPoint.START).of(records));
    t.distribution("employment-start", "S0 Fig 4.3", new Text("Beskæftigelse ved opstart", "Employment at start"),
        new Text("Beskæftigelse", "Employment"), Measures.employment(StatusPoint.START).of(records));
    t.means("baseline-means", "S0 Fig 4.4", new Text("Gennemsnit ved første dialogskema (1–5)",
        "Baseline means, first dialogue form (1–5)"), Measures.baselineMeans(Measures.DIALOGUE_FORM).of(records));
    t.distribution("education-latest", "S0 Fig 5.1", new Text("I uddannelse, seneste registrering",
        "In education, latest registration"), new Text("I uddannelse", "In education"),
        Measures.education(StatusPoint.LATEST).of(records));
    t.distribution("employment-latest", "S0 Fig 5.2", new Text("Beskæftigelse, seneste registrering",
        "Employment, latest registration"), new Text("Beskæftigelse", "Employment"),
        Measures.employment(StatusPoint.LATEST).of(records));
    t.change("change", "S0 Figs 5.3–5.9", Measures.change(Measures.DIALOGUE_FORM, ChangeClassifier.DEFAULT)
        .of(records));
    t.participation(Measures.participation().of(records));
    t.privateNetwork(Measures.privateNetworkInvolvement().of(records));
    Map<ChecklistItem, Share> items = Measures.checklistItems().of(records);
    t.items("involvement", "S0 Fig 6.2", new Text("Den unges inddragelse på netværksmøderne",
        "The young person's involvement in network meetings"), items, ChecklistItem.PROFESSIONALS_ONLY_PREMEETING,
        ChecklistItem.AGENDA_COMPLETED);
    t.items("goals-agreements", "S0 Fig 6.3", new Text("Mål og aftaler", "Goals and agreements"), items,
        ChecklistItem.CLEAR_GOALS, ChecklistItem.FORM_USEFUL);
    t.items("network-card", "S0 Fig 6.4", new Text("Netværkskortet", "The network card"), items,
        ChecklistItem.NETWORK_CARD_MADE, ChecklistItem.NETWORK_CARD_GAVE_OVERVIEW);
    t.items("young-persons-adult", "S0 Fig 6.5", new Text("Den unges voksne", "The young person's adult"), items,
        ChecklistItem.HAS_YOUNG_PERSONS_ADULT, ChecklistItem.HAS_YOUNG_PERSONS_ADULT);
    t.grouped("model-fidelity", null, new Text("Modeltroskabsindeks pr. kommune", "Model fidelity index per municipality"),
        new Text("Kommune", "Municipality"), Measures.modelFidelityIndex(Grouping.MUNICIPALITY).of(records));
    t.meetings(Measures.fixedMeetingCompletion().of(records));
    t.caseload(Measures.caseload().of(records));
    LocalDate from = asOf.minusMonths(6).plusDays(1);
    t.halfYear(Measures.halfYearStatus(from, asOf).of(records));
    return builder().asOf(asOf).courses(records.size()).options(options).tables(t.tables).build();
  }

  /** Builds the tables. */
  private static final class Tables {
    final ReportOptions options;
    final List<ReportTable> tables = new ArrayList<>();
    static final Text PERCENT = Text.both("%");
    static final Text COUNT = new Text("Antal", "Count");
    static final Text INTERVAL = new Text("95% konfidensinterval (Wilson)", "95% CI (Wilson)");

    Tables(ReportOptions options) {
      this.options = options;
    }

    List<Cell> shareCells(Share s) {
      if (options.suppress(s.count())) {
        Cell x = Cell.suppressed(options.minimumCellSize());
        return List.of(x, x, x);
      }
      return List.of(Cell.percent(s), Cell.count(s.count()), Cell.interval(s));
    }

    List<Text> notes(List<Exclusion> exclusions) {
      List<Text> notes = new ArrayList<>();
      if (!exclusions.isEmpty()) {
        notes.add(new Text("Ekskluderet: " + exclusions.stream().map(e -> e.count() + " "
            + Labels.label(e.reason(), Labels.DANISH)).collect(Collectors.joining("; ")),
            "Excluded: " + exclusions.stream().map(e -> e.count() + " "
                + Labels.label(e.reason(), Labels.ENGLISH)).collect(Collectors.joining("; "))));
      }
      if (options.minimumCellSize() > 0) {
        notes.add(new Text("Antal under " + options.minimumCellSize() + " er skjult.",
            "Counts below " + options.minimumCellSize() + " are suppressed."));
      }
      return notes;
    }

    void add(String id, String figure, Text title, List<Text> columns, List<ReportRow> rows, long n, String method,
        List<Text> notes) {
      tables.add(ReportTable.builder().id(id).figureId(Optional.ofNullable(figure)).title(title).columns(columns)
          .rows(rows).n(n).method(method).notes(notes).build());
    }

    void cohort(Collection<CohortRecord> records) {
      TreeMap<String, Long> groups = new TreeMap<>();
      records.forEach(r -> groups.merge(r.targetGroup().orElse("~"), 1L, Long::sum));
      List<ReportRow> rows = new ArrayList<>();
      groups.forEach((g, c) -> rows.add(new ReportRow("~".equals(g) ? new Text("Ikke registreret", "Not registered")
          : new Text(Labels.label("TargetGroup", g, Labels.DANISH), Labels.label("TargetGroup", g, Labels.ENGLISH)),
          shareCells(Share.of(c, records.size(), "courses by target group")))));
      add("cohort", "S0 §4.1", new Text("Kohorten efter målgruppe", "The cohort by target group"),
          List.of(new Text("Målgruppe", "Target group"), PERCENT, COUNT, INTERVAL), rows, records.size(),
          "Courses by registered target group", notes(List.of()));
    }

    void distribution(String id, String figure, Text title, Text head, Distribution d) {
      List<ReportRow> rows = new ArrayList<>();
      for (String c : d.categories()) {
        rows.add(new ReportRow(new Text(d.label(c, Labels.DANISH), d.label(c, Labels.ENGLISH)),
            shareCells(d.share(c))));
      }
      add(id, figure, title, List.of(head, PERCENT, COUNT, INTERVAL), rows, d.n(), d.method(),
          notes(d.exclusions()));
    }

    void means(String id, String figure, Text title, Map<String, Mean> means) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      for (String area : order(means.keySet())) {
        Mean m = means.get(area);
        n = Math.max(n, m.n());
        rows.add(new ReportRow(area(area), List.of(Cell.mean(m), Cell.count(m.n()))));
      }
      List<Exclusion> ex = means.isEmpty() ? List.of() : means.values().iterator().next().exclusions();
      add(id, figure, title, List.of(new Text("Livsområde", "Life area"), new Text("Gennemsnit", "Mean"), COUNT),
          rows, n, means.isEmpty() ? "O-01" : means.values().iterator().next().method(), notes(ex));
    }

    void change(String id, String figure, Map<String, Distribution> change) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      List<Exclusion> ex = List.of();
      for (String area : order(change.keySet())) {
        Distribution d = change.get(area);
        n = Math.max(n, d.n());
        ex = d.exclusions();
        List<Cell> cells = new ArrayList<>();
        for (String c : List.of("DECLINE", "STATUS_QUO", "PROGRESS")) {
          cells.add(shareCells(d.share(c)).get(0));
        }
        cells.add(Cell.count(d.n()));
        rows.add(new ReportRow(area(area), cells));
      }
      List<Text> notes = new ArrayList<>(notes(ex));
      add(id, figure, new Text("Udvikling fra første til seneste dialogskema",
          "Change from the first to the latest dialogue form"),
          List.of(new Text("Livsområde", "Life area"), new Text("Tilbagegang", "Decline"),
              Text.both("Status quo"), new Text("Fremgang", "Progress"), COUNT),
          rows, n, ChangeClassifier.DEFAULT.describe(), notes);
    }

    void participation(List<RoleParticipation> roles) {
      List<ReportRow> rows = new ArrayList<>();
      long n = 0;
      for (RoleParticipation p : roles) {
        n = p.attended().n();
        List<Cell> cells = new ArrayList<>();
        cells.add(shareCells(p.attended()).get(0));
        cells.add(Cell.count(p.attended().count()));
        cells.add(shareCells(p.activeOfAttended()).get(0));
        rows.add(new ReportRow(new Text(Labels.label("ParticipantRole", p.role(), Labels.DANISH),
            Labels.label("ParticipantRole", p.role(), Labels.ENGLISH)), cells));
      }
      add("participation", "S0 Table 6.2", new Text("Deltagere på netværksmøderne", "Network meeting participants"),
          List.of(new Text("Rolle", "Role"), new Text("Deltog (% af møder)", "Attended (% of meetings)"), COUNT,
              new Text("Aktiv (% af dem der deltog)", "Active (% of those attending)")),
          rows, n, "O-07: unit: meeting checklist", notes(List.of()));
    }

    void privateNetwork(Grouped<Share> g) {
      List<ReportRow> rows = new ArrayList<>();
      g.groups().forEach((k, s) -> rows.add(new ReportRow(Text.both(g.names().getOrDefault(k, k)),
          List.of(Cell.text(Text.both(options.suppress(s.count()) ? "<" + options.minimumCellSize()
              : s.count() + " / " + s.n())), shareCells(s).get(0)))));
      rows.add(new ReportRow(new Text("I alt", "Total"), List.of(Cell.text(Text.both(g.total().count() + " / "
          + g.total().n())), shareCells(g.total()).get(0))));
      add("private-network", "S0 Table 6.3", new Text("Privat netværk inddraget i forløbet",
          "Private network involved in the course"), List.of(new Text("Kommune", "Municipality"),
              new Text("Forløb", "Courses"), PERCENT), rows, g.total().n(), g.total().method(),
          notes(g.total().exclusions()));
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
        rows.add(new ReportRow(new Text(Labels.label(item, Labels.DANISH), Labels.label(item, Labels.ENGLISH)),
            List.of(shareCells(yes).get(0), shareCells(no).get(0), Cell.count(yes.n()))));
      }
      add(id, figure, title, List.of(new Text("Spørgsmål", "Question"), new Text("Ja", "Yes"),
          new Text("Nej", "No"), COUNT), rows, n, "O-08: unit: meeting checklist answering the item",
          notes(List.of()));
    }

    void grouped(String id, String figure, Text title, Text head, Grouped<Share> g) {
      List<ReportRow> rows = new ArrayList<>();
      g.groups().forEach((k, s) -> rows.add(new ReportRow(Text.both(g.names().getOrDefault(k, k)),
          shareCells(s))));
      rows.add(new ReportRow(new Text("I alt", "Total"), shareCells(g.total())));
      add(id, figure, title, List.of(head, PERCENT, COUNT, INTERVAL), rows, g.total().n(), g.total().method(),
          notes(List.of()));
    }

    void meetings(MeetingCompletion m) {
      List<ReportRow> rows = List.of(
          new ReportRow(new Text("Faste møder afholdt af forfaldne", "Fixed meetings held of due"),
              shareCells(m.overall())),
          new ReportRow(new Text("Unge med alle forfaldne møder afholdt", "Young people with every due meeting held"),
              shareCells(m.allHeld())));
      add("fixed-meetings", null, new Text("Faste møder", "Fixed meetings"),
          List.of(new Text("Mål", "Measure"), PERCENT, COUNT, INTERVAL), rows, m.overall().n(),
          m.overall().method(), notes(m.overall().exclusions()));
    }

    void caseload(Caseload c) {
      List<ReportRow> rows = new ArrayList<>();
      Distribution d = c.sizes();
      for (String k : d.categories()) {
        rows.add(new ReportRow(Text.both(k), shareCells(d.share(k))));
      }
      List<Text> notes = new ArrayList<>(notes(d.exclusions()));
      notes.add(new Text("Gennemsnitlig sagsstamme: " + c.mean().text(Labels.DANISH),
          "Mean caseload: " + c.mean().text(Labels.ENGLISH)));
      add("caseload", null, new Text("Sagsstamme pr. koordinator (aktive forløb)",
          "Caseload per coordinator (active courses)"), List.of(new Text("Forløb", "Courses"), PERCENT,
              new Text("Koordinatorer", "Coordinators"), INTERVAL), rows, d.n(), d.method(), notes);
    }

    void halfYear(HalfYearStatus s) {
      List<ReportRow> rows = new ArrayList<>();
      rows.add(new ReportRow(new Text("Indskrevne i halvåret", "Enrolled in the half year"),
          List.of(Cell.count(s.enrolled()), Cell.text(Text.both("")))));
      rows.add(new ReportRow(new Text("Startet i halvåret", "Started in the half year"),
          List.of(Cell.count(s.started()), Cell.text(Text.both("")))));
      rows.add(new ReportRow(new Text("Afsluttet i halvåret", "Ended in the half year"),
          List.of(Cell.count(s.ended()), Cell.text(Text.both("")))));
      addShareRows(rows, s.educationAndJob(), "Occupation");
      s.educationTypes().categories().stream().filter(c -> s.educationTypes().count(c) > 0).forEach(c ->
          rows.add(new ReportRow(new Text("Uddannelse: " + s.educationTypes().label(c, Labels.DANISH),
              "Education: " + s.educationTypes().label(c, Labels.ENGLISH)), List.of(
                  Cell.count(options.suppress(s.educationTypes().count(c)) ? 0 : s.educationTypes().count(c)),
                  shareCells(s.educationTypes().share(c)).get(0)))));
      s.employment().categories().stream().filter(c -> s.employment().count(c) > 0).forEach(c ->
          rows.add(new ReportRow(new Text("Beskæftigelse: " + s.employment().label(c, Labels.DANISH),
              "Employment: " + s.employment().label(c, Labels.ENGLISH)), List.of(
                  Cell.count(options.suppress(s.employment().count(c)) ? 0 : s.employment().count(c)),
                  shareCells(s.employment().share(c)).get(0)))));
      rows.add(new ReportRow(new Text("Faste møder afholdt af forfaldne", "Fixed meetings held of due"),
          List.of(Cell.count(s.meetingCompletion().count()), shareCells(s.meetingCompletion()).get(0))));
      add("half-year-status", "S2 §4.3", new Text("Halvårsstatus til den tværgående ledergruppe "
          + s.from() + " – " + s.until(), "Half-year status for the leader group " + s.from() + " – " + s.until()),
          List.of(new Text("Emne", "Item"), COUNT, PERCENT), rows, s.enrolled(),
          "O-12: courses open at some point in the half year; statuses at the latest registration",
          notes(List.of()));
    }

    private void addShareRows(List<ReportRow> rows, Distribution d, String type) {
      for (String c : d.categories()) {
        rows.add(new ReportRow(new Text(Labels.label(type, c, Labels.DANISH), Labels.label(type, c, Labels.ENGLISH)),
            List.of(Cell.count(options.suppress(d.count(c)) ? 0 : d.count(c)), shareCells(d.share(c)).get(0))));
      }
    }

    static List<String> order(Collection<String> areas) {
      List<String> out = new ArrayList<>();
      Instruments.DIALOGUE_FORM.dimensions().forEach(d -> {
        if (areas.contains(d.code())) {
          out.add(d.code());
        }
      });
      areas.stream().filter(a -> !out.contains(a)).sorted().forEach(out::add);
      return out;
    }

    static Text area(String code) {
      return new Text(Labels.label("LifeArea", code, Labels.DANISH), Labels.label("LifeArea", code, Labels.ENGLISH));
    }
  }
}
