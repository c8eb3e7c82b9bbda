package dev.sluice.validator.text;

import dev.sluice.validator.testing.DataFileScans;
import static dev.sluice.validator.text.TextScans.expecting;
import static dev.sluice.validator.text.TextScans.values;
import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.testing.DataFileScans.Invalid;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV files: names, nulls, types, rows and the file's structure. */
class CsvDataFileTest {
  private static final ValueType INTEGER = ValueType.of(Kind.INTEGER);
  private static final ValueType STRING = ValueType.of(Kind.STRING);

  @TempDir Path dir;

  private CsvDataFile open(String content) throws Exception {
    return open(content, SourceOptions.DEFAULTS);
  }

  private CsvDataFile open(String content, SourceOptions options) throws Exception {
    return CsvDataFile.open(write(dir, "a.csv", content), "a.csv", options);
  }

  private void assertProblem(String content, String message) {
    assertThatThrownBy(() -> open(content)).isInstanceOf(DataProblem.class).hasMessage(message);
  }

  @Test
  void namesColumnsFromTheHeaderAndTypesThemFromTheContract() throws Exception {
    try (CsvDataFile file = open("id,name,amount\n1,ann,2.50\n2,bob,\n",
        expecting(Map.of("id", INTEGER, "amount", ValueType.decimal(2))))) {
      assertThat(file.columns().keySet()).containsExactly("id", "name", "amount");
      assertThat(file.topLevelNames()).containsExactly("id", "name", "amount");
      assertThat(file.columns().get("name").type()).isEqualTo(STRING);
      assertThat(file.columns().get("id").repeated()).isFalse();
      assertThat(file.rowCount()).isEqualTo(2);
      assertThat(file.rowGroups()).hasSize(1);
      assertThat(file.rowGroups().get(0).stats("id").hasNullCount()).isFalse();
      assertThat(file.format()).isEqualTo("csv");
      assertThat(file.parsesText()).isTrue();
      assertThat(file.createdBy()).isEmpty();
      assertThat(file.keyValueMetadata()).isEmpty();
      assertThat(values(file, "id")).containsExactly(1L, 2L);
      assertThat(values(file, "name")).containsExactly("ann", "bob");
      assertThat(values(file, "amount")).containsExactly(new BigDecimal("2.50"), null);
    }
  }

  @Test
  void marksValuesThatDoNotParseAsInvalid() throws Exception {
    try (CsvDataFile file = open("id\n1\nabc\n1.5\n99999999999999999999\n-7\n",
        expecting(Map.of("id", INTEGER)))) {
      assertThat(values(file, "id")).containsExactly(1L, new Invalid("abc"), new Invalid("1.5"),
          new Invalid("99999999999999999999"), -7L);
    }
  }

  @Test
  void readsAnEmptyFieldAsNullAndAQuotedEmptyFieldAsEmptyText() throws Exception {
    try (CsvDataFile file = open("s,i,b\n,,\n\"\",\"\",\"\"\nx,1,\"YQ==\"\n",
        expecting(Map.of("i", INTEGER, "b", ValueType.of(Kind.BINARY))))) {
      assertThat(values(file, "s")).containsExactly(null, "", "x");
      assertThat(values(file, "i")).containsExactly(null, null, 1L);
      assertThat(values(file, "b")).containsExactly(null, "", "61");
    }
  }

  @Test
  void keepsNullMarkersAsText() throws Exception {
    try (CsvDataFile file = open("s,i\nNULL,NA\n\\N,null\n", expecting(Map.of("i", INTEGER)))) {
      assertThat(values(file, "s")).containsExactly("NULL", "\\N");
      assertThat(values(file, "i")).containsExactly(new Invalid("NA"), new Invalid("null"));
    }
  }

  @Test
  void namesColumnsAfterTheContractWithoutAHeader() throws Exception {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("id", INTEGER);
    types.put("tags[]", STRING);
    types.put("name", STRING);
    SourceOptions options = expecting(types).withCsv(',', '"', false);
    try (CsvDataFile file = open("1,ann,x\n2,bob,y\n", options)) {
      assertThat(file.columns().keySet()).containsExactly("id", "name", "column_3");
      assertThat(file.rowCount()).isEqualTo(2);
      assertThat(values(file, "id")).containsExactly(1L, 2L);
      assertThat(values(file, "column_3")).containsExactly("x", "y");
    }
    try (CsvDataFile file = open("1\n", options)) {
      assertThat(file.columns().keySet()).containsExactly("id");
    }
  }

  @Test
  void turnsBlankHeaderNamesIntoPositionsAndRefusesTwins() throws Exception {
    try (CsvDataFile file = open("a,,c\n1,2,3\n")) {
      assertThat(file.columns().keySet()).containsExactly("a", "column_2", "c");
    }
    assertProblem("a,b,a\n1,2,3\n", "a.csv: two columns are named a");
  }

  @Test
  void readsOtherDelimitersAndQuotes() throws Exception {
    SourceOptions options = SourceOptions.DEFAULTS.withCsv(';', '\'', true);
    try (CsvDataFile file = open("a;b\n'x;y';'it''s'\nplain;'\"q\"'\n", options)) {
      assertThat(values(file, "a")).containsExactly("x;y", "plain");
      assertThat(values(file, "b")).containsExactly("it's", "\"q\"");
    }
    assertThatThrownBy(() -> open("a\n", SourceOptions.DEFAULTS.withCsv(',', ',', true)))
        .isInstanceOf(DataProblem.class).hasMessageContaining("must be distinct ASCII");
  }

  @Test
  void readsTsvFilesAsTabSeparatedUnlessADelimiterIsGiven() throws Exception {
    Path tsv = write(dir, "a.TSV", "a\tb,c\n1\t2,3\n");
    try (CsvDataFile file = CsvDataFile.open(tsv, "a.TSV", SourceOptions.DEFAULTS)) {
      assertThat(file.columns().keySet()).containsExactly("a", "b,c");
    }
    try (CsvDataFile file = CsvDataFile.open(tsv, "a.TSV",
        SourceOptions.DEFAULTS.withCsv('|', '"', true))) {
      assertThat(file.columns().keySet()).containsExactly("a\tb,c");
    }
  }

  @Test
  void skipsAUtf8ByteOrderMarkAndRefusesUtf16() throws Exception {
    try (CsvDataFile file = open("\uFEFFid\n1\n")) {
      assertThat(file.columns().keySet()).containsExactly("id");
    }
    Path utf16 = dir.resolve("u.csv");
    Files.write(utf16, "\uFEFFid\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> CsvDataFile.open(utf16, "u.csv", SourceOptions.DEFAULTS))
        .isInstanceOf(DataProblem.class).hasMessageContaining("not UTF-8 text");
  }

  @Test
  void readsCrlfAndCrLineEndsAndSkipsBlankLines() throws Exception {
    try (CsvDataFile file = open("a,b\r\n1,2\r\n\r\n3,4\r5,6\n\n7,8")) {
      assertThat(file.rowCount()).isEqualTo(4);
      assertThat(values(file, "a")).containsExactly("1", "3", "5", "7");
      assertThat(values(file, "b")).containsExactly("2", "4", "6", "8");
    }
  }

  @Test
  void readsQuotedNewlinesDelimitersAndQuotes() throws Exception {
    try (CsvDataFile file = open(
        "a,b\n\"line1\nline2\",\"x,\"\"y\"\"\"\n\"crlf\r\nin\",\"cr\ronly\"\r\nq\"uote,\"\"\n")) {
      assertThat(values(file, "a")).containsExactly("line1\nline2", "crlf\r\nin", "q\"uote");
      assertThat(values(file, "b")).containsExactly("x,\"y\"", "cr\ronly", "");
    }
  }

  @Test
  void rejectsARaggedRecordWithItsLine() {
    assertProblem("a,b\n1,2\n3\n", "a.csv: line 3: expected 2 fields, found 1");
    assertProblem("a,b\n\"1\n\",2\n3,4,5\n", "a.csv: line 4: expected 2 fields, found 3");
  }

  @Test
  void rejectsBrokenQuotingWithItsLine() {
    assertProblem("a,b\n1,\"x\n2,y\n", "a.csv: line 2: a quoted field is not closed before the"
        + " end of the file");
    assertProblem("a\n\"x\"y\n", "a.csv: line 2: unexpected character after a closing quote: 'y'");
    assertProblem("a\n\"x\r\"\nb\n", "a.csv: line 2: a quoted field ending in a lone CR (carriage"
        + " return) is followed by LF; such line ends cannot be read reliably: use LF or CRLF");
  }

  @Test
  void rejectsBytesThatAreNotUtf8WithTheirLine() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, new byte[] {'a', '\n', 'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n'});
    assertThatThrownBy(() -> CsvDataFile.open(bad, "bad.csv", SourceOptions.DEFAULTS))
        .isInstanceOf(DataProblem.class)
        .hasMessage("bad.csv: line 3: not UTF-8 (byte 0x28); only UTF-8 is read");
    Files.write(bad, new byte[] {'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
    assertThatThrownBy(() -> CsvDataFile.open(bad, "bad.csv", SourceOptions.DEFAULTS))
        .hasMessageContaining("line 2: not UTF-8"); // an encoded surrogate
  }

  @Test
  void limitsFieldsAndFieldCounts() {
    assertProblem("a\n\"" + "x".repeat(TextFiles.MAX_VALUE + 1) + "\"\n",
        "a.csv: line 2: a field longer than 32 MiB (a quote that is never closed?)");
    assertProblem(",".repeat(TextFiles.MAX_COLUMNS + 5), "a.csv: line 1: more than 100000 fields"
        + " in a record");
  }

  @Test
  void readsEmptyAndHeaderOnlyFilesAsNoRows() throws Exception {
    try (CsvDataFile file = open("")) {
      assertThat(file.columns()).isEmpty();
      assertThat(file.rowCount()).isZero();
      assertThat(file.rowGroups()).isEmpty();
    }
    try (CsvDataFile file = open("a,b\r\n")) {
      assertThat(file.columns().keySet()).containsExactly("a", "b");
      assertThat(file.rowCount()).isZero();
    }
  }

  @Test
  void givesTheSameValuesForEveryBatchSize() throws Exception {
    StringBuilder csv = new StringBuilder("id,amount,day,note\n");
    for (int r = 0; r < 20_000; r++) {
      csv.append(r % 97 == 0 ? "x" : String.valueOf(r)).append(',')
          .append(r % 13 == 0 ? "" : r / 100.0).append(',')
          .append(String.format("2024-%02d-%02d", r % 12 + 1, r % 28 + 1)).append(',')
          .append(r % 5 == 0 ? "\"a,\n" + r + "\"" : "n" + r).append('\n');
    }
    Map<String, ValueType> types = Map.of("id", INTEGER, "amount", ValueType.of(Kind.FLOAT),
        "day", ValueType.of(Kind.DATE));
    try (CsvDataFile file = open(csv.toString(), expecting(types))) {
      assertThat(file.rowCount()).isEqualTo(20_000);
      Map<String, List<Cell>> one = TextScans.scanAll(file, 1);
      assertThat(TextScans.scanAll(file, 7)).isEqualTo(one);
      assertThat(TextScans.scanAll(file, 8192)).isEqualTo(one);
      assertThat(one.get("id").get(97)).isEqualTo(new Cell(97, new Invalid("x")));
      assertThat(one.get("amount").get(26)).isEqualTo(new Cell(26, null));
      assertThat(one.get("note").get(5)).isEqualTo(new Cell(5, "a,\n5"));
    }
  }

  @Test
  void numbersRowsFromTheFirstRowOffset() throws Exception {
    try (CsvDataFile file = open("a\n1\n2\n3\n", expecting(Map.of("a", INTEGER)))) {
      List<Cell> cells = TextScans.scan(file, Set.of("a"), 1000, 2).get("a");
      assertThat(cells).containsExactly(new Cell(1000, 1L), new Cell(1001, 2L), new Cell(1002, 3L));
      List<Long> firsts = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      file.scan(0, Set.of(), 50, 2, batch -> {
        firsts.add(batch.firstRow());
        sizes.add(batch.rowCount());
      });
      assertThat(firsts).containsExactly(50L, 52L);
      assertThat(sizes).containsExactly(2, 1);
    }
  }

  @Test
  void refusesAColumnTheFileLacks() throws Exception {
    try (CsvDataFile file = open("a\n1\n")) {
      assertThatThrownBy(() -> file.scan(0, Set.of("b"), 0, 10, batch -> { }))
          .isInstanceOf(DataProblem.class).hasMessage("a.csv: no column b in the file");
    }
  }

  @Test
  void scansFromSeveralThreadsAtOnce() throws Exception {
    StringBuilder csv = new StringBuilder("a,b\n");
    for (int r = 0; r < 5000; r++) {
      csv.append(r).append(",v").append(r).append('\n');
    }
    try (CsvDataFile file = open(csv.toString(), expecting(Map.of("a", INTEGER)))) {
      Map<String, List<Cell>> expected = TextScans.scanAll(file, 100);
      List<Object> results = TextScans.scanOnThreads(file, 4, 33);
      assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
  }

  @Test
  void readsArrowsAggregateTestFile() throws Exception {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("c2", INTEGER);
    types.put("c10", INTEGER);
    types.put("c11", ValueType.of(Kind.FLOAT));
    types.put("c14", ValueType.of(Kind.DATE));
    types.put("c15", ValueType.timestamp(ValueType.TimeUnit.MICROS, false));
    Path csv = TextScans.resource("arrow-csv/aggregate_test_100_with_dates.csv");
    try (CsvDataFile file = CsvDataFile.open(csv, "agg.csv", expecting(types))) {
      assertThat(file.rowCount()).isEqualTo(100);
      assertThat(file.columns()).hasSize(15);
      Map<String, List<Cell>> cells = TextScans.scanAll(file, 64);
      assertThat(cells.get("c2").get(0)).isEqualTo(new Cell(0, 2L));
      assertThat(cells.get("c11").get(0)).isEqualTo(new Cell(0, 0.110830784));
      assertThat(cells.get("c14").get(0)).isEqualTo(new Cell(0, 19358L)); // 2023-01-01
      assertThat(cells.get("c15").get(1)).isEqualTo(new Cell(1, 1672571233123000L));
      // c10 holds unsigned 64-bit values: those above Long.MAX_VALUE are not integers here
      assertThat(cells.get("c10").get(1).value()).isEqualTo(new Invalid("11720144131976083864"));
      assertThat(cells.get("c10").get(0).value()).isEqualTo(5863949479783605708L);
    }
  }

  @Test
  void handsEachBatchItsRows() throws Exception {
    try (CsvDataFile file = open("a\n1\n2\n3\n4\n5\n")) {
      List<ColumnBatch> seen = new ArrayList<>();
      file.scan(0, Set.of("a"), 0, 2, batch -> seen.add(
          new ColumnBatch(batch.firstRow(), batch.rowCount(), Map.of())));
      assertThat(seen).extracting(ColumnBatch::rowCount).containsExactly(2, 2, 1);
    }
  }
}
