package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.outcome.CohortRecord;
import dk.samarbejdsmodel.core.outcome.report.CohortReport;
import dk.samarbejdsmodel.core.outcome.Pseudonymiser;
import dk.samarbejdsmodel.samples.SampleCohort;
import dk.samarbejdsmodel.testkit.PersonalData;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The pseudonymised view and the {@code pseudonymised-cohort} kind: no personal data in the output, round trips
 * (value and bytes), schema validity, stable pseudonyms per key, and the evaluator's report computed from a
 * received extract equal to the one computed from the records before export.
 */
class PseudonymisedViewTest {

  private static final SamJson JSON = SamJson.defaults();

  /** Courses with distinct ids, drawn from a pool (a course costs milliseconds to generate). */
  static final List<Course> POOL = RandomCourses.courses(20261202L, 150);

  /** One extract to write; prints without the courses, which hold personal data. */
  record Extract(List<Course> courses, byte[] key, LocalDate asOf) {
    Cohort cohort() {
      return new Cohort("extract-" + asOf, asOf, Optional.of("Udtræk til evaluator"), courses);
    }

    @Override
    public String toString() {
      return "Extract[courses=" + courses.stream().map(Course::id).toList() + ", asOf=" + asOf + "]";
    }
  }

  static final Gen<Extract> EXTRACTS = SamGen.from(r -> {
    int n = r.nextInt(4);
    int first = r.nextInt(POOL.size());
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      courses.add(POOL.get((first + 7 * i) % POOL.size()));
    }
    byte[] key = new byte[16 + r.nextInt(17)];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) r.nextInt(256);
    }
    LocalDate asOf = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(16 * 365));
    return new Extract(courses, key, asOf);
  });

  static Set<String> secrets(List<Course> courses) {
    Set<String> s = new java.util.LinkedHashSet<>(PersonalData.of(courses));
    courses.forEach(c -> s.add(c.youngPerson().birthDate().toString()));
    return s;
  }

  static ExportView view(Extract e) {
    return ExportViews.pseudonymised(Pseudonymiser.withKey(e.key()), e.asOf());
  }

  @Test
  void pseudonymised_output_holds_no_personal_data_and_round_trips() {
    qt().withExamples(1000).forAll(EXTRACTS).checkAssert(e -> {
      byte[] bytes = JSON.writer().withView(view(e)).write(DocumentKind.COHORT, e.cohort());
      String text = new String(bytes, StandardCharsets.UTF_8);
      PersonalData.assertNoneIn(text, secrets(e.courses()));
      for (Course c : e.courses()) {
        assertFalse(text.contains("\"" + c.id() + "\"") || text.contains("\"" + c.youngPerson().id() + "\""),
            "a model id was not pseudonymised");
      }
      assertFalse(text.contains("Udtræk"), "the cohort's free-text description is not exported");

      ReadResult<PseudonymisedCohort> read = JSON.reader().read(bytes, DocumentKind.PSEUDONYMISED_COHORT);
      assertTrue(read.isValid(), () -> read.errors().toString());
      assertEquals(PseudonymisedCohort.of(e.cohort(), Pseudonymiser.withKey(e.key()), e.asOf()), read.orElseThrow());
      assertArrayEquals(bytes, JSON.writer().write(read));
      assertEquals(Set.of(), Schemas.validate(DocumentKind.PSEUDONYMISED_COHORT, bytes));
    });
  }

  @Test
  void a_report_from_a_received_extract_equals_the_report_before_export() {
    qt().withExamples(60).forAll(EXTRACTS).checkAssert(e -> {
      List<CohortRecord> records = Pseudonymiser.withKey(e.key()).records(e.courses(), e.asOf());
      byte[] bytes = JSON.writer().write(DocumentKind.PSEUDONYMISED_COHORT,
          new PseudonymisedCohort("x-1", e.asOf(), records));
      PseudonymisedCohort back = JSON.reader().read(bytes, DocumentKind.PSEUDONYMISED_COHORT).orElseThrow();
      assertEquals(CohortReport.of(records, e.asOf()), CohortReport.of(back.records(), back.asOf()));
      assertEquals(records, back.records());
    });
  }

  @Test
  void the_s0_sample_survives_export_to_an_evaluator() {
    List<Course> courses = SampleCohort.generate(SampleCohort.DEFAULT_SEED);
    Pseudonymiser p = Pseudonymiser.withKey("a key of the data controller".getBytes(StandardCharsets.UTF_8));
    Cohort cohort = new Cohort("s0", SampleCohort.AS_OF, Optional.empty(), courses);
    byte[] bytes = JSON.writer().withView(ExportViews.pseudonymised(p, SampleCohort.AS_OF))
        .write(DocumentKind.COHORT, cohort);
    PersonalData.assertNoneIn(new String(bytes, StandardCharsets.UTF_8), secrets(courses));
    PseudonymisedCohort back = JSON.reader().read(bytes, DocumentKind.PSEUDONYMISED_COHORT).orElseThrow();
    assertEquals(180, back.records().size());
    List<CohortRecord> records = p.records(courses, SampleCohort.AS_OF);
    assertEquals(CohortReport.of(records, SampleCohort.AS_OF), CohortReport.of(back.records(), back.asOf()));
    assertEquals(Set.of(), Schemas.validate(DocumentKind.PSEUDONYMISED_COHORT, bytes));
  }

  @Test
  void pseudonyms_are_stable_for_a_key_and_unrelated_across_keys() {
    SplittableRandom r = new SplittableRandom(3);
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) r.nextInt(256);
    }
    Cohort cohort = new Cohort("c-1", LocalDate.of(2030, 1, 1), Optional.empty(), POOL.subList(0, 5));
    byte[] once = JSON.writer().withView(ExportViews.pseudonymised(Pseudonymiser.withKey(key), cohort.extractedAt()))
        .write(DocumentKind.COHORT, cohort);
    byte[] again = JSON.writer().withView(ExportViews.pseudonymised(Pseudonymiser.withKey(key.clone()),
        cohort.extractedAt())).write(DocumentKind.COHORT, cohort);
    assertArrayEquals(once, again, "the same key gives the same extract");
    byte[] other = key.clone();
    other[0] ^= 1;
    PseudonymisedCohort a = JSON.reader().read(once, DocumentKind.PSEUDONYMISED_COHORT).orElseThrow();
    PseudonymisedCohort b = JSON.reader().read(JSON.writer().withView(ExportViews.pseudonymised(
        Pseudonymiser.withKey(other), cohort.extractedAt())).write(DocumentKind.COHORT, cohort),
        DocumentKind.PSEUDONYMISED_COHORT).orElseThrow();
    for (int i = 0; i < a.records().size(); i++) {
      assertNotEquals(a.records().get(i).courseId(), b.records().get(i).courseId());
      assertNotEquals(a.records().get(i).youngPersonId(), b.records().get(i).youngPersonId());
    }
  }

  /** Issue 20, item 4: an unsalted md5 of the CPR number looks like a pseudonym but is not one. */
  @Test
  void only_ids_made_by_the_pseudonymiser_enter_an_extract_never_an_unsalted_hash() throws Exception {
    Pseudonymiser p = Pseudonymiser.withKey("a key of the data controller".getBytes(StandardCharsets.UTF_8));
    List<CohortRecord> records = p.records(POOL.subList(0, 3), LocalDate.of(2030, 1, 1));
    for (CohortRecord r : records) {
      assertTrue(Pseudonymiser.isPseudonym(r.courseId()) && Pseudonymiser.isPseudonym(r.youngPersonId()));
    }
    java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
    List<CohortRecord> hashed = new java.util.ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      String cpr = POOL.get(i).youngPerson().cpr().map(c -> c.value()).orElse("0101001234");
      String unsalted = java.util.HexFormat.of().formatHex(md5.digest(cpr.getBytes(StandardCharsets.US_ASCII)));
      assertTrue(PseudonymisedCohort.PSEUDONYM.matcher(unsalted).matches(), "it has the shape of a pseudonym");
      assertFalse(Pseudonymiser.isPseudonym(unsalted));
      hashed.add(CohortRecord.builder().from(records.get(i)).youngPersonId(unsalted).build());
    }
    dk.samarbejdsmodel.core.StructuralViolationException e = assertThrows(
        dk.samarbejdsmodel.core.StructuralViolationException.class,
        () -> new PseudonymisedCohort("x-1", LocalDate.of(2030, 1, 1), hashed));
    assertEquals(3, e.violations().size(), e::getMessage);
    // the same on the wire: a document whose ids are unsalted hashes is refused with INVALID_FORMAT
    String json = new String(JSON.writer().write(DocumentKind.PSEUDONYMISED_COHORT,
        new PseudonymisedCohort("x-1", LocalDate.of(2030, 1, 1), records)), StandardCharsets.UTF_8);
    String forged = json.replace(records.get(0).youngPersonId(), hashed.get(0).youngPersonId());
    ReadResult<PseudonymisedCohort> read = JSON.reader().read(forged, DocumentKind.PSEUDONYMISED_COHORT);
    assertEquals(List.of("/records/0/youngPersonId INVALID_FORMAT"),
        read.errors().stream().map(x -> x.pointer() + " " + x.code()).toList());
    // random hex strings pass the check only once in 2^32: none of 10,000
    SplittableRandom r = new SplittableRandom(20);
    for (int i = 0; i < 10_000; i++) {
      String hex = String.format(java.util.Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong());
      assertFalse(Pseudonymiser.isPseudonym(hex), hex);
    }
  }

  @Test
  void records_that_keep_model_ids_are_refused_and_other_kinds_are_not_pseudonymised() {
    List<CohortRecord> raw = CohortRecord.from(POOL.subList(0, 2), LocalDate.of(2030, 1, 1));
    assertThrows(dk.samarbejdsmodel.core.StructuralViolationException.class,
        () -> new PseudonymisedCohort("x-1", LocalDate.of(2030, 1, 1), raw));
    ExportView view = ExportViews.pseudonymised(Pseudonymiser.withKey(new byte[16]), LocalDate.of(2030, 1, 1));
    assertEquals("PSEUDONYMISED", view.name());
    assertThrows(IllegalArgumentException.class, () -> JSON.writer().withView(view)
        .write(DocumentKind.COURSE, POOL.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> view.apply(DocumentKind.COHORT,
        dk.samarbejdsmodel.json.tree.JsonObject.of()));
    PseudonymisedCohort otherDate = PseudonymisedCohort.of("x-2", POOL.subList(0, 1),
        Pseudonymiser.withKey(new byte[16]), LocalDate.of(2029, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> JSON.writer().withView(view)
        .write(DocumentKind.PSEUDONYMISED_COHORT, otherDate));
    assertFalse(view.toString().contains("key=") || view.toString().matches(".*[0-9a-f]{32}.*"));
  }

  @Test
  void the_schema_marks_nothing_as_personal_data() {
    String schema = JsonSchemas.schemaText(DocumentKind.PSEUDONYMISED_COHORT);
    assertFalse(schema.contains(JsonSchemas.PERSONAL_DATA));
    assertTrue(schema.contains("\"pattern\": \"^[0-9a-f]{32}$\""));
  }
}
