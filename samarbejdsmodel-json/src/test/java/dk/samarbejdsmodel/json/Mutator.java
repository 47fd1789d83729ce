package dk.samarbejdsmodel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Mutant generator for the reader fuzzer: turns a well-formed seed document into a damaged one. Structural
 * mutations work on a Jackson tree (delete, duplicate, rename, retype, splice, nest, version/kind changes);
 * raw mutations work on the bytes (flips, truncation, invalid UTF-8, bad escapes, huge numbers). Raw text that a
 * tree cannot hold (duplicate keys, {@code 1e999999}, lone surrogates, 300-deep nesting) is put in place of a
 * unique placeholder string after the tree is written. Deterministic for a given {@link SplittableRandom}.
 */
final class Mutator {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String HOLE = "\u00a7hole\u00a7";
  private static final String DUP = "\u00a7dup\u00a7";

  /** What the mutant was made by, for the report and for reproducing a failure. */
  record Mutant(byte[] bytes, String description, int seed) {}

  private final List<byte[]> seeds;
  private final List<JsonNode> trees;
  private final SplittableRandom random;

  Mutator(List<byte[]> seeds, SplittableRandom random) {
    this.seeds = seeds;
    this.trees = seeds.stream().map(Mutator::parseOrNull).toList();
    this.random = random;
  }

  private static JsonNode parseOrNull(byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The next mutant of a randomly chosen seed. */
  Mutant next() {
    int index = random.nextInt(seeds.size());
    JsonNode tree = trees.get(index);
    StringBuilder how = new StringBuilder("seed#").append(index);
    byte[] bytes;
    if (tree == null || !tree.isContainerNode() || random.nextInt(100) < 30) {
      bytes = seeds.get(index);
      int steps = 1 + random.nextInt(3);
      for (int i = 0; i < steps; i++) {
        bytes = raw(bytes, how);
      }
      return new Mutant(bytes, how.toString(), index);
    }
    JsonNode copy = tree.deepCopy();
    List<byte[]> holes = new ArrayList<>();
    int steps = random.nextBoolean() ? 1 : 2 + random.nextInt(2);
    for (int i = 0; i < steps; i++) {
      copy = structural(copy, holes, how);
    }
    bytes = write(copy, holes);
    if (random.nextInt(100) < 10) {
      bytes = raw(bytes, how);
    }
    return new Mutant(bytes, how.toString(), index);
  }

  // ------------------------------------------------------------------ structural

  private record Slot(ContainerNode<?> parent, String field, int index) {
    JsonNode get() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (field != null) {
        ((ObjectNode) parent).remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static void slots(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(new Slot(o, e.getKey(), -1));
        slots(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        slots(a.get(i), out);
      }
    }
  }

  private JsonNode structural(JsonNode root, List<byte[]> holes, StringBuilder how) {
    List<Slot> all = new ArrayList<>();
    slots(root, all);
    if (all.isEmpty()) {
      how.append(" wrap");
      ArrayNode a = NODES.arrayNode();
      a.add(root);
      return a;
    }
    Slot slot = all.get(random.nextInt(all.size()));
    int op = random.nextInt(21);
    switch (op) {
      case 17, 18 -> {
        how.append(" reorder");
        reorder(all);
      }
      case 19, 20 -> {
        how.append(" text");
        List<Slot> texts = all.stream().filter(x -> x.get().isTextual()).toList();
        if (!texts.isEmpty()) {
          Slot t = texts.get(random.nextInt(texts.size()));
          t.set(TextNode.valueOf(random.nextBoolean() ? t.get().textValue() + randomWord() : randomWord()));
        }
      }
      case 0, 1 -> {
        how.append(" delete");
        slot.remove();
      }
      case 2 -> {
        how.append(" duplicate-key");
        duplicate(all, holes, false);
      }
      case 3 -> {
        how.append(" rename");
        rename(all);
      }
      case 4, 5 -> {
        how.append(" wrong-type");
        slot.set(otherType(slot.get()));
      }
      case 6 -> {
        how.append(" huge-number");
        slot.set(hole(holes, hugeNumber()));
      }
      case 7 -> {
        how.append(" huge-string");
        slot.set(TextNode.valueOf(hugeString()));
      }
      case 8 -> {
        how.append(" deep-nesting");
        int depth = random.nextInt(100) < 70 ? 1 + random.nextInt(80) : 60 + random.nextInt(2000);
        slot.set(hole(holes, nested(depth)));
      }
      case 9 -> {
        how.append(" kind");
        setEnvelope(root, "kind", kindValue());
      }
      case 10 -> {
        how.append(" version");
        setEnvelope(root, random.nextInt(4) == 0 ? "formatVersion" : "schemaVersion", versionValue());
      }
      case 11 -> {
        how.append(" splice");
        JsonNode donor = trees.get(random.nextInt(trees.size()));
        if (donor != null) {
          List<Slot> donorSlots = new ArrayList<>();
          slots(donor, donorSlots);
          if (!donorSlots.isEmpty()) {
            slot.set(donorSlots.get(random.nextInt(donorSlots.size())).get().deepCopy());
          }
        }
      }
      case 12 -> {
        how.append(" bad-string");
        slot.set(hole(holes, badString()));
      }
      case 13 -> {
        how.append(" extension");
        addExtension(all);
      }
      case 14 -> {
        how.append(" duplicate-element");
        duplicate(all, holes, true);
      }
      case 15 -> {
        how.append(" empty");
        slot.set(random.nextBoolean() ? NODES.arrayNode() : random.nextBoolean() ? NODES.objectNode()
            : TextNode.valueOf(random.nextBoolean() ? "" : " "));
      }
      default -> {
        how.append(" number-edge");
        slot.set(hole(holes, numberEdge()));
      }
    }
    return root;
  }

  private void setEnvelope(JsonNode root, String field, JsonNode value) {
    if (root instanceof ObjectNode o) {
      if (value == null) {
        o.remove(field);
      } else {
        o.set(field, value);
      }
    }
  }

  private JsonNode kindValue() {
    int pick = random.nextInt(8);
    return switch (pick) {
      case 0 -> null;
      case 1 -> NullNode.instance;
      case 2 -> IntNode.valueOf(random.nextInt(10));
      case 3 -> TextNode.valueOf(randomWord());
      case 4 -> TextNode.valueOf("goal_agreement_form");
      case 5 -> TextNode.valueOf("COURSE");
      default -> TextNode.valueOf(DocumentKind.all().get(random.nextInt(DocumentKind.all().size())).wireName());
    };
  }

  private JsonNode versionValue() {
    String[] texts = {"1.0", "1.1", "1.99", "2.0", "0.9", "0.8", "1", "1.0.0", "01.0", "-1.0", "1.-1", "",
        "99999999999999999999.0", "1.99999999999", " 1.0", "1.0 ", "one.zero", "1e2.0", "\u0661.\u0660"};
    int pick = random.nextInt(texts.length + 3);
    if (pick == texts.length) {
      return null;
    } else if (pick == texts.length + 1) {
      return NODES.numberNode(1.0);
    } else if (pick == texts.length + 2) {
      return NullNode.instance;
    }
    return TextNode.valueOf(texts[pick]);
  }

  /** Moves one field of a random object to the end: field order must not matter. */
  private void reorder(List<Slot> all) {
    List<Slot> fields = all.stream().filter(s -> s.field() != null).toList();
    if (!fields.isEmpty()) {
      Slot s = fields.get(random.nextInt(fields.size()));
      ObjectNode o = (ObjectNode) s.parent();
      o.set(s.field(), o.remove(s.field()));
    }
  }

  private void rename(List<Slot> all) {
    List<Slot> fields = all.stream().filter(s -> s.field() != null).toList();
    if (fields.isEmpty()) {
      return;
    }
    Slot s = fields.get(random.nextInt(fields.size()));
    ObjectNode o = (ObjectNode) s.parent();
    JsonNode value = o.remove(s.field());
    String name = switch (random.nextInt(5)) {
      case 0 -> s.field().toUpperCase(java.util.Locale.ROOT);
      case 1 -> s.field() + "_";
      case 2 -> "dk.vendor.fuzz:" + s.field();
      case 3 -> randomWord();
      default -> s.field().isEmpty() ? "x" : s.field().substring(1);
    };
    o.set(name, value);
  }

  private void duplicate(List<Slot> all, List<byte[]> holes, boolean element) {
    List<Slot> candidates = all.stream().filter(s -> element == (s.field() == null)).toList();
    if (candidates.isEmpty()) {
      return;
    }
    Slot s = candidates.get(random.nextInt(candidates.size()));
    JsonNode value = s.get();
    JsonNode copy = random.nextBoolean() ? value.deepCopy() : otherType(value);
    if (element) {
      ((ArrayNode) s.parent()).insert(s.index(), copy);
    } else {
      // Trees cannot hold a key twice: write a placeholder key and swap the real key in afterwards.
      ObjectNode o = (ObjectNode) s.parent();
      String key = DUP + holes.size();
      o.set(key, copy);
      holes.add(quoted(s.field()));
    }
  }

  private void addExtension(List<Slot> all) {
    List<ObjectNode> objects = new ArrayList<>();
    all.forEach(s -> {
      if (s.get() instanceof ObjectNode o) {
        objects.add(o);
      }
    });
    if (all.get(0).parent() instanceof ObjectNode root) {
      objects.add(root);
    }
    if (objects.isEmpty()) {
      return;
    }
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    String[] keys = {"dk.vendor.fuzz:note", "dk.vendor.fuzz:cpr", "dk.vendor.fuzz:a/b~c", "dk.vendor.fuzz:x",
        "fuzz:x", "note", "DK.VENDOR:X", "dk.:x", "dk.vendor.fuzz:"};
    JsonNode value = switch (random.nextInt(4)) {
      case 0 -> TextNode.valueOf(randomWord());
      case 1 -> NODES.objectNode().set("nested", NODES.arrayNode().add(1).add(NullNode.instance));
      case 2 -> NullNode.instance;
      default -> NODES.numberNode(random.nextLong());
    };
    JsonNode existing = target.get("extensions");
    if (random.nextInt(5) == 0 || existing != null && !existing.isObject()) {
      target.set("extensions", random.nextBoolean() ? NODES.arrayNode() : TextNode.valueOf("x"));
    } else {
      ObjectNode ext = existing instanceof ObjectNode e ? e : target.putObject("extensions");
      ext.set(keys[random.nextInt(keys.length)], value);
    }
  }

  private JsonNode otherType(JsonNode value) {
    int pick = random.nextInt(9);
    return switch (pick) {
      case 0 -> NullNode.instance;
      case 1 -> BooleanNode.valueOf(random.nextBoolean());
      case 2 -> IntNode.valueOf(random.nextInt());
      case 3 -> NODES.numberNode(random.nextDouble() * 1e6);
      case 4 -> TextNode.valueOf(value.isTextual() ? randomWord() : value.toString());
      case 5 -> NODES.arrayNode().add(value.deepCopy());
      case 6 -> NODES.objectNode().set("value", value.deepCopy());
      case 7 -> NODES.numberNode(random.nextLong());
      default -> TextNode.valueOf(value.asText() + randomWord());
    };
  }

  private static JsonNode hole(List<byte[]> holes, byte[] raw) {
    JsonNode node = TextNode.valueOf(HOLE + holes.size());
    holes.add(raw);
    return node;
  }

  private byte[] hugeNumber() {
    String[] forms = {"1e999999999", "-1e-999999999", "9".repeat(29), "9".repeat(31), "1".repeat(5000),
        "123456789012345678901234567890.5", "2147483648", "-2147483649", "9223372036854775808", "1E400",
        "-0", "0.0000000000000000000000001", "1.7976931348623157E309"};
    return forms[random.nextInt(forms.length)].getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] numberEdge() {
    String[] forms = {"0", "-1", "1.5", "1.0", "1e2", "2147483647", "-2147483648", "NaN", "Infinity", "-Infinity",
        "01", "+1", ".5", "1.", "0x10", "1e", "--1", "-"};
    return forms[random.nextInt(forms.length)].getBytes(StandardCharsets.US_ASCII);
  }

  private String hugeString() {
    int pick = random.nextInt(100);
    // Strings above the 1,000,000 character limit are costly; keep them rare but present.
    int length = pick < 1 ? 1_000_001 + random.nextInt(1000) : pick < 6 ? 50_000 + random.nextInt(100_000)
        : 200 + random.nextInt(5000);
    char c = "aæ0 \u00e5\"".charAt(random.nextInt(6));
    return String.valueOf(c).repeat(length);
  }

  private byte[] badString() {
    String[] forms = {"\"\\uD800\"", "\"\\uDC00x\"", "\"\\u12\"", "\"\\x41\"", "\"\\u00\"", "\"\\", "\"abc",
        "\"tab\there\"", "\"nl\nhere\"", "\"\\uD83D\\uDE00\"", "\"\\u0000\"", "'single'", "\"\\/\""};
    byte[][] raw = {{'"', (byte) 0xC3, '"'}, {'"', (byte) 0xFF, '"'}, {'"', (byte) 0xC0, (byte) 0xAF, '"'},
        {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, {'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, '"'},
        {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}};
    int pick = random.nextInt(forms.length + raw.length);
    return pick < forms.length ? forms[pick].getBytes(StandardCharsets.UTF_8) : raw[pick - forms.length];
  }

  private byte[] nested(int depth) {
    boolean arrays = random.nextBoolean();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append(arrays ? "[" : "{\"a\":");
    }
    b.append(random.nextBoolean() ? "1" : "\"x\"");
    for (int i = 0; i < depth; i++) {
      b.append(arrays ? "]" : "}");
    }
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private String randomWord() {
    String alphabet = "abcXYZ_-:.æøå0123456789 /~\u0000\u2028\ud83d\ude00";
    int length = random.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static byte[] quoted(String key) {
    try {
      return MAPPER.writeValueAsBytes(key);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(JsonNode tree, List<byte[]> holes) {
    byte[] bytes;
    try {
      bytes = random.nextInt(4) == 0 ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)
          : MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = holes.size() - 1; i >= 0; i--) {
      bytes = replace(bytes, quoted(HOLE + i), holes.get(i));
      bytes = replace(bytes, quoted(DUP + i), holes.get(i));
    }
    return bytes;
  }

  private static byte[] replace(byte[] hay, byte[] needle, byte[] with) {
    int at = indexOf(hay, needle);
    if (at < 0) {
      return hay;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(hay.length + with.length);
    out.write(hay, 0, at);
    out.write(with, 0, with.length);
    out.write(hay, at + needle.length, hay.length - at - needle.length);
    return out.toByteArray();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  // ------------------------------------------------------------------ raw

  private byte[] raw(byte[] in, StringBuilder how) {
    if (in.length == 0) {
      how.append(" raw-insert");
      return new byte[] {(byte) random.nextInt(256)};
    }
    byte[] out = in.clone();
    int op = random.nextInt(9);
    switch (op) {
      case 0, 1 -> {
        how.append(" byte-flip");
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
          int at = random.nextInt(out.length);
          out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
      }
      case 2, 3 -> {
        how.append(" truncate");
        out = Arrays.copyOf(in, random.nextInt(in.length));
      }
      case 4 -> {
        how.append(" invalid-utf8");
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}};
        out = splice(in, random.nextInt(in.length + 1), 0, bad[random.nextInt(bad.length)]);
      }
      case 5 -> {
        how.append(" delete-bytes");
        int at = random.nextInt(in.length);
        out = splice(in, at, Math.min(in.length - at, 1 + random.nextInt(16)), new byte[0]);
      }
      case 6 -> {
        how.append(" insert-token");
        String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "-", " ", "\u0000", "/*x*/",
            "//", "\"\\u\"", "NaN", "\ufeff"};
        out = splice(in, random.nextInt(in.length + 1), 0,
            tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
      }
      case 7 -> {
        how.append(" duplicate-bytes");
        int at = random.nextInt(in.length);
        int len = Math.min(in.length - at, 1 + random.nextInt(64));
        out = splice(in, random.nextInt(in.length + 1), 0, Arrays.copyOfRange(in, at, at + len));
      }
      default -> {
        how.append(" splice-seed");
        byte[] donor = seeds.get(random.nextInt(seeds.size()));
        if (donor.length > 0) {
          int at = random.nextInt(donor.length);
          int len = Math.min(donor.length - at, 1 + random.nextInt(256));
          out = splice(in, random.nextInt(in.length + 1), random.nextInt(Math.min(32, in.length) + 1),
              Arrays.copyOfRange(donor, at, at + len));
        }
      }
    }
    return out;
  }

  private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
    int from = Math.min(at, in.length);
    int cut = Math.min(remove, in.length - from);
    byte[] out = new byte[in.length - cut + insert.length];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(in, from + cut, out, from + insert.length, in.length - from - cut);
    return out;
  }
}
