package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.parquet.BulkEquivalenceTest.Batch;
import dev.sluice.validator.parquet.BulkEquivalenceTest.Outcome;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.parquet.page.ChunkPages;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PageHeaders;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written by parquet-java: the bulk path gives parquet-java's own vectors for every flat
 * type, codec, page format, dictionary layout and page/batch alignment.
 */
class GeneratedFilesTest {
  private static final String FLAT = "message m { required int64 id; optional boolean b;"
      + " optional int32 i; optional int32 u (INTEGER(32,false));"
      + " optional int32 i8 (INTEGER(8,true)); optional int64 l; optional float f;"
      + " optional double d; optional binary s (STRING); optional binary raw;"
      + " optional int32 dec32 (DECIMAL(9,2)); optional int64 dec64 (DECIMAL(18,3));"
      + " optional int32 day (DATE); optional int64 ts (TIMESTAMP(MICROS,true));"
      + " optional int32 tm (TIME(MILLIS,true)); required binary rs (STRING); required double rd;"
      + " optional binary empty (STRING); }";

  private static final String[] TEXTS = {"", "a", "é", "日本語", "🙂 emoji", "plain ascii",
      "x\u0000y", "Ünïcødé"};

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} v2={1} dictionary={2}")
  @CsvSource({"UNCOMPRESSED,false,true", "UNCOMPRESSED,true,false", "SNAPPY,false,true",
      "SNAPPY,true,true", "SNAPPY,false,false", "GZIP,true,true", "GZIP,false,false",
      "ZSTD,false,true", "ZSTD,true,false", "LZ4_RAW,true,true"})
  void matchesParquetJavaForEveryFlatTypeCodecAndPageFormat(CompressionCodecName codec,
      boolean v2, boolean dictionary) throws Exception {
    GeneratedParquet file = GeneratedParquet.schema(FLAT).codec(codec).v2(v2)
        .dictionary(dictionary).pageRows(13).rowsPerGroup(400);
    for (int r = 0; r < 1000; r++) {
      file.row(flatRow(r));
    }
    Path path = file.write(dir.resolve("flat.parquet"));
    try (ParquetDataFile opened = ParquetDataFile.open(path, "flat")) {
      assertThat(opened.leaves().values()).allMatch(leaf -> FlatKind.of(leaf) != null);
    }
    List<Outcome> outcomes = BulkEquivalenceTest.assertSameScans(path, 1, 7, 64, 8192);
    assertThat(outcomes.get(0).problem()).isNull();
    List<Cell> s = column(outcomes.get(3), "s");
    assertThat(s.get(1).value()).isEqualTo("a");
    assertThat(s.get(3).value()).isEqualTo("日本語");
    assertThat(s.get(0).value()).isEqualTo("");
    assertThat(s.get(120).value()).isNull(); // inside the all-null stretch
    assertThat(column(outcomes.get(3), "u").get(1).value()).isEqualTo(4294967295L);
    assertThat(column(outcomes.get(3), "dec32").get(4).value()).isEqualTo(new BigDecimal("-0.04"));
    assertThat(column(outcomes.get(3), "empty")).allMatch(c -> c.value() == null);
    if (dictionary) {
      assertThat(outcomes.get(3).batches()).anyMatch(b -> b.dictionaries().contains("s"));
    }
  }

  /** Row {@code r}: patterns of nulls (every 3rd, and a stretch of 60 rows), repeats, extremes. */
  private static Map<String, Object> flatRow(int r) {
    boolean stretch = r >= 100 && r < 160;
    Map<String, Object> row = new LinkedHashMap<>(row("id", (long) r, "rs", TEXTS[r % 8],
        "rd", r % 5 == 0 ? Double.NaN : r / 3.0));
    if (stretch || r % 3 == 2) {
      return row;
    }
    row.putAll(row("b", r % 2 == 0, "i", r % 7 - 3, "u", r % 2 == 1 ? -1 : r,
        "i8", r % 100 - 50, "l", r % 11 == 0 ? Long.MIN_VALUE : (long) r * 1_000_003L,
        "f", r % 13 == 0 ? -0.0f : r / 7f, "d", r % 17 == 0 ? Double.NEGATIVE_INFINITY : r / 9.0,
        "s", TEXTS[r % TEXTS.length], "raw", new byte[] {(byte) r, (byte) (r >> 8), -1},
        "dec32", BigDecimal.valueOf(-r, 2), "dec64", BigDecimal.valueOf(r * 12_345L, 3),
        "day", 19_000 + r % 40, "ts", 1_700_000_000_000_000L + r, "tm", r * 1000));
    return row;
  }

  private static List<Cell> column(Outcome outcome, String path) {
    List<Cell> cells = new ArrayList<>();
    for (Batch batch : outcome.batches()) {
      cells.addAll(batch.columns().get(path));
    }
    return cells;
  }

  static List<Integer> dictionarySizes() {
    List<Integer> sizes = new ArrayList<>(List.of(1, 2, 3, 4));
    for (int width = 3; width <= 17; width++) {
      sizes.add((1 << (width - 1)) + 1);
    }
    sizes.add(70_000);
    return sizes;
  }

  /**
   * Dictionaries of 1, 2, 3, 4, 5, 9, ..., 65537 and 70000 entries: id bit widths 0 to 17 (the
   * writer keeps a dictionary only when its first page repeats values, hence two of each).
   */
  @ParameterizedTest(name = "{0} entries")
  @MethodSource("dictionarySizes")
  void decodesDictionaryIdsOfEveryBitWidthUpTo17(int entries) throws Exception {
    GeneratedParquet file = GeneratedParquet.schema("message m { required int64 c;"
        + " optional int64 o; }").pageRows(1_000_000);
    for (int r = 0; r < Math.max(2 * entries, 64); r++) {
      long value = (r * 7919L) % entries;
      file.row(row("c", value, "o", r % 5 == 1 ? null : value));
    }
    Path path = file.write(dir.resolve("width.parquet"));
    int width = 32 - Integer.numberOfLeadingZeros(entries - 1);
    assertThat(firstIdWidth(path, "c")).isEqualTo(width);
    List<Outcome> outcomes = BulkEquivalenceTest.assertSameScans(path, 8192, 999);
    for (Batch batch : outcomes.get(0).batches()) {
      assertThat(batch.dictionaries()).containsExactly("c", "o");
    }
  }

  /** The bit width byte of a column's first data page. */
  @SuppressWarnings("deprecation") // PLAIN_DICTIONARY: what v1 writers write
  private static int firstIdWidth(Path path, String column) throws Exception {
    try (ParquetDataFile file = ParquetDataFile.open(path, "w");
        FileChannel channel = file.input().channel()) {
      ColumnChunkMetaData chunk = file.footer().metadata().getBlocks().get(0).getColumns()
          .stream().filter(c -> c.getPath().toDotString().equals(column)).findFirst()
          .orElseThrow();
      byte[] bytes = new byte[(int) chunk.getTotalSize()];
      PageHeaders.readFully(channel, chunk.getStartingPos(), bytes);
      ChunkPages pages = new ChunkPages(bytes, 0, bytes.length, new ChunkPages.Layout(
          chunk.getCodec(), 0, 0, chunk.getValueCount()));
      Page page = pages.next();
      while (page != null && page.dictionary()) {
        page = pages.next();
      }
      assertThat(page).isNotNull();
      assertThat(page.encoding()).isEqualTo(Encoding.PLAIN_DICTIONARY);
      return page.values().bytes()[page.values().start()] & 0xff;
    }
  }

  /**
   * The writer's dictionary overflows mid-chunk: dictionary pages, then PLAIN (v1) or delta
   * (v2) pages. Batches of the first part carry the dictionary. Later PLAIN strings that repeat
   * join it, so their batches carry it too (v1); once a page holds mostly new values (unique
   * ones from row 2000), the rest of the chunk is plain values again.
   */
  @ParameterizedTest(name = "v2={0}")
  @ValueSource(booleans = {false, true})
  void followsAFallbackFromDictionaryMidChunk(boolean v2) throws Exception {
    GeneratedParquet file = GeneratedParquet.schema("message m { optional binary s (STRING);"
        + " optional int64 n; required int32 k; }").v2(v2).dictionaryBytes(2048).pageRows(50);
    for (int r = 0; r < 3000; r++) {
      boolean early = r < 500;
      String s = early ? "v" + r % 5 : r < 2000 ? "value-" + r % 200 : "unique-value-" + r;
      file.row(row("s", r % 9 == 4 ? null : s, "n", early ? (long) (r % 3) : r * 1_000_000_007L,
          "k", early ? r % 4 : r));
    }
    Path path = file.write(dir.resolve("fallback.parquet"));
    List<Outcome> outcomes = BulkEquivalenceTest.assertSameScans(path, 1, 100, 8192);
    List<Batch> small = outcomes.get(1).batches();
    assertThat(small.get(0).dictionaries()).containsExactlyInAnyOrder("s", "n", "k");
    for (Batch batch : small.subList(8, 19)) { // rows 800 to 1899: PLAIN pages of repeats
      assertThat(batch.dictionaries().contains("s")).as("rows from " + batch.firstRow())
          .isEqualTo(!v2);
    }
    assertThat(small.get(small.size() - 1).dictionaries()).isEmpty();
    assertThat(outcomes.get(2).batches().get(0).dictionaries()).isEmpty(); // mixed batch
    try (ParquetDataFile opened = ParquetDataFile.open(path, "fallback")) {
      for (String column : List.of("s", "n", "k")) {
        assertThat(opened.dictionaryOnly(0, column)).as(column).isEmpty();
      }
    }
  }
}
