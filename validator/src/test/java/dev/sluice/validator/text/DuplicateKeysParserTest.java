package dev.sluice.validator.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The duplicate-key parser behaves as Jackson's strict duplicate detection: on random documents
 * (keys from a small alphabet, so repeats happen at every depth; objects of up to 80 keys, past
 * the switch to a set), moved by the same random mix of tokens, names, values, skips and
 * generator copies, both give the same events and the same error. On a document cut short
 * both fail at the same step (the error named may differ when the cut follows a repeated key).
 */
class DuplicateKeysParserTest {
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonFactory LENIENT = JsonFactory.builder().build();
  private static final String[] KEYS = {"a", "b", "c", "order_id", "x", "yy", "a\\u0062", "k1",
      "k2", "k3"};

  @Test
  void refusesTheSameKeysAtTheSameMomentAsJackson() throws IOException {
    Random random = new Random(21);
    DuplicateKeysParser.Keys keys = new DuplicateKeysParser.Keys();
    int duplicates = 0;
    for (int run = 0; run < 20_000; run++) {
      String whole = document(random);
      boolean cut = random.nextInt(20) == 0 && whole.length() > 2;
      String doc = cut ? whole.substring(0, random.nextInt(whole.length())) : whole;
      long seed = random.nextLong();
      List<String> strict = events(STRICT.createParser(bytes(doc)), new Random(seed));
      List<String> ours = events(new DuplicateKeysParser(LENIENT.createParser(bytes(doc)), keys),
          new Random(seed));
      if (cut) {
        // broken right after a repeated key, either error may be named: both are errors
        assertThat(ours.subList(0, ours.size() - 1)).as("run %d: %.300s", run, doc)
            .isEqualTo(strict.subList(0, strict.size() - 1));
        assertThat(ours.get(ours.size() - 1).startsWith("error ")).as("run %d: %.300s", run, doc)
            .isEqualTo(strict.get(strict.size() - 1).startsWith("error "));
      } else {
        assertThat(ours).as("run %d: %.300s", run, doc).isEqualTo(strict);
      }
      if (strict.get(strict.size() - 1).contains("Duplicate field")) {
        duplicates++;
      }
    }
    assertThat(duplicates).as("documents refused for a repeated key").isGreaterThan(2_000);
  }

  private static byte[] bytes(String doc) {
    return doc.getBytes(StandardCharsets.UTF_8);
  }

  /** What the parser gives under a random mix of moves, ending with its error if any. */
  private static List<String> events(JsonParser p, Random moves) throws IOException {
    List<String> out = new ArrayList<>();
    try (p) {
      for (int step = 0; step < 400; step++) {
        JsonToken t;
        switch (moves.nextInt(6)) {
          case 0 -> out.add("name " + p.nextFieldName() + " " + p.currentToken());
          case 1 -> out.add("value " + p.nextValue());
          case 2 -> {
            out.add("skip " + p.currentToken());
            p.skipChildren();
          }
          case 3 -> {
            if (p.currentToken() == JsonToken.START_OBJECT
                || p.currentToken() == JsonToken.START_ARRAY) {
              StringWriter copy = new StringWriter();
              try (JsonGenerator g = LENIENT.createGenerator(copy)) {
                g.copyCurrentStructure(p);
              }
              out.add("copy " + copy);
            }
          }
          default -> {
            t = p.nextToken();
            out.add("token " + t);
            if (t == null) {
              return out;
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      out.add("error " + e.getOriginalMessage());
    }
    return out;
  }

  private static String document(Random random) {
    StringBuilder out = new StringBuilder();
    value(random, out, 0);
    return out.toString();
  }

  private static void value(Random random, StringBuilder out, int depth) {
    int kind = depth == 0 ? 0 : depth > 4 ? 1 + random.nextInt(2) : random.nextInt(6);
    switch (kind) {
      case 0, 3 -> {
        out.append('{');
        int n = random.nextInt(12) == 0 ? 30 + random.nextInt(50) : random.nextInt(6);
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            out.append(',');
          }
          String key = n > 10 && random.nextInt(n) != 0 ? "key" + random.nextInt(n * 4)
              : KEYS[random.nextInt(KEYS.length)];
          out.append('"').append(key).append("\":");
          value(random, out, depth + 1);
        }
        out.append('}');
      }
      case 4 -> {
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
      case 1 -> out.append(random.nextInt(1000));
      case 2 -> out.append(random.nextBoolean() ? "\"s\"" : "null");
      default -> out.append("1.5");
    }
  }
}
