package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static dev.sluice.validator.testing.ParquetFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.TimeUnit;
import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.testing.ParquetFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files written by {@link ParquetFixture}: every type, codec and layout reads back exactly. */
class FixtureRoundTripTest {
  private static final String ALL_TYPES = "message m {"
      + " required int64 id; optional int32 i8 (INTEGER(8,true)); optional int32 u32 (INTEGER(32,false));"
      + " optional boolean b; optional float f; optional double d;"
      + " optional int32 dec32 (DECIMAL(9,2)); optional int64 dec64 (DECIMAL(18,3));"
      + " optional fixed_len_byte_array(16) decfix (DECIMAL(30,4)); optional binary decbin (DECIMAL(20,1));"
      + " optional binary s (STRING); optional binary raw; optional fixed_len_byte_array(16) u (UUID);"
      + " optional int32 day (DATE); optional int32 tms (TIME(MILLIS,true));"
      + " optional int64 tus (TIME(MICROS,true)); optional int64 ts (TIMESTAMP(NANOS,false));"
      + " optional int64 legacy (TIMESTAMP_MILLIS); }";

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"UNCOMPRESSED,true", "SNAPPY,false", "GZIP,true", "ZSTD,false", "LZ4_RAW,true"})
  void roundTripsEveryTypeInEveryCodec(CompressionCodecName codec, boolean dictionary)
      throws Exception {
    ParquetFixture fixture = ParquetFixture.schema(ALL_TYPES).codec(codec)
        .dictionary(dictionary).rowsPerGroup(40).pageRows(7).metadata("lineage", "x");
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    for (int i = 0; i < 100; i++) {
      fixture.row(i % 10 == 3 ? row("id", (long) i) : row("id", (long) i, "i8", i % 100 - 50,
          "u32", -1, "b", i % 2 == 0, "f", 1.5f, "d", i / 4.0, "dec32", new BigDecimal("-1.25"),
          "dec64", BigDecimal.valueOf(i, 3), "decfix", new BigDecimal("-12345678901234.5678"),
          "decbin", new BigDecimal("99.9"), "s", "s" + i % 3, "raw", new byte[] {1, (byte) i},
          "u", uuid, "day", LocalDate.of(2024, 2, 29), "tms", 1000, "tus", 2000L, "ts", -5L,
          "legacy", 1_700_000_000_000L));
    }
    try (ParquetDataFile file = ParquetDataFile.open(fixture.write(dir.resolve("t")), "t")) {
      assertThat(file.rowGroups()).hasSize(3);
      assertThat(file.keyValueMetadata()).containsEntry("lineage", "x");
      checkTypes(file);
      Map<String, List<Cell>> cells = Scans.scanAll(file, 9);
      List<Object> row5 = cells.values().stream().map(l -> l.get(5).value()).toList();
      assertThat(row5).containsExactly(5L, -45L, 4294967295L, 0L, 1.5, 1.25,
          new BigDecimal("-1.25"), new BigDecimal("0.005"), new BigDecimal("-12345678901234.5678"),
          new BigDecimal("99.9"), "s2", "0105", uuid.toString(), 19782L, 1000L, 2000L, -5L,
          1_700_000_000_000L);
      assertThat(cells.get("s").get(3).value()).isNull();
      checkStats(file);
    }
  }

  private static void checkTypes(ParquetDataFile file) {
    assertThat(file.columns().get("u32").type().kind()).isEqualTo(Kind.INTEGER);
    assertThat(file.columns().get("decfix").type()).isEqualTo(ValueType.decimal(4));
    assertThat(file.columns().get("u").type().kind()).isEqualTo(Kind.STRING);
    assertThat(file.columns().get("raw").type().kind()).isEqualTo(Kind.BINARY);
    assertThat(file.columns().get("tms").type()).isEqualTo(ValueType.time(TimeUnit.MILLIS));
    assertThat(file.columns().get("ts").type()).isEqualTo(ValueType.timestamp(TimeUnit.NANOS, false));
    assertThat(file.columns().get("legacy").type())
        .isEqualTo(ValueType.timestamp(TimeUnit.MILLIS, true));
    assertThat(file.columns().get("ts").formatType()).isEqualTo("INT64 TIMESTAMP(NANOS,false)");
  }

  private static void checkStats(ParquetDataFile file) {
    ChunkStats id = file.rowGroups().get(1).stats("id");
    assertThat(id).isEqualTo(new ChunkStats(0, 40L, 79L, 40));
    assertThat(file.rowGroups().get(0).stats("i8").nullCount()).isEqualTo(4);
    assertThat(file.rowGroups().get(0).stats("dec64").min()).isEqualTo(new BigDecimal("0.000"));
    for (String noRange : List.of("u32", "f", "d", "s", "raw", "decfix", "decbin", "b")) {
      assertThat(file.rowGroups().get(0).stats(noRange).hasRange()).as(noRange).isFalse();
    }
  }

  @Test
  void emitsOneNullForANullListAndNothingForAnEmptyList() throws Exception {
    Path path = ParquetFixture.schema("message m { required int32 id;"
        + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
        + " optional group lines (LIST) { repeated group list { optional group element {"
        + " optional binary sku (STRING); } } } }")
        .row(row("id", 0, "tags", List.of("a", "b")))
        .row(row("id", 1))
        .row(row("id", 2, "tags", List.of()))
        .row(row("id", 3, "tags", Arrays.asList("c", null),
            "lines", List.of(Map.of("sku", "k1"), Map.of())))
        .write(dir.resolve("lists"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "lists")) {
      assertThat(file.columns().keySet()).containsExactly("id", "tags[]", "lines[].sku");
      Map<String, List<Cell>> cells = Scans.scanAll(file, 2);
      assertThat(cells.get("tags[]")).containsExactly(new Cell(0, "a"), new Cell(0, "b"),
          new Cell(1, null), new Cell(3, "c"), new Cell(3, null));
      assertThat(cells.get("lines[].sku")).containsExactly(new Cell(0, null), new Cell(1, null),
          new Cell(2, null), new Cell(3, "k1"), new Cell(3, null));
      assertThat(file.rowGroups().get(0).stats()).containsOnlyKeys("id");
    }
  }

  @Test
  void namesMapColumnsAndScansOnlyRequestedColumns() throws Exception {
    Path path = ParquetFixture.schema("message m { required int32 id; optional group m (MAP) {"
        + " repeated group key_value { required binary key (STRING); optional int64 value; } } }")
        .row(row("id", 1, "m", Map.of("k", 5L))).row(row("id", 2))
        .write(dir.resolve("map"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "map")) {
      assertThat(file.columns().keySet()).containsExactly("id", "m{}.key", "m{}.value");
      assertThat(file.columns().get("m{}.value").repeated()).isTrue();
      Map<String, List<Cell>> only = Scans.scan(file, Set.of("m{}.value"), 10);
      assertThat(only).containsOnlyKeys("m{}.value");
      assertThat(only.get("m{}.value")).containsExactly(new Cell(0, 5L), new Cell(1, null));
      assertThat(Scans.scan(file, Set.of(), 1)).isEmpty();
    }
  }

  @Test
  void failsOnUint64BeyondTheSignedRange() throws Exception {
    Path path = ParquetFixture.schema("message m { required int64 n (INTEGER(64,false)); }")
        .row(row("n", 7L)).row(row("n", -1L)).write(dir.resolve("u64"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "u64")) {
      assertThat(file.rowGroups().get(0).stats("n").hasRange()).isFalse();
      assertThatThrownBy(() -> Scans.scanAll(file, 10)).isInstanceOf(DataProblem.class)
          .hasMessage("u64: row group 0, column n: UINT_64 value 18446744073709551615 does not"
              + " fit a signed 64-bit integer");
    }
  }
}
