package dk.samarbejdsmodel.core.outcome;

import dk.samarbejdsmodel.core.outcome.stats.Distribution;
import dk.samarbejdsmodel.core.outcome.stats.Exclusion;
import dk.samarbejdsmodel.core.outcome.stats.ExclusionReason;
import dk.samarbejdsmodel.core.outcome.stats.Mean;
import dk.samarbejdsmodel.core.outcome.stats.Alternative;
import dk.samarbejdsmodel.core.outcome.stats.PairedTest;
import dk.samarbejdsmodel.core.outcome.stats.SignTest;
import dk.samarbejdsmodel.core.outcome.stats.SignedRankMethod;
import dk.samarbejdsmodel.core.outcome.stats.SignedRankTest;
import dk.samarbejdsmodel.core.outcome.stats.Share;
import dk.samarbejdsmodel.core.outcome.stats.ZeroDifferences;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ChecklistRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ParticipantRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.ResponseRecord;
import dk.samarbejdsmodel.core.outcome.CohortRecord.StatusRecord;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import dk.samarbejdsmodel.core.tools.PlacementType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Resultatmål: the outcome measures O-01 … O-16 of the domain specification §6, each a mergeable
 * {@link Measure} over {@link CohortRecord}s. docs/outcomes.md gives every measure's definition, denominator,
 * exclusions and the published figure it reproduces.
 *
 * <pre>{@code
 * List<CohortRecord> records = CohortRecord.from(courses, asOf);
 * Map<String, Mean> baseline = Measures.baselineMeans("DIALOGUE_FORM").of(records);          // O-01
 * Map<String, Distribution> change = Measures.change("DIALOGUE_FORM", ChangeClassifier.DEFAULT).of(records); // O-02/03
 * Distribution inEducation = Measures.education(StatusPoint.START).of(records);                // O-04
 * }</pre>
 */
public final class Measures {

  /** The dialogue form's instrument id. */
  public static final String DIALOGUE_FORM = "DIALOGUE_FORM";
  /** The start window in which a status registration counts as the registration at start. */
  public static final Period START_WINDOW = Period.ofMonths(3);
  /** Paired tests with fewer non-zero pairs than this are flagged as small-n. */
  public static final int SMALL_N = 20;
  /** Employment statuses that count as "a job" (S2's "i job"). */
  public static final Set<EmploymentStatus> JOB =
      Set.of(EmploymentStatus.PART_TIME_JOB, EmploymentStatus.FULL_TIME_JOB);
  /** Employment statuses that count as employment in S4's "entered or kept education or employment". */
  public static final Set<EmploymentStatus> EMPLOYED = Set.of(EmploymentStatus.PART_TIME_JOB,
      EmploymentStatus.FULL_TIME_JOB, EmploymentStatus.COMPANY_INTERNSHIP, EmploymentStatus.WAGE_SUBSIDY);

  /** A throw-away table for status look-ups whose exclusions no measure reports. */
  private static final TableKey SCRATCH = TableKey.of("scratch");
  private static final CellKey FIRST = CellKey.of("first");
  private static final CellKey LATEST = CellKey.of("latest");

  private Measures() {}

  // ------------------------------------------------------------------ plumbing

  /** A measure that owns the table {@code root} (and everything below it). */
  private static <R> Measure<R> measure(TableKey root, BiConsumer<CohortRecord, Tally> contribute,
      Function<Tally, R> finish) {
    Set<TableKey> tables = Set.of(root);
    return new Measure<>() {
      @Override
      public String id() {
        return root.measure();
      }

      @Override
      public Set<TableKey> tables() {
        return tables;
      }

      @Override
      public void contribute(CohortRecord record, Tally tally) {
        contribute.accept(record, tally);
      }

      @Override
      public R finish(Tally tally) {
        return finish.apply(tally);
      }

      @Override
      public String toString() {
        return "Measure[" + root + "]";
      }
    };
  }

  private static Distribution distribution(Tally t, TableKey table, String labelType, List<String> order,
      long n, String method) {
    Map<String, Long> counts = new LinkedHashMap<>();
    SortedMap<CellKey, Long> raw = t.table(table);
    for (String k : order) {
      counts.put(k, raw.getOrDefault(CellKey.of(k), 0L));
    }
    raw.forEach((k, v) -> counts.putIfAbsent(k.code(), v));
    return Distribution.builder().labelType(labelType).counts(counts).n(n).exclusions(t.exclusions(table))
        .method(method).build();
  }

  private static Distribution distribution(Tally t, TableKey table, String labelType, List<String> order,
      String method) {
    return distribution(t, table, labelType, order, t.total(table), method);
  }

  private static <C extends dk.samarbejdsmodel.core.OpenCode> List<String> codes(List<C> builtIns) {
    return builtIns.stream().map(dk.samarbejdsmodel.core.OpenCode::code).collect(Collectors.toList());
  }

  /** Records a group's display name: a counter of 0 under {@code (key, name)} in {@code root/names}. */
  private static void name(Tally t, TableKey root, String key, String name) {
    t.add(root.sub("names"), CellKey.of(key, name), 0);
  }

  private static Map<String, String> names(Tally t, TableKey root) {
    Map<String, String> names = new TreeMap<>();
    t.table(root.sub("names")).keySet().forEach(k -> names.putIfAbsent(k.part(0), k.part(1)));
    return names;
  }

  /** The first and latest responses to an instrument, or an exclusion counted in {@code table}. */
  private static Optional<ResponseRecord[]> pair(CohortRecord r, String instrumentId, Tally t, TableKey table) {
    // One pass without a filtered copy: this runs once per record over whole cohorts (docs/performance.md, B4).
    ResponseRecord first = null;
    ResponseRecord latest = null;
    for (ResponseRecord x : r.responses()) {
      if (x.instrumentId().equals(instrumentId)) {
        if (first == null) {
          first = x;
        } else {
          latest = x;
        }
      }
    }
    if (first == null) {
      t.exclude(table, ExclusionReason.NO_RESPONSE);
      return Optional.empty();
    }
    if (latest == null) {
      t.exclude(table, ExclusionReason.ONE_RESPONSE_ONLY);
      return Optional.empty();
    }
    return Optional.of(new ResponseRecord[] {first, latest});
  }

  /** The dimensions of a response: its instrument's dimensions, else the answered ones. */
  private static Set<String> dimensions(ResponseRecord r) {
    Set<String> known = r.polarities().keySet();
    if (known.containsAll(r.scores().keySet()) && known.containsAll(r.notAssessed())) {
      return known; // the usual case: every answered dimension belongs to the instrument; no copy per record
    }
    Set<String> dims = new java.util.LinkedHashSet<>(known);
    dims.addAll(r.scores().keySet());
    dims.addAll(r.notAssessed());
    return dims;
  }

  // ------------------------------------------------------------------ O-01

  /**
   * O-01 Baseline mean per dimension: the first response per young person; "not assessed" excluded per
   * dimension, young people without a response excluded (S0 Fig 4.4).
   */
  public static Measure<Map<String, Mean>> baselineMeans(String instrumentId) {
    TableKey table = TableKey.of("O-01", instrumentId);
    TableKey nTable = table.sub("n");
    TableKey sumTable = table.sub("sum");
    return measure(table, (r, t) -> {
      List<ResponseRecord> rs = r.responsesTo(instrumentId);
      if (rs.isEmpty()) {
        t.exclude(table, ExclusionReason.NO_RESPONSE);
        return;
      }
      ResponseRecord first = rs.get(0);
      for (String d : dimensions(first)) {
        Integer s = first.scores().get(d);
        CellKey dim = CellKey.of(d);
        t.add(nTable, dim, s == null ? 0 : 1);
        t.add(sumTable, dim, s == null ? 0 : s);
        if (s == null) {
          t.exclude(table.sub("dimension", d), ExclusionReason.NOT_ASSESSED);
        }
      }
    }, t -> {
      Map<String, Mean> out = new LinkedHashMap<>();
      for (CellKey dim : t.table(nTable).keySet()) {
        String d = dim.code();
        List<Exclusion> ex = new ArrayList<>(t.exclusions(table));
        ex.addAll(t.exclusions(table.sub("dimension", d)));
        out.put(d, Mean.builder().sum(t.get(sumTable, dim)).n(t.get(nTable, dim)).exclusions(ex)
            .method("O-01: mean of the first " + instrumentId + " response per young person on " + d
                + "; not assessed and young people without a response excluded").build());
      }
      return java.util.Collections.unmodifiableMap(out);
    });
  }

  // ------------------------------------------------------------------ O-02 / O-03

  /**
   * O-02 Change class per dimension of one young person, first versus latest response (empty when there are
   * fewer than two responses; dimensions not assessed in either response are left out).
   */
  public static Map<String, ChangeClass> changes(CohortRecord record, String instrumentId,
      ChangeClassifier classifier) {
    Map<String, ChangeClass> out = new LinkedHashMap<>();
    List<ResponseRecord> rs = record.responsesTo(instrumentId);
    if (rs.size() < 2) {
      return out;
    }
    ResponseRecord first = rs.get(0);
    ResponseRecord latest = rs.get(rs.size() - 1);
    for (String d : dimensions(first)) {
      Integer a = first.scores().get(d);
      Integer b = latest.scores().get(d);
      if (a != null && b != null) {
        out.put(d, classifier.classify(a, b, latest.polarity(d)));
      }
    }
    return out;
  }

  /**
   * O-02/O-03 Distribution of change per dimension: shares of decline, status quo and progress, first versus
   * latest response; young people with no or one response, and dimensions not assessed in either, excluded
   * (S0 Figs 5.3–5.9, S1).
   */
  public static Measure<Map<String, Distribution>> change(String instrumentId, ChangeClassifier classifier) {
    Objects.requireNonNull(classifier, "classifier");
    TableKey table = TableKey.of("O-03", instrumentId, classifier.threshold());
    PairTables tables = new PairTables(table);
    return measure(table, (r, t) -> forEachAssessedPair(r, t, instrumentId, tables, (d, a, b, latest) ->
        t.increment(tables.of(d), classifier.classify(a, b, latest.polarity(d)).name())), t -> {
      Map<String, Distribution> out = new LinkedHashMap<>();
      List<String> order = List.of("DECLINE", "STATUS_QUO", "PROGRESS");
      for (CellKey dim : t.table(tables.dims()).keySet()) {
        String d = dim.code();
        Distribution x = distribution(t, tables.of(d), "ChangeClass", order,
            "O-03: " + classifier.describe() + "; " + instrumentId + " dimension " + d
                + "; young people with fewer than two responses excluded");
        List<Exclusion> ex = new ArrayList<>(t.exclusions(table));
        ex.addAll(x.exclusions());
        out.put(d, Distribution.builder().from(x).exclusions(ex).build());
      }
      return java.util.Collections.unmodifiableMap(out);
    });
  }

  /**
   * Tally tables of a paired measure: {@code root/dims} (the dimensions seen), {@code root/dimension/<d>} (one
   * dimension's counters) and {@code root/dimension/<d>/sums}, built once per dimension rather than once per
   * record and dimension (docs/performance.md, B4). Thread-safe. The columnar {@code ChangeCounts} builds the same
   * tables for O-03 (ScoreColumnsPropertyTest checks that both give the same tally).
   */
  private record PairTables(TableKey table, TableKey dims, Map<String, TableKey[]> perDimension) {
    PairTables(TableKey table) {
      this(table, dims(table), new java.util.concurrent.ConcurrentHashMap<>());
    }

    static TableKey dims(TableKey root) {
      return root.sub("dims");
    }

    static TableKey dimension(TableKey root, String dimension) {
      return root.sub("dimension", dimension);
    }

    private TableKey[] tables(String dimension) {
      TableKey[] k = perDimension.get(dimension);
      return k != null ? k : perDimension.computeIfAbsent(dimension, d -> {
        TableKey of = dimension(table, d);
        return new TableKey[] {of, of.sub("sums")};
      });
    }

    TableKey of(String dimension) {
      return tables(dimension)[0];
    }

    TableKey sums(String dimension) {
      return tables(dimension)[1];
    }
  }

  /** A dimension's first and latest score of one young person, with the latest response for polarity. */
  @FunctionalInterface
  private interface PairedScore {
    void accept(String dimension, int first, int latest, ResponseRecord latestResponse);
  }

  /**
   * For a record with a first and a latest response to the instrument (others are excluded by
   * {@link #pair}): registers every dimension under {@code table/dims}, counts a dimension missing from either
   * response as not assessed, and hands each assessed pair to {@code action}.
   */
  private static void forEachAssessedPair(CohortRecord r, Tally t, String instrumentId, PairTables tables,
      PairedScore action) {
    Optional<ResponseRecord[]> p = pair(r, instrumentId, t, tables.table());
    if (p.isEmpty()) {
      return;
    }
    ResponseRecord first = p.get()[0];
    ResponseRecord latest = p.get()[1];
    for (String d : dimensions(first)) {
      Integer a = first.scores().get(d);
      Integer b = latest.scores().get(d);
      t.add(tables.dims(), CellKey.of(d), 0);
      if (a == null || b == null) {
        t.exclude(tables.of(d), ExclusionReason.NOT_ASSESSED);
      } else {
        action.accept(d, a, b, latest);
      }
    }
  }

  // ------------------------------------------------------------------ O-04

  private static Optional<StatusRecord> status(CohortRecord r, StatusPoint point, Predicate<StatusRecord> has,
      Tally t, TableKey table) {
    List<StatusRecord> candidates;
    if (point == StatusPoint.START) {
      LocalDate until = r.startDate().plus(START_WINDOW);
      candidates = r.statuses().stream().filter(s -> !s.date().isBefore(r.startDate()) && !s.date().isAfter(until))
          .collect(Collectors.toList());
      if (candidates.isEmpty()) {
        t.exclude(table, ExclusionReason.NO_REGISTRATION_AT_START);
        return Optional.empty();
      }
      Optional<StatusRecord> s = candidates.stream().filter(has).findFirst();
      if (s.isEmpty()) {
        t.exclude(table, ExclusionReason.NOT_REGISTERED);
      }
      return s;
    }
    Optional<StatusRecord> s = r.statuses().stream().filter(has).reduce((a, b) -> b);
    if (s.isEmpty()) {
      t.exclude(table, ExclusionReason.NOT_REGISTERED);
    }
    return s;
  }

  private static String where(StatusPoint point) {
    return point == StatusPoint.START ? "the first registration within " + START_WINDOW.toTotalMonths()
        + " months of the course start" : "the latest registration up to the reference date";
  }

  /**
   * In education yes/no into {@code table}; with {@code types}, also the education type of those in education
   * into {@code table/types}.
   */
  private static void contributeEducation(TableKey table, StatusPoint point, CohortRecord r, Tally t,
      boolean types) {
    status(r, point, s -> s.education().isPresent(), t, table).ifPresent(s -> {
      EducationStatus e = s.education().get();
      t.increment(table, e.inEducation() ? "YES" : "NO");
      if (types && e.inEducation()) {
        if (e.type().isPresent()) {
          t.increment(table.sub("types"), e.type().get().code());
        } else {
          t.exclude(table.sub("types"), ExclusionReason.NOT_REGISTERED);
        }
      }
    });
  }

  private static Distribution finishEducation(TableKey table, StatusPoint point, Tally t) {
    return distribution(t, table, "YesNo", List.of("YES", "NO"),
        "O-04: in education yes/no at " + where(point) + " with an education status");
  }

  private static Distribution finishEducationTypes(TableKey table, StatusPoint point, Tally t) {
    long inEducation = t.get(table, "YES");
    long typed = t.total(table.sub("types"));
    return distribution(t, table.sub("types"), "EducationType", codes(EducationType.builtIns()), typed,
        "O-04: education type at " + where(point) + ", of the " + inEducation
            + " in education (those without a type excluded)");
  }

  private static void contributeEmployment(TableKey table, StatusPoint point, CohortRecord r, Tally t) {
    status(r, point, s -> s.employment().isPresent(), t, table)
        .ifPresent(s -> t.increment(table, s.employment().get().code()));
  }

  private static Distribution finishEmployment(TableKey table, StatusPoint point, Tally t) {
    return distribution(t, table, "EmploymentStatus", codes(EmploymentStatus.builtIns()),
        "O-04: employment status at " + where(point) + " with an employment status");
  }

  private static void contributeEducationAndJob(TableKey table, StatusPoint point, CohortRecord r, Tally t) {
    Tally scratch = new Tally();
    Optional<StatusRecord> e = status(r, point, s -> s.education().isPresent(), scratch, SCRATCH);
    Optional<StatusRecord> j = status(r, point, s -> s.employment().isPresent(), scratch, SCRATCH);
    if (e.isEmpty() && j.isEmpty()) {
      boolean noIntake = scratch.exclusions(SCRATCH).stream()
          .anyMatch(x -> x.reason() == ExclusionReason.NO_REGISTRATION_AT_START);
      t.exclude(table, noIntake ? ExclusionReason.NO_REGISTRATION_AT_START : ExclusionReason.NOT_REGISTERED);
      return;
    }
    boolean edu = e.map(s -> s.education().get().inEducation()).orElse(false);
    boolean job = j.map(s -> JOB.contains(s.employment().get())).orElse(false);
    t.increment(table.sub("n"), "n");
    t.add(table, "EDUCATION", edu ? 1 : 0);
    t.add(table, "JOB", job ? 1 : 0);
    t.add(table, "BOTH", edu && job ? 1 : 0);
  }

  private static Distribution finishEducationAndJob(TableKey table, StatusPoint point, Tally t) {
    return distribution(t, table, "Occupation", List.of("EDUCATION", "JOB", "BOTH"), t.get(table.sub("n"), "n"),
        "O-04: in education, in a job (part- or full-time), and both, at " + where(point)
            + "; the categories overlap (both is counted in education and in job)");
  }

  /** O-04 In education yes/no at the start or latest (S0 Figs 4.2, 5.1). */
  public static Measure<Distribution> education(StatusPoint point) {
    TableKey table = TableKey.of("O-04", "education", point);
    return measure(table, (r, t) -> contributeEducation(table, point, r, t, false),
        t -> finishEducation(table, point, t));
  }

  /** O-04 Education types of those in education at the start or latest (S0 Fig 4.2). */
  public static Measure<Distribution> educationTypes(StatusPoint point) {
    TableKey table = TableKey.of("O-04", "educationTypes", point);
    return measure(table, (r, t) -> contributeEducation(table, point, r, t, true),
        t -> finishEducationTypes(table, point, t));
  }

  /** O-04 Employment status distribution at the start or latest (S0 Figs 4.3, 5.2). */
  public static Measure<Distribution> employment(StatusPoint point) {
    TableKey table = TableKey.of("O-04", "employment", point);
    return measure(table, (r, t) -> contributeEmployment(table, point, r, t),
        t -> finishEmployment(table, point, t));
  }

  /** O-04 In education, in a job, both (S2's "62% in education, 10% in a job, 1% both of 71"). */
  public static Measure<Distribution> educationAndJob(StatusPoint point) {
    TableKey table = TableKey.of("O-04", "educationAndJob", point);
    return measure(table, (r, t) -> contributeEducationAndJob(table, point, r, t),
        t -> finishEducationAndJob(table, point, t));
  }

  // ------------------------------------------------------------------ O-05 / O-06

  /** The age band of an age: {@code "<15"}, {@code "15"} … {@code "20"}, {@code "21+"}. */
  public static String ageBand(int age) {
    return age < 15 ? "<15" : age >= 21 ? "21+" : Integer.toString(age);
  }

  /**
   * O-05 Age at the course start (15, 16, … 20, 21+), over courses with a status registration within the
   * start window — S0's intake registration (S0 Table 4.1).
   */
  public static Measure<Distribution> ageAtStart() {
    TableKey table = TableKey.of("O-05");
    return measure(table, (r, t) -> {
      LocalDate until = r.startDate().plus(START_WINDOW);
      boolean intake = r.statuses().stream()
          .anyMatch(s -> !s.date().isBefore(r.startDate()) && !s.date().isAfter(until));
      if (!intake) {
        t.exclude(table, ExclusionReason.NO_REGISTRATION_AT_START);
        return;
      }
      t.increment(table, ageBand(r.ageAtStart()));
    }, t -> distribution(t, table, "AgeBand", List.of("15", "16", "17", "18", "19", "20", "21+"),
        "O-05: age in whole years on the course start date, of courses with an intake registration within "
            + START_WINDOW.toTotalMonths() + " months of the start"));
  }

  /** O-06 Placement type per meeting checklist (n = checklists answering it; S0 Fig 4.1). */
  public static Measure<Distribution> placementTypes() {
    TableKey table = TableKey.of("O-06");
    return measure(table, (r, t) -> {
      for (ChecklistRecord c : r.checklists()) {
        if (c.placementType().isPresent()) {
          t.increment(table, c.placementType().get().code());
        } else {
          t.exclude(table, ExclusionReason.NOT_ANSWERED);
        }
      }
    }, t -> distribution(t, table, "PlacementType", codes(PlacementType.builtIns()),
        "O-06: placement type as answered on each meeting checklist (unit: checklist)"));
  }

  // ------------------------------------------------------------------ O-07 / O-08

  /**
   * O-07 Participation per role over meeting checklists: attended and active, of all checklists, and active of
   * those attended (S0 Table 6.2). Roles in built-in order, then vendor roles by code.
   */
  public static Measure<List<RoleParticipation>> participation() {
    TableKey table = TableKey.of("O-07");
    TableKey listed = table.sub("listed");
    TableKey attendedTable = table.sub("attended");
    TableKey activeTable = table.sub("active");
    return measure(table, (r, t) -> {
      for (ChecklistRecord c : r.checklists()) {
        t.increment(table, "checklists");
        Set<String> attended = new HashSet<>();
        Set<String> active = new HashSet<>();
        for (ParticipantRecord p : c.participants()) {
          t.add(listed, p.role().code(), 0);
          if (p.attended()) {
            attended.add(p.role().code());
          }
          if (p.active()) {
            active.add(p.role().code());
          }
        }
        attended.forEach(x -> t.increment(attendedTable, x));
        active.forEach(x -> t.increment(activeTable, x));
      }
    }, t -> {
      long n = t.get(table, "checklists");
      List<String> roles = new ArrayList<>();
      SortedMap<CellKey, Long> seen = t.table(listed);
      ParticipantRole.builtIns().forEach(x -> {
        if (seen.containsKey(CellKey.of(x.code()))) {
          roles.add(x.code());
        }
      });
      seen.keySet().forEach(x -> {
        if (!roles.contains(x.code())) {
          roles.add(x.code());
        }
      });
      List<RoleParticipation> out = new ArrayList<>();
      for (String role : roles) {
        long a = t.get(attendedTable, role);
        long act = t.get(activeTable, role);
        out.add(new RoleParticipation(role,
            Share.of(a, n, "O-07: checklists on which " + role + " attended, of all checklists"),
            Share.of(act, n, "O-07: checklists on which " + role + " took active part, of all checklists"),
            Share.of(act, a, "O-07: checklists on which " + role + " took active part, of those it attended")));
      }
      return List.copyOf(out);
    });
  }

  /** O-08 Share answering yes per checklist item (n = checklists answering the item; S0 Figs 6.2–6.5). */
  public static Measure<Map<ChecklistItem, Share>> checklistItems() {
    TableKey table = TableKey.of("O-08");
    ChecklistItem[] items = ChecklistItem.values();
    TableKey[] itemTables = new TableKey[items.length];
    for (ChecklistItem item : items) {
      itemTables[item.ordinal()] = table.sub("item", item.name());
    }
    TableKey answered = table.sub("answered");
    TableKey yes = table.sub("yes");
    return measure(table, (r, t) -> {
      for (ChecklistRecord c : r.checklists()) {
        for (ChecklistItem item : items) {
          Boolean a = c.answers().get(item);
          if (a == null) {
            t.exclude(itemTables[item.ordinal()], ExclusionReason.NOT_ANSWERED);
          } else {
            t.increment(answered, item.name());
            t.add(yes, item.name(), a ? 1 : 0);
          }
        }
      }
    }, t -> {
      Map<ChecklistItem, Share> out = new EnumMap<>(ChecklistItem.class);
      for (ChecklistItem item : ChecklistItem.values()) {
        out.put(item, Share.builder().count(t.get(yes, item.name()))
            .n(t.get(answered, item.name())).exclusions(t.exclusions(itemTables[item.ordinal()]))
            .method("O-08: checklists answering yes to " + item.name() + ", of the checklists answering it")
            .build());
      }
      return java.util.Collections.unmodifiableMap(out);
    });
  }

  /**
   * O-08 Model fidelity index: the share of desirable answers over all answered checklist items, per group
   * (course, coordinator, municipality, programme or cohort). Items that judge a tool's usefulness
   * ({@link ChecklistItem#countsForFidelity()}) and items for a core element the course's programme does not
   * have ({@link CohortRecord#absentElements()}) are left out of both numerator and denominator.
   */
  public static Measure<Grouped<Share>> modelFidelityIndex(Grouping grouping) {
    TableKey table = TableKey.of("O-08i", grouping);
    TableKey answered = table.sub("answered");
    TableKey desirable = table.sub("desirable");
    String method = "O-08: desirable answers of the answered checklist items that describe the model's use (the "
        + "desirable answer is no for PROFESSIONALS_ONLY_PREMEETING, yes for the others; the usefulness items "
        + "FORM_USEFUL and NETWORK_CARD_GAVE_OVERVIEW are left out, and so are items for a core element the course's "
        + "programme does not have, e.g. HAS_YOUNG_PERSONS_ADULT outside AFTERCARE), per "
        + grouping.name().toLowerCase();
    return measure(table, (r, t) -> {
      String key = grouping.key(r);
      CellKey cell = CellKey.of(key);
      name(t, table, key, grouping.label(r));
      t.add(answered, cell, 0);
      for (ChecklistRecord c : r.checklists()) {
        c.answers().forEach((item, a) -> {
          if (!item.countsForFidelity() || r.absentElements().contains(item.element())) {
            return;
          }
          t.increment(answered, cell);
          t.add(desirable, cell, a == item.desirableAnswer() ? 1 : 0);
        });
      }
    }, t -> {
      Map<String, Share> groups = new LinkedHashMap<>();
      long all = 0;
      long good = 0;
      for (Map.Entry<CellKey, Long> e : t.table(answered).entrySet()) {
        long d = t.get(desirable, e.getKey());
        groups.put(e.getKey().code(), Share.of(d, e.getValue(), method));
        all += e.getValue();
        good += d;
      }
      return new Grouped<>(groups, names(t, table), Share.of(good, all, method));
    });
  }

  // ------------------------------------------------------------------ O-09 / O-10 / O-11

  private static boolean privateNetwork(ParticipantRecord p) {
    return p.attended() && p.privateNetwork();
  }

  /**
   * O-09 Courses with the private network involved — at least one network meeting (or meeting checklist)
   * with a private-network participant attending — per municipality (S0 Table 6.3 p. 35, "17 ud af 22"). The
   * young person's adult counts only when a private person holds the role: about half of the adults are
   * professionals, typically the contact person or a foster parent (S0 §6.5 pp. 36–37).
   */
  public static Measure<Grouped<Share>> privateNetworkInvolvement() {
    TableKey table = TableKey.of("O-09");
    TableKey courses = table.sub("courses");
    TableKey involvedTable = table.sub("involved");
    String method = "O-09: courses with at least one network meeting or checklist on which a private-network "
        + "participant (parent with custody, other private person, or the young person's adult when a private "
        + "person holds that role) attended, "
        + "of courses with at least one network meeting or checklist";
    return measure(table, (r, t) -> {
      if (r.networkMeetings().isEmpty() && r.checklists().isEmpty()) {
        t.exclude(table, ExclusionReason.NO_NETWORK_MEETING);
        return;
      }
      boolean involved = r.networkMeetings().stream().flatMap(m -> m.participants().stream())
          .anyMatch(Measures::privateNetwork)
          || r.checklists().stream().flatMap(c -> c.participants().stream()).anyMatch(Measures::privateNetwork);
      name(t, table, r.municipalityCode(), r.municipalityName());
      CellKey municipality = CellKey.of(r.municipalityCode());
      t.increment(courses, municipality);
      t.add(involvedTable, municipality, involved ? 1 : 0);
    }, t -> {
      Map<String, Share> groups = new LinkedHashMap<>();
      long all = 0;
      long inv = 0;
      for (Map.Entry<CellKey, Long> e : t.table(courses).entrySet()) {
        long i = t.get(involvedTable, e.getKey());
        groups.put(e.getKey().code(), Share.of(i, e.getValue(), method));
        all += e.getValue();
        inv += i;
      }
      return new Grouped<>(groups, names(t, table),
          Share.builder().count(inv).n(all).exclusions(t.exclusions(table)).method(method).build());
    });
  }

  /** O-10 Coordinator caseload: active courses per coordinator on each record's reference date. */
  public static Measure<Caseload> caseload() {
    TableKey table = TableKey.of("O-10");
    return measure(table, (r, t) -> {
      if (!r.activeOn(r.asOf())) {
        t.exclude(table, ExclusionReason.NOT_ACTIVE);
      } else if (r.coordinatorId().isEmpty()) {
        t.exclude(table, ExclusionReason.NO_COORDINATOR);
      } else {
        t.increment(table, r.coordinatorId().get());
      }
    }, t -> {
      Map<String, Long> per = new LinkedHashMap<>();
      t.table(table).forEach((k, v) -> per.put(k.code(), v));
      TreeMap<Long, Long> sizes = new TreeMap<>();
      per.values().forEach(v -> sizes.merge(v, 1L, Long::sum));
      Map<String, Long> counts = new LinkedHashMap<>();
      sizes.forEach((k, v) -> counts.put(Long.toString(k), v));
      long coordinators = per.size();
      long courses = per.values().stream().mapToLong(Long::longValue).sum();
      String method = "O-10: active courses per coordinator on the reference date (unit: coordinator)";
      return new Caseload(per, Distribution.builder().labelType("Caseload").counts(counts).n(coordinators)
          .exclusions(t.exclusions(table)).method(method).build(),
          Mean.builder().sum(courses).n(coordinators).exclusions(t.exclusions(table)).method(method).build());
    });
  }

  /**
   * O-11 Fixed-meeting completion: fixed network meetings held within the programme's tolerance window, of
   * those due by the reference date, per young person and overall (S2 documentation model).
   */
  public static Measure<MeetingCompletion> fixedMeetingCompletion() {
    TableKey table = TableKey.of("O-11");
    String method = "O-11: fixed network meetings held within the tolerance window, of those due under the "
        + "programme's meeting cadence by the reference date (or the end)";
    return measure(table, (r, t) -> contributeMeetings(table, r, t), t -> {
      Map<String, Share> per = new LinkedHashMap<>();
      t.table(table.sub("due")).forEach((k, v) -> per.put(k.code(), Share.of(t.get(table.sub("held"), k), v, method)));
      return new MeetingCompletion(finishMeetings(table, t, method),
          Share.builder().count(t.get(table, "allHeld")).n(t.get(table, "courses")).exclusions(t.exclusions(table))
              .method("O-11: young people with every due fixed meeting held, of those with at least one due")
              .build(), per);
    });
  }

  private static void contributeMeetings(TableKey table, CohortRecord r, Tally t) {
    if (r.fixedMeetingsDue() == 0) {
      t.exclude(table, ExclusionReason.NO_FIXED_MEETING_DUE);
      return;
    }
    CellKey course = CellKey.of(r.courseId());
    t.add(table.sub("due"), course, r.fixedMeetingsDue());
    t.add(table.sub("held"), course, r.fixedMeetingsHeld());
    t.add(table, "due", r.fixedMeetingsDue());
    t.add(table, "held", r.fixedMeetingsHeld());
    t.add(table, "allHeld", r.fixedMeetingsHeld() == r.fixedMeetingsDue() ? 1 : 0);
    t.increment(table, "courses");
  }

  private static Share finishMeetings(TableKey table, Tally t, String method) {
    return Share.builder().count(t.get(table, "held")).n(t.get(table, "due")).exclusions(t.exclusions(table))
        .method(method).build();
  }

  // ------------------------------------------------------------------ O-12

  /**
   * O-12 Half-year status for the leader group: courses enrolled (open at some point in the period), started
   * and ended in it; education, education types, employment, education-and-job at the latest registration;
   * fixed-meeting completion. Build the records as of the period's last day.
   */
  public static Measure<HalfYearStatus> halfYearStatus(LocalDate from, LocalDate until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    TableKey p = TableKey.of("O-12", from, until);
    TableKey enrolled = p.sub("enrolled");
    TableKey education = p.sub("education");
    TableKey employment = p.sub("employment");
    TableKey educationAndJob = p.sub("educationAndJob");
    TableKey meetings = p.sub("meetings");
    return measure(p, (r, t) -> {
      if (!r.activeIn(from, until)) {
        t.exclude(enrolled, ExclusionReason.NOT_ACTIVE);
        return;
      }
      t.increment(enrolled, "enrolled");
      t.add(enrolled, "started", !r.startDate().isBefore(from) && !r.startDate().isAfter(until) ? 1 : 0);
      t.add(enrolled, "ended",
          r.endDate().filter(e -> !e.isBefore(from) && !e.isAfter(until)).isPresent() ? 1 : 0);
      contributeEducation(education, StatusPoint.LATEST, r, t, true);
      contributeEmployment(employment, StatusPoint.LATEST, r, t);
      contributeEducationAndJob(educationAndJob, StatusPoint.LATEST, r, t);
      contributeMeetings(meetings, r, t);
    }, t -> new HalfYearStatus(from, until, t.get(enrolled, "enrolled"), t.get(enrolled, "started"),
        t.get(enrolled, "ended"), finishEducation(education, StatusPoint.LATEST, t),
        finishEducationTypes(education, StatusPoint.LATEST, t),
        finishEmployment(employment, StatusPoint.LATEST, t),
        finishEducationAndJob(educationAndJob, StatusPoint.LATEST, t),
        finishMeetings(meetings, t, "O-12: fixed meetings held of due, courses open in the half year")));
  }

  // ------------------------------------------------------------------ O-13

  /**
   * O-13 Housing outcomes (S4) at the end of ended courses in a programme with housing support: housing status,
   * in education or employment, progress on the daily-life and finances dimensions (first versus latest response
   * up to the end, threshold 1).
   */
  public static Measure<HousingOutcomes> housingOutcomes(DimensionRef dailyLife, DimensionRef finances) {
    Objects.requireNonNull(dailyLife, "dailyLife");
    Objects.requireNonNull(finances, "finances");
    TableKey p = TableKey.of("O-13", dailyLife, finances);
    TableKey housing = p.sub("housing");
    TableKey occupiedTable = p.sub("occupied");
    TableKey daily = p.sub("daily");
    TableKey money = p.sub("finances");
    return measure(p, (r, t) -> {
      if (!r.housingProgramme()) {
        t.exclude(housing, ExclusionReason.NO_HOUSING_SUPPORT);
        return;
      }
      if (r.endDate().isEmpty()) {
        t.exclude(housing, ExclusionReason.NOT_ENDED);
        return;
      }
      status(r, StatusPoint.LATEST, s -> s.housing().isPresent(), t, housing)
          .ifPresent(s -> t.increment(housing, s.housing().get().name()));
      Optional<StatusRecord> e = status(r, StatusPoint.LATEST, s -> s.education().isPresent(), new Tally(), SCRATCH);
      Optional<StatusRecord> j = status(r, StatusPoint.LATEST, s -> s.employment().isPresent(), new Tally(), SCRATCH);
      if (e.isEmpty() && j.isEmpty()) {
        t.exclude(occupiedTable, ExclusionReason.NOT_REGISTERED);
      } else {
        boolean occupied = e.map(s -> s.education().get().inEducation()).orElse(false)
            || j.map(s -> EMPLOYED.contains(s.employment().get())).orElse(false);
        t.increment(occupiedTable, "n");
        t.add(occupiedTable, "yes", occupied ? 1 : 0);
      }
      improved(r, dailyLife, t, daily);
      improved(r, finances, t, money);
    }, t -> new HousingOutcomes(
        distribution(t, housing, "HousingStatus", List.of("IN_HOUSING", "HOMELESS", "OTHER"),
            "O-13: housing status at the latest registration on or before the end of ended courses"),
        share(t, occupiedTable, "O-13: in education, or in a job, company internship or wage subsidy, at the "
            + "latest registration on or before the end (entered or kept)"),
        share(t, daily, "O-13: progress of at least one point on " + dailyLife.dimension()
            + ", first versus latest response up to the end"),
        share(t, money, "O-13: progress of at least one point on " + finances.dimension()
            + ", first versus latest response up to the end"),
        "the end of the course: latest registration and latest response on or before the end date"));
  }

  private static Share share(Tally t, TableKey table, String method) {
    return Share.builder().count(t.get(table, "yes")).n(t.get(table, "n")).exclusions(t.exclusions(table))
        .method(method).build();
  }

  private static void improved(CohortRecord r, DimensionRef ref, Tally t, TableKey table) {
    Optional<ResponseRecord[]> pr = pair(r, ref.instrumentId(), t, table);
    if (pr.isEmpty()) {
      return;
    }
    Integer a = pr.get()[0].scores().get(ref.dimension());
    Integer b = pr.get()[1].scores().get(ref.dimension());
    if (a == null || b == null) {
      t.exclude(table, ExclusionReason.NOT_ASSESSED);
      return;
    }
    t.increment(table, "n");
    t.add(table, "yes",
        ChangeClassifier.DEFAULT.classify(a, b, pr.get()[1].polarity(ref.dimension())) == ChangeClass.PROGRESS
            ? 1 : 0);
  }

  // ------------------------------------------------------------------ O-15

  /**
   * O-15 Paired tests per dimension, first versus latest response: the Wilcoxon signed-rank test with R's
   * defaults (two-sided; exact below 50 non-zero pairs without ties or zeros, else the normal approximation with
   * continuity correction) under the declared zero-difference convention, and the two-sided exact sign test with
   * zeros dropped.
   */
  public static Measure<Map<String, PairedTest>> pairedTests(String instrumentId, ZeroDifferences convention) {
    return pairedTests(instrumentId, SignedRankTest.of(convention, SignedRankMethod.AUTO, Alternative.TWO_SIDED));
  }

  /**
   * O-15 Paired tests per dimension with the Wilcoxon test's settings chosen by the caller (zero differences,
   * exact or normal with or without continuity correction, alternative); the sign test uses the same
   * alternative.
   */
  public static Measure<Map<String, PairedTest>> pairedTests(String instrumentId, SignedRankTest test) {
    Objects.requireNonNull(test, "test");
    TableKey table = TableKey.of("O-15", instrumentId);
    PairTables tables = new PairTables(table);
    return measure(table, (r, t) -> forEachAssessedPair(r, t, instrumentId, tables, (d, a, b, latest) -> {
      t.increment(tables.of(d), Integer.toString(ChangeClassifier.improvement(a, b, latest.polarity(d))));
      TableKey sums = tables.sums(d);
      t.add(sums, FIRST, a);
      t.add(sums, LATEST, b);
    }), t -> {
      Map<String, PairedTest> out = new LinkedHashMap<>();
      for (CellKey dim : t.table(tables.dims()).keySet()) {
        String d = dim.code();
        out.put(d, pairedTest(t, tables, d, instrumentId, test));
      }
      return java.util.Collections.unmodifiableMap(out);
    });
  }

  private static PairedTest pairedTest(Tally t, PairTables tables, String d, String instrumentId,
      SignedRankTest test) {
    TreeMap<Integer, Long> hist = new TreeMap<>();
    t.table(tables.of(d)).forEach((k, v) -> hist.put(Integer.parseInt(k.code()), v));
    long pairs = hist.values().stream().mapToLong(Long::longValue).sum();
    long zeros = hist.getOrDefault(0, 0L);
    long up = hist.tailMap(0, false).values().stream().mapToLong(Long::longValue).sum();
    long down = hist.headMap(0, false).values().stream().mapToLong(Long::longValue).sum();
    SignedRankTest.Result wilcoxon = test.test(hist);
    double sp = up + down > 0 ? SignTest.pValue(up, up + down, test.alternative()) : Double.NaN;
    List<Exclusion> ex = new ArrayList<>(t.exclusions(tables.table()));
    ex.addAll(t.exclusions(tables.of(d)));
    if (zeros > 0 && test.zeroDifferences() == ZeroDifferences.WILCOX) {
      ex.add(Exclusion.of(ExclusionReason.ZERO_DIFFERENCE, zeros));
    }
    return new PairedTest(d, pairs, up, down, zeros,
        Mean.of(t.get(tables.sums(d), FIRST), pairs, "O-15: mean of the first responses of the pairs"),
        Mean.of(t.get(tables.sums(d), LATEST), pairs, "O-15: mean of the latest responses of the pairs"),
        test, wilcoxon, sp, up + down < SMALL_N, ex, pairedMethod(instrumentId, d, test, wilcoxon));
  }

  /** The method text of a paired test, naming the method actually used. */
  private static String pairedMethod(String instrumentId, String d, SignedRankTest test,
      SignedRankTest.Result r) {
    String side = test.alternative() == Alternative.TWO_SIDED ? "two-sided"
        : "one-sided (" + test.alternative().name().toLowerCase(java.util.Locale.ROOT) + ")";
    String how = switch (r.methodUsed()) {
      case EXACT -> "exact null distribution";
      case NORMAL -> "normal approximation without continuity correction";
      default -> "normal approximation with continuity correction";
    };
    return "O-15: " + instrumentId + " " + d + ", polarity-adjusted difference latest minus first response; "
        + "Wilcoxon signed-rank test, " + side + ", " + how + ", zero differences "
        + (test.zeroDifferences() == ZeroDifferences.WILCOX ? "dropped before ranking (Wilcoxon)"
            : "ranked, then left out (Pratt)")
        + "; sign test: exact binomial test with p = 1/2 on the non-zero pairs, " + side;
  }

  // ------------------------------------------------------------------ O-16

  /**
   * O-16 Fidelity score per group (S1): the mean of each response's mean item score (not-assessed items left
   * out), then the mean over the group's responses; bands high (&gt; 4), some degree (3–4), low (&lt; 3).
   */
  public static Measure<Grouped<FidelityScore>> fidelity(String instrumentId, Grouping grouping) {
    TableKey table = TableKey.of("O-16", instrumentId, grouping);
    TableKey groupTables = table.sub("g");
    TableKey all = table.sub("all");
    return measure(table, (r, t) -> {
      String key = grouping.key(r);
      for (ResponseRecord resp : r.responsesTo(instrumentId)) {
        if (resp.scores().isEmpty()) {
          t.exclude(table, ExclusionReason.NOT_ASSESSED);
          continue;
        }
        long sum = resp.scores().values().stream().mapToLong(Integer::longValue).sum();
        CellKey fraction = CellKey.of(sum, resp.scores().size());
        name(t, table, key, grouping.label(r));
        t.increment(groupTables.sub(key), fraction);
        t.increment(all, fraction);
      }
    }, t -> {
      Map<String, FidelityScore> groups = new LinkedHashMap<>();
      for (TableKey g : t.tablesWithin(groupTables)) {
        String key = g.parts().get(g.parts().size() - 1);
        groups.put(key, score(key, t.table(g)));
      }
      return new Grouped<>(groups, names(t, table), score("COHORT", t.table(all)));
    });
  }

  private static FidelityScore score(String key, Map<CellKey, Long> fractions) {
    BigDecimal total = BigDecimal.ZERO;
    long n = 0;
    for (Map.Entry<CellKey, Long> e : fractions.entrySet()) {
      total = total.add(new BigDecimal(e.getKey().part(0)).multiply(BigDecimal.valueOf(e.getValue()))
          .divide(new BigDecimal(e.getKey().part(1)), 34, RoundingMode.HALF_EVEN));
      n += e.getValue();
    }
    if (n == 0) {
      return new FidelityScore(key, 0, Double.NaN, FidelityBand.LOW);
    }
    double score = total.divide(BigDecimal.valueOf(n), 34, RoundingMode.HALF_EVEN).doubleValue();
    return new FidelityScore(key, n, score, FidelityBand.of(score));
  }
}
