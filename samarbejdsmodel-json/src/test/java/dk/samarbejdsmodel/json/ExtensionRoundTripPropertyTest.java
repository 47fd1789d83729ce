package dk.samarbejdsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samarbejdsmodel.core.catalogue.Catalogue;
import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.core.instrument.Instruments;
import dk.samarbejdsmodel.core.programme.Programmes;
import dk.samarbejdsmodel.testkit.RandomCourses;
import dk.samarbejdsmodel.testkit.SamGen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Lossless round-trips including vendor data, for every kind: a canonical document with {@code extensions} added
 * to randomly chosen objects anywhere in it (docs/format.md §4: every object may carry them) — and, for the lenient
 * reader, unknown fields too (§5) — reads valid, and writes back the same JSON; writing that again is byte-stable.
 * Complements {@link LenientAndExtensionsTest}, which covers fixed places in a form.
 */
class ExtensionRoundTripPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SamJson STRICT = SamJson.defaults();
  private static final SamJson LENIENT = SamJson.builder().mode(ReadMode.LENIENT).build();

  /** Documents of every kind: a generated course and its parts, programmes, instruments. */
  static List<Map.Entry<DocumentKind<?>, byte[]>> documents(long seed) {
    List<Map.Entry<DocumentKind<?>, byte[]>> out = new ArrayList<>();
    DocumentWriter w = STRICT.writer();
    Course c = RandomCourses.course(seed);
    out.add(Map.entry(DocumentKind.COURSE, w.write(DocumentKind.COURSE, c)));
    c.latestForm().ifPresent(f -> out.add(Map.entry(DocumentKind.GOAL_AGREEMENT_FORM,
        w.write(DocumentKind.GOAL_AGREEMENT_FORM, f))));
    c.checklists().stream().findFirst().ifPresent(x -> out.add(Map.entry(DocumentKind.MEETING_CHECKLIST,
        w.write(DocumentKind.MEETING_CHECKLIST, x))));
    c.responses().stream().findFirst().ifPresent(x -> out.add(Map.entry(DocumentKind.DIALOGUE_RESPONSE,
        w.write(DocumentKind.DIALOGUE_RESPONSE, x))));
    int p = Math.floorMod(seed, Catalogue.builtIn().programmes().size());
    out.add(Map.entry(DocumentKind.PROGRAMME, w.write(DocumentKind.PROGRAMME, Catalogue.builtIn().programmes().get(p))));
    int i = Math.floorMod(seed, Catalogue.builtIn().instruments().size());
    out.add(Map.entry(DocumentKind.INSTRUMENT, w.write(DocumentKind.INSTRUMENT, Catalogue.builtIn().instruments().get(i))));
    return out;
  }

  /** The two objects that are maps keyed by data (format.md §4): they hold no extensions. */
  static final java.util.Set<String> MAPS = java.util.Set.of("answers", "severityOverrides");

  private static void objects(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      out.add(o);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!(MAPS.contains(e.getKey()) && e.getValue().isObject())) {
        objects(e.getValue(), out);
      }
    }
    if (node.isArray()) {
      node.forEach(n -> objects(n, out));
    }
  }

  /** Adds extensions (and, when lenient, unknown fields) to 1–5 random objects of the tree. */
  static ObjectNode decorate(ObjectNode tree, SplittableRandom r, boolean lenient) {
    List<ObjectNode> objects = new ArrayList<>();
    objects(tree, objects);
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      ObjectNode target = objects.get(r.nextInt(objects.size()));
      JsonNode value = switch (r.nextInt(4)) {
        case 0 -> NODES.textNode("v" + r.nextInt(1000) + " æøå \" \\ \u2028");
        case 1 -> NODES.objectNode().put("priority", r.nextBoolean()).set("list", NODES.arrayNode().add(1).addNull());
        case 2 -> NODES.numberNode(r.nextLong());
        default -> NODES.nullNode();
      };
      if (lenient && r.nextBoolean()) {
        target.set("vendorField" + r.nextInt(100), value);
      } else {
        ObjectNode ext = target.has("extensions") ? (ObjectNode) target.get("extensions") : target.putObject("extensions");
        ext.set("dk.vendor.fuzz" + r.nextInt(3) + ":key" + r.nextInt(100), value);
      }
    }
    return tree;
  }

  @Test
  void extensions_on_any_object_and_lenient_unknown_fields_round_trip_for_every_kind() {
    qt().withExamples(150).forAll(SamGen.seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (Map.Entry<DocumentKind<?>, byte[]> doc : documents(seed)) {
        boolean lenient = r.nextBoolean();
        SamJson json = lenient ? LENIENT : STRICT;
        ObjectNode decorated = decorate((ObjectNode) tree(doc.getValue()), r, lenient);
        ReadResult<?> read = json.reader().read(bytes(decorated), doc.getKey());
        assertTrue(read.isValid(), () -> doc.getKey() + (lenient ? " lenient" : " strict") + ": " + read.errors());
        byte[] written = json.writer().write(read);
        assertEquals(decorated, tree(written), () -> doc.getKey() + " lost or changed vendor data");
        assertArrayEquals(written, json.writer().write(json.reader().read(written, doc.getKey())));
      }
    });
  }

  /** format.md §4: the two maps keyed by data take no extensions; the key is read as a map key and refused. */
  @Test
  void extensions_inside_a_map_keyed_by_data_are_refused_as_a_key() {
    Course c = RandomCourses.course(3L);
    ObjectNode checklist = (ObjectNode) tree(STRICT.writer().write(DocumentKind.MEETING_CHECKLIST,
        RandomCourses.courses(3L, 20).stream().flatMap(x -> x.checklists().stream()).findFirst().orElseThrow()));
    checklist.putObject("answers").putObject("extensions").put("dk.vendor.x:y", 1);
    ReadResult<?> r = STRICT.reader().read(bytes(checklist), DocumentKind.MEETING_CHECKLIST);
    assertEquals(List.of("/answers/extensions NOT_ALLOWED"),
        r.errors().stream().map(e -> e.pointer() + " " + e.code()).toList());
    ObjectNode programme = (ObjectNode) tree(STRICT.writer().write(DocumentKind.PROGRAMME, c.programme()));
    programme.putObject("severityOverrides").putObject("extensions").put("dk.vendor.x:y", 1);
    ReadResult<?> p = STRICT.reader().read(bytes(programme), DocumentKind.PROGRAMME);
    assertFalse(p.isValid());
    assertEquals(List.of("/severityOverrides/extensions WRONG_TYPE"),
        p.errors().stream().map(e -> e.pointer() + " " + e.code()).toList());
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
