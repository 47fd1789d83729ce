package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsmodel.core.instrument.Instruments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile and broken input gives a clear error and never an exception. */
class HardeningTest {

  private static final DocumentReader READER = SamJson.defaults().reader();

  private static ReadError only(ReadResult<?> r) {
    assertFalse(r.isValid());
    assertEquals(1, r.errors().size(), () -> r.errors().toString());
    return r.errors().get(0);
  }

  private static String instrument(String extra) {
    return "{\"schemaVersion\": \"1.0\", \"kind\": \"instrument\", \"id\": \"X\", \"version\": 1, \"nameDa\": \"a\","
        + " \"nameEn\": \"b\", \"dimensions\": [{\"code\": \"A\", \"labelDa\": \"a\", \"labelEn\": \"a\","
        + " \"scaleMin\": 1, \"scaleMax\": 5}]" + extra + "}";
  }

  @Test
  void a_plain_instrument_reads() {
    assertTrue(READER.read(instrument(""), DocumentKind.INSTRUMENT).isValid());
  }

  @Test
  void documents_over_the_size_limit_are_refused_before_parsing() {
    SamJson small = SamJson.builder().limits(Limits.defaults().withMaxDocumentBytes(100)).build();
    byte[] doc = instrument("").getBytes(StandardCharsets.UTF_8);
    assertEquals(ErrorCode.TOO_LARGE, only(small.reader().read(doc, DocumentKind.INSTRUMENT)).code());
    assertEquals(ErrorCode.TOO_LARGE, only(small.reader().read(new ByteArrayInputStream(doc),
        DocumentKind.INSTRUMENT)).code());
    assertTrue(SamJson.defaults().reader().read(new ByteArrayInputStream(doc), DocumentKind.INSTRUMENT).isValid());
  }

  @Test
  void the_default_size_limit_is_16_mib() {
    assertEquals(16 * 1024 * 1024, SamJson.defaults().limits().maxDocumentBytes());
    byte[] big = new byte[16 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    assertEquals(ErrorCode.TOO_LARGE, only(READER.read(big, DocumentKind.COURSE)).code());
  }

  @Test
  void invalid_utf8_is_refused_with_its_offset() {
    byte[] doc = instrument("").getBytes(StandardCharsets.UTF_8);
    doc[60] = (byte) 0xC3; // a lead byte followed by ASCII
    ReadError e = only(READER.read(doc, DocumentKind.INSTRUMENT));
    assertEquals(ErrorCode.NOT_UTF8, e.code());
    assertTrue(e.messageEn().contains("60"), e.messageEn());
    byte[] utf16 = instrument("").getBytes(StandardCharsets.UTF_16);
    assertEquals(ErrorCode.NOT_UTF8, only(READER.read(utf16, DocumentKind.INSTRUMENT)).code());
  }

  @Test
  void deep_nesting_is_refused() {
    String deep = "[".repeat(100) + "]".repeat(100);
    ReadError e = only(READER.read(instrument(", \"extensions\": {\"dk.x.y:deep\": " + deep + "}"),
        DocumentKind.INSTRUMENT));
    assertEquals(ErrorCode.TOO_DEEP, e.code());
    SamJson shallow = SamJson.builder().limits(Limits.defaults().withMaxNestingDepth(2)).build();
    assertEquals(ErrorCode.TOO_DEEP, only(shallow.reader().read(instrument(""), DocumentKind.INSTRUMENT)).code());
  }

  @Test
  void long_strings_and_numbers_are_refused() {
    SamJson strict = SamJson.builder().limits(Limits.defaults().withMaxStringLength(10).withMaxNumberLength(5))
        .build();
    assertEquals(ErrorCode.STRING_TOO_LONG,
        only(strict.reader().read(instrument(", \"extensions\": {\"dk.x.y:s\": \"" + "x".repeat(50) + "\"}"),
            DocumentKind.INSTRUMENT)).code());
    assertEquals(ErrorCode.NUMBER_TOO_LONG,
        only(strict.reader().read(instrument(", \"extensions\": {\"dk.x.y:n\": 12345678901}"),
            DocumentKind.INSTRUMENT)).code());
    assertEquals(ErrorCode.NUMBER_TOO_LONG,
        only(READER.read(instrument(", \"extensions\": {\"dk.x.y:n\": 1" + "0".repeat(100) + "}"),
            DocumentKind.INSTRUMENT)).code());
  }

  @Test
  void numbers_out_of_range_and_fractions_are_refused() {
    String doc = instrument("").replace("\"version\": 1", "\"version\": 2147483648");
    ReadError e = only(READER.read(doc, DocumentKind.INSTRUMENT));
    assertEquals(ErrorCode.NUMBER_OUT_OF_RANGE, e.code());
    assertEquals("/version", e.pointer());
    assertEquals(ErrorCode.WRONG_TYPE,
        only(READER.read(instrument("").replace("\"version\": 1", "\"version\": 1.5"), DocumentKind.INSTRUMENT))
            .code());
  }

  @Test
  void duplicate_keys_are_refused_with_their_pointer() {
    String doc = instrument("").replace("\"scaleMin\": 1,", "\"scaleMin\": 1, \"scaleMin\": 2,");
    ReadError e = only(READER.read(doc, DocumentKind.INSTRUMENT));
    assertEquals(ErrorCode.DUPLICATE_KEY, e.code());
    assertEquals("/dimensions/0/scaleMin", e.pointer());
  }

  @Test
  void truncated_empty_and_trailing_input_is_refused() {
    String doc = instrument("");
    for (int cut : new int[] {1, 10, doc.length() / 2, doc.length() - 1}) {
      ReadError e = only(READER.read(doc.substring(0, cut), DocumentKind.INSTRUMENT));
      assertEquals(ErrorCode.TRUNCATED, e.code(), "cut at " + cut);
    }
    assertEquals(ErrorCode.TRUNCATED, only(READER.read("", DocumentKind.INSTRUMENT)).code());
    assertEquals(ErrorCode.MALFORMED_JSON, only(READER.read(doc + " {}", DocumentKind.INSTRUMENT)).code());
    assertEquals(ErrorCode.MALFORMED_JSON, only(READER.read("{'a': 1}", DocumentKind.INSTRUMENT)).code());
  }

  @Test
  void no_input_ever_throws() {
    byte[] doc = SamJson.defaults().writer().write(DocumentKind.INSTRUMENT, Instruments.S1_QUESTIONNAIRE);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      byte[] mutated = doc.clone();
      int changes = 1 + random.nextInt(4);
      for (int c = 0; c < changes; c++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      byte[] input = random.nextBoolean() ? mutated : Arrays.copyOf(mutated, random.nextInt(mutated.length));
      ReadResult<?> r = READER.read(input);
      assertTrue(r.isValid() || !r.errors().isEmpty());
    }
  }

  @Test
  void no_polymorphic_typing_class_names_are_just_unknown_fields() {
    String doc = instrument(", \"@class\": \"java.lang.ProcessBuilder\"");
    ReadError e = only(READER.read(doc, DocumentKind.INSTRUMENT));
    assertEquals(ErrorCode.UNKNOWN_FIELD, e.code());
    assertEquals("/@class", e.pointer());
  }

  @Test
  void errors_never_contain_document_values() {
    String cpr = "1403094321";
    String doc = new String(CorpusTest.resource("corpus/invalid/cpr-date-mismatch.json"), StandardCharsets.UTF_8)
        .replace("1403091234", "1403091234");
    ReadResult<?> r = READER.read(doc, DocumentKind.COURSE);
    assertFalse(r.isValid());
    List<ReadError> errors = r.errors();
    for (ReadError e : errors) {
      for (String text : List.of(e.messageDa(), e.messageEn(), e.toString(), r.toString())) {
        assertFalse(text.contains("1403091234") || text.contains(cpr) || text.contains("Signe"), text);
      }
    }
    String bad = instrument("").replace("\"nameDa\": \"a\"", "\"nameDa\": 0102031234");
    ReadResult<?> r2 = READER.read(bad, DocumentKind.INSTRUMENT);
    r2.errors().forEach(e -> assertFalse(e.messageEn().contains("0102031234"), e.messageEn()));
  }
}
