package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.testkit.SamGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer (straight to a {@code JsonGenerator}) gives exactly the bytes of the tree writer it
 * replaced (build an {@code ObjectNode}, then serialise it), compact and indented, with and without retained
 * extensions and unknown fields: over the valid corpus and over generated documents of every kind.
 */
class StreamingWriterIdentityTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SamJson STRICT = SamJson.defaults();
  private static final SamJson LENIENT = SamJson.builder().mode(ReadMode.LENIENT).build();

  private static <T> void same(SamJson json, ReadResult<T> read) {
    assertTrue(read.isValid(), () -> read.errors().toString());
    @SuppressWarnings("unchecked")
    DocumentKind<T> kind = (DocumentKind<T>) read.kind().orElseThrow();
    T value = read.value().orElseThrow();
    for (boolean pretty : new boolean[] {false, true}) {
      DocumentWriter w = json.writer().withPrettyPrint(pretty);
      assertArrayEquals(w.writeViaTree(kind, value, read.retained()), w.write(kind, value, read.retained()),
          () -> kind + (pretty ? " pretty" : " compact"));
      assertArrayEquals(w.writeViaTree(kind, value, Retained.empty()), w.write(kind, value),
          () -> kind + (pretty ? " pretty" : " compact") + " without retained data");
    }
  }

  @Test
  void the_valid_corpus_is_written_byte_for_byte_as_before() {
    for (DocumentKind<?> kind : DocumentKind.all()) {
      byte[] bytes = CorpusTest.resource("corpus/valid/" + kind.wireName() + ".json");
      same(STRICT, STRICT.reader().read(bytes, kind));
      same(LENIENT, LENIENT.reader().read(bytes, kind));
    }
  }

  @Test
  void generated_documents_with_vendor_data_are_written_byte_for_byte_as_before() {
    qt().withExamples(60).forAll(SamGen.seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (Map.Entry<DocumentKind<?>, byte[]> doc : ExtensionRoundTripPropertyTest.documents(seed)) {
        same(STRICT, STRICT.reader().read(doc.getValue(), doc.getKey()));
        boolean lenient = r.nextBoolean();
        SamJson json = lenient ? LENIENT : STRICT;
        ObjectNode decorated = ExtensionRoundTripPropertyTest.decorate(tree(doc.getValue()), r, lenient);
        same(json, json.reader().read(bytes(decorated), doc.getKey()));
      }
    });
  }

  private static byte[] bytes(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(byte[] bytes) {
    try {
      return (ObjectNode) MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
