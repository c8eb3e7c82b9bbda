package dev.sluice.validator.text;

import static dev.sluice.validator.text.SplitMarks.read;
import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting JSON Lines and JSON array files, rows numbered as the validation reads them. */
class JsonSplitterTest {
  private static final SourceOptions LINES = SourceOptions.DEFAULTS.withJsonLayout("lines");
  private static final SourceOptions ARRAY = SourceOptions.DEFAULTS.withJsonLayout("array");

  @TempDir Path dir;
  private SplitMarks marks;
  private SplitTarget target;

  @BeforeEach
  void setUp() throws Exception {
    marks = new SplitMarks();
    target = SplitMarks.target(dir, "json");
  }

  private SplitTarget.Counts split(String content, SourceOptions options, int... rejects)
      throws Exception {
    return split(write(dir, "in.json", content), options, rejects);
  }

  /** Splits a file whose row count the validation's reader gives, rejecting (row, slot) pairs. */
  private SplitTarget.Counts split(Path input, SourceOptions options, int... rejects)
      throws Exception {
    long rows;
    try (JsonDataFile file = JsonDataFile.open(input, "in.json", options)) {
      rows = file.rowCount();
    }
    FileMarks file = marks.file("in.json", "json", rows, rejects);
    return JsonSplitter.split(input, "in.json", options, file, target);
  }

  private String ids(int... slots) {
    StringBuilder out = new StringBuilder("\"_sluice_violations\":[");
    for (int k = 0; k < slots.length; k++) {
      out.append(k == 0 ? "" : ",").append('"').append(marks.id(slots[k])).append('"');
    }
    return out.append(']').toString();
  }

  @Test
  void copiesAcceptedLinesByteForByteAndSkipsBlankLines() throws Exception {
    String content =
        "\n{\"a\": 1,   \"b\" : \"\\u00e9\"}\r\n  \t\n{\"a\":2}\n{ \"a\" : 3.50 }\n\n{\"a\":4}";
    SplitTarget.Counts counts = split(content, SourceOptions.DEFAULTS, 1, 0, 3, 1);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(2, 2));
    assertThat(read(target.accepted()))
        .isEqualTo("{\"a\": 1,   \"b\" : \"\\u00e9\"}\n{ \"a\" : 3.50 }\n");
    assertThat(read(target.rejected()))
        .isEqualTo("{\"a\":2," + ids(0) + "}\n{\"a\":4," + ids(1) + "}\n");
  }

  @Test
  void addsTheFailedCheckIdsAfterTheRecordsOwnFields() throws Exception {
    split("{\"z\":1,\"a\":{\"y\":[1,{\"b\":null}],\"x\":true}}\n", LINES, 0, 1, 0, 0);
    assertThat(read(target.rejected()))
        .isEqualTo("{\"z\":1,\"a\":{\"y\":[1,{\"b\":null}],\"x\":true}," + ids(0, 1) + "}\n");
    assertThat(read(target.accepted())).isEmpty();
  }

  @Test
  void keepsNumbersExactlyAsWritten() throws Exception {
    String record = "{\"a\":0.1,\"b\":123456789012345678901234567890,\"c\":1.10,\"d\":1e400,"
        + "\"e\":-0.0,\"f\":[1.0,2E-5]}";
    split(record + "\n" + record + "\n", LINES, 1, 0);
    assertThat(read(target.rejected())).isEqualTo(record.replace("]}", "]," + ids(0) + "}\n"));
    split("[" + record + "," + record + "]", ARRAY, 0, 0);
    assertThat(read(target.accepted())).isEqualTo("[\n" + record + "\n]\n");
  }

  @Test
  void keepsStringContent() throws Exception {
    String record =
        "{\"s\":\"\\u00e9\\ud83d\\ude00 😀 \\\"q\\\" \\\\ \\n\\u0001\",\"k\\u00e9\":\"x\"}";
    split(record + "\n", LINES, 0, 0);
    JsonNode written = new ObjectMapper().readTree(read(target.rejected()));
    JsonNode original = new ObjectMapper().readTree(record);
    assertThat(written.get("s")).isEqualTo(original.get("s"));
    assertThat(written.get("ké")).isEqualTo(original.get("ké"));
    assertThat(read(target.rejected())).contains("é😀 😀");
  }

  @Test
  void splitsAnArrayIntoTwoArrays() throws Exception {
    String content = " [ {\"a\":1},\n {\"a\":2.50}, 3, {\"a\":[]} ]\n";
    SplitTarget.Counts counts = split(content, SourceOptions.DEFAULTS, 1, 0, 2, 1);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(2, 2));
    assertThat(read(target.accepted())).isEqualTo("[\n{\"a\":1},\n{\"a\":[]}\n]\n");
    assertThat(read(target.rejected())).isEqualTo("[\n{\"a\":2.50," + ids(0) + "},\n"
        + "{\"_sluice_record\":3," + ids(1) + "}\n]\n");
    assertThat(new ObjectMapper().readTree(read(target.rejected())).size()).isEqualTo(2);
  }

  @Test
  void writesAnEmptyArrayForASideWithoutRecords() throws Exception {
    SplitTarget.Counts counts = split("[{\"a\":1}]", ARRAY);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(1, 0));
    assertThat(read(target.rejected())).isEqualTo("[]\n");
    split("[]", SourceOptions.DEFAULTS);
    assertThat(read(target.accepted())).isEqualTo("[]\n");
    assertThat(read(target.rejected())).isEqualTo("[]\n");
  }

  @Test
  void wrapsRejectedLinesThatAreNotObjects() throws Exception {
    String content =
        "[1,{\"a\":2}]\n\"text\"\nnull\n{\"a\":\n{\"a\":1,\"a\":2}\n{} {}\n{\"ok\":1}\n";
    SplitTarget.Counts counts = split(content, LINES, 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(1, 6));
    assertThat(read(target.accepted())).isEqualTo("{\"ok\":1}\n");
    assertThat(read(target.rejected())).isEqualTo(
        "{\"_sluice_record\":[1,{\"a\":2}]," + ids(0) + "}\n"
        + "{\"_sluice_record\":\"text\"," + ids(0) + "}\n"
        + "{\"_sluice_record\":null," + ids(0) + "}\n"
        + "{\"_sluice_text\":\"{\\\"a\\\":\"," + ids(0) + "}\n"
        + "{\"_sluice_text\":\"{\\\"a\\\":1,\\\"a\\\":2}\"," + ids(0) + "}\n"
        + "{\"_sluice_text\":\"{} {}\"," + ids(0) + "}\n");
  }

  @Test
  void copiesAcceptedMalformedLinesAsTheyAreAndWrapsRejectedOnesAsText() throws Exception {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Path input = dir.resolve("in.json");
    Files.write(input, concat(bad, bad));
    split(input, LINES, 1, 0);
    assertThat(Files.readAllBytes(target.accepted())).isEqualTo(bad);
    assertThat(read(target.rejected()))
        .isEqualTo("{\"_sluice_text\":\"{\\\"a\\\":\\\"\uFFFD\\\"}\"," + ids(0) + "}\n");
  }

  @Test
  void streamsLinesTooLongToHold() throws Exception {
    Path input = dir.resolve("in.json");
    int length = TextFiles.MAX_LINE + 10;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input))) {
      for (int copy = 0; copy < 2; copy++) {
        out.write("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
        for (int k = 0; k < length; k++) {
          out.write('x');
        }
        out.write("\"}\r\n{\"b\":1}\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    SplitTarget.Counts counts = split(input, LINES, 2, 0);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(3, 1));
    assertThat(Files.size(target.accepted())).isEqualTo(length + 9 + 8 + 8); // the CR dropped
    try (java.io.InputStream in = Files.newInputStream(target.accepted())) {
      in.skipNBytes(length + 4);
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("xx\"}\n{\"b\":1}\n{\"b\":1}\n");
    }
    String rejected = read(target.rejected());
    assertThat(rejected).startsWith("{\"_sluice_text\":\"{\\\"a\\\":\\\"xxx")
        .endsWith("xxx\\\"}\"," + ids(0) + "}\n")
        .hasSize(17 + 9 + length + 3 + 2 + ids(0).length() + 2);
  }

  @Test
  void createsBothFilesForAnEmptyInput() throws Exception {
    SplitTarget.Counts counts = split("", LINES);
    assertThat(counts).isEqualTo(new SplitTarget.Counts(0, 0));
    assertThat(Files.size(target.accepted())).isZero();
    assertThat(Files.size(target.rejected())).isZero();
    split(" \n\n", ARRAY);
    assertThat(read(target.accepted())).isEqualTo("[]\n");
  }

  @Test
  void failsWhenTheRowsDifferFromThoseValidated() throws Exception {
    Path lines = write(dir, "a.json", "{\"a\":1}\n{\"a\":2}\n");
    Path array = write(dir, "b.json", "[{\"a\":1},{\"a\":2}]");
    for (Path input : new Path[] {lines, array}) {
      for (int rows : new int[] {1, 3}) {
        FileMarks file = marks.file("x.json", "json", rows);
        assertThatThrownBy(() -> JsonSplitter.split(input, "x.json", SourceOptions.DEFAULTS, file,
            target))
            .isInstanceOf(DataProblem.class)
            .hasMessage("x.json: the file changed while it was read");
      }
    }
  }

  @Test
  void failsWhenARejectedRecordAlreadyHasTheViolationsField() {
    assertThatThrownBy(() -> split("{\"a\":1}\n{\"_sluice_violations\":[]}\n", LINES, 1, 0))
        .isInstanceOf(DataProblem.class)
        .hasMessage("in.json: line 2: a rejected record already has a field _sluice_violations;"
            + " drop it before quarantining the file again");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
