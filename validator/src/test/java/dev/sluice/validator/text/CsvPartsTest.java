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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV read as several row groups (parts of about {@link SourceOptions#partBytes} bytes, each
 * beginning at a record outside quotes): the same cells and row numbers as one part.
 */
class CsvPartsTest {
  private static final Map<String, ValueType> TYPES =
      Map.of("id", ValueType.of(Kind.INTEGER), "note", ValueType.of(Kind.STRING));

  @TempDir Path dir;

  @Test
  void partsBeginAtRecordsNeverInsideQuotes() throws Exception {
    String text = "id,note\r\n"
        + "1,plain\r\n"
        + "\r\n"                                  // a blank line is no row
        + "2,\"two\nlines, and a comma\"\n"      // a quoted newline
        + "x,\"\"\"quoted\"\"\"\r"                // CR alone ends a record; x is no integer
        + "4,\n"
        + "5,last";                               // no line end at the end
    Path file = write(dir, "a.csv", text);
    SourceOptions options = expecting(TYPES);
    try (CsvDataFile whole = CsvDataFile.open(file, "a.csv", options);
        CsvDataFile parts = CsvDataFile.open(file, "a.csv", options.withPartBytes(1))) {
      assertThat(whole.rowGroups()).hasSize(1);
      assertThat(parts.rowGroups()).extracting(RowGroupInfo::firstRow)
          .containsExactly(0L, 1L, 2L, 3L, 4L);
      Map<String, List<Cell>> expected = DataFileScans.scanAll(whole, 2);
      assertThat(expected.get("note")).extracting(Cell::value)
          .containsExactly("plain", "two\nlines, and a comma", "\"quoted\"", null, "last");
      assertThat(DataFileScans.scanAll(parts, 2)).isEqualTo(expected);
      assertThat(DataFileScans.scan(parts, TYPES.keySet(), 100, 3, b -> { }))
          .isEqualTo(DataFileScans.scan(whole, TYPES.keySet(), 100, 3, b -> { }));
    }
  }

  @Test
  void withoutAHeaderAndAfterAByteOrderMark() throws Exception {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFF1,a\n2,b\n3,\"c\"\n".getBytes(StandardCharsets.UTF_8));
    SourceOptions options = expecting(TYPES).withCsv(',', '"', false);
    try (CsvDataFile whole = CsvDataFile.open(file, "bom.csv", options);
        CsvDataFile parts = CsvDataFile.open(file, "bom.csv", options.withPartBytes(2))) {
      assertThat(parts.rowGroups()).hasSize(3);
      assertThat(DataFileScans.scanAll(parts, 10)).isEqualTo(DataFileScans.scanAll(whole, 10));
    }
  }

  @Test
  void partsOfRandomSizesGiveTheSameCells() throws Exception {
    Random random = new Random(11);
    StringBuilder text = new StringBuilder("id,note\n");
    for (int i = 0; i < 3_000; i++) {
      switch (random.nextInt(10)) {
        case 0: text.append('\n'); break;
        case 1: text.append(i).append(",\"multi\r\nline ").append(i).append("\"\r\n"); break;
        case 2: text.append("n").append(i).append(",\u00e9\u00e9\n"); break;
        default: text.append(i).append(",note ").append(i).append('\n');
      }
    }
    Path file = write(dir, "r.csv", text.toString());
    SourceOptions options = expecting(TYPES);
    try (CsvDataFile whole = CsvDataFile.open(file, "r.csv", options)) {
      Map<String, List<Cell>> expected = DataFileScans.scanAll(whole, 64);
      for (long bytes : new long[] {1, 13, 700, 4096, 20_000}) {
        try (CsvDataFile parts = CsvDataFile.open(file, "r.csv", options.withPartBytes(bytes))) {
          assertThat(parts.rowGroups().size()).as("parts of %d bytes", bytes).isGreaterThan(1);
          assertThat(parts.rowCount()).isEqualTo(whole.rowCount());
          assertThat(DataFileScans.scanAll(parts, 64)).as("parts of %d bytes", bytes)
              .isEqualTo(expected);
        }
      }
    }
  }

  private static final String[] FIELDS = {"", "a", "1", "\"\"", "\"x\ry\"", "\"x\r\ny\"",
      "\"q\"\"q\"", "\u00e9", " ", "\"a,b\"", "\"\n\""};
  private static final String[] ENDS = {"\n", "\r\n", "\r", "\n\n", "\r\r", "\r\n\r\n"};

  /** Small random files (BOM, header or not, quoted line ends, every line end): any cut. */
  @Test
  void smallRandomFilesCutAnywhereGiveTheSameCellsOrProblem() throws Exception {
    Random random = new Random(42);
    for (int round = 0; round < 1_500; round++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(4) == 0) {
        text.append('\uFEFF');
      }
      boolean header = random.nextBoolean();
      if (header) {
        text.append("id,note").append(ENDS[random.nextInt(ENDS.length)]);
      }
      int rows = random.nextInt(30);
      for (int i = 0; i < rows; i++) {
        text.append(FIELDS[random.nextInt(FIELDS.length)]).append(',')
            .append(FIELDS[random.nextInt(FIELDS.length)]);
        if (i < rows - 1 || random.nextBoolean()) {
          text.append(ENDS[random.nextInt(ENDS.length)]);
        }
      }
      Path file = write(dir, "f" + round + ".csv", text.toString());
      SourceOptions options = expecting(Map.of("id", ValueType.of(Kind.STRING),
          "note", ValueType.of(Kind.STRING))).withCsv(',', '"', header);
      String whole = cellsOrProblem(file, options);
      for (long bytes : new long[] {1, 2, 3, 5, 8}) {
        assertThat(cellsOrProblem(file, options.withPartBytes(bytes)))
            .as("round %d, parts of %d bytes: %s", round, bytes,
                text.toString().replace("\r", "\\r").replace("\n", "\\n"))
            .isEqualTo(whole);
      }
    }
  }

  private static String cellsOrProblem(Path file, SourceOptions options) {
    try (CsvDataFile csv = CsvDataFile.open(file, "f.csv", options)) {
      return csv.rowCount() + " " + DataFileScans.scanAll(csv, 3);
    } catch (dev.sluice.validator.DataProblem e) {
      return "problem " + e.getMessage();
    }
  }
}
