package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.Redaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regression tests for the defects of issue 20 that the JSON module shows (docs/reliability.md §5). */
class HardeningRegressionTest {

  private static final SamJson JSON = SamJson.defaults();

  static String course() {
    return new String(CorpusTest.resource("corpus/valid/course.json"), StandardCharsets.UTF_8);
  }

  private static List<ReadError> errors(String doc) {
    return JSON.reader().read(doc, DocumentKind.COURSE).errors();
  }

  /** Item 5: an unknown key that is a CPR number never reaches a pointer or an exception message. */
  @Test
  void an_unknown_key_that_looks_like_a_cpr_number_is_masked_in_the_pointer() {
    for (String key : List.of("1403094321", "140309-4321", "14.03.09\u20134321", "x".repeat(70_000 / 1000))) {
      String doc = course().replaceFirst("\"id\": \"c-1001\",", "\"id\": \"c-1001\", \"" + key + "\": 1,");
      List<ReadError> found = errors(doc);
      assertEquals(1, found.size(), found::toString);
      ReadError e = found.get(0);
      assertEquals(ErrorCode.UNKNOWN_FIELD, e.code());
      assertFalse(Redaction.containsCprLike(e.pointer()) || e.pointer().contains(key), e.pointer());
      assertTrue(e.pointer().equals("/" + Redaction.CPR_MASK) || e.pointer().endsWith("\u2026"), e.pointer());
      InvalidDocumentException x = assertThrows(InvalidDocumentException.class,
          () -> JSON.reader().read(doc, DocumentKind.COURSE).orElseThrow());
      assertFalse(Redaction.containsCprLike(x.getMessage()), x.getMessage());
    }
    ReadError direct = ReadError.of("/answers/" + "k".repeat(100) + "~1x", ErrorCode.UNKNOWN_FIELD);
    assertEquals("/answers/" + "k".repeat(64) + "\u2026", direct.pointer());
    assertEquals("/goals/" + Redaction.CPR_MASK, ReadError.of("/goals/14~103~109 4321", ErrorCode.UNKNOWN_FIELD)
        .pointer());
  }

  /** Item 5: unknown-id and duplicate-id errors never quote the id. */
  @Test
  void unknown_and_duplicate_id_messages_never_quote_the_id() {
    String doc = course().replace("\"coordinatorId\": \"p-koord\"", "\"coordinatorId\": \"Signe Jensen\"")
        .replace("{\"id\": \"p-uu\", \"role\"", "{\"id\": \"p-koord\", \"role\"");
    List<ReadError> found = errors(doc);
    assertFalse(found.isEmpty());
    for (ReadError e : found) {
      assertFalse(e.messageEn().contains("Signe") || e.messageDa().contains("Signe")
          || e.messageEn().contains("p-koord") || e.messageDa().contains("p-koord"), e::toString);
    }
    assertTrue(found.stream().anyMatch(e -> e.code() == ErrorCode.UNKNOWN_REFERENCE), found::toString);
    assertTrue(found.stream().anyMatch(e -> e.code() == ErrorCode.DUPLICATE_ID), found::toString);
  }

  /** Item 5: a cohort prints no free text. */
  @Test
  void a_cohort_does_not_print_its_description() {
    Cohort c = new Cohort("x-1", LocalDate.of(2025, 10, 1), Optional.of("Signe Jensen og hendes bror"), List.of());
    assertFalse(c.toString().contains("Signe"), c::toString);
    assertEquals("Cohort[id=x-1, extractedAt=2025-10-01, description=***, courses=0]", c.toString());
  }

  /** Item 13: ids of invisible or bidi-control characters are refused; an id of 100 emoji is read as the schema reads it. */
  @Test
  void the_reader_and_the_schema_agree_on_ids() {
    String emoji = "\ud83d\ude00".repeat(100);
    String doc = course().replace("\"c-1001\"", "\"" + emoji + "\"");
    assertEquals(List.of(), errors(doc));
    assertEquals(0, Schemas.validate(DocumentKind.COURSE, doc.getBytes(StandardCharsets.UTF_8)).size());
    for (String id : List.of("\\u00a0", "\\u200b", "\\u202e", "\\u2028", "\\uffff", "\\ud800", "\\u00a0\\u200b",
        "c\\u202e1", "140309 4321", "\\uff11\\uff14\\uff10\\uff13\\uff10\\uff19\\uff14\\uff13\\uff12\\uff11")) {
      List<ReadError> found = errors(course().replace("\"c-1001\"", "\"" + id + "\""));
      List<String> got = found.stream().map(e -> e.pointer() + " " + e.code()).toList();
      assertTrue(got.equals(List.of("/id INVALID_FORMAT")) || got.equals(List.of("/id BLANK")), id + ": " + got);
    }
  }

  private static List<String> found(SamJson json, String doc, DocumentKind<?> kind) {
    return json.reader().read(doc, kind).errors().stream().map(e -> e.pointer() + " " + e.code()).toList();
  }

  /** Item 8: extension numbers come back exactly as sent, or are refused with a clear error; never changed. */
  @Test
  void extension_numbers_are_kept_exactly() throws Exception {
    for (String number : List.of("1e999999999", "1E-400", "12345678901234567.89", "1.50", "-0.0", "0.1",
        "123456789012345678901234567", "4.9E-324")) {
      String doc = course().replace("\"extensions\": {\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\"}",
          "\"extensions\": {\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\", \"dk.vendor.dubu:n\": " + number
              + ", \"dk.vendor.dubu:list\": [" + number + "]}");
      ReadResult<dk.samarbejdsmodel.core.course.Course> r = JSON.reader().read(doc, DocumentKind.COURSE);
      assertTrue(r.isValid(), () -> number + ": " + r.errors());
      String written = new String(JSON.writer().write(r), StandardCharsets.UTF_8);
      com.fasterxml.jackson.databind.JsonNode ext = new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(written).get("extensions");
      java.math.BigDecimal sent = new java.math.BigDecimal(number);
      assertTrue(ext.get("dk.vendor.dubu:n").isNumber(), written);
      assertEquals(0, sent.compareTo(ext.get("dk.vendor.dubu:n").decimalValue()), number + " -> " + written);
      assertEquals(0, sent.compareTo(ext.get("dk.vendor.dubu:list").get(0).decimalValue()), number);
      assertArrayEquals(JSON.writer().write(r), JSON.writer().write(JSON.reader().read(written, DocumentKind.COURSE)));
    }
    String tooBig = course().replace("\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\"}",
        "\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\", \"dk.vendor.dubu:n\": 1e9999999999}");
    List<String> refused = found(JSON, tooBig, DocumentKind.COURSE);
    assertEquals(1, refused.size(), refused::toString);
    assertTrue(refused.get(0).endsWith("NUMBER_OUT_OF_RANGE") || refused.get(0).endsWith("NUMBER_TOO_LONG"),
        refused::toString);
  }

  /** Item 9: a 0.9 draft with both vendorData and extensions loses neither. */
  @Test
  void a_draft_with_both_vendor_data_and_extensions_drops_neither() {
    String draft = ReaderFuzzTest.DRAFT_09_FORM.replace("\"vendorData\": {\"dk.vendor.dubu:caseId\": \"DUBU-7\"}",
        "\"vendorData\": {\"dk.vendor.dubu:caseId\": \"DUBU-7\"}, \"extensions\": {\"dk.vendor.dubu:x\": 1}");
    assertEquals(List.of("/vendorData UNKNOWN_FIELD"), found(JSON, draft, DocumentKind.GOAL_AGREEMENT_FORM));
    ReadResult<?> lenient = SamJson.builder().mode(ReadMode.LENIENT).build().reader().read(draft,
        DocumentKind.GOAL_AGREEMENT_FORM);
    assertTrue(lenient.isValid(), lenient.errors()::toString);
    String written = new String(SamJson.defaults().writer().write(lenient), StandardCharsets.UTF_8);
    assertTrue(written.contains("DUBU-7") && written.contains("dk.vendor.dubu:x"), written);
  }

  /** Item 13: errors in a 0.9 draft point into the draft as it was sent. */
  @Test
  void errors_in_a_draft_point_into_the_draft_as_sent() {
    String draft = ReaderFuzzTest.DRAFT_09_FORM.replace("\"status\": \"ACTIVE\", \"statusDate\": \"2025-05-20\"",
        "\"status\": \"ACTIVE\", \"statusDate\": \"2025-13-45\"").replace("\"status\": \"AGREED\"",
        "\"status\": \"NOPE\"").replace("\"vendorData\": {\"dk.vendor.dubu:caseId\": \"DUBU-7\"}",
        "\"vendorData\": {\"caseId\": \"DUBU-7\"}");
    assertEquals(List.of("/goals/0/statusDate INVALID_DATE", "/agreements/0/status NOT_ALLOWED",
        "/vendorData/caseId INVALID_EXTENSION_KEY"), found(JSON, draft, DocumentKind.GOAL_AGREEMENT_FORM));
    String course = "{\"formatVersion\": \"0.9\", \"type\": \"course\", \"id\": \"c-1\", \"programmeId\": \"NOPE\"}";
    assertTrue(found(JSON, course, DocumentKind.COURSE).contains("/programmeId UNKNOWN_PROGRAMME"),
        found(JSON, course, DocumentKind.COURSE)::toString);
    assertEquals(List.of("/type WRONG_KIND"), found(JSON, course, DocumentKind.COHORT));
  }

  /** Item 12: through the Jackson module a duplicate key is refused, never "last one wins". */
  @Test
  void the_jackson_module_refuses_duplicate_keys() {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new SamarbejdsmodelModule());
    String doc = course().replace("\"id\": \"c-1001\",", "\"id\": \"c-1001\", \"id\": \"c-1002\",");
    com.fasterxml.jackson.databind.JsonMappingException e = assertThrows(
        com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> mapper.readValue(doc, dk.samarbejdsmodel.core.course.Course.class));
    InvalidDocumentException cause = (InvalidDocumentException) e.getCause();
    assertEquals(List.of("/id DUPLICATE_KEY"), cause.errors().stream().map(x -> x.pointer() + " " + x.code()).toList());
  }

  /** Item 13: a duplicate key with a quote in it is reported at its own pointer. */
  @Test
  void a_duplicate_key_with_an_apostrophe_is_reported_at_its_own_pointer() {
    String canonical = course().replace("\"id\": \"c-1001\",", "\"id\": \"c-1001\", \"it's\": 1, \"it's\": 2,");
    assertEquals(List.of("/it's DUPLICATE_KEY"), found(JSON, canonical, DocumentKind.COURSE));
    String treePath = "{\"kind\": \"course\", \"schemaVersion\": \"1.0\", \"it's\": 1, \"it's\": 2}";
    assertEquals(List.of("/it's DUPLICATE_KEY"), found(JSON, treePath, DocumentKind.COURSE));
  }

  /** Item 13: a lone byte-order mark or a lone non-ASCII character is not "(byte -1)". */
  @Test
  void a_lone_bom_or_half_sign_is_reported_with_a_real_position() {
    for (byte[] doc : List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\u00bd".getBytes(StandardCharsets.UTF_8),
        "{\"a\": \u00bd}".getBytes(StandardCharsets.UTF_8))) {
      List<ReadError> errors = JSON.reader().read(doc).errors();
      assertEquals(1, errors.size(), errors::toString);
      assertFalse(errors.get(0).messageEn().contains("-1"), errors::toString);
      assertTrue(errors.get(0).code() != ErrorCode.NOT_UTF8, errors::toString);
    }
  }

  /** Item 13: an agreement's responsibleId and followUpById point at the members that are wrong. */
  @Test
  void reference_errors_point_at_the_referring_member() throws Exception {
    String form = new String(CorpusTest.resource("corpus/valid/goal-agreement-form.json"), StandardCharsets.UTF_8)
        .replace("\"responsibleId\": \"p-uu\"", "\"responsibleId\": \"p-x\"")
        .replace("\"followUpById\": \"p-koord\",\n", "\"followUpById\": \"p-y\",\n");
    List<String> got = found(JSON, form, DocumentKind.GOAL_AGREEMENT_FORM);
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form);
    assertFalse(got.isEmpty());
    for (String e : got) {
      String pointer = e.substring(0, e.indexOf(' '));
      assertFalse(tree.at(pointer).isMissingNode(), () -> e + " points at nothing in " + got);
    }
  }

  /** Item 2: the configurable depth is capped where reading and writing both work on a 1 MiB stack. */
  @Test
  void the_deepest_configurable_document_reads_and_writes_on_a_one_mib_stack() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxNestingDepth(Limits.MAX_NESTING_DEPTH + 1));
    SamJson deep = SamJson.builder().limits(Limits.defaults().withMaxNestingDepth(Limits.MAX_NESTING_DEPTH)).build();
    int levels = Limits.MAX_NESTING_DEPTH - 3;   // the document, its extensions object and the extension
    String nested = "[".repeat(levels) + "1" + "]".repeat(levels);
    String doc = course().replace("\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\"}",
        "\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\", \"dk.vendor.dubu:deep\": " + nested + "}");
    Object[] outcome = new Object[1];
    Thread t = new Thread(null, () -> {
      try {
        ReadResult<dk.samarbejdsmodel.core.course.Course> r = deep.reader().read(doc, DocumentKind.COURSE);
        byte[] written = deep.writer().write(r);
        outcome[0] = r.isValid() && deep.reader().read(written, DocumentKind.COURSE).isValid() ? "ok" : r.errors();
      } catch (Throwable x) {
        outcome[0] = x;
      }
    }, "one-mib", 1L << 20);
    t.start();
    t.join();
    assertEquals("ok", outcome[0]);
    List<String> tooDeep = found(deep, course().replace("\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\"}",
        "\"dk.vendor.dubu:caseId\": \"DUBU-2025-0042\", \"dk.vendor.dubu:deep\": [[[[" + nested + "]]]]}"),
        DocumentKind.COURSE);
    assertEquals(1, tooDeep.size(), tooDeep::toString);
    assertTrue(tooDeep.get(0).endsWith("TOO_DEEP"), tooDeep::toString);
  }

  /** Item 9: a wrong extractedAt is reported with the number of events it would leave out. */
  @Test
  void events_after_the_extraction_date_are_counted() {
    dk.samarbejdsmodel.core.course.Course c = JSON.reader().read(course(), DocumentKind.COURSE).orElseThrow();
    assertEquals(0, new Cohort("x", LocalDate.of(2026, 1, 1), Optional.empty(), List.of(c)).eventsAfterExtraction());
    long early = new Cohort("x", LocalDate.of(2025, 5, 31), Optional.empty(), List.of(c)).eventsAfterExtraction();
    assertEquals(3, early, "the meeting, the response and the status registration of 10 June");
  }

  /** Item 7 (built by the catalogue work): a built-in programme cannot be replaced by one with a looser policy. */
  @Test
  void a_built_in_programme_cannot_be_replaced_silently() {
    dk.samarbejdsmodel.core.programme.Programme loose = dk.samarbejdsmodel.core.programme.Programme.builder()
        .from(dk.samarbejdsmodel.core.programme.Programmes.MENTAL_HEALTH)
        .consentPolicy(dk.samarbejdsmodel.core.programme.ConsentPolicy.CUSTODY_HOLDER_OR_YOUNG_PERSON).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SamJson.builder().addProgramme(loose));
    assertTrue(e.getMessage().contains("built-in"), e.getMessage());
  }
}
