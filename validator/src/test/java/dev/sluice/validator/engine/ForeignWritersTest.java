package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.Fundamentals;
import dev.sluice.contracts.model.LogicalTypeOptions;
import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files from other writers (parquet-testing): a contract that covers every flat column with
 * required, unique, a range and a length gives identical exact counts with metadata shortcuts on
 * and off, and the required counts equal the nulls found by decoding.
 */
class ForeignWritersTest {
  private static final Path DATA = Path.of("src/test/resources/parquet-testing/data");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alltypes_plain.parquet", "alltypes_dictionary.parquet",
      "alltypes_tiny_pages.parquet", "datapage_v2.snappy.parquet", "delta_binary_packed.parquet",
      "delta_encoding_optional_column.parquet", "int32_decimal.parquet", "int64_decimal.parquet",
      "byte_array_decimal.parquet", "fixed_length_decimal.parquet", "int96_from_spark.parquet",
      "nulls.snappy.parquet", "lz4_raw_compressed.parquet", "byte_stream_split.zstd.parquet",
      "plain-dict-uncompressed-checksum.parquet", "dict-page-offset-zero.parquet",
      "list_columns.parquet", "nullable.impala.parquet"})
  void countsAreIdenticalWithAndWithoutShortcuts(String name) throws Exception {
    Path file = DATA.resolve(name);
    Contract contract = contractCovering(file);
    ValidationReport fast = Validator.of(contract).validate(List.of(file));
    ValidationReport slow = Validator.of(contract, ValidationOptions.DEFAULTS.withMetadataShortcuts(false))
        .validate(List.of(file));

    assertThat(fast.checks()).hasSameSizeAs(slow.checks());
    for (int i = 0; i < fast.checks().size(); i++) {
      CheckResult a = fast.checks().get(i);
      CheckResult b = slow.checks().get(i);
      assertThat(a.failedRows()).as(a.id() + ": " + a.message()).isEqualTo(b.failedRows());
      assertThat(a.status()).as(a.id()).isEqualTo(b.status());
      assertThat(a.status()).as(a.id() + " could be evaluated").isNotEqualTo(Status.ERROR);
    }
    assertThat(slow.checks()).filteredOn(c -> c.kind() == CheckKind.REQUIRED)
        .allMatch(c -> !c.fromMetadata(), "decoded without shortcuts");
  }

  @org.junit.jupiter.api.Test
  void statisticsSettleChecksWhereTheyAreExact() throws Exception {
    Path file = DATA.resolve("alltypes_tiny_pages.parquet");
    ValidationReport report = Validator.of(contractCovering(file)).validate(List.of(file));
    assertThat(report.checks()).filteredOn(CheckResult::fromMetadata)
        .extracting(CheckResult::kind).contains(CheckKind.REQUIRED, CheckKind.MINIMUM);
    assertThat(report.checks()).filteredOn(c -> c.kind() == CheckKind.UNIQUE)
        .noneMatch(CheckResult::fromMetadata);
  }

  private static Contract contractCovering(Path file) throws Exception {
    List<FieldSpec> fields = new ArrayList<>();
    try (DataFile data = DataFiles.open(file)) {
      for (ColumnInfo column : data.columns().values()) {
        if (!column.path().contains(".") && !column.path().contains("[")
            && column.type().kind() != Kind.UNSUPPORTED) {
          fields.add(field(column));
        }
      }
    }
    DatasetSpec object = new DatasetSpec("t", null, null, null, fields, List.of(), List.of(), List.of());
    Fundamentals f = new Fundamentals("v3.1.0", "DataContract", "foreign", null, "1.0.0", "active",
        null, null, null, null, List.of());
    return new Contract(file.toString(), f, List.of(object), List.of(), List.of(), null, List.of(), List.of());
  }

  private static FieldSpec field(ColumnInfo column) {
    Kind kind = column.type().kind();
    boolean numeric = kind == Kind.INTEGER || kind == Kind.FLOAT || kind == Kind.DECIMAL;
    Bound lower = numeric ? new Bound(BigDecimal.ZERO, false) : kind == Kind.DATE || kind == Kind.TIMESTAMP
        ? new Bound("2009-03-01", false) : null;
    Integer maxLength = kind == Kind.STRING ? 5 : null;
    LogicalTypeOptions options = new LogicalTypeOptions(lower, null, null, maxLength, null, null, null, null, Map.of());
    boolean unique = kind == Kind.INTEGER || kind == Kind.STRING || kind == Kind.DECIMAL;
    return new FieldSpec(column.path(), null, null, null, null, true, unique, false, -1, null, options,
        List.of(), null, List.of(), List.of());
  }
}
