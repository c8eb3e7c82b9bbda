package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The discovery's fast path notes what Jackson's reading notes: on random JSON Lines (plain
 * records, escapes, non-ASCII text, repeated keys, odd numbers, wrong shapes, broken syntax),
 * a discovery that reads plain records itself and one that gives every record to Jackson find
 * the same rows, parts, keys in the same order and the same columns present; and the fast path
 * accepts no record that Jackson refuses.
 */
class PlainRecordSkimTest {
  private static final String[] KEYS = {"id", "customer", "email", "tags", "absent", "x", "yy",
      "id2", ""};
  /** Keys the fast path leaves to Jackson (escaped, or not ASCII). */
  private static final String[] ODD_KEYS = {"n\\u0061me", "t\\tab", "é"};
  private static final String[] SCALARS = {"1", "-0", "0.5", "1e5", "2E-3", "-12.25e+2", "true",
      "false", "null", "\"s\"", "\"a\\\"b\"", "\"c\\\\d\"", "\"e\\/f\"", "\"tab\\tx\"",
      "\"\u007f\"", "123456789012345678901234567890"};
  /** Values Jackson refuses, or the fast path leaves to it. */
  private static final String[] ODD_SCALARS = {"01", "1.", ".5", "+1", "-", "1e", "NaN", "tru",
      "nul", "truex", "\"\\u0041\"", "\"bad\\q\"", "\"é\"", "\"\t\""};

  private static ExpectedSchema contract() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("id", ValueType.of(Kind.INTEGER));
    types.put("customer.email", ValueType.of(Kind.STRING));
    types.put("customer.tags[]", ValueType.of(Kind.STRING));
    types.put("tags[]", ValueType.of(Kind.STRING));
    types.put("absent", ValueType.of(Kind.STRING));
    return new ExpectedSchema(types);
  }

  private record Found(long rows, List<TextDataFile.Part> parts, List<String> topLevel,
      List<String> seen) {}

  @Test
  void findsWhatJacksonFinds() throws Exception {
    Random random = new Random(31);
    int[] plain = new int[2];
    for (int file = 0; file < 600; file++) {
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(12);
      for (int k = 0; k < lines; k++) {
        text.append(record(random)).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      Found fast = discover(bytes, true, plain);
      Found slow = discover(bytes, false, plain);
      assertThat(fast).as("file %d:%n%s", file, text).isEqualTo(slow);
    }
    assertThat(plain[0]).as("records read by the fast path").isGreaterThan(plain[1] / 5);
  }

  @Test
  void acceptsNoRecordJacksonRefuses() throws Exception {
    Random random = new Random(32);
    PathTree tree = PathTree.of(contract());
    PlainRecordSkim skim = new PlainRecordSkim(new JsonDiscovery(tree, Long.MAX_VALUE), tree);
    int accepted = 0;
    for (int run = 0; run < 30_000; run++) {
      byte[] line = record(random).getBytes(StandardCharsets.UTF_8);
      if (skim.readRecord(line, 0, line.length)) {
        accepted++;
        assertThat(jacksonReadsOneObject(line)).as("%s", new String(line, StandardCharsets.UTF_8))
            .isTrue();
      }
    }
    assertThat(accepted).isGreaterThan(3_000);
  }

  private static boolean jacksonReadsOneObject(byte[] line) {
    try (JsonParser p = JsonRecords.FACTORY.createParser(line)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** One discovery of the bytes; {@code fast}: plain records read without Jackson. */
  private static Found discover(byte[] bytes, boolean fast, int[] plain)
      throws IOException, DataProblem {
    PathTree tree = PathTree.of(contract());
    JsonDiscovery found = new JsonDiscovery(tree, 7);
    JsonRecords.Sink sink = fast ? JacksonOnly.counting(found, plain) : new JacksonOnly(found);
    JsonRecords.lines(new ByteArrayInputStream(bytes), 1, sink);
    found.addExtras();
    List<String> seen = new ArrayList<>();
    for (PathNode leaf : tree.leaves()) {
      if (found.seen(leaf)) {
        seen.add(leaf.path);
      }
    }
    return new Found(found.rows(), found.parts(), found.topLevelNames(), seen);
  }

  private static String record(Random random) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(15) == 0) {
      out.append(random.nextBoolean() ? "[1,2]" : "  ");
    }
    object(random, out, 0);
    String s = out.toString();
    switch (random.nextInt(20)) {
      case 0 -> s = s.substring(0, random.nextInt(s.length() + 1)); // cut short
      case 1 -> s = s + (random.nextBoolean() ? " {}" : " x");
      case 2 -> {
        int at = random.nextInt(s.length() + 1);
        String[] junk = {",", "}", "]", ":", "\"", "\u0001", "\\", " ", "0", "-"};
        s = s.substring(0, at) + junk[random.nextInt(junk.length)] + s.substring(at);
      }
      default -> { }
    }
    return s;
  }

  private static void object(Random random, StringBuilder out, int depth) {
    out.append(random.nextInt(6) == 0 ? "{ " : "{");
    int n = random.nextInt(6);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        out.append(random.nextInt(6) == 0 ? " , " : ",");
      }
      out.append('"').append(random.nextInt(25) == 0 ? ODD_KEYS[random.nextInt(ODD_KEYS.length)]
          : KEYS[random.nextInt(KEYS.length)]).append('"')
          .append(random.nextInt(6) == 0 ? " : " : ":");
      value(random, out, depth + 1);
    }
    out.append('}');
  }

  private static void value(Random random, StringBuilder out, int depth) {
    int kind = depth > 3 ? 2 : random.nextInt(5);
    switch (kind) {
      case 0 -> object(random, out, depth);
      case 1 -> {
        out.append('[');
        int n = random.nextInt(4);
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            out.append(',');
          }
          value(random, out, depth + 1);
        }
        out.append(']');
      }
      default -> out.append(random.nextInt(25) == 0 ? ODD_SCALARS[random.nextInt(ODD_SCALARS.length)]
          : SCALARS[random.nextInt(SCALARS.length)]);
    }
  }
}
