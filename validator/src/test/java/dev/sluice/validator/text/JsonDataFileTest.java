package dev.sluice.validator.text;

import dev.sluice.validator.testing.DataFileScans;
import static dev.sluice.validator.text.TextScans.expecting;
import static dev.sluice.validator.text.TextScans.values;
import static dev.sluice.validator.text.TextScans.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.testing.DataFileScans.Invalid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JSON Lines and JSON arrays: layouts, columns, nesting, lists and malformed records. */
class JsonDataFileTest {
  private static final ValueType INTEGER = ValueType.of(Kind.INTEGER);
  private static final ValueType STRING = ValueType.of(Kind.STRING);

  @TempDir Path dir;

  private JsonDataFile open(String content, SourceOptions options) throws Exception {
    return JsonDataFile.open(write(dir, "a.json", content), "a.json", options);
  }

  private JsonDataFile open(String content, Map<String, ValueType> types) throws Exception {
    return open(content, expecting(types));
  }

  private static Map<String, ValueType> orders() {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("id", INTEGER);
    types.put("customer.email", STRING);
    types.put("tags[]", STRING);
    types.put("lines[].sku", STRING);
    types.put("lines[].qty", INTEGER);
    return types;
  }

  @Test
  void readsNestedObjectsAndListsAsParquetDoes() throws Exception {
    try (JsonDataFile file = open(String.join("\n",
        "{\"id\":1,\"customer\":{\"email\":\"a@x\"},\"tags\":[\"x\",\"y\"],"
            + "\"lines\":[{\"sku\":\"A\",\"qty\":2},{\"sku\":\"B\"}]}",
        "{\"id\":2,\"customer\":null,\"tags\":[],\"lines\":null}",
        "{\"id\":3,\"tags\":[null],\"lines\":[null,{\"qty\":5}],\"extra\":{\"k\":[1,2]}}",
        ""), orders())) {
      assertThat(file.columns().keySet())
          .containsExactly("id", "customer.email", "tags[]", "lines[].sku", "lines[].qty", "extra");
      assertThat(file.topLevelNames()).containsExactly("id", "customer", "tags", "lines", "extra");
      assertThat(file.rowCount()).isEqualTo(3);
      assertThat(file.format()).isEqualTo("json");
      assertThat(file.parsesText()).isTrue();
      assertThat(file.columns().get("tags[]").repeated()).isTrue();
      assertThat(file.columns().get("customer.email").repeated()).isFalse();
      Map<String, List<Cell>> cells = TextScans.scanAll(file, 2);
      assertThat(cells.get("tags[]")).containsExactly(new Cell(0, "x"), new Cell(0, "y"),
          new Cell(2, null));
      assertThat(cells.get("lines[].sku")).containsExactly(new Cell(0, "A"), new Cell(0, "B"),
          new Cell(1, null), new Cell(2, null), new Cell(2, null));
      assertThat(cells.get("lines[].qty")).containsExactly(new Cell(0, 2L), new Cell(0, null),
          new Cell(1, null), new Cell(2, null), new Cell(2, 5L));
      assertThat(values(cells.get("customer.email"))).containsExactly("a@x", null, null);
      assertThat(values(cells.get("extra"))).containsExactly(null, null, "{\"k\":[1,2]}");
    }
  }

  @Test
  void readsListsOfListsAndMissingLists() throws Exception {
    Map<String, ValueType> types = Map.of("m[][]", INTEGER);
    try (JsonDataFile file = open("{\"m\":[[1,2],[],null,[3]]}\n{}\n{\"m\":[]}\n", types)) {
      assertThat(TextScans.scanAll(file, 5).get("m[][]")).containsExactly(new Cell(0, 1L),
          new Cell(0, 2L), new Cell(0, null), new Cell(0, 3L), new Cell(1, null));
    }
  }

  @Test
  void makesAValueOfTheWrongShapeInvalidForEveryColumnBelowIt() throws Exception {
    try (JsonDataFile file = open("{\"customer\":\"bob\",\"lines\":{\"sku\":\"A\"},"
        + "\"tags\":\"t\"}\n{\"lines\":[7,{\"sku\":\"B\"}]}\n", orders())) {
      Map<String, List<Cell>> cells = TextScans.scanAll(file, 10);
      assertThat(cells.get("customer.email")).containsExactly(
          new Cell(0, new Invalid("\"bob\"")), new Cell(1, null));
      assertThat(cells.get("tags[]")).containsExactly(new Cell(0, new Invalid("\"t\"")),
          new Cell(1, null));
      assertThat(cells.get("lines[].sku")).containsExactly(new Cell(0, new Invalid("{…}")),
          new Cell(1, new Invalid("7")), new Cell(1, "B"));
      assertThat(cells.get("lines[].qty")).containsExactly(new Cell(0, new Invalid("{…}")),
          new Cell(1, new Invalid("7")), new Cell(1, null));
    }
  }

  @Test
  void makesALineThatIsNotOneJsonObjectAViolationOfEveryColumn() throws Exception {
    try (JsonDataFile file = open("{\"id\":1,\"name\":\"a\"}\n{\"id\":2,\n\n{\"id\":\"x\"}\n[1]\n"
        + "{\"id\":5,\"id\":6}\n{\"id\":7} {\"id\":8}\n  \t \n{\"id\":9}\n", Map.of("id", INTEGER))) {
      assertThat(file.rowCount()).isEqualTo(7);
      Map<String, List<Cell>> cells = TextScans.scanAll(file, 2);
      List<Object> ids = values(cells.get("id"));
      assertThat(ids.get(0)).isEqualTo(1L);
      assertThat(((Invalid) ids.get(1)).text()).startsWith("line 2: not JSON: Unexpected end-of-input");
      assertThat(ids.get(2)).isEqualTo(new Invalid("\"x\""));
      assertThat(ids.get(3)).isEqualTo(new Invalid("line 5: not a JSON object"));
      assertThat(((Invalid) ids.get(4)).text()).startsWith("line 6: not JSON: Duplicate field 'id'");
      assertThat(ids.get(5)).isEqualTo(new Invalid("line 7: not JSON: more than one JSON value on the line"));
      assertThat(ids.get(6)).isEqualTo(9L);
      assertThat(values(cells.get("name"))).containsExactly("a", ids.get(1), null, ids.get(3),
          ids.get(4), ids.get(5), null);
    }
  }

  @Test
  void namesTheProblemOfAMalformedLineWithoutJacksonsNoise() throws Exception {
    byte[] nul = {'{', 0, '}', 0, '\n'};
    Path file = dir.resolve("n.jsonl");
    Files.write(file, ("{\"id\":1\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, nul, java.nio.file.StandardOpenOption.APPEND);
    try (JsonDataFile json = JsonDataFile.open(file, "n.jsonl", expecting(Map.of("id", INTEGER)))) {
      assertThat(values(json, "id")).containsExactly(
          new Invalid("line 1: not JSON: Unexpected end-of-input: expected close marker for Object"),
          new Invalid("line 2: not JSON: a NUL byte"));
    }
  }

  @Test
  void scansFromSeveralThreadsAtOnce() throws Exception {
    StringBuilder json = new StringBuilder();
    for (int r = 0; r < 3000; r++) {
      json.append("{\"id\":").append(r).append(",\"tags\":[\"a\",\"b").append(r).append("\"]}\n");
    }
    try (JsonDataFile file = open(json.toString(), orders())) {
      Map<String, List<Cell>> expected = TextScans.scanAll(file, 100);
      List<Object> results = TextScans.scanOnThreads(file, 4, 33);
      assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
  }

  @Test
  void undoesWhatAMalformedLineWroteBeforeItBroke() throws Exception {
    try (JsonDataFile file = open("{\"id\":1,\"tags\":[\"a\",\"b\"],\"lines\":[{\"sku\":\"x\"},\n"
        + "{\"id\":2,\"tags\":[\"c\"]}\n", orders())) {
      Map<String, List<Cell>> cells = TextScans.scanAll(file, 1);
      assertThat(cells.get("tags[]")).hasSize(2);
      assertThat(cells.get("tags[]").get(0).value()).isInstanceOf(Invalid.class);
      assertThat(cells.get("tags[]").get(1)).isEqualTo(new Cell(1, "c"));
      assertThat(cells.get("lines[].sku").get(0).value()).isInstanceOf(Invalid.class);
      assertThat(cells.get("lines[].sku")).hasSize(2);
    }
  }

  @Test
  void readsAnArrayOfRecordsFoundByItsFirstCharacter() throws Exception {
    try (JsonDataFile file = open("\uFEFF \r\n[\r\n{\"id\":1},\r\n{\"id\":2,\"x\":true},5,null\r\n]\r\n",
        Map.of("id", INTEGER))) {
      assertThat(file.rowCount()).isEqualTo(4);
      assertThat(file.columns().keySet()).containsExactly("id", "x");
      assertThat(values(file, "id")).containsExactly(1L, 2L,
          new Invalid("line 4: not a JSON object"), new Invalid("line 4: not a JSON object"));
      assertThat(values(file, "x")).containsExactly(null, "true",
          new Invalid("line 4: not a JSON object"), new Invalid("line 4: not a JSON object"));
    }
  }

  @Test
  void endsAnArrayAtASyntaxErrorWithLineAndColumn() {
    assertThatThrownBy(() -> open("[\n{\"id\":1},\n{\"id\":}\n]", Map.of("id", INTEGER)))
        .isInstanceOf(DataProblem.class)
        .hasMessageStartingWith("a.json: line 3, column 7: not JSON: Unexpected character ('}'");
    assertThatThrownBy(() -> open("[{\"id\":1}] [", Map.of()))
        .hasMessage("a.json: line 1, column 13: not JSON: content after the array");
    assertThatThrownBy(() -> open("[{\"id\":1}", Map.of()))
        .hasMessageContaining("not JSON: Unexpected end-of-input");
    assertThatThrownBy(() -> open("{\"id\":1}", SourceOptions.DEFAULTS.withJsonLayout("array")))
        .hasMessageContaining("expected an array of records, found {");
  }

  @Test
  void followsTheLayoutTheOptionsName() throws Exception {
    try (JsonDataFile file = open("[{\"id\":1}]\n", expecting(Map.of("id", INTEGER))
        .withJsonLayout("lines"))) {
      assertThat(values(file, "id")).containsExactly(new Invalid("line 1: not a JSON object"));
    }
    assertThatThrownBy(() -> open("{}", SourceOptions.DEFAULTS.withJsonLayout("ndjson")))
        .isInstanceOf(DataProblem.class).hasMessage("a.json: unknown JSON layout ndjson (lines or array)");
  }

  @Test
  void readsEmptyFilesAsNoRows() throws Exception {
    for (String content : new String[] {"", "\n\n  \n", "[]", " [ ] \n"}) {
      try (JsonDataFile file = open(content, Map.of("id", INTEGER))) {
        assertThat(file.rowCount()).as(content).isZero();
        assertThat(file.columns()).isEmpty();
        assertThat(file.rowGroups()).isEmpty();
      }
    }
  }

  @Test
  void holdsJsonTypesToTheContractsTypes() throws Exception {
    Map<String, ValueType> types = new LinkedHashMap<>();
    types.put("i", INTEGER);
    types.put("f", ValueType.of(Kind.FLOAT));
    types.put("d", ValueType.decimal(2));
    types.put("b", ValueType.of(Kind.BOOLEAN));
    types.put("s", STRING);
    types.put("day", ValueType.of(Kind.DATE));
    types.put("ts", ValueType.timestamp(ValueType.TimeUnit.MICROS, true));
    types.put("bin", ValueType.of(Kind.BINARY));
    try (JsonDataFile file = open(String.join("\n",
        "{\"i\":1,\"f\":1,\"d\":1.25,\"b\":true,\"s\":\"x\",\"day\":\"2024-01-02\","
            + "\"ts\":\"1970-01-01T00:00:01Z\",\"bin\":\"aGk=\"}",
        "{\"i\":1.0,\"f\":1.5,\"d\":7,\"b\":false,\"s\":\"\",\"day\":null,\"ts\":null,\"bin\":\"\"}",
        "{\"i\":1e3,\"f\":-2.5e-3,\"d\":1.255,\"b\":\"true\",\"s\":12,\"day\":19000,"
            + "\"ts\":\"1970-01-01 00:00:01\",\"bin\":\"!!\"}",
        "{\"i\":1.5,\"f\":\"1.5\",\"d\":\"1.25\",\"b\":1,\"s\":true,\"day\":\"2024-02-30\","
            + "\"ts\":1,\"bin\":5}",
        "{\"i\":\"12\",\"f\":1e400,\"d\":1e-999999,\"b\":null,\"s\":{\"a\":1},\"day\":\"\","
            + "\"ts\":\"\",\"bin\":null}",
        "{\"i\":12345678901234567890,\"f\":12345678901234567890,\"d\":1e999999,\"s\":[1]}",
        "{\"i\":-9223372036854775808,\"f\":null,\"d\":-0.5}"), types)) {
      assertThat(values(file, "i")).containsExactly(1L, 1L, 1000L, new Invalid("1.5"),
          new Invalid("\"12\""), new Invalid("12345678901234567890"), Long.MIN_VALUE);
      assertThat(values(file, "f")).containsExactly(1.0, 1.5, -0.0025, new Invalid("\"1.5\""),
          new Invalid("1e400"), 1.2345678901234567e19, null);
      assertThat(values(file, "d")).containsExactly(new java.math.BigDecimal("1.25"),
          new java.math.BigDecimal("7.00"), new Invalid("1.255"), new Invalid("\"1.25\""),
          new Invalid("1e-999999"), new Invalid("1e999999"), new java.math.BigDecimal("-0.50"));
      assertThat(values(file, "b")).containsExactly(1L, 0L, new Invalid("\"true\""),
          new Invalid("1"), null, null, null);
      assertThat(values(file, "s")).containsExactly("x", "", new Invalid("12"),
          new Invalid("true"), new Invalid("{…}"), new Invalid("[…]"), null);
      assertThat(values(file, "day")).containsExactly(19724L, null, new Invalid("19000"),
          new Invalid("2024-02-30"), new Invalid(""), null, null);
      assertThat(values(file, "ts")).containsExactly(1_000_000L, null, 1_000_000L,
          new Invalid("1"), new Invalid(""), null, null);
      assertThat(values(file, "bin")).containsExactly("6869", "", new Invalid("!!"),
          new Invalid("5"), null, null, null);
    }
  }

  @Test
  void keepsKeysTheContractLacksAsText() throws Exception {
    try (JsonDataFile file = open("{\"a\":\"s\",\"b\":1.50}\n{\"a\":[1, {\"x\" : null}],\"b\":false}\n"
        + "{\"c\":{}}\n", Map.of())) {
      assertThat(file.columns().keySet()).containsExactly("a", "b", "c");
      assertThat(file.columns().get("a").type()).isEqualTo(STRING);
      assertThat(values(file, "a")).containsExactly("s", "[1,{\"x\":null}]", null);
      assertThat(values(file, "b")).containsExactly("1.50", "false", null);
      assertThat(values(file, "c")).containsExactly(null, null, "{}");
    }
  }

  @Test
  void findsTheContractsColumnsThatRecordsSpeakOf() throws Exception {
    Map<String, ValueType> types = new LinkedHashMap<>(orders());
    types.put("customer.phone", STRING);
    types.put("never", INTEGER);
    try (JsonDataFile file = open("{\"id\":1,\"customer\":{\"email\":\"e\"},\"tags\":null,"
        + "\"lines\":[]}\n", types)) {
      assertThat(file.columns().keySet())
          .containsExactly("id", "customer.email", "tags[]", "lines[].sku", "lines[].qty");
    }
    try (JsonDataFile file = open("{\"customer\":null}\n{\"lines\":[{\"sku\":\"a\"}]}\n", types)) {
      assertThat(file.columns().keySet())
          .containsExactly("customer.email", "lines[].sku", "customer.phone");
    }
  }

  @Test
  void readsCrlfBlankLinesAndAByteOrderMark() throws Exception {
    try (JsonDataFile file = open("\uFEFF{\"id\":1}\r\n\r\n  \r\n{\"id\":2}\r\n{\"id\":3}",
        Map.of("id", INTEGER))) {
      assertThat(file.rowCount()).isEqualTo(3);
      assertThat(values(file, "id")).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void makesALineThatIsNotUtf8AViolationAndAnArrayOfItAProblem() throws Exception {
    Path lines = dir.resolve("l.jsonl");
    byte[] bad = "{\"s\":\"caf\u00e9\"}\n{\"s\":\"x\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 5] = (byte) 0xFF;
    Files.write(lines, bad);
    try (JsonDataFile file = JsonDataFile.open(lines, "l.jsonl", expecting(Map.of("s", STRING)))) {
      assertThat(values(file, "s"))
          .containsExactly("café", new Invalid("line 2: not UTF-8 (byte 0xFF)"));
    }
    Path array = dir.resolve("a.json");
    Files.write(array, ("[\n" + new String(bad, StandardCharsets.ISO_8859_1) + "]")
        .replace("}\n{", "},\n{").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> JsonDataFile.open(array, "a.json", SourceOptions.DEFAULTS))
        .isInstanceOf(DataProblem.class)
        .hasMessage("a.json: line 3: not UTF-8 (byte 0xFF); only UTF-8 is read");
    Files.write(array, "{}".getBytes(StandardCharsets.UTF_16));
    assertThatThrownBy(() -> JsonDataFile.open(array, "a.json", SourceOptions.DEFAULTS))
        .hasMessageContaining("not UTF-8 text");
  }

  @Test
  void givesTheSameValuesForEveryBatchSize() throws Exception {
    StringBuilder json = new StringBuilder();
    for (int r = 0; r < 5000; r++) {
      json.append(r % 101 == 0 ? "{broken\n" : "{\"id\":" + r + ",\"tags\":[" + "\"t\",".repeat(r % 4)
          + "\"u\"],\"lines\":[" + "{\"sku\":\"s" + r + "\",\"qty\":" + (r % 7) + "},".repeat(r % 3)
          + "{}]}\n");
    }
    try (JsonDataFile file = open(json.toString(), orders())) {
      assertThat(file.rowCount()).isEqualTo(5000);
      Map<String, List<Cell>> one = TextScans.scanAll(file, 1);
      assertThat(TextScans.scanAll(file, 7)).isEqualTo(one);
      assertThat(TextScans.scanAll(file, 8192)).isEqualTo(one);
      assertThat(one.get("id")).hasSize(5000);
      assertThat(one.get("id").get(101).value()).isEqualTo(new Invalid("line 102: not JSON: "
          + "Unexpected character ('b' (code 98)): was expecting double-quote to start field name"));
    }
  }

  @Test
  void numbersRowsFromTheFirstRowOffset() throws Exception {
    try (JsonDataFile file = open("{\"tags\":[\"a\",\"b\"]}\n{}\n{\"tags\":[\"c\"]}\n", orders())) {
      assertThat(TextScans.scan(file, Set.of("tags[]"), 500, 2).get("tags[]")).containsExactly(
          new Cell(500, "a"), new Cell(500, "b"), new Cell(501, null), new Cell(502, "c"));
      assertThatThrownBy(() -> file.scan(0, Set.of("id"), 0, 2, b -> { }))
          .isInstanceOf(DataProblem.class).hasMessage("a.json: no column id in the file");
    }
  }

  @Test
  void limitsListsAndNestingPerRecord() throws Exception {
    String many = "{\"tags\":[" + "1,".repeat(TextFiles.MAX_LIST_ELEMENTS) + "1]}\n{\"tags\":[]}\n";
    try (JsonDataFile file = open(many, orders())) {
      assertThat(file.rowCount()).isEqualTo(2);
      assertThat(TextScans.scanAll(file, 10).get("tags[]")).containsExactly(new Cell(0, new Invalid(
          "line 1: not JSON: more than 1000000 list elements in one record")));
    }
    String deep = "{\"a\":" + "[".repeat(600) + "]".repeat(600) + "}\n{\"id\":1}\n";
    try (JsonDataFile file = open(deep, Map.of("id", INTEGER))) {
      assertThat(values(file, "id").get(0).toString()).contains("line 1: not JSON: Document nesting depth");
      assertThat(values(file, "id").get(1)).isEqualTo(1L);
    }
  }

  @Test
  void skipsALineTooLongToHold() throws Exception {
    Path file = dir.resolve("big.jsonl");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\":1}\n{\"s\":\"".getBytes(StandardCharsets.US_ASCII));
      writeXs(out, TextFiles.MAX_LINE + 1);
      out.write("\"}\n{\"id\":3}\n".getBytes(StandardCharsets.US_ASCII));
    }
    try (JsonDataFile json = JsonDataFile.open(file, "big.jsonl", expecting(Map.of("id", INTEGER)))) {
      assertThat(json.rowCount()).isEqualTo(3);
      assertThat(values(json, "id")).containsExactly(1L,
          new Invalid("line 2: a record longer than 32 MiB"), 3L);
    }
  }

  @Test
  void refusesAStringTooLongToReadInAnArray() throws Exception {
    Path file = dir.resolve("big.json");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("[{\"id\":1},\n{\"s\":\"".getBytes(StandardCharsets.US_ASCII));
      writeXs(out, TextFiles.MAX_VALUE + 1);
      out.write("\"}]".getBytes(StandardCharsets.US_ASCII));
    }
    try (JsonDataFile json = JsonDataFile.open(file, "big.json", SourceOptions.DEFAULTS)) {
      assertThat(json.rowCount()).isEqualTo(2);
      assertThatThrownBy(() -> values(json, "s")).isInstanceOf(DataProblem.class)
          .hasMessageContaining("big.json: line 2, column ")
          .hasMessageContaining("String value length (33554433) exceeds the maximum allowed");
    }
  }

  private static void writeXs(java.io.OutputStream out, int count) throws java.io.IOException {
    byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
    for (int left = count; left > 0; left -= chunk.length) {
      out.write(chunk, 0, Math.min(left, chunk.length));
    }
  }
}
