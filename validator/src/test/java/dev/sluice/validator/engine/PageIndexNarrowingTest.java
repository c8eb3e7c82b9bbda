package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.InlineContract;
import dev.sluice.validator.testing.ParquetFixture;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A range or null check whose row-group statistics do not settle it narrows to the pages the
 * page index cannot clear (CONTRACT-SEMANTICS.md: "a bound that fails narrows to the page index
 * and then to decoding the pages concerned"): only those pages are decoded, and the counts,
 * samples and rejected rows are those of decoding everything.
 */
class PageIndexNarrowingTest {
  private static final int ROWS = 10_000;
  private static final int PAGE_ROWS = 500;
  /** Rows whose quantity is out of range: all in page 14 (rows 7000-7499). */
  private static final int BAD_FROM = 7_010;
  private static final int BAD_TO = 7_060;
  /** Rows whose quantity is null: all in page 3 (rows 1500-1999). */
  private static final int NULL_EVERY = 50;

  @TempDir Path dir;
  private Path data;
  private Contract contract;

  @BeforeEach
  void write() throws Exception {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      Integer quantity = i % 100;
      if (i >= BAD_FROM && i < BAD_TO) {
        quantity = 1000 + i;
      } else if (i >= 1500 && i < 2000 && i % NULL_EVERY == 0) {
        quantity = null;
      }
      rows.add(quantity == null ? ParquetFixture.row("id", (long) i + 1)
          : ParquetFixture.row("id", (long) i + 1, "quantity", quantity));
    }
    data = ParquetFixture.schema("message orders { required int64 id; optional int32 quantity; }")
        .rows(rows).pageRows(PAGE_ROWS).dictionary(false).write(dir.resolve("orders.parquet"));
    contract = InlineContract.of(dir, "orders",
        "      - name: id",
        "        logicalType: integer",
        "        required: true",
        "        logicalTypeOptions: {minimum: 1}",
        "      - name: quantity",
        "        logicalType: integer",
        "        required: true",
        "        logicalTypeOptions: {minimum: 0, maximum: 99}");
  }

  @Test
  void thePageIndexNamesEachPageWithItsRowsAndExactStatistics() throws Exception {
    try (DataFile file = DataFiles.open(data)) {
      List<PageFacts> pages = file.pageIndex(0, "quantity").orElseThrow();
      assertThat(pages).hasSize(ROWS / PAGE_ROWS);
      assertThat(pages.get(14).firstRow()).isEqualTo(7_000);
      assertThat(pages.get(14).rowCount()).isEqualTo(PAGE_ROWS);
      assertThat(pages.get(14).stats().max()).isEqualTo((long) 1000 + BAD_TO - 1);
      assertThat(pages.get(3).stats().nullCount()).isEqualTo(500 / NULL_EVERY);
      assertThat(pages.get(2).stats().nullCount()).isZero();
      assertThat(pages.get(2).stats().max()).isEqualTo(99L);
    }
  }

  @Test
  void countsAndSamplesAreThoseOfDecodingEveryPage() throws Exception {
    ValidationReport narrowed = Validator.of(contract).validate(List.of(data));
    ValidationReport whole = Validator.of(contract,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false)).validate(List.of(data));
    assertThat(failed(narrowed, "maximum")).isEqualTo(BAD_TO - BAD_FROM);
    assertThat(failed(narrowed, "required")).isEqualTo(500 / NULL_EVERY);
    for (int i = 0; i < whole.checks().size(); i++) {
      CheckResult a = narrowed.checks().get(i);
      CheckResult b = whole.checks().get(i);
      assertThat(a.failedRows()).as(a.id()).isEqualTo(b.failedRows());
      assertThat(a.samples()).as(a.id()).isEqualTo(b.samples());
      assertThat(a.status()).as(a.id()).isEqualTo(b.status());
    }
  }

  @Test
  void pagesTheIndexClearsAreNeverDecoded() throws Exception {
    corruptBodyOfPage(data, "quantity", 0); // the page of rows 0-499 passes every check
    ValidationReport narrowed = Validator.of(contract).validate(List.of(data));
    assertThat(failed(narrowed, "maximum")).isEqualTo(BAD_TO - BAD_FROM);
    assertThat(failed(narrowed, "required")).isEqualTo(500 / NULL_EVERY);
    assertThatThrownBy(() -> Validator.of(contract,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false)).validate(List.of(data)))
        .isInstanceOf(DataProblem.class).hasMessageContaining("column quantity");
  }

  @Test
  void aCheckEveryPageClearsIsSettledFromMetadata() throws Exception {
    ValidationReport report = Validator.of(contract).validate(List.of(data));
    CheckResult minimum = check(report, "quantity", "minimum");
    assertThat(minimum.failedRows()).isZero();
    assertThat(minimum.fromMetadata()).isTrue();
    assertThat(check(report, "quantity", "maximum").fromMetadata()).isFalse();
  }

  @Test
  void theQuarantineRejectsTheSameRowsEitherWay() throws Exception {
    Validator.QuarantineResult narrowed = Validator.of(contract)
        .quarantine(List.of(data), dir.resolve("narrowed"));
    Validator.QuarantineResult whole = Validator.of(contract,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false))
        .quarantine(List.of(data), dir.resolve("whole"));
    long rejected = narrowed.split().outputs().get(0).rejectedRows();
    assertThat(rejected).isEqualTo(BAD_TO - BAD_FROM + 500 / NULL_EVERY);
    assertThat(whole.split().outputs().get(0).rejectedRows()).isEqualTo(rejected);
    assertThat(ids(narrowed.split().outputs().get(0).rejected()))
        .isEqualTo(ids(whole.split().outputs().get(0).rejected()))
        .contains((long) BAD_FROM + 1, (long) 1501);
  }

  private static List<Object> ids(Path parquet) throws Exception {
    try (DataFile file = DataFiles.open(parquet)) {
      return DataFileScans.values(DataFileScans.scanAll(file, 64).get("id"));
    }
  }

  @Test
  void aFileFromAnotherWriterGivesTheSameCountsNarrowed() throws Exception {
    Path file = Path.of("src/test/resources/parquet-testing/data/alltypes_tiny_pages.parquet");
    try (DataFile data = DataFiles.open(file)) {
      assertThat(data.pageIndex(0, "id").orElseThrow()).hasSizeGreaterThan(10);
    }
    Contract tiny = InlineContract.of(dir, "alltypes_tiny_pages",
        "      - name: id",
        "        logicalType: integer",
        "        logicalTypeOptions: {minimum: 100, maximum: 7000}",
        "      - name: bigint_col",
        "        logicalType: integer",
        "        required: true",
        "        logicalTypeOptions: {maximum: 80}",
        "      - name: month",
        "        logicalType: integer",
        "        logicalTypeOptions: {minimum: 2}");
    ValidationReport narrowed = Validator.of(tiny).validate(List.of(file));
    ValidationReport whole = Validator.of(tiny,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false)).validate(List.of(file));
    assertThat(check(narrowed, "id", "minimum").failedRows()).isEqualTo(100);
    assertThat(check(narrowed, "id", "maximum").failedRows()).isEqualTo(299);
    for (int i = 0; i < whole.checks().size(); i++) {
      CheckResult a = narrowed.checks().get(i);
      CheckResult b = whole.checks().get(i);
      assertThat(a.failedRows()).as(a.id()).isEqualTo(b.failedRows());
      assertThat(a.samples()).as(a.id()).isEqualTo(b.samples());
    }
  }

  private static long failed(ValidationReport report, String kind) {
    return check(report, "quantity", kind).failedRows();
  }

  private static CheckResult check(ValidationReport report, String property, String kind) {
    return report.checks().stream()
        .filter(c -> property.equals(c.property()) && c.kind().name().equalsIgnoreCase(kind))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " check on " + property
            + " in " + report.checks()));
  }

  /** Overwrites the last bytes of a page's body, leaving its header readable. */
  private static void corruptBodyOfPage(Path file, String column, int page) throws Exception {
    long at;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
        ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
      ColumnChunkMetaData chunk = reader.getFooter().getBlocks().get(0).getColumns().stream()
          .filter(c -> c.getPath().toDotString().equals(column)).findFirst().orElseThrow();
      OffsetIndex index = reader.readOffsetIndex(chunk);
      at = index.getOffset(page) + index.getCompressedPageSize(page) - 8;
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(at);
      raf.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 1, 2, 3, 4});
    }
  }
}
