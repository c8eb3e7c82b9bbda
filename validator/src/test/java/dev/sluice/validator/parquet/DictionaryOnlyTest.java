package dev.sluice.validator.parquet;

import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.testing.ParquetFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dictionaryOnly}: a chunk's dictionary when every data page is proven to use it, by the
 * encoding statistics or by the page headers; its entries converted exactly as a scan converts
 * values.
 */
class DictionaryOnlyTest {
  private static final String SCHEMA = "message m { optional binary s (STRING); optional int32 i;"
      + " optional int64 ts (TIMESTAMP(MICROS,true)); optional double d;"
      + " optional int32 dec (DECIMAL(9,2)); optional int32 day (DATE); required int64 plain; }";

  @TempDir Path dir;

  private Path sample(boolean v2) {
    GeneratedParquet file = GeneratedParquet.schema(SCHEMA).v2(v2).pageRows(40).rowsPerGroup(300);
    for (int r = 0; r < 600; r++) {
      file.row(row("s", r % 7 == 0 ? null : "v" + r % 4, "i", r % 3 - 1, "ts", 1_000L * (r % 5),
          "d", r % 2 == 0 ? -0.5 : Double.NaN, "dec", BigDecimal.valueOf(r % 6, 2),
          "day", 19_000 + r % 3, "plain", (long) r));
    }
    return file.write(dir.resolve(v2 ? "v2.parquet" : "v1.parquet"));
  }

  @ParameterizedTest(name = "v2={0}, statistics={1}")
  @ValueSource(strings = {"false,true", "false,false", "true,true", "true,false"})
  void returnsTheDictionaryOfAFullyDictionaryEncodedChunk(String variant) throws Exception {
    boolean v2 = variant.startsWith("true");
    Path path = sample(v2);
    if (variant.endsWith("false")) {
      path = withoutEncodingStats(path);
    }
    try (ParquetDataFile file = ParquetDataFile.open(path, "f")) {
      boolean stats = file.footer().metadata().getBlocks().get(0).getColumns().get(0)
          .getEncodingStats() != null;
      assertThat(stats).isEqualTo(variant.endsWith("true"));
      for (int group = 0; group < 2; group++) {
        assertThat(entries(file.dictionaryOnly(group, "s")))
            .containsExactlyInAnyOrder("v0", "v1", "v2", "v3");
        assertThat(entries(file.dictionaryOnly(group, "i"))).containsExactlyInAnyOrder(-1L, 0L, 1L);
        assertThat(entries(file.dictionaryOnly(group, "ts"))).hasSize(5).contains(4000L);
        assertThat(entries(file.dictionaryOnly(group, "d"))).hasSize(2).contains(-0.5);
        assertThat(entries(file.dictionaryOnly(group, "dec"))).contains(new BigDecimal("0.05"));
        assertThat(entries(file.dictionaryOnly(group, "day"))).contains(19_002L);
        assertThat(file.dictionaryOnly(group, "plain")).isEmpty(); // 300 distinct: fell back
        assertThat(entries(file.dictionaryOnly(group, "s")))
            .isEqualTo(entries(Optional.of(scannedDictionary(file, group, "s"))));
      }
    }
  }

  @Test
  void isEmptyForListsPlainChunksAndTypesOutsideTheBulkPath() throws Exception {
    Path path = ParquetFixture.schema("message m { optional group tags (LIST) { repeated group"
        + " list { optional binary element (STRING); } } optional fixed_len_byte_array(16) u"
        + " (UUID); optional int64 n; }").dictionary(true)
        .row(row("tags", List.of("a", "b"), "u", java.util.UUID.randomUUID(), "n", 1L))
        .row(row("tags", List.of("a"), "n", 1L))
        .write(dir.resolve("lists.parquet"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "lists")) {
      assertThat(file.dictionaryOnly(0, "tags[]")).isEmpty();
      assertThat(file.dictionaryOnly(0, "u")).isEmpty();
      assertThat(file.dictionaryOnly(0, "n")).isPresent();
    }
    Path plain = GeneratedParquet.schema("message m { required int64 n; }").dictionary(false)
        .row(row("n", 1L)).row(row("n", 1L)).write(dir.resolve("plain.parquet"));
    try (ParquetDataFile file = ParquetDataFile.open(withoutEncodingStats(plain), "plain")) {
      assertThat(file.dictionaryOnly(0, "n")).isEmpty();
    }
  }

  @Test
  void namesUnknownColumnsAndRowGroups() throws Exception {
    try (ParquetDataFile file = ParquetDataFile.open(sample(false), "f")) {
      assertThatThrownBy(() -> file.dictionaryOnly(0, "nope")).isInstanceOf(DataProblem.class)
          .hasMessage("f: no column nope in the file");
      assertThatThrownBy(() -> file.dictionaryOnly(2, "s"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void reportsACorruptDictionaryPageAsAProblem() throws Exception {
    Path path = RawParquet.optionalInt32().rows(4).dictionaryPage(1_000_000,
        RawParquet.plainInts(10)).dataPage(4, org.apache.parquet.format.Encoding.RLE_DICTIONARY,
            RawParquet.concat(RawParquet.v1Levels(RawParquet.hybrid(1, 1, 1, 1, 1)),
                RawParquet.ids(1, 0, 0, 0, 0))).write(dir.resolve("bad.parquet"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "bad")) {
      assertThatThrownBy(() -> file.dictionaryOnly(0, "x")).isInstanceOf(DataProblem.class)
          .hasMessage("bad: row group 0, column x: dictionary page claims 1000000 entries in"
              + " 4 bytes");
    }
  }

  /** The dictionary a scan attaches to the first batch of a row group's column. */
  private static ColumnDictionary scannedDictionary(ParquetDataFile file, int group, String path)
      throws DataProblem {
    List<ColumnDictionary> seen = new ArrayList<>();
    file.scan(group, Set.of(path), 0, 1_000, b -> {
      ColumnVector v = b.vector(path);
      seen.add(v.dictionary);
    });
    assertThat(seen).doesNotContainNull().hasSize(1);
    return seen.get(0);
  }

  private static List<Object> entries(Optional<ColumnDictionary> dictionary) {
    assertThat(dictionary).isPresent();
    ColumnDictionary d = dictionary.get();
    List<Object> entries = new ArrayList<>();
    Set<Object> distinct = new HashSet<>();
    for (int id = 0; id < d.size(); id++) {
      Object entry;
      switch (d.column().type().kind().storage()) {
        case LONG: entry = d.longAt(id); break;
        case DOUBLE: entry = d.doubleAt(id); break;
        default: entry = d.objectAt(id);
      }
      entries.add(entry);
      distinct.add(entry);
    }
    assertThat(distinct).hasSameSizeAs(entries);
    return entries;
  }

  /** The same file with the encoding statistics removed from its footer (as DuckDB writes). */
  static Path withoutEncodingStats(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN)
        .getInt();
    int start = bytes.length - 8 - length;
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        chunk.getMeta_data().unsetEncoding_stats();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, start);
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    Util.writeFileMetaData(footer, encoded);
    encoded.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(encoded.size())
        .array());
    out.write(new byte[] {'P', 'A', 'R', '1'});
    return Files.write(path.resolveSibling("nostats-" + path.getFileName()), out.toByteArray());
  }
}
