package dev.sluice.validator.text;

import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass over JSON Lines on several threads (ranges of lines joined in file order)
 * finds what one pass finds: rows, parts, line numbers, columns present and their order.
 */
class JsonLinesDiscoveryTest {
  @TempDir Path dir;

  private static ExpectedSchema contract() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("id", ValueType.of(Kind.INTEGER));
    types.put("customer.email", ValueType.of(Kind.STRING));
    types.put("tags[]", ValueType.of(Kind.STRING));
    types.put("absent", ValueType.of(Kind.STRING));
    return new ExpectedSchema(types);
  }

  /** What a discovery found, comparable (parts apart: ranges may begin more of them). */
  private record Found(long rows, List<String> topLevel, List<String> leaves, List<String> seen) {}

  private static Found discover(Path file, long partBytes, int threads) throws Exception {
    return discover(file, partBytes, threads, new ArrayList<>());
  }

  private static Found discover(Path file, long partBytes, int threads,
      List<TextDataFile.Part> parts) throws Exception {
    PathTree tree = PathTree.of(contract());
    JsonDiscovery found = JsonLinesDiscovery.run(file, "f.jsonl", tree, partBytes, threads);
    found.addExtras();
    List<String> leaves = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (PathNode leaf : tree.leaves()) {
      leaves.add(leaf.path);
      if (found.seen(leaf)) {
        seen.add(leaf.path);
      }
    }
    parts.addAll(found.parts());
    return new Found(found.rows(), found.topLevelNames(), leaves, seen);
  }

  /**
   * Every part begins at the start of a line, with that line's number and the number of records
   * (lines with more than spaces, tabs and CRs) before it; the first at the file's start.
   */
  private static void assertPartsAreTrue(String text, List<TextDataFile.Part> parts) {
    assertThat(parts.get(0)).isEqualTo(TextDataFile.Part.FIRST);
    Map<Long, long[]> lineStarts = new LinkedHashMap<>(); // offset -> {line, records before}
    long line = 1;
    long records = 0;
    int start = 0;
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        lineStarts.put((long) start, new long[] {line, records});
        String content = new String(bytes, start, i - start, java.nio.charset.StandardCharsets.UTF_8);
        if (!content.replaceAll("[ \t\r]", "").isEmpty()) {
          records++;
        }
        line++;
        start = i + 1;
      }
    }
    for (TextDataFile.Part part : parts) {
      long[] expected = lineStarts.get(part.offset());
      assertThat(expected).as("part %s at a line start", part).isNotNull();
      assertThat(part.line()).as("line of %s", part).isEqualTo(expected[0]);
      assertThat(part.firstRow()).as("rows before %s", part).isEqualTo(expected[1]);
    }
  }

  @Test
  void rangesOnManyThreadsFindWhatOnePassFinds() throws Exception {
    Random random = new Random(3);
    for (int round = 0; round < 20; round++) {
      StringBuilder text = new StringBuilder();
      int records = 1 + random.nextInt(400);
      for (int i = 0; i < records; i++) {
        switch (random.nextInt(14)) {
          case 0: text.append("\n"); break;
          case 1: text.append("  \r\n"); break;
          case 2: text.append("not json\n"); break;
          case 3: text.append("{\"extra").append(random.nextInt(30)).append("\":1}\n"); break;
          case 4: text.append("{\"customer\":null}\r\n"); break;
          case 5: text.append("{\"tags\":[\"a\",\"b\"],\"id\":").append(i).append("}\n"); break;
          default: text.append("{\"id\":").append(i).append(",\"customer\":{\"email\":\"e")
              .append(i).append("\"}}\n");
        }
      }
      if (random.nextBoolean()) {
        text.append("{\"id\":-1}"); // no line end at the end
      }
      Path file = write(dir, "f" + round + ".jsonl", text.toString());
      long partBytes = new long[] {1, 7, 64, 1000, 1 << 20}[random.nextInt(5)];
      Found one = discover(file, partBytes, 1);
      for (int threads = 1; threads <= 7; threads++) {
        List<TextDataFile.Part> parts = new ArrayList<>();
        assertThat(discover(file, partBytes, threads, parts))
            .as("round %d, parts of %d bytes, %d threads", round, partBytes, threads)
            .isEqualTo(one);
        assertPartsAreTrue(text.toString(), parts);
      }
    }
  }

  @Test
  void partsAsLargeAsTheLongestNeverCutTheFile() throws Exception {
    Path file = write(dir, "a.jsonl", "{\"id\":1}\n{\"id\":2}\n{\"id\":3}\n{\"id\":4}\n");
    List<TextDataFile.Part> parts = new ArrayList<>();
    discover(file, Long.MAX_VALUE, 4, parts);
    assertThat(parts).containsExactly(TextDataFile.Part.FIRST);
    try (JsonDataFile json = JsonDataFile.open(file, "a.jsonl",
        TextScans.expecting(Map.of()).withPartBytes(Long.MAX_VALUE))) {
      assertThat(json.rowGroups()).hasSize(1);
    }
  }

  @Test
  void aFileOfBlankLinesOrOneLongLineHasEmptyRanges() throws Exception {
    Path blank = write(dir, "blank.jsonl", "\n\n\n\n\n\n\n\n\n\n");
    List<TextDataFile.Part> parts = new ArrayList<>();
    Found none = discover(blank, 1, 4, parts);
    assertThat(none.rows()).isZero();
    assertThat(parts).containsExactly(TextDataFile.Part.FIRST);

    Path oneLine = write(dir, "one.jsonl", "{\"id\":1,\"customer\":{\"email\":\"" + "x".repeat(200)
        + "\"}}\n{\"id\":2}");
    assertThat(discover(oneLine, 1, 5)).isEqualTo(discover(oneLine, 1, 1));
    assertThat(discover(oneLine, 1, 5).rows()).isEqualTo(2);
  }
}
