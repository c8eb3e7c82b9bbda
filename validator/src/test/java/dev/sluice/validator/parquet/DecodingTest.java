package dev.sluice.validator.parquet;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoded values of foreign files against known expectations. */
class DecodingTest {

  @ParameterizedTest
  @ValueSource(strings = {"delta_binary_packed", "delta_byte_array",
      "delta_encoding_optional_column", "delta_encoding_required_column"})
  void matchesTheExpectedCsvOfDeltaEncodedFiles(String name) throws Exception {
    List<String> lines = Files.readAllLines(Scans.resource("data/" + name + "_expect.csv"));
    String[] header = fields(lines.get(0));
    try (ParquetDataFile file = Scans.open("data/" + name + ".parquet")) {
      Map<String, List<Cell>> cells = Scans.scanAll(file, 33);
      for (int c = 0; c < header.length; c++) {
        // delta_encoding_required_column's writer named its columns with a trailing ':'
        List<Cell> column = cells.getOrDefault(header[c], cells.get(header[c] + ":"));
        assertThat(column).as(header[c]).hasSize(lines.size() - 1);
        for (int r = 1; r < lines.size(); r++) {
          String expected = fields(lines.get(r))[c];
          Object actual = column.get(r - 1).value();
          assertThat(actual == null ? "" : actual.toString()).as(header[c] + " row " + r)
              .isEqualTo(expected);
        }
      }
    }
  }

  /** A CSV line: quoted fields may hold commas; header names lose a BOM and spaces. */
  private static String[] fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.replace("\uFEFF", "").toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    out.add(field.toString().trim());
    return out.toArray(new String[0]);
  }

  @Test
  void readsSparkInt96AsMicrosIncludingOverflowedYears() throws Exception {
    try (ParquetDataFile file = Scans.open("data/int96_from_spark.parquet")) {
      assertThat(file.columns().get("a").type())
          .isEqualTo(ValueType.timestamp(ValueType.TimeUnit.MICROS, false));
      assertThat(Scans.values(Scans.scanAll(file, 4).get("a"))).containsExactly(
          1704141296123456L, 1704070800000000L, 253402225200000000L, 1735599600000000L, null,
          9089380393200000000L);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"int32_decimal", "int64_decimal", "byte_array_decimal",
      "fixed_length_decimal", "fixed_length_decimal_legacy"})
  void decodesDecimalsOnEveryPhysicalType(String name) throws Exception {
    try (ParquetDataFile file = Scans.open("data/" + name + ".parquet")) {
      assertThat(file.columns().get("value").type()).isEqualTo(ValueType.decimal(2));
      List<Object> expected = new ArrayList<>();
      for (int i = 1; i <= 24; i++) {
        expected.add(BigDecimal.valueOf(i * 100L, 2));
      }
      assertThat(Scans.values(Scans.scanAll(file, 5).get("value"))).isEqualTo(expected);
    }
  }

  @Test
  void mapsListsToRowsWithNullsAndEmptyLists() throws Exception {
    try (ParquetDataFile file = Scans.open("data/list_columns.parquet")) {
      ColumnInfo ints = file.columns().get("int64_list[]");
      assertThat(ints.repeated()).isTrue();
      assertThat(ints.nullable()).isTrue();
      Map<String, List<Cell>> cells = Scans.scanAll(file, 2);
      assertThat(cells.get("int64_list[]")).containsExactly(new Cell(0, 1L), new Cell(0, 2L),
          new Cell(0, 3L), new Cell(1, null), new Cell(1, 1L), new Cell(2, 4L));
      assertThat(Scans.values(cells.get("utf8_list[]")))
          .containsExactly("abc", "efg", "hij", null, "efg", null, "hij", "xyz");
    }
  }

  @Test
  void namesNestedListsMapsAndLegacyLayouts() throws Exception {
    assertThat(paths("data/old_list_structure.parquet")).containsExactly("a[][]");
    assertThat(paths("data/repeated_no_annotation.parquet"))
        .containsExactly("id", "phoneNumbers.phone[].number", "phoneNumbers.phone[].kind");
    assertThat(paths("data/map_no_value.parquet")).containsExactly(
        "my_map{}.key", "my_map{}.value", "my_map_no_v{}.key", "my_list[]");
    assertThat(paths("data/nulls.snappy.parquet")).containsExactly("b_struct.b_c_int");
    try (ParquetDataFile file = Scans.open("data/nested_structs.rust.parquet")) {
      assertThat(file.columns()).hasSize(216);
      assertThat(file.columns().keySet()).allMatch(p -> p.contains("."));
    }
  }

  @Test
  void readsANullStructAsNullValues() throws Exception {
    try (ParquetDataFile file = Scans.open("data/nulls.snappy.parquet")) {
      assertThat(Scans.values(Scans.scanAll(file, 3).get("b_struct.b_c_int")))
          .hasSize(8).containsOnlyNulls();
      assertThat(file.rowGroups().get(0).stats("b_struct.b_c_int").nullCount()).isEqualTo(8);
    }
  }

  @Test
  void widensFloat16KeepingSignedZerosAndNan() throws Exception {
    try (ParquetDataFile file = Scans.open("data/float16_nonzeros_and_nans.parquet")) {
      assertThat(file.columns().get("x").type().kind()).isEqualTo(Kind.FLOAT);
      assertThat(Scans.values(Scans.scanAll(file, 3).get("x")))
          .containsExactly(null, 1.0, -2.0, Double.NaN, 0.0, -1.0, -0.0, 2.0);
      assertThat(file.rowGroups().get(0).stats("x").hasRange()).isFalse();
    }
  }

  @Test
  void reportsUnknownLogicalTypesAsUnsupportedWithoutDecoding() throws Exception {
    try (ParquetDataFile file = Scans.open("data/unknown-logical-type.parquet")) {
      assertThat(file.columns().get("column with unknown type").type().kind())
          .isEqualTo(Kind.UNSUPPORTED);
      assertThat(file.columns().get("column with known type").type().kind())
          .isEqualTo(Kind.STRING);
    }
  }

  @Test
  void exposesFooterMetadata() throws Exception {
    try (ParquetDataFile file = Scans.open("data/alltypes_plain.parquet")) {
      assertThat(file.format()).isEqualTo("parquet");
      assertThat(file.rowCount()).isEqualTo(8);
      assertThat(file.createdBy()).hasValueSatisfying(v -> assertThat(v).startsWith("impala"));
      assertThat(file.topLevelNames()).startsWith("id", "bool_col").hasSize(11);
      assertThat(file.columns().get("timestamp_col").formatType()).isEqualTo("INT96");
      assertThat(Scans.values(Scans.scanAll(file, 3).get("timestamp_col")).get(6))
          .isEqualTo(1230768000000000L); // 2009-01-01T00:00 (Impala, local)
    }
    try (ParquetDataFile file = Scans.open("data/int96_from_spark.parquet")) {
      assertThat(file.keyValueMetadata()).containsKey("org.apache.spark.version");
    }
  }

  private static List<String> paths(String name) throws Exception {
    try (ParquetDataFile file = Scans.open(name)) {
      return new ArrayList<>(file.columns().keySet());
    }
  }

}
