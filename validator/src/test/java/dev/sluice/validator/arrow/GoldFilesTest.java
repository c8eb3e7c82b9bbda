package dev.sluice.validator.arrow;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.testing.DataFileScans.Cell;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Arrow integration gold files (IPC file and stream of the same data, written by Arrow C++ and
 * Java): each opens and scans, both formats give identical vectors, and the values are those of
 * the expected JSON.
 */
class GoldFilesTest {
  /** Files whose every column the JSON oracle covers. */
  @ParameterizedTest
  @ValueSource(strings = {
      "1.0.0-littleendian/generated_primitive", "1.0.0-littleendian/generated_primitive_large_offsets",
      "1.0.0-littleendian/generated_primitive_no_batches",
      "1.0.0-littleendian/generated_primitive_zerolength", "1.0.0-littleendian/generated_nested",
      "1.0.0-littleendian/generated_nested_large_offsets",
      "1.0.0-littleendian/generated_recursive_nested", "1.0.0-littleendian/generated_dictionary",
      "1.0.0-littleendian/generated_dictionary_unsigned",
      "1.0.0-littleendian/generated_nested_dictionary", "1.0.0-littleendian/generated_datetime",
      "1.0.0-littleendian/generated_custom_metadata", "1.0.0-littleendian/generated_map",
      "1.0.0-littleendian/generated_null", "1.0.0-littleendian/generated_null_trivial",
      "1.0.0-littleendian/generated_interval", "1.0.0-littleendian/generated_duplicate_fieldnames",
      "2.0.0-compression/generated_lz4", "2.0.0-compression/generated_zstd",
      "2.0.0-compression/generated_uncompressible_lz4",
      "2.0.0-compression/generated_uncompressible_zstd", "4.0.0-shareddict/generated_shared_dict",
      "cpp-21.0.0/generated_decimal", "cpp-21.0.0/generated_decimal256",
      "cpp-21.0.0/generated_large_binary", "cpp-21.0.0/generated_duration",
      "cpp-21.0.0/generated_map_non_canonical"})
  void matchesTheExpectedJsonInBothFormats(String name) throws Exception {
    Map<String, List<Cell>> expected =
        IntegrationJson.expected(ArrowScans.resource("integration/" + name + ".json.gz"));
    for (String suffix : List.of(".arrow_file", ".stream")) {
      for (int batchRows : new int[] {1, 7, 8192}) {
        try (ArrowDataFile file = ArrowScans.open("integration/" + name + suffix)) {
          Map<String, List<Cell>> cells = ArrowScans.scanAll(file, batchRows);
          if (expected.isEmpty()) { // no batches: the JSON names no column
            assertThat(file.columns()).isNotEmpty();
            assertThat(cells.values()).allSatisfy(c -> assertThat(c).isEmpty());
          } else {
            assertThat(file.columns().keySet()).as(name).containsExactlyElementsOf(expected.keySet());
            assertThat(cells).as(name + suffix).isEqualTo(expected);
          }
          file.close();
          assertThat(file.leakedAtClose()).isZero();
        }
      }
    }
  }

  /** Layouts the oracle does not model: views, list views, run-end encoding, unions, extensions. */
  @ParameterizedTest
  @ValueSource(strings = {"cpp-21.0.0/generated_binary_view", "cpp-21.0.0/generated_list_view",
      "cpp-21.0.0/generated_run_end_encoded", "1.0.0-littleendian/generated_union",
      "1.0.0-littleendian/generated_extension"})
  void readsOtherLayoutsIdenticallyFromFileAndStream(String name) throws Exception {
    try (ArrowDataFile file = ArrowScans.open("integration/" + name + ".arrow_file");
        ArrowDataFile stream = ArrowScans.open("integration/" + name + ".stream")) {
      Map<String, List<Cell>> cells = ArrowScans.scanAll(file, 5);
      assertThat(cells).isNotEmpty();
      assertThat(ArrowScans.scanAll(stream, 3)).isEqualTo(cells);
      assertThat(stream.columns()).isEqualTo(file.columns());
    }
  }

  @Test
  void mapsDatetimeTypesWithTheirUnits() throws Exception {
    try (ArrowDataFile file = ArrowScans.open("integration/1.0.0-littleendian/generated_datetime.stream")) {
      Map<String, ColumnInfo> columns = file.columns();
      assertThat(columns.values()).extracting(c -> c.type().kind()).contains(Kind.DATE, Kind.TIME,
          Kind.TIMESTAMP);
      for (ColumnInfo c : columns.values()) {
        if (c.type().kind() == Kind.TIMESTAMP) {
          assertThat(c.type().utc()).as(c.formatType()).isEqualTo(!c.formatType().endsWith("null)"));
          assertThat(c.type().unit()).isNotEqualTo(ValueType.TimeUnit.NONE);
        }
      }
    }
  }

  @Test
  void readsCustomMetadataAndCompressedBatches() throws Exception {
    try (ArrowDataFile file = ArrowScans.open("integration/1.0.0-littleendian/generated_custom_metadata.arrow_file")) {
      assertThat(file.keyValueMetadata()).isNotEmpty();
    }
    try (ArrowDataFile file = ArrowScans.open("integration/2.0.0-compression/generated_zstd.arrow_file")) {
      assertThat(file.rowCount()).isPositive();
    }
  }

  @Test
  void readsRunEndEncodedAndViewValues() throws Exception {
    try (ArrowDataFile file = ArrowScans.open("integration/cpp-21.0.0/generated_run_end_encoded.stream")) {
      Map<String, List<Cell>> cells = ArrowScans.scanAll(file, 4);
      assertThat(cells.values()).allSatisfy(c -> assertThat(c).hasSize((int) file.rowCount()));
    }
    try (ArrowDataFile file = ArrowScans.open("integration/cpp-21.0.0/generated_binary_view.arrow_file")) {
      assertThat(file.columns().values()).extracting(c -> c.type().kind())
          .containsExactlyInAnyOrder(Kind.BINARY, Kind.STRING);
    }
  }
}
