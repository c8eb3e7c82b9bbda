package dev.sluice.validator.text;

import static dev.sluice.validator.text.SplitMarks.read;
import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting CSV files into accepted and rejected rows, numbered as the validation reads them. */
class CsvSplitterTest {
  @TempDir Path dir;
  private SplitMarks marks;
  private SplitTarget target;

  @BeforeEach
  void setUp() throws Exception {
    marks = new SplitMarks();
    target = SplitMarks.target(dir, "csv");
  }

  /** Splits a file whose row count the validation's reader gives, rejecting (row, slot) pairs. */
  private SplitTarget.Counts split(String name, String content, SourceOptions options,
      int... rejects) throws Exception {
    Path input = write(dir, name, content);
    long rows;
    try (CsvDataFile file = CsvDataFile.open(input, name, options)) {
      rows = file.rowCount();
    }
    FileMarks file = marks.file(name, "csv", rows, rejects);
    return CsvSplitter.split(input, name, options, file, target);
  }

  @Test
  void sendsEveryRowToOneSideInOrderWithTheFailedCheckIds() throws Exception {
    SplitTarget.Counts counts = split("a.csv", "id,name\n1,a\n2,b\n3,c\n4,d\n5,e\n",
        SourceOptions.DEFAULTS, 1, 0, 3, 0, 3, 1);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(3, 2));
    assertThat(read(target.accepted())).isEqualTo("id,name\n1,a\n3,c\n5,e\n");
    assertThat(read(target.rejected())).isEqualTo("id,name,_sluice_violations\n2,b,"
        + marks.id(0) + "\n4,d," + marks.id(0) + ";" + marks.id(1) + "\n");
  }

  @Test
  void skipsBlankLinesAsTheValidationDoes() throws Exception {
    SplitTarget.Counts counts = split("a.csv", "\nid,name\r\n\r\n1,a\n\n\n2,b\r\n3,c",
        SourceOptions.DEFAULTS, 2, 1);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(2, 1));
    assertThat(read(target.accepted())).isEqualTo("id,name\n1,a\n2,b\n");
    assertThat(read(target.rejected()))
        .isEqualTo("id,name,_sluice_violations\n3,c," + marks.id(1) + "\n");
  }

  @Test
  void copiesRecordsAsWrittenEndingEachWithLf() throws Exception {
    String content = "k,v1,v2,v3,v4\r\n"
        + "1,\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\",\r"
        + "2,,\"\",plain,\"quoted but plain\"\r\n"
        + "3,é😀,\"\"\"\",#x, spaced \n";
    split("a.csv", content, SourceOptions.DEFAULTS, 0, 0, 2, 0);
    assertThat(read(target.accepted()))
        .isEqualTo("k,v1,v2,v3,v4\n2,,\"\",plain,\"quoted but plain\"\n");
    assertThat(read(target.rejected())).isEqualTo("k,v1,v2,v3,v4,_sluice_violations\n"
        + "1,\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\",," + marks.id(0) + "\n"
        + "3,é😀,\"\"\"\",#x, spaced ," + marks.id(0) + "\n");
    assertThat(fields(target.rejected(), SourceOptions.DEFAULTS).get(1))
        .containsExactly("1", "a,b", "say \"hi\"", "x\r\ny", "", marks.id(0));
  }

  @Test
  void keepsQuotedEmptyAndNullDistinctForTheValidation() throws Exception {
    split("a.csv", "id,name\n1,\"\"\n2,\n", SourceOptions.DEFAULTS);
    try (CsvDataFile out = CsvDataFile.open(target.accepted(), "out", SourceOptions.DEFAULTS)) {
      assertThat(TextScans.values(out, "name")).containsExactly("", null);
    }
  }

  @Test
  void writesNoHeaderWhenTheInputHasNone() throws Exception {
    SourceOptions options = SourceOptions.DEFAULTS.withCsv(',', '"', false);
    SplitTarget.Counts counts = split("a.csv", "1,a\n2,b\n3,c\n", options, 0, 1);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(2, 1));
    assertThat(read(target.accepted())).isEqualTo("2,b\n3,c\n");
    assertThat(read(target.rejected())).isEqualTo("1,a," + marks.id(1) + "\n");
  }

  @Test
  void keepsTheInputsDelimiterAndQuote() throws Exception {
    SourceOptions options = SourceOptions.DEFAULTS.withCsv(';', '\'', true);
    split("a.csv", "id;name\n1;'a;b'\n2;'it''s \"x\"'\n", options, 1, 0);
    assertThat(read(target.accepted())).isEqualTo("id;name\n1;'a;b'\n");
    assertThat(read(target.rejected()))
        .isEqualTo("id;name;_sluice_violations\n2;'it''s \"x\"';" + marks.id(0) + "\n");
    assertThat(fields(target.rejected(), options).get(1))
        .containsExactly("2", "it's \"x\"", marks.id(0));
  }

  @Test
  void splitsTsvFilesByTabs() throws Exception {
    split("a.tsv", "id\tname\n1\ta,b\n2\tb\n", SourceOptions.DEFAULTS, 0, 0);
    assertThat(read(target.accepted())).isEqualTo("id\tname\n2\tb\n");
    assertThat(read(target.rejected()))
        .isEqualTo("id\tname\t_sluice_violations\n1\ta,b\t" + marks.id(0) + "\n");
  }

  @Test
  void skipsAByteOrderMark() throws Exception {
    split("a.csv", "\uFEFFid,name\n1,a\n", SourceOptions.DEFAULTS);
    assertThat(read(target.accepted())).isEqualTo("id,name\n1,a\n");
  }

  @Test
  void createsBothFilesForAnEmptyInput() throws Exception {
    SplitTarget.Counts counts = split("a.csv", "", SourceOptions.DEFAULTS);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(0, 0));
    assertThat(Files.size(target.accepted())).isZero();
    assertThat(Files.size(target.rejected())).isZero();
  }

  @Test
  void writesTheHeaderOfAFileWithoutRowsToBothSides() throws Exception {
    SplitTarget.Counts counts = split("a.csv", "id,name\n", SourceOptions.DEFAULTS);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(0, 0));
    assertThat(read(target.accepted())).isEqualTo("id,name\n");
    assertThat(read(target.rejected())).isEqualTo("id,name,_sluice_violations\n");
  }

  @Test
  void failsWhenTheFileHasMoreRowsThanWereValidated() throws Exception {
    Path input = write(dir, "a.csv", "id\n1\n2\n3\n");
    FileMarks file = marks.file("a.csv", "csv", 2);
    assertThatThrownBy(
            () -> CsvSplitter.split(input, "a.csv", SourceOptions.DEFAULTS, file, target))
        .isInstanceOf(DataProblem.class)
        .hasMessage("a.csv: the file changed while it was read");
  }

  @Test
  void failsWhenTheFileHasFewerRowsThanWereValidated() throws Exception {
    Path input = write(dir, "a.csv", "id\n1\n");
    FileMarks file = marks.file("a.csv", "csv", 2);
    assertThatThrownBy(
            () -> CsvSplitter.split(input, "a.csv", SourceOptions.DEFAULTS, file, target))
        .isInstanceOf(DataProblem.class)
        .hasMessage("a.csv: the file changed while it was read");
  }

  @Test
  void failsWhenTheInputAlreadyHasTheViolationsColumn() {
    assertThatThrownBy(() -> split("a.csv", "id,_sluice_violations\n1,x\n", SourceOptions.DEFAULTS))
        .isInstanceOf(DataProblem.class)
        .hasMessageContaining("already has a column _sluice_violations");
  }

  /**
   * A last field quoted and holding a lone CR is valid before CR, CRLF or the end of the file,
   * not before LF (the validation refuses it, FastCSV misreads it): its copy ends with CRLF.
   */
  @Test
  void aLastQuotedFieldWithALoneCrEndsItsCopyWithCrlf() throws Exception {
    split("a.csv", "id,note\r1,\"a\rb\"\r2,plain\r", SourceOptions.DEFAULTS, 1, 0);
    assertThat(read(target.accepted())).isEqualTo("id,note\n1,\"a\rb\"\r\n");
    assertThat(fields(target.accepted(), SourceOptions.DEFAULTS))
        .containsExactly(List.of("id", "note"), List.of("1", "a\rb"));
    try (CsvDataFile out = CsvDataFile.open(target.accepted(), "out", SourceOptions.DEFAULTS)) {
      assertThat(out.rowCount()).isEqualTo(1);
    }
    assertThat(read(target.rejected()))
        .isEqualTo("id,note,_sluice_violations\n2,plain," + marks.id(0) + "\n");
  }

  /**
   * Random well-formed files read a few bytes at a time (records across every refill, quoted
   * line breaks, blank lines, CR, CRLF): each side holds exactly its rows' fields, in order.
   */
  @Test
  void recordsAcrossReadsLandWholeOnTheirSide() throws Exception {
    java.util.Random random = new java.util.Random(9);
    String[] cells = {"", "a", "bcd", "\"\"", "\"x,y\"", "\"l\nm\"", "\"q\"\"q\"", "é",
        "\"c\rd\""};
    String[] ends = {"\n", "\r\n", "\r", "\n\n"};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder("h1,h2\n");
      int rows = random.nextInt(40);
      for (int i = 0; i < rows; i++) {
        text.append(cells[random.nextInt(cells.length)]).append(',')
            .append(cells[random.nextInt(cells.length)]).append(ends[random.nextInt(ends.length)]);
      }
      Path input = write(dir, "r" + round + ".csv", text.toString());
      try (CsvDataFile valid = CsvDataFile.open(input, "r.csv", SourceOptions.DEFAULTS)) {
        assertThat(valid.rowCount()).isEqualTo(rows);
      } catch (DataProblem e) {
        assertThat(e).hasMessageContaining("lone CR"); // "c\rd" last, then LF: refused
        continue;
      }
      List<List<String>> records = fields(input, SourceOptions.DEFAULTS);
      java.util.Set<Integer> rejected = new java.util.TreeSet<>();
      for (int row = 0; row < rows; row++) {
        if (random.nextInt(3) == 0) {
          rejected.add(row);
        }
      }
      SplitMarks fresh = new SplitMarks();
      SplitTarget out = SplitMarks.target(dir.resolve("o" + round), "csv");
      Files.createDirectories(out.accepted().getParent());
      FileMarks file = fresh.file("r.csv", "csv", rows,
          rejected.stream().flatMapToInt(row -> java.util.stream.IntStream.of(row, 0)).toArray());
      CsvSplitter.split(input, "r.csv", SourceOptions.DEFAULTS, file, out, 1 + random.nextInt(7));

      List<List<String>> accepted = new java.util.ArrayList<>(List.of(records.get(0)));
      List<List<String>> rejectedRows = new java.util.ArrayList<>();
      List<String> header = new java.util.ArrayList<>(records.get(0));
      header.add(SplitTarget.VIOLATIONS);
      rejectedRows.add(header);
      for (int row = 0; row < rows; row++) {
        if (rejected.contains(row)) {
          List<String> withIds = new java.util.ArrayList<>(records.get(row + 1));
          withIds.add(fresh.id(0));
          rejectedRows.add(withIds);
        } else {
          accepted.add(records.get(row + 1));
        }
      }
      assertThat(fields(out.accepted(), SourceOptions.DEFAULTS)).as("round %d", round)
          .isEqualTo(accepted);
      assertThat(fields(out.rejected(), SourceOptions.DEFAULTS)).as("round %d", round)
          .isEqualTo(rejectedRows);
    }
  }

  private static List<List<String>> fields(Path file, SourceOptions options) throws Exception {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(options.delimiter())
        .quoteCharacter(options.quote()).ofCsvRecord(file)) {
      return reader.stream().map(CsvRecord::getFields).toList();
    }
  }

  /**
   * A record of two unquoted fields of 18 MiB of non-ASCII text each: validation reads it (each
   * field under 32 MiB), so the split must too (it once added up their bytes as one field).
   */
  @Test
  void aRecordOfLongNonAsciiFieldsValidationReadIsSplit() throws Exception {
    String field = "é".repeat((9 << 20) + 7);
    Path input = write(dir, "wide.csv", "a,b\n" + field + "," + field + "\n");
    long rows;
    try (CsvDataFile file = CsvDataFile.open(input, "wide.csv", SourceOptions.DEFAULTS)) {
      rows = file.rowCount();
    }
    assertThat(rows).isEqualTo(1);
    FileMarks file = marks.file("wide.csv", "csv", rows);
    assertThat(CsvSplitter.split(input, "wide.csv", SourceOptions.DEFAULTS, file, target))
        .isEqualTo(new SplitTarget.Counts(1, 0));
  }
}
