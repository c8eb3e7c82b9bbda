package dev.sluice.validator.text;

import static dev.sluice.validator.text.TextScans.expecting;
import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.testing.DataFileScans.Invalid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines read as several row groups (parts of about {@link SourceOptions#partBytes} bytes,
 * each beginning at a record): the same cells, row numbers and line numbers as one part.
 */
class JsonLinesPartsTest {
  private static final Map<String, ValueType> TYPES =
      Map.of("id", ValueType.of(Kind.INTEGER), "name", ValueType.of(Kind.STRING));

  @TempDir Path dir;

  @Test
  void partsBeginAtRecordsAndReadAsTheWholeFileDoes() throws Exception {
    String text = "{\"id\":1,\"name\":\"a\"}\n"
        + "\n"                                   // a blank line is no row
        + "{\"id\":2,\"name\":\"b\"}\r\n"       // CRLF
        + "not json\n"                           // a malformed record is a row, on line 4
        + "   \n"
        + "{\"id\":\"x\",\"name\":\"d\"}\n"      // invalid id, on line 6
        + "{\"id\":5,\"name\":\"e\"}";          // no LF at the end
    Path file = write(dir, "a.jsonl", text);
    SourceOptions options = expecting(TYPES);
    try (JsonDataFile whole = JsonDataFile.open(file, "a.jsonl", options);
        JsonDataFile parts = JsonDataFile.open(file, "a.jsonl", options.withPartBytes(1))) {
      assertThat(whole.rowGroups()).hasSize(1);
      assertThat(parts.rowGroups()).extracting(RowGroupInfo::firstRow)
          .containsExactly(0L, 1L, 2L, 3L, 4L);
      assertThat(parts.rowGroups()).extracting(RowGroupInfo::rowCount).containsOnly(1L);
      assertThat(parts.rowCount()).isEqualTo(5);
      Map<String, List<Cell>> expected = DataFileScans.scanAll(whole, 2);
      assertThat(DataFileScans.scanAll(parts, 2)).isEqualTo(expected);
      assertThat(DataFileScans.scan(parts, TYPES.keySet(), 100, 3, b -> { }))
          .isEqualTo(DataFileScans.scan(whole, TYPES.keySet(), 100, 3, b -> { }));
      assertThat(((Invalid) expected.get("id").get(2).value()).text()).startsWith("line 4: not JSON");
      assertThat(expected.get("id").get(3).value()).isInstanceOf(Invalid.class);
    }
  }

  @Test
  void aByteOrderMarkStaysOutOfTheOffsets() throws Exception {
    Path file = dir.resolve("bom.jsonl");
    Files.write(file, ("\uFEFF{\"id\":1}\n{\"id\":2}\nnope\n{\"id\":4}\n")
        .getBytes(StandardCharsets.UTF_8));
    SourceOptions options = expecting(TYPES);
    try (JsonDataFile whole = JsonDataFile.open(file, "bom.jsonl", options);
        JsonDataFile parts = JsonDataFile.open(file, "bom.jsonl", options.withPartBytes(3))) {
      assertThat(parts.rowGroups()).hasSize(4);
      assertThat(DataFileScans.scanAll(parts, 10)).isEqualTo(DataFileScans.scanAll(whole, 10));
    }
  }

  @Test
  void partsOfRandomSizesGiveTheSameCells() throws Exception {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      switch (random.nextInt(12)) {
        case 0: text.append('\n'); break;
        case 1: text.append("{\"id\":").append(i).append(",\"name\":\"\\u00e9\u00e9\"}\r\n"); break;
        case 2: text.append("[").append(i).append("]\n"); break;
        default: text.append("{\"id\":").append(i).append(",\"name\":\"n").append(i)
            .append("\"}\n");
      }
    }
    Path file = write(dir, "r.jsonl", text.toString());
    SourceOptions options = expecting(TYPES);
    try (JsonDataFile whole = JsonDataFile.open(file, "r.jsonl", options)) {
      Map<String, List<Cell>> expected = DataFileScans.scanAll(whole, 64);
      for (long bytes : new long[] {1, 17, 500, 4096, 20_000}) {
        try (JsonDataFile parts = JsonDataFile.open(file, "r.jsonl", options.withPartBytes(bytes))) {
          assertThat(parts.rowGroups().size()).as("parts of %d bytes", bytes).isGreaterThan(1);
          assertThat(parts.rowCount()).isEqualTo(whole.rowCount());
          assertThat(DataFileScans.scanAll(parts, 64)).as("parts of %d bytes", bytes)
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void theFirstPassRunsOnTheThreadsItIsGiven() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      text.append("{\"id\":").append(i).append(",\"name\":\"n").append(i).append("\"}\n");
    }
    Path file = write(dir, "t.jsonl", text.toString());
    SourceOptions options = expecting(TYPES).withPartBytes(1_000);
    try (JsonDataFile one = JsonDataFile.open(file, "t.jsonl", options.withThreads(1));
        JsonDataFile eight = JsonDataFile.open(file, "t.jsonl", options.withThreads(8))) {
      // one pass notes a part past every 1,000 bytes; each of eight ranges begins one more
      long bytes = Files.size(file);
      assertThat(one.rowGroups()).hasSize((int) ((bytes + 999) / 1_000));
      assertThat(eight.rowGroups().size()).isGreaterThan(one.rowGroups().size());
      assertThat(DataFileScans.scanAll(eight, 50)).isEqualTo(DataFileScans.scanAll(one, 50));
    }
  }

  @Test
  void aJsonArrayIsOneRowGroup() throws Exception {
    Path file = write(dir, "a.json", "[{\"id\":1},\n{\"id\":2},\n{\"id\":3}]");
    try (JsonDataFile json = JsonDataFile.open(file, "a.json", expecting(TYPES).withPartBytes(1))) {
      assertThat(json.rowGroups()).hasSize(1);
      assertThat(json.rowCount()).isEqualTo(3);
    }
  }
}
