package dev.sluice.validator.parquet;

import static dev.sluice.validator.parquet.RawParquet.concat;
import static dev.sluice.validator.parquet.RawParquet.hybrid;
import static dev.sluice.validator.parquet.RawParquet.ids;
import static dev.sluice.validator.parquet.RawParquet.plainInts;
import static dev.sluice.validator.parquet.RawParquet.v1Levels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.parquet.BulkEquivalenceTest.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.bitpacking.BitPackingValuesWriter;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.IndexPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-made pages no mainstream writer produces but the format allows: wide id bit widths,
 * deprecated BIT_PACKED levels, uncompressed v2 pages under a codec, index pages, dictionaries
 * without encoding statistics. The bulk path gives parquet-java's vectors.
 */
class RawPagesTest {
  /** Optional int32 x over 6 rows: 10, null, 30, 20, null, 10 (dictionary 10, 20, 30). */
  private static final int[] DEFS = {1, 0, 1, 1, 0, 1};
  private static final int[] IDS = {0, 2, 1, 0};

  @TempDir Path dir;

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {2, 5, 18, 24, 31, 32})
  void decodesDictionaryIdsWrittenWiderThanNeeded(int width) throws Exception {
    Path path = RawParquet.optionalInt32().rows(6)
        .dictionaryPage(3, plainInts(10, 20, 30))
        .dataPage(6, Encoding.RLE_DICTIONARY, concat(v1Levels(hybrid(1, DEFS)), ids(width, IDS)))
        .write(dir.resolve("wide.parquet"));
    Outcome bulk = BulkEquivalenceTest.assertSameScans(path, 1, 4, 100).get(2);
    assertThat(Scans.values(bulk.batches().get(0).columns().get("x")))
        .containsExactly(10L, null, 30L, 20L, null, 10L);
    assertThat(bulk.batches().get(0).dictionaries()).containsExactly("x");
  }

  @Test
  @SuppressWarnings("deprecation") // the point of the test
  void decodesDeprecatedBitPackedLevels() throws Exception {
    BitPackingValuesWriter levels = new BitPackingValuesWriter(1, 64, 1024,
        HeapByteBufferAllocator.getInstance());
    for (int d : DEFS) {
      levels.writeInteger(d);
    }
    PageHeader header = new PageHeader(PageType.DATA_PAGE, 0, 0).setData_page_header(
        new DataPageHeader(6, Encoding.PLAIN, Encoding.BIT_PACKED, Encoding.BIT_PACKED));
    byte[] body = concat(levels.getBytes().toByteArray(), plainInts(10, 30, 20, 10));
    Path path = RawParquet.optionalInt32().rows(6)
        .page(header.setUncompressed_page_size(body.length), body)
        .write(dir.resolve("bitpacked.parquet"));
    Outcome bulk = BulkEquivalenceTest.assertSameScans(path, 1, 4, 100).get(2);
    assertThat(Scans.values(bulk.batches().get(0).columns().get("x")))
        .containsExactly(10L, null, 30L, 20L, null, 10L);
  }

  @Test
  void readsUncompressedV2PagesUnderACodecAndSkipsIndexPages() throws Exception {
    PageHeader index = new PageHeader(PageType.INDEX_PAGE, 3, 3)
        .setIndex_page_header(new IndexPageHeader());
    Path path = RawParquet.optionalInt32().rows(6).codec(CompressionCodecName.SNAPPY)
        .dictionaryPage(3, plainInts(10, 20, 30))
        .page(index, new byte[] {1, 2, 3})
        .dataPageV2(3, Encoding.RLE_DICTIONARY, hybrid(1, 1, 0, 1), ids(2, 0, 2), false)
        .dataPageV2(3, Encoding.PLAIN, hybrid(1, 1, 0, 1), plainInts(20, 10), true)
        .write(dir.resolve("v2.parquet"));
    Outcome bulk = BulkEquivalenceTest.assertSameScans(path, 1, 2, 100).get(2);
    assertThat(Scans.values(bulk.batches().get(0).columns().get("x")))
        .containsExactly(10L, null, 30L, 20L, null, 10L);
    assertThat(bulk.batches().get(0).dictionaries()).isEmpty(); // the batch mixes encodings
  }

  @Test
  void provesADictionaryOnlyChunkFromItsPageHeadersWithoutEncodingStatistics() throws Exception {
    Path v1 = RawParquet.optionalInt32().rows(6)
        .dictionaryPage(3, plainInts(10, 20, 30))
        .dataPage(3, Encoding.PLAIN_DICTIONARY, concat(v1Levels(hybrid(1, 1, 0, 1)), ids(2, 0, 2)))
        .dataPage(3, Encoding.RLE_DICTIONARY, concat(v1Levels(hybrid(1, 1, 0, 1)), ids(2, 1, 0)))
        .write(dir.resolve("v1.parquet"));
    Path v2 = RawParquet.optionalInt32().rows(6).codec(CompressionCodecName.ZSTD)
        .dictionaryPage(3, plainInts(10, 20, 30))
        .dataPageV2(6, Encoding.RLE_DICTIONARY, hybrid(1, DEFS), ids(2, IDS), true)
        .write(dir.resolve("v2.parquet"));
    Path fellBack = RawParquet.optionalInt32().rows(6)
        .dictionaryPage(3, plainInts(10, 20, 30))
        .dataPage(3, Encoding.RLE_DICTIONARY, concat(v1Levels(hybrid(1, 1, 0, 1)), ids(2, 0, 2)))
        .dataPage(3, Encoding.PLAIN, concat(v1Levels(hybrid(1, 1, 0, 1)), plainInts(20, 10)))
        .write(dir.resolve("fellback.parquet"));
    for (Path path : List.of(v1, v2)) {
      BulkEquivalenceTest.assertSameScans(path, 2, 100);
      try (ParquetDataFile file = ParquetDataFile.open(path, "raw")) {
        assertThat(file.footer().metadata().getBlocks().get(0).getColumns().get(0)
            .getEncodingStats()).isNull();
        Optional<ColumnDictionary> dictionary = file.dictionaryOnly(0, "x");
        assertThat(dictionary).isPresent();
        assertThat(dictionary.get().size()).isEqualTo(3);
        assertThat(dictionary.get().longAt(2)).isEqualTo(30L);
      }
    }
    try (ParquetDataFile file = ParquetDataFile.open(fellBack, "raw")) {
      assertThat(file.dictionaryOnly(0, "x")).isEmpty();
    }
  }

  @Test
  void leavesFilesOfParquetMrBefore18ToParquetJavasWorkarounds() throws Exception {
    for (String writer : List.of("parquet-mr version 1.6.0 (build 6aa21f8)",
        "parquet-mr version 1.7.0",
        "parquet-mr version 1.8.1 (build 4aba4da)", "parquet-cpp-arrow version 15.0.0")) {
      Path path = RawParquet.optionalInt32().rows(6).createdBy(writer)
          .dictionaryPage(3, plainInts(10, 20, 30))
          .dataPage(6, Encoding.RLE_DICTIONARY, concat(v1Levels(hybrid(1, DEFS)), ids(2, IDS)))
          .write(dir.resolve("old.parquet"));
      boolean old = writer.contains("1.6.0") || writer.contains("1.7.0");
      try (ParquetDataFile file = ParquetDataFile.open(path, "old")) {
        assertThat(file.bulkDecodable()).as(writer).isEqualTo(!old);
        assertThat(file.dictionaryOnly(0, "x").isPresent()).as(writer).isEqualTo(!old);
      }
      Outcome outcome = BulkEquivalenceTest.assertSameScans(path, 4).get(0);
      assertThat(Scans.values(outcome.batches().get(0).columns().get("x")))
          .containsExactly(10L, null, 30L, 20L);
    }
  }

  @Test
  void findsTheDictionaryOfAChunkWhoseDictionaryOffsetIsZero() throws Exception {
    Path path = RawParquet.optionalInt32().rows(6).dictionaryOffsetZero()
        .dictionaryPage(3, plainInts(10, 20, 30))
        .dataPage(6, Encoding.RLE_DICTIONARY, concat(v1Levels(hybrid(1, DEFS)), ids(2, IDS)))
        .write(dir.resolve("offset0.parquet"));
    try (ParquetDataFile file = ParquetDataFile.open(path, "offset0")) {
      assertThat(file.footer().metadata().getBlocks().get(0).getColumns().get(0)
          .getDictionaryPageOffset()).isZero();
      assertThat(file.dictionaryOnly(0, "x")).isPresent();
    }
    Outcome outcome = BulkEquivalenceTest.assertSameScans(path, 4).get(0);
    assertThat(Scans.values(outcome.batches().get(0).columns().get("x")))
        .containsExactly(10L, null, 30L, 20L);
  }
}
