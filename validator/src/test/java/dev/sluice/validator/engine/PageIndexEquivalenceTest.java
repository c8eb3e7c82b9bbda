package dev.sluice.validator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.parquet.PlainCodecFactory;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.InlineContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ParquetProperties.WriterVersion;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.format.OffsetIndex;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.internal.hadoop.metadata.IndexReference;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page-index narrowing gives what decoding everything gives: on v1 and v2 pages, dictionary on
 * and off, a leaf under an optional group (definition level 2), all-null pages, several row
 * groups on several threads, strings narrowed by their null pages; and when the file's offset
 * index disagrees with its pages or its column index cannot be read (then it is not used).
 */
class PageIndexEquivalenceTest {
  private static final int ROWS = 20_000;

  @TempDir Path dir;

  private Path write(String name, WriterVersion version, boolean dictionary) throws Exception {
    MessageType schema = MessageTypeParser.parseMessageType("message t { required int64 id;"
        + " optional group g { optional int32 v; } optional int64 q; optional binary s (STRING); }");
    Path file = dir.resolve(name);
    SimpleGroupFactory factory = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withType(schema)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withWriterVersion(version)
        .withRowGroupRowCountLimit(7_000)
        .withPageRowCountLimit(500)
        .withMinRowCountForPageSizeCheck(1)
        .withDictionaryEncoding(dictionary)
        .withPageWriteChecksumEnabled(true)
        .build()) {
      for (int i = 0; i < ROWS; i++) {
        Group row = factory.newGroup();
        row.add("id", (long) i + 1);
        boolean gNull = (i >= 3_000 && i < 4_200) || (i >= 16_020 && i < 16_030); // null g
        if (!gNull) {
          Group g = row.addGroup("g");
          boolean vNull = (i >= 9_000 && i < 9_500) || i == 13_333;
          if (!vNull) {
            g.add("v", (i >= 12_340 && i < 12_360) || i == 19_999 ? 500 + i % 7 : i % 100);
          }
        }
        if (!(i >= 15_000 && i < 16_000)) { // pages of null q
          long q = i % 1000;
          if (i == 2_222 || i == 7_000 || (i >= 18_100 && i < 18_105)) {
            q = -i;
          }
          row.add("q", q);
        }
        if (!(i >= 5_000 && i < 6_500) && i % 211 != 0) {
          row.add("s", (i >= 10_100 && i < 10_110) || i == 6_999 ? "Bad" + i : "ok" + (i % 13));
        }
        writer.write(row);
      }
    }
    return file;
  }

  private Contract contract() throws Exception {
    return InlineContract.of(dir, "t",
        "      - name: id",
        "        logicalType: integer",
        "        required: true",
        "        logicalTypeOptions: {minimum: 1, maximum: 19000}",
        "      - name: g",
        "        logicalType: object",
        "        properties:",
        "          - name: v",
        "            logicalType: integer",
        "            required: true",
        "            logicalTypeOptions: {minimum: 0, maximum: 99}",
        "      - name: q",
        "        logicalType: integer",
        "        logicalTypeOptions: {minimum: 0}",
        "      - name: s",
        "        logicalType: string",
        "        logicalTypeOptions: {pattern: '^[a-z0-9]+$', maxLength: 8}");
  }

  @ParameterizedTest
  @CsvSource({"PARQUET_1_0,true", "PARQUET_1_0,false", "PARQUET_2_0,true", "PARQUET_2_0,false"})
  void narrowedEqualsWholeOnEveryPageKind(WriterVersion version, boolean dictionary)
      throws Exception {
    Path data = write("t.parquet", version, dictionary);
    try (DataFile file = DataFiles.open(data)) {
      List<PageFacts> pages = file.pageIndex(0, "g.v").orElseThrow();
      assertThat(pages).hasSizeGreaterThan(5);
      assertThat(pages.stream().filter(p -> p.stats().nullCount() == p.rowCount())).isNotEmpty();
      assertThat(pages.stream().filter(p -> p.stats().nullCount() == 0)).isNotEmpty();
      assertThat(file.pageIndex(0, "s").orElseThrow().stream()
          .filter(p -> p.stats().nullCount() == p.rowCount())).isNotEmpty();
    }
    Contract contract = contract();
    for (int batch : new int[] {7, 8192}) {
      ValidationOptions on = ValidationOptions.DEFAULTS.withBatchRows(batch).withThreads(3);
      ValidationReport narrowed = Validator.of(contract, on).validate(List.of(data));
      ValidationReport whole = Validator.of(contract, on.withMetadataShortcuts(false))
          .validate(List.of(data));
      assertSame(narrowed, whole);
      Validator.QuarantineResult qn = Validator.of(contract, on)
          .quarantine(List.of(data), dir.resolve("n" + batch));
      Validator.QuarantineResult qw = Validator.of(contract, on.withMetadataShortcuts(false))
          .quarantine(List.of(data), dir.resolve("w" + batch));
      assertSame(qn.report(), qw.report());
      assertThat(qn.split().outputs().get(0).rejectedRows())
          .isEqualTo(qw.split().outputs().get(0).rejectedRows()).isPositive();
      assertThat(ids(qn.split().outputs().get(0).rejected()))
          .isEqualTo(ids(qw.split().outputs().get(0).rejected()));
    }
  }

  /**
   * An offset index whose first rows disagree with the data pages (page 5 of {@code q} said to
   * start one row late): the page index is wrong, the data are not, and decoding everything
   * reads them. Narrowing should then read the chunk whole too and give the same report; it
   * fails the file instead ("the page index does not match the pages").
   */
  @ParameterizedTest
  @CsvSource({"PARQUET_1_0", "PARQUET_2_0"})
  void anOffsetIndexThatDisagreesWithThePagesGivesTheReportOfDecodingEverything(
      WriterVersion version) throws Exception {
    Path data = write("t.parquet", version, false);
    shiftFirstRowOfPage(data, "q", 5, 1); // rows 2500-2999 said to start at 2501
    Contract contract = contract();
    ValidationReport whole = Validator.of(contract,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false)).validate(List.of(data));
    ValidationReport narrowed = Validator.of(contract).validate(List.of(data));
    assertSame(narrowed, whole);
  }

  /**
   * A column index that cannot be parsed (its first byte a Thrift STOP: a struct without its
   * required fields). Decoding everything never reads it; narrowing should then read the chunk
   * whole ("empty when the file has none for the chunk (or it is inconsistent)"), but the file
   * fails ("cannot read the page index").
   */
  @ParameterizedTest
  @CsvSource({"PARQUET_1_0"})
  void anUnreadableColumnIndexGivesTheReportOfDecodingEverything(WriterVersion version)
      throws Exception {
    Path data = write("t.parquet", version, false);
    IndexReference ref;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(data),
        ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
      ref = reader.getFooter().getBlocks().get(0).getColumns().stream()
          .filter(c -> c.getPath().toDotString().equals("q")).findFirst().orElseThrow()
          .getColumnIndexReference();
    }
    try (RandomAccessFile raf = new RandomAccessFile(data.toFile(), "rw")) {
      raf.seek(ref.getOffset());
      raf.write(0);
    }
    Contract contract = contract();
    ValidationReport whole = Validator.of(contract,
        ValidationOptions.DEFAULTS.withMetadataShortcuts(false)).validate(List.of(data));
    ValidationReport narrowed = Validator.of(contract).validate(List.of(data));
    assertSame(narrowed, whole);
  }

  private static void assertSame(ValidationReport a, ValidationReport b) {
    assertThat(a.checks()).hasSameSizeAs(b.checks());
    for (int i = 0; i < b.checks().size(); i++) {
      CheckResult x = a.checks().get(i);
      CheckResult y = b.checks().get(i);
      assertThat(x.id()).isEqualTo(y.id());
      assertThat(x.failedRows()).as(x.id()).isEqualTo(y.failedRows());
      assertThat(x.samples()).as(x.id()).isEqualTo(y.samples());
      assertThat(x.status()).as(x.id()).isEqualTo(y.status());
    }
  }

  private static List<Object> ids(Path parquet) throws Exception {
    try (DataFile file = DataFiles.open(parquet)) {
      return DataFileScans.values(DataFileScans.scanAll(file, 64).get("id"));
    }
  }

  /** Rewrites, in place, the first row of one page in the offset index of row group 0. */
  private static void shiftFirstRowOfPage(Path file, String column, int page, int by)
      throws Exception {
    IndexReference ref;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
        ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
      ColumnChunkMetaData chunk = reader.getFooter().getBlocks().get(0).getColumns().stream()
          .filter(c -> c.getPath().toDotString().equals(column)).findFirst().orElseThrow();
      ref = chunk.getOffsetIndexReference();
    }
    byte[] bytes = new byte[ref.getLength()];
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(ref.getOffset());
      raf.readFully(bytes);
      OffsetIndex index = Util.readOffsetIndex(new ByteArrayInputStream(bytes));
      var location = index.getPage_locations().get(page);
      location.setFirst_row_index(location.getFirst_row_index() + by);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Util.writeOffsetIndex(index, out);
      assertThat(out.size()).isEqualTo(bytes.length); // same varint widths
      raf.seek(ref.getOffset());
      raf.write(out.toByteArray());
    }
  }
}
