package dev.sluice.validator.parquet.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.IndexPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

/** Page walking over crafted chunks: sections, page kinds, and every way a chunk can lie. */
class ChunkPagesTest {
  private static final org.apache.parquet.format.Encoding RLE =
      org.apache.parquet.format.Encoding.RLE;
  private static final org.apache.parquet.format.Encoding PLAIN =
      org.apache.parquet.format.Encoding.PLAIN;

  private final ByteArrayOutputStream chunk = new ByteArrayOutputStream();

  @Test
  void locatesTheSectionsOfV1V2AndDictionaryPagesAndSkipsIndexPages() throws IOException {
    page(dictionary(2), Snappy.compress(new byte[] {1, 0, 0, 0, 2, 0, 0, 0}), 8, true);
    page(indexPage(), new byte[] {9, 9, 9}, 3, true);
    byte[] v1 = {2, 0, 0, 0, 4, 1, /* values */ 7, 7};
    page(v1(4, PLAIN), Snappy.compress(v1), v1.length, true);
    byte[] levels = {4, 1};
    byte[] values = {5, 5, 5};
    page(v2(4, 1, 2, org.apache.parquet.format.Encoding.RLE_DICTIONARY, true),
        concat(levels, Snappy.compress(values)), 5, true);
    chunk.write(new byte[] {42, 42, 42}); // trailing bytes after the last value: ignored
    ChunkPages pages = pages(CompressionCodecName.SNAPPY, 1, 8);

    Page dict = pages.next();
    assertThat(dict.dictionary()).isTrue();
    assertThat(dict.valueCount()).isEqualTo(2);
    assertThat(bytes(dict.values())).containsExactly(1, 0, 0, 0, 2, 0, 0, 0);
    Page first = pages.next();
    assertThat(first.dictionary()).isFalse();
    assertThat(first.encoding()).isEqualTo(Encoding.PLAIN);
    assertThat(bytes(first.definitionLevels())).containsExactly(4, 1);
    assertThat(bytes(first.values())).containsExactly(7, 7);
    Page second = pages.next();
    assertThat(second.encoding()).isEqualTo(Encoding.RLE_DICTIONARY);
    assertThat(bytes(second.definitionLevels())).containsExactly(4, 1);
    assertThat(bytes(second.values())).containsExactly(5, 5, 5);
    assertThat(pages.next()).isNull();
  }

  @Test
  void takesUncompressedV2ValuesAsTheyAreAndNeverInflatesAnEmptyPage() throws IOException {
    page(v2(3, 0, 0, PLAIN, false), new byte[] {1, 2, 3}, 3, true);
    page(v2(1, 1, 2, PLAIN, true), new byte[] {2, 0}, 2, true); // one null, no value bytes
    ChunkPages pages = pages(CompressionCodecName.SNAPPY, 1, 4);
    assertThat(bytes(pages.next().values())).containsExactly(1, 2, 3);
    Page empty = pages.next();
    assertThat(empty.values().length()).isZero();
    assertThat(bytes(empty.definitionLevels())).containsExactly(2, 0);
  }

  @Test
  void reportsAWrongChecksum() throws IOException {
    PageHeader header = v1(1, PLAIN);
    byte[] body = {2, 0, 0, 0, 2, 1, 9};
    header.setCrc(12345);
    raw(header, body, body.length);
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .hasMessageContaining("CRC checksum verification failed");
  }

  @Test
  void reportsAGarbageHeader() {
    chunk.writeBytes(new byte[] {(byte) 0xff, (byte) 0xee, 0x13, 0x77, 0x01, 0x02, 0x03, 0x04});
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .isInstanceOf(IOException.class).hasMessageStartingWith("corrupt page header");
  }

  @Test
  void refusesAnAbsurdUncompressedSizeBeforeAllocating() throws IOException {
    PageHeader header = v1(1, PLAIN);
    byte[] body = new byte[1024];
    raw(header, body, 2_000_000_000);
    assertThatThrownBy(() -> pages(CompressionCodecName.SNAPPY, 1, 1).next())
        .hasMessage("page header claims 2000000000 bytes from 1024 compressed bytes");
  }

  @Test
  void reportsTruncatedChunksAndHeaders() throws IOException {
    byte[] body = {2, 0, 0, 0, 2, 1, 9, 9, 9, 9};
    page(v1(1, PLAIN), body, body.length, true);
    byte[] whole = chunk.toByteArray();
    for (int cut = 1; cut < whole.length; cut++) {
      ChunkPages pages = new ChunkPages(whole, 0, cut,
          new ChunkPages.Layout(CompressionCodecName.UNCOMPRESSED, 0, 1, 1));
      assertThatThrownBy(pages::next).as("cut at " + cut).isInstanceOf(IOException.class)
          .hasMessageContaining("truncated or corrupt");
    }
  }

  @Test
  void reportsAChunkWhosePagesHoldFewerValuesThanItsMetadata() throws IOException {
    byte[] body = {2, 0, 0, 0, 2, 1};
    page(v1(1, PLAIN), body, body.length, true);
    ChunkPages pages = pages(CompressionCodecName.UNCOMPRESSED, 1, 5);
    pages.next();
    assertThatThrownBy(pages::next).hasMessage(
        "column chunk ends after 1 of its 5 values (truncated or corrupt)");
  }

  @Test
  void reportsLevelSectionsLongerThanTheirPage() throws IOException {
    byte[] body = {(byte) 0xff, 0, 0, 0, 2, 1};
    page(v1(1, PLAIN), body, body.length, true);
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .hasMessageContaining("levels of 255 bytes run past the end of their page");
    PageHeader v2 = v2(1, 0, 50, PLAIN, false);
    chunk.reset();
    page(v2, new byte[] {1, 2, 3}, 3, true);
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .hasMessageContaining("claims 50 bytes of levels");
  }

  @Test
  @SuppressWarnings("deprecation") // the point of the test
  void sizesBitPackedLevelsFromTheValueCount() throws IOException {
    byte[] body = {(byte) 0b1110_0000, 1, 2, 3}; // 3 levels of 1 bit, then values
    raw(new PageHeader(PageType.DATA_PAGE, body.length, body.length).setData_page_header(
        new DataPageHeader(3, PLAIN, org.apache.parquet.format.Encoding.BIT_PACKED,
            org.apache.parquet.format.Encoding.BIT_PACKED)), body, body.length);
    Page page = pages(CompressionCodecName.UNCOMPRESSED, 1, 3).next();
    assertThat(page.levelEncoding()).isEqualTo(Encoding.BIT_PACKED);
    assertThat(bytes(page.definitionLevels())).containsExactly((byte) 0b1110_0000);
    assertThat(bytes(page.values())).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsNegativeSizesAndCounts() throws IOException {
    raw(v1(-3, PLAIN), new byte[0], 0);
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .hasMessageContaining("claims -3 values");
    chunk.reset();
    raw(v1(1, PLAIN), new byte[0], -1);
    assertThatThrownBy(() -> pages(CompressionCodecName.UNCOMPRESSED, 1, 1).next())
        .hasMessageContaining("negative size");
  }

  // ---- building chunks

  private ChunkPages pages(CompressionCodecName codec, int maxDef, long values) {
    byte[] bytes = chunk.toByteArray();
    return new ChunkPages(bytes, 0, bytes.length,
        new ChunkPages.Layout(codec, 0, maxDef, values));
  }

  private void page(PageHeader header, byte[] stored, int uncompressed, boolean crc)
      throws IOException {
    if (crc) {
      CRC32 c = new CRC32();
      c.update(stored);
      header.setCrc((int) c.getValue());
    }
    raw(header, stored, uncompressed);
  }

  private void raw(PageHeader header, byte[] stored, int uncompressed) throws IOException {
    header.setCompressed_page_size(stored.length);
    header.setUncompressed_page_size(uncompressed);
    Util.writePageHeader(header, chunk);
    chunk.write(stored);
  }

  private static PageHeader dictionary(int entries) {
    return new PageHeader(PageType.DICTIONARY_PAGE, 0, 0)
        .setDictionary_page_header(new DictionaryPageHeader(entries, PLAIN));
  }

  private static PageHeader indexPage() {
    return new PageHeader(PageType.INDEX_PAGE, 0, 0).setIndex_page_header(new IndexPageHeader());
  }

  private static PageHeader v1(int count, org.apache.parquet.format.Encoding encoding) {
    return new PageHeader(PageType.DATA_PAGE, 0, 0)
        .setData_page_header(new DataPageHeader(count, encoding, RLE, RLE));
  }

  private static PageHeader v2(int count, int nulls, int levels,
      org.apache.parquet.format.Encoding encoding, boolean compressed) {
    return new PageHeader(PageType.DATA_PAGE_V2, 0, 0).setData_page_header_v2(
        new DataPageHeaderV2(count, nulls, count, encoding, levels, 0)
            .setIs_compressed(compressed));
  }

  private static byte[] bytes(Page.Slice slice) {
    return Arrays.copyOfRange(slice.bytes(), slice.start(), slice.end());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
