package dk.samarbejdsmodel.samples;

import dk.samarbejdsmodel.core.course.CoordinatorAssignment;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.course.CourseEnd;
import dk.samarbejdsmodel.core.course.EndKind;
import dk.samarbejdsmodel.core.course.StatusRegistration;
import dk.samarbejdsmodel.core.housing.HousingStatus;
import dk.samarbejdsmodel.core.housing.HousingSubgroup;
import dk.samarbejdsmodel.core.housing.HousingSupport;
import dk.samarbejdsmodel.core.housing.HousingSupportCombination;
import dk.samarbejdsmodel.core.instrument.Answer;
import dk.samarbejdsmodel.core.instrument.Dimension;
import dk.samarbejdsmodel.core.instrument.Instrument;
import dk.samarbejdsmodel.core.instrument.InstrumentResponse;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.instrument.Polarity;
import dk.samarbejdsmodel.core.meeting.Meeting;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.meeting.MeetingParticipant;
import dk.samarbejdsmodel.core.people.Municipality;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import dk.samarbejdsmodel.core.people.PrivatePerson;
import dk.samarbejdsmodel.core.people.Professional;
import dk.samarbejdsmodel.core.people.YoungPerson;
import dk.samarbejdsmodel.core.programme.Programme;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.core.programme.TargetGroup;
import dk.samarbejdsmodel.core.tools.ChecklistItem;
import dk.samarbejdsmodel.core.tools.ChecklistParticipant;
import dk.samarbejdsmodel.core.tools.EducationStatus;
import dk.samarbejdsmodel.core.tools.EducationType;
import dk.samarbejdsmodel.core.tools.EmploymentStatus;
import dk.samarbejdsmodel.core.tools.MeetingChecklist;
import dk.samarbejdsmodel.core.tools.PlacementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Eksempelkohorte: seeded synthetic cohorts whose computed outcome figures print the published marginals of
 * the evaluations — S0 (ten municipalities, 180 courses, 228 meeting checklists), S2's first 71 young people,
 * S4's housing outcomes and S1's fidelity bands. The data are invented; only the marginals are the
 * published ones. No names, CPR numbers or contact details are generated.
 *
 * <p>The generator first lays down exact counts per category (for example 46 courses aged 17 at start, 216
 * checklists on which the young person attended) and then assigns them to courses in an order shuffled by the
 * seed, so every seed gives the same marginals but different micro-data; joint distributions are not
 * modelled. docs/outcomes.md lists the counts and the one published row that cannot be reproduced.
 *
 * <pre>{@code
 * List<Course> courses = SampleCohort.generate(SampleCohort.DEFAULT_SEED);
 * CohortReport report = CohortReport.of(CohortRecord.from(courses, SampleCohort.AS_OF), SampleCohort.AS_OF);
 * }</pre>
 */
public final class SampleCohort {

  /** The seed the documentation and examples use. */
  public static final long DEFAULT_SEED = 2016L;
  /** S0's data date: the reference date of the S0 sample cohort. */
  public static final LocalDate AS_OF = LocalDate.of(2016, 1, 31);
  /** The reference date of the S4 housing sample. */
  public static final LocalDate S4_AS_OF = LocalDate.of(2019, 12, 31);
  /** S4's stability instrument: daily-life competences and handling own finances, 1–5. */
  public static final Instrument S4_STABILITY = Instrument.builder().id("S4_STABILITY").version(1)
      .nameDa("Stabilitet i hverdagen").nameEn("Everyday stability")
      .addDimensions(dim("DAILY_LIFE_COMPETENCE", "Kompetencer ift. dagligdag", "Daily-life competences"),
          dim("PERSONAL_FINANCES", "Håndtering af egen økonomi", "Handling own finances"))
      .build();

  /** The ten sample municipalities and their numbers of courses (S0 Table 6.3's 22, 20, 20, 15 first). */
  static final List<Object[]> MUNICIPALITIES = List.of(
      new Object[] {"101", "København", 22, 17}, new Object[] {"751", "Aarhus", 20, 9},
      new Object[] {"461", "Odense", 20, 8}, new Object[] {"851", "Aalborg", 15, 7},
      new Object[] {"561", "Esbjerg", 19, 10}, new Object[] {"630", "Vejle", 18, 9},
      new Object[] {"791", "Viborg", 17, 8}, new Object[] {"657", "Herning", 17, 9},
      new Object[] {"615", "Horsens", 16, 8}, new Object[] {"621", "Kolding", 16, 8});

  private SampleCohort() {}

  private static Dimension dim(String code, String da, String en) {
    return Dimension.builder().code(code).labelDa(da).labelEn(en).scaleMin(1).scaleMax(5)
        .polarity(Polarity.HIGHER_IS_BETTER).build();
  }

  // ------------------------------------------------------------------ helpers

  /** A list with {@code counts[i]} copies of {@code values[i]}, shuffled by the random source. */
  @SafeVarargs
  static <T> List<T> deck(SplittableRandom r, Map.Entry<T, Integer>... entries) {
    List<T> out = new ArrayList<>();
    for (Map.Entry<T, Integer> e : entries) {
      for (int i = 0; i < e.getValue(); i++) {
        out.add(e.getKey());
      }
    }
    shuffle(out, r);
    return out;
  }

  static <T> void shuffle(List<T> list, SplittableRandom r) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, r.nextInt(i + 1));
    }
  }

  /** {@code yes} trues and {@code n - yes} falses, shuffled. */
  static List<Boolean> flags(SplittableRandom r, int yes, int n) {
    return deck(r, Map.entry(true, yes), Map.entry(false, n - yes));
  }

  private static <T> Map.Entry<T, Integer> e(T value, int count) {
    return Map.entry(value, count);
  }

  /**
   * First and latest scores for {@code classes.size()} young people on a 1–5 scale: the first scores sum to
   * {@code firstSum}; the latest differ by one point up (PROGRESS), down (DECLINE) or not at all.
   */
  static int[][] scores(SplittableRandom r, List<String> classes, int firstSum) {
    int n = classes.size();
    int[] first = new int[n];
    int[] lo = new int[n];
    int[] hi = new int[n];
    double mean = (double) firstSum / n;
    int sum = 0;
    for (int i = 0; i < n; i++) {
      lo[i] = "DECLINE".equals(classes.get(i)) ? 2 : 1;
      hi[i] = "PROGRESS".equals(classes.get(i)) ? 4 : 5;
      int v = (int) Math.round(mean + (r.nextDouble() - 0.5) * 2.0);
      first[i] = Math.max(lo[i], Math.min(hi[i], v));
      sum += first[i];
    }
    int guard = 0;
    while (sum != firstSum) {
      int i = r.nextInt(n);
      if (sum < firstSum && first[i] < hi[i]) {
        first[i]++;
        sum++;
      } else if (sum > firstSum && first[i] > lo[i]) {
        first[i]--;
        sum--;
      }
      if (++guard > 1_000_000) {
        throw new IllegalStateException("infeasible score constraints");
      }
    }
    int[] latest = new int[n];
    for (int i = 0; i < n; i++) {
      String c = classes.get(i);
      latest[i] = first[i] + ("PROGRESS".equals(c) ? 1 : "DECLINE".equals(c) ? -1 : 0);
    }
    return new int[][] {first, latest};
  }

  private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate until) {
    long days = until.toEpochDay() - from.toEpochDay();
    return from.plusDays(days <= 0 ? 0 : r.nextLong(days + 1));
  }

  private static YoungPerson youngPerson(SplittableRandom r, String id, LocalDate start, int age) {
    LocalDate birth = start.minusYears(age).minusDays(1 + r.nextInt(364));
    return YoungPerson.builder().id(id).birthDate(birth).build();
  }

  // ------------------------------------------------------------------ S0

  /**
   * S0's ten-municipality cohort: 180 AFTERCARE courses (178 with an intake registration: 98 placed, 49
   * formerly placed, 31 other measures), 228 meeting checklists, dialogue forms at start and later for 160,
   * as of {@link #AS_OF}.
   */
  public static List<Course> generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    final int n = 180;
    final int baseline = 178;
    final int dialogue = 160;
    // course index i < 178 has an intake registration; 178 and 179 were registered late
    List<Object[]> munis = new ArrayList<>();
    for (Object[] m : MUNICIPALITIES) {
      for (int i = 0; i < (Integer) m[2]; i++) {
        munis.add(new Object[] {m[0], m[1], i < (Integer) m[3]});
      }
    }
    shuffle(munis, r);
    List<TargetGroup> targets = deck(r, e(TargetGroup.PLACED, 98), e(TargetGroup.FORMERLY_PLACED, 49),
        e(TargetGroup.OTHER_MEASURES, 31));
    List<Integer> ages = deck(r, e(15, 5), e(16, 34), e(17, 46), e(18, 34), e(19, 32), e(20, 16), e(21, 6), e(22, 5));
    // education at start: 110 in education (types), 68 not
    List<Optional<EducationType>> eduStart = deck(r, e(Optional.of(EducationType.GRADE_9), 19),
        e(Optional.of(EducationType.GRADE_10), 22), e(Optional.of(EducationType.UPPER_SECONDARY), 7),
        e(Optional.of(EducationType.PRODUCTION_SCHOOL), 11), e(Optional.of(EducationType.STU), 9),
        e(Optional.of(EducationType.VUC), 8), e(Optional.of(EducationType.VOCATIONAL), 14),
        e(Optional.of(EducationType.OTHER), 20), e(Optional.<EducationType>empty(), 68));
    // employment at start of those not in education (67 + 1 without employment at start)
    List<Optional<EmploymentStatus>> empStartOut = deck(r, e(Optional.of(EmploymentStatus.PART_TIME_JOB), 2),
        e(Optional.of(EmploymentStatus.FULL_TIME_JOB), 6), e(Optional.of(EmploymentStatus.COMPANY_INTERNSHIP), 8),
        e(Optional.of(EmploymentStatus.UNEMPLOYED_EDUCATION_READY), 18),
        e(Optional.of(EmploymentStatus.UNEMPLOYED_ACTIVITY_READY), 22), e(Optional.of(EmploymentStatus.OTHER), 11),
        e(Optional.<EmploymentStatus>empty(), 1));
    // latest: 4 of the 68 enter education; employment of the 64 still out of education
    List<Boolean> entersEducation = flags(r, 4, 68);
    List<EmploymentStatus> empLatestOut = deck(r, e(EmploymentStatus.PART_TIME_JOB, 2),
        e(EmploymentStatus.FULL_TIME_JOB, 5), e(EmploymentStatus.COMPANY_INTERNSHIP, 7),
        e(EmploymentStatus.UNEMPLOYED_EDUCATION_READY, 15), e(EmploymentStatus.UNEMPLOYED_ACTIVITY_READY, 22),
        e(EmploymentStatus.OTHER, 13));
    // dialogue: 160 of the 178 with first and latest responses
    List<Boolean> hasDialogue = flags(r, dialogue, baseline);
    Map<LifeArea, int[][]> scores = new LinkedHashMap<>();
    Object[][] areas = {
        {LifeArea.SCHOOL_EDUCATION_EMPLOYMENT, 624, 38, 40, 82},
        {LifeArea.HOUSEHOLD_ECONOMY, 528, 37, 29, 94},
        {LifeArea.SOCIAL_NETWORK_COMPETENCES, 560, 51, 18, 91},
        {LifeArea.PHYSICAL_HEALTH, 656, 21, 86, 53},
        {LifeArea.MENTAL_HEALTH, 512, 35, 61, 64},
        {LifeArea.CRIME, 784, 3, 154, 3},
        {LifeArea.SUBSTANCE_USE, 752, 13, 134, 13}};
    for (Object[] a : areas) {
      List<String> classes = deck(r, e("DECLINE", (Integer) a[2]), e("STATUS_QUO", (Integer) a[3]),
          e("PROGRESS", (Integer) a[4]));
      scores.put((LifeArea) a[0], scores(r, classes, (Integer) a[1]));
    }
    // checklists: one per course, 48 second ones: 21 to involved courses, 27 to the others
    List<Integer> involvedIdx = new ArrayList<>();
    List<Integer> otherIdx = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ((Boolean) munis.get(i)[2] ? involvedIdx : otherIdx).add(i);
    }
    shuffle(involvedIdx, r);
    shuffle(otherIdx, r);
    int[] checklistsPerCourse = new int[n];
    java.util.Arrays.fill(checklistsPerCourse, 1);
    involvedIdx.subList(0, 21).forEach(i -> checklistsPerCourse[i] = 2);
    otherIdx.subList(0, 27).forEach(i -> checklistsPerCourse[i] = 2);
    final int checklists = 228;
    List<PlacementType> placements = deck(r, e(PlacementType.RESIDENTIAL_INSTITUTION, 23),
        e(PlacementType.OPHOLDSSTED, 30), e(PlacementType.FOSTER_FAMILY, 18), e(PlacementType.NETWORK_PLACEMENT, 5),
        e(PlacementType.MUNICIPAL_FOSTER_FAMILY, 9), e(PlacementType.OWN_ROOM, 41),
        e(PlacementType.FORMERLY_PLACED, 46), e(PlacementType.OTHER, 56));
    Map<ChecklistItem, List<Boolean>> answers = new EnumMap<>(ChecklistItem.class);
    int[] yes = {14, 216, 219, 207, 217, 217, 219, 226, 221, 214, 217, 223, 221, 226, 192, 169, 207, 192};
    for (ChecklistItem item : ChecklistItem.values()) {
      answers.put(item, flags(r, yes[item.ordinal()], checklists));
    }
    // the young person speaks only when attending: order the "spoke" answers inside the attended ones
    List<Boolean> attended = answers.get(ChecklistItem.YOUNG_PERSON_ATTENDED);
    List<Boolean> spokeAmongAttended = flags(r, 207, 216);
    List<Boolean> spoke = new ArrayList<>();
    int k = 0;
    for (Boolean a : attended) {
      spoke.add(a && spokeAmongAttended.get(k++));
    }
    answers.put(ChecklistItem.YOUNG_PERSON_SPOKE, spoke);
    List<Boolean> parentActive = flags(r, 110, 114);
    List<Boolean> jobCentre = flags(r, 114, checklists);
    List<Boolean> adultCaseworker = flags(r, 23, checklists);
    List<Boolean> school = flags(r, 57, checklists);
    List<Boolean> uu = flags(r, 137, checklists);
    List<Boolean> caseworker = flags(r, 160, checklists);

    List<Course> courses = new ArrayList<>();
    int c = 0;
    int parent = 0;
    int outIdx = 0;
    int latestOutIdx = 0;
    int dialogueIdx = 0;
    Map<String, Integer> coordinatorSlots = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Object[] m = munis.get(i);
      boolean late = i >= baseline;
      boolean involved = (Boolean) m[2];
      String id = String.format("s0-%03d", i + 1);
      LocalDate start = between(r, LocalDate.of(2013, 9, 1), LocalDate.of(2015, 6, 30));
      int age = late ? 17 : ages.get(i);
      YoungPerson yp = youngPerson(r, id + "-yp", start, age);
      int slot = coordinatorSlots.merge((String) m[0], 1, Integer::sum);
      String coordinator = "koord-" + m[0] + "-" + (1 + (slot - 1) % 2);
      Course.Builder b = Course.builder().id(id).programme(Programmes.AFTERCARE)
          .municipality(Municipality.of((String) m[0], (String) m[1])).youngPerson(yp).startDate(start)
          .targetGroup(late ? Optional.empty() : Optional.of(targets.get(i)))
          .addProfessionals(pro(coordinator, ParticipantRole.COORDINATOR), pro("p-cw", ParticipantRole.CASEWORKER_CHILDREN_YOUTH),
              pro("p-uu", ParticipantRole.UU_COUNSELLOR), pro("p-jc", ParticipantRole.JOB_CENTRE_CONSULTANT),
              pro("p-ca", ParticipantRole.CASEWORKER_ADULTS), pro("p-sch", ParticipantRole.SCHOOL_REPRESENTATIVE))
          .addPrivatePersons(PrivatePerson.builder().id("pp-parent").role(ParticipantRole.PARENT_WITH_CUSTODY)
              .custodyHolder(true).build())
          .addCoordinatorAssignments(CoordinatorAssignment.of(coordinator, start));
      // status registrations
      LocalDate latestDate = between(r, start.plusDays(120), AS_OF.minusDays(10));
      if (late) {
        b.addStatusRegistrations(StatusRegistration.builder().date(latestDate)
            .employment(i == baseline ? EmploymentStatus.NOT_RELEVANT_IN_EDUCATION : EmploymentStatus.OTHER).build());
      } else {
        Optional<EducationType> type = eduStart.get(i);
        StatusRegistration.Builder first = StatusRegistration.builder().date(between(r, start, start.plusDays(30)));
        StatusRegistration.Builder latest = StatusRegistration.builder().date(latestDate);
        if (type.isPresent()) {
          first.education(EducationStatus.inEducation(type.get()))
              .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION);
          latest.education(EducationStatus.inEducation(type.get()))
              .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION);
        } else {
          first.education(EducationStatus.notInEducation());
          empStartOut.get(outIdx).ifPresent(first::employment);
          if (entersEducation.get(outIdx)) {
            latest.education(EducationStatus.inEducation(EducationType.VOCATIONAL))
                .employment(EmploymentStatus.NOT_RELEVANT_IN_EDUCATION);
          } else {
            latest.education(EducationStatus.notInEducation()).employment(empLatestOut.get(latestOutIdx++));
          }
          outIdx++;
        }
        b.addStatusRegistrations(first.build(), latest.build());
      }
      // dialogue responses
      if (!late && hasDialogue.get(i)) {
        int j = dialogueIdx++;
        InstrumentResponse.Builder f = InstrumentResponse.builder().id(id + "-d1").instrumentId("DIALOGUE_FORM")
            .instrumentVersion(1).date(between(r, start, start.plusDays(30)));
        InstrumentResponse.Builder l = InstrumentResponse.builder().id(id + "-d2").instrumentId("DIALOGUE_FORM")
            .instrumentVersion(1).date(between(r, start.plusDays(150), AS_OF.minusDays(5)));
        scores.forEach((area, s) -> {
          f.addAnswers(Answer.of(area.code(), s[0][j]));
          l.addAnswers(Answer.of(area.code(), s[1][j]));
        });
        b.addResponses(f.build(), l.build());
      }
      // network meetings and their checklists
      LocalDate d = between(r, start.plusDays(14), start.plusDays(90));
      for (int x = 0; x < checklistsPerCourse[i]; x++, c++) {
        String mid = id + "-m" + (x + 1);
        List<ChecklistParticipant> cps = new ArrayList<>();
        List<MeetingParticipant> mps = new ArrayList<>();
        boolean ypAttended = answers.get(ChecklistItem.YOUNG_PERSON_ATTENDED).get(c);
        boolean ypSpoke = answers.get(ChecklistItem.YOUNG_PERSON_SPOKE).get(c);
        add(cps, mps, yp.id(), ParticipantRole.YOUNG_PERSON, ypAttended, ypSpoke);
        add(cps, mps, coordinator, ParticipantRole.COORDINATOR, true, true);
        if (involved) {
          add(cps, mps, "pp-parent", ParticipantRole.PARENT_WITH_CUSTODY, true, parentActive.get(parent++));
        } else {
          add(cps, mps, "pp-parent", ParticipantRole.PARENT_WITH_CUSTODY, false, false);
        }
        add(cps, mps, "p-cw", ParticipantRole.CASEWORKER_CHILDREN_YOUTH, caseworker.get(c), caseworker.get(c));
        add(cps, mps, "p-uu", ParticipantRole.UU_COUNSELLOR, uu.get(c), uu.get(c) && r.nextInt(10) < 8);
        add(cps, mps, "p-jc", ParticipantRole.JOB_CENTRE_CONSULTANT, jobCentre.get(c),
            jobCentre.get(c) && r.nextInt(10) < 8);
        add(cps, mps, "p-ca", ParticipantRole.CASEWORKER_ADULTS, adultCaseworker.get(c), adultCaseworker.get(c));
        add(cps, mps, "p-sch", ParticipantRole.SCHOOL_REPRESENTATIVE, school.get(c), school.get(c));
        b.addMeetings(Meeting.builder().id(mid).kind(MeetingKind.NETWORK).date(d).addAllParticipants(mps)
            .leaderId(coordinator).build());
        Map<ChecklistItem, Boolean> a = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
          a.put(item, answers.get(item).get(c));
        }
        b.addChecklists(MeetingChecklist.builder().id(mid + "-tjek").meetingId(mid).date(d)
            .placementType(placements.get(c)).addAllParticipants(cps).answers(a).build());
        d = between(r, d.plusDays(60), d.plusDays(120));
        if (d.isAfter(AS_OF)) {
          d = AS_OF;
        }
      }
      courses.add(b.build());
    }
    return List.copyOf(courses);
  }

  private static Professional pro(String id, ParticipantRole role) {
    return Professional.builder().id(id).role(role).build();
  }

  private static void add(List<ChecklistParticipant> cps, List<MeetingParticipant> mps, String personId,
      ParticipantRole role, boolean attended, boolean active) {
    cps.add(ChecklistParticipant.builder().role(role).personId(personId).attended(attended)
        .active(attended && active).build());
    mps.add(MeetingParticipant.of(personId, role, attended, attended && active));
  }

  // ------------------------------------------------------------------ S2

  /**
   * S2's first 71 young people in four municipalities (MENTAL_HEALTH): at the latest registration 44 in
   * education, 7 in a part- or full-time job, 1 of them both — S2's "62% / 10% / 1%".
   */
  public static List<Course> mentalHealth(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[][] munis = {{"167", "Hvidovre"}, {"169", "Høje-Taastrup"}, {"183", "Ishøj"}, {"187", "Vallensbæk"}};
    // 0 = education only, 1 = job only, 2 = both, 3 = neither
    List<Integer> kinds = deck(r, e(0, 43), e(1, 6), e(2, 1), e(3, 21));
    List<Course> out = new ArrayList<>();
    for (int i = 0; i < 71; i++) {
      String id = String.format("s2-%03d", i + 1);
      LocalDate start = between(r, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
      int kind = kinds.get(i);
      StatusRegistration.Builder s = StatusRegistration.builder().date(start.plusDays(180));
      s.education(kind == 0 || kind == 2 ? EducationStatus.inEducation(EducationType.UPPER_SECONDARY)
          : EducationStatus.notInEducation());
      s.employment(kind == 1 || kind == 2 ? EmploymentStatus.PART_TIME_JOB
          : kind == 0 ? EmploymentStatus.NOT_RELEVANT_IN_EDUCATION : EmploymentStatus.UNEMPLOYED_ACTIVITY_READY);
      String[] m = munis[i % munis.length];
      out.add(Course.builder().id(id).programme(Programmes.MENTAL_HEALTH).municipality(Municipality.of(m[0], m[1]))
          .youngPerson(youngPerson(r, id + "-yp", start, 16 + r.nextInt(8))).startDate(start)
          .targetGroup(TargetGroup.MENTALLY_VULNERABLE)
          .addProfessionals(pro("guide-" + m[0], ParticipantRole.COORDINATOR))
          .addCoordinatorAssignments(CoordinatorAssignment.of("guide-" + m[0], start))
          .addStatusRegistrations(s.build()).build());
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ S4

  /** The HOMELESSNESS programme with {@link #S4_STABILITY} added, as S4's sample courses use it. */
  public static final Programme HOMELESSNESS_WITH_STABILITY =
      Programme.builder().from(Programmes.HOMELESSNESS).addInstruments(S4_STABILITY).build();

  /**
   * S4's housing outcomes: 100 ended HOMELESSNESS courses — at the end 73 in housing, 20 homeless, 7 other;
   * 29 in education or employment; 34 improved daily-life competences and 37 handling of own finances
   * ({@link #S4_STABILITY}, first versus latest response).
   */
  public static List<Course> homelessness(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<HousingStatus> housing = deck(r, e(HousingStatus.IN_HOUSING, 73), e(HousingStatus.HOMELESS, 20),
        e(HousingStatus.OTHER, 7));
    List<Boolean> occupied = flags(r, 29, 100);
    List<Boolean> daily = flags(r, 34, 100);
    List<Boolean> finances = flags(r, 37, 100);
    List<HousingSupportCombination> combos = deck(r, e(HousingSupportCombination.SM_ONLY, 100));
    List<Course> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String id = String.format("s4-%03d", i + 1);
      LocalDate start = between(r, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 6, 30));
      LocalDate end = start.plusDays(330 + r.nextInt(60));
      int d1 = 2 + r.nextInt(2);
      int f1 = 2 + r.nextInt(2);
      out.add(Course.builder().id(id).programme(HOMELESSNESS_WITH_STABILITY)
          .municipality(i % 2 == 0 ? Municipality.of("101", "København") : Municipality.of("751", "Aarhus"))
          .youngPerson(youngPerson(r, id + "-yp", start, 18 + r.nextInt(7))).startDate(start)
          .targetGroup(i % 3 == 0 ? TargetGroup.AT_RISK : TargetGroup.HOMELESS)
          .housingSubgroup(i % 3 == 0 ? HousingSubgroup.AT_RISK : HousingSubgroup.HOMELESS)
          .housingSupport(HousingSupport.builder().combination(combos.get(i)).build())
          .addProfessionals(pro("mk-1", ParticipantRole.COORDINATOR))
          .addCoordinatorAssignments(CoordinatorAssignment.of("mk-1", start))
          .addStatusRegistrations(StatusRegistration.builder().date(start).housing(HousingStatus.HOMELESS)
              .education(EducationStatus.notInEducation()).employment(EmploymentStatus.UNEMPLOYED_ACTIVITY_READY)
              .build())
          .addStatusRegistrations(StatusRegistration.builder().date(end).housing(housing.get(i))
              .education(occupied.get(i) ? EducationStatus.inEducation(EducationType.VOCATIONAL)
                  : EducationStatus.notInEducation())
              .employment(occupied.get(i) ? EmploymentStatus.NOT_RELEVANT_IN_EDUCATION : EmploymentStatus.OTHER)
              .build())
          .addResponses(InstrumentResponse.builder().id(id + "-s1").instrumentId("S4_STABILITY").instrumentVersion(1)
              .date(start.plusDays(7)).addAnswers(Answer.of("DAILY_LIFE_COMPETENCE", d1),
                  Answer.of("PERSONAL_FINANCES", f1)).build())
          .addResponses(InstrumentResponse.builder().id(id + "-s2").instrumentId("S4_STABILITY").instrumentVersion(1)
              .date(end.minusDays(7)).addAnswers(Answer.of("DAILY_LIFE_COMPETENCE", d1 + (daily.get(i) ? 1 : 0)),
                  Answer.of("PERSONAL_FINANCES", f1 + (finances.get(i) ? 1 : 0))).build())
          .end(CourseEnd.builder().date(end).kind(EndKind.PLANNED).build())
          .build());
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ S1

  /**
   * S1's fidelity measurement: 80 responses on the 1–5 fidelity scale ({@link Instruments#S1_FIDELITY}) from
   * six projects (one course each, grouped by municipality) — three with a mean above 4, three between 3 and 4.
   */
  public static List<Course> ngoFidelity(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    // project, responses, sum of scores: means 4.5, 4.29, 4.15, 3.85, 3.54, 3.38
    Object[][] projects = {{"101", "København", 14, 63}, {"751", "Aarhus", 14, 60}, {"461", "Odense", 13, 54},
        {"851", "Aalborg", 13, 50}, {"561", "Esbjerg", 13, 46}, {"630", "Vejle", 13, 44}};
    List<Course> out = new ArrayList<>();
    for (Object[] p : projects) {
      String id = "s1-" + p[0];
      int count = (Integer) p[2];
      int sum = (Integer) p[3];
      List<String> none = new ArrayList<>(Collections.nCopies(count, "STATUS_QUO"));
      int[] values = scores(r, none, sum)[0];
      LocalDate start = LocalDate.of(2020, 1, 6);
      Course.Builder b = Course.builder().id(id).programme(Programmes.AFTERCARE)
          .municipality(Municipality.of((String) p[0], (String) p[1]))
          .youngPerson(youngPerson(r, id + "-yp", start, 16)).startDate(start)
          .addProfessionals(pro("ngo-" + p[0], ParticipantRole.COORDINATOR))
          .addCoordinatorAssignments(CoordinatorAssignment.of("ngo-" + p[0], start));
      for (int i = 0; i < count; i++) {
        b.addResponses(InstrumentResponse.builder().id(id + "-f" + i).instrumentId("S1_FIDELITY").instrumentVersion(1)
            .date(start.plusWeeks(i)).addAnswers(Answer.of("ACTIVITIES_AS_INTENDED", values[i])).build());
      }
      out.add(b.build());
    }
    return List.copyOf(out);
  }
}
