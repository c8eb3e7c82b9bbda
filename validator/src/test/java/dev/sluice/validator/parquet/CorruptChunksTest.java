package dev.sluice.validator.parquet;

import dev.sluice.validator.parquet.page.PageCodec;

import static dev.sluice.validator.parquet.RawParquet.concat;
import static dev.sluice.validator.parquet.RawParquet.hybrid;
import static dev.sluice.validator.parquet.RawParquet.ids;
import static dev.sluice.validator.parquet.RawParquet.plainInts;
import static dev.sluice.validator.parquet.RawParquet.v1Levels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.parquet.BulkEquivalenceTest.Outcome;
import java.nio.file.Path;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed chunks read by the bulk path: each ends in a one-line DataProblem naming the row
 * group and column, never in an exception escaping or an allocation the bytes do not back.
 */
class CorruptChunksTest {
  private static final byte[] LEVELS = v1Levels(hybrid(1, 1, 0, 1, 1));

  @TempDir Path dir;

  @Test
  void truncatedChunk() {
    byte[] body = concat(LEVELS, plainInts(1, 2, 3));
    RawParquet file = RawParquet.optionalInt32().rows(4).dataPage(4, Encoding.PLAIN, body);
    file.chunkSize(body.length); // the footer's chunk ends before the page does
    assertProblem(file, "runs past the end of the column chunk");
  }

  @Test
  void garbagePageHeader() {
    assertProblem(RawParquet.optionalInt32().rows(4).bytes(new byte[] {(byte) 0xf9, 0x13, 0x77,
        (byte) 0xee, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c}),
        "corrupt page header");
  }

  @Test
  void absurdUncompressedSize() {
    PageHeader header = new PageHeader(PageType.DATA_PAGE, 2_000_000_000, 0).setData_page_header(
        new DataPageHeader(4, Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
    assertProblem(RawParquet.optionalInt32().rows(4).codec(CompressionCodecName.SNAPPY)
        .page(header, new byte[1024]), "page header claims 2000000000 bytes from 1024");
  }

  @Test
  void plausibleButHugeUncompressedSizeIsRefusedBeforeAllocating() {
    // 64 KiB of ZSTD may expand 32,768-fold, so the ratio check lets this 2 GiB claim through;
    // allocating it ended in OutOfMemoryError. Past a quarter of the heap it is now a problem.
    int claim = PageCodec.MAX_PAGE_BYTES;
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() / 4 < claim);
    PageHeader header = new PageHeader(PageType.DATA_PAGE, claim, 1 << 16).setData_page_header(
        new DataPageHeader(4, Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
    assertProblem(RawParquet.optionalInt32().rows(4).codec(CompressionCodecName.ZSTD)
        .page(header, new byte[1 << 16]), "more than a quarter of the JVM heap");
  }

  @Test
  void dictionaryIdOutOfRange() {
    assertProblem(RawParquet.optionalInt32().rows(4).dictionaryPage(2, plainInts(10, 20))
        .dataPage(4, Encoding.RLE_DICTIONARY, concat(LEVELS, ids(3, 1, 5, 0))),
        "dictionary id 5 is out of range: the dictionary has 2 entries");
  }

  @Test
  void definitionLevelAboveTheMaximum() {
    byte[] levels = v1Levels(new byte[] {8, 3}); // an RLE run of 4 levels of 3
    assertProblem(RawParquet.optionalInt32().rows(4)
        .dataPage(4, Encoding.PLAIN, concat(levels, plainInts(1, 2, 3, 4))),
        "definition level 3 is above the column's maximum 1");
  }

  @Test
  void levelsThatEndEarly() {
    byte[] levels = v1Levels(new byte[] {4, 1}); // an RLE run of 2 levels for 4 values
    assertProblem(RawParquet.optionalInt32().rows(4)
        .dataPage(4, Encoding.PLAIN, concat(levels, plainInts(1, 2))),
        "RLE/bit-packed data ends before all values were read");
  }

  @Test
  void valuesThatEndEarly() {
    assertProblem(RawParquet.optionalInt32().rows(4)
        .dataPage(4, Encoding.PLAIN, concat(LEVELS, plainInts(1, 2))),
        "page holds fewer values than its header says");
  }

  @Test
  void pagesWithFewerValuesThanTheChunk() {
    assertProblem(RawParquet.optionalInt32().rows(4)
        .dataPage(3, Encoding.PLAIN, concat(v1Levels(hybrid(1, 1, 1, 1)), plainInts(1, 2, 3))),
        "column chunk ends after 3 of its 4 values");
  }

  @Test
  void chunkValueCountThatIsNotTheRowCount() {
    assertProblem(RawParquet.optionalInt32().rows(4).values(5)
        .dataPage(4, Encoding.PLAIN, concat(LEVELS, plainInts(1, 2, 3))),
        "column chunk holds 5 values but the row group has 4 rows");
  }

  @Test
  void pageWithMoreValuesThanTheRows() {
    assertProblem(RawParquet.optionalInt32().rows(4).values(4)
        .dataPage(5, Encoding.PLAIN, concat(v1Levels(hybrid(1, 1, 1, 1, 1, 1)),
            plainInts(1, 2, 3, 4, 5))),
        "column chunk holds 5 values in its pages but the row group has 4 rows");
  }

  @Test
  void undecompressablePage() {
    PageHeader header = new PageHeader(PageType.DATA_PAGE, 16, 0).setData_page_header(
        new DataPageHeader(4, Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
    byte[] notSnappy = {16, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3};
    assertProblem(RawParquet.optionalInt32().rows(4).codec(CompressionCodecName.SNAPPY)
        .checksums(false).rawPage(header.setCompressed_page_size(notSnappy.length), notSnappy),
        "row group 0, column x: ");
  }

  @Test
  void wrongChecksum() {
    PageHeader header = new PageHeader(PageType.DATA_PAGE, 0, 0).setData_page_header(
        new DataPageHeader(4, Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
    byte[] body = concat(LEVELS, plainInts(1, 2, 3));
    header.setUncompressed_page_size(body.length).setCompressed_page_size(body.length)
        .setCrc(7);
    assertProblem(RawParquet.optionalInt32().rows(4).rawPage(header, body),
        "CRC checksum verification failed");
  }

  @Test
  void dictionaryEncodedPageWithoutDictionary() {
    assertProblem(RawParquet.optionalInt32().rows(4)
        .dataPage(4, Encoding.RLE_DICTIONARY, concat(LEVELS, ids(1, 0, 0, 0))),
        "dictionary-encoded page without a dictionary page");
  }

  @Test
  void secondDictionaryPage() {
    assertProblem(RawParquet.optionalInt32().rows(4).dictionaryPage(1, plainInts(10))
        .dictionaryPage(1, plainInts(20))
        .dataPage(4, Encoding.RLE_DICTIONARY, concat(LEVELS, ids(1, 0, 0, 0))),
        "unexpected dictionary page");
  }

  @Test
  void dictionaryClaimingMoreEntriesThanItsBytes() {
    assertProblem(RawParquet.optionalInt32().rows(4).dictionaryPage(1_000_000, plainInts(10))
        .dataPage(4, Encoding.RLE_DICTIONARY, concat(LEVELS, ids(1, 0, 0, 0))),
        "dictionary page claims 1000000 entries in 4 bytes");
  }

  @Test
  void idBitWidthBeyond32() {
    byte[] values = {33, 2, 0};
    assertProblem(RawParquet.optionalInt32().rows(4).dictionaryPage(1, plainInts(10))
        .dataPage(4, Encoding.RLE_DICTIONARY, concat(LEVELS, values)),
        "bit width 33 is outside 0..32");
  }

  /** The bulk path fails with a one-line problem containing {@code expected}. */
  private void assertProblem(RawParquet file, String expected) {
    Path path = file.write(dir.resolve("bad.parquet"));
    Outcome bulk = BulkEquivalenceTest.scan(path, 3, true);
    assertThat(bulk.problem()).isNotNull().startsWith("bad.parquet: row group 0, column x: ")
        .contains(expected).doesNotContain("\n");
  }
}
