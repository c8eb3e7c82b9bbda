package dev.sluice.validator.parquet.page;

import java.io.IOException;
import java.util.zip.CRC32;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.jspecify.annotations.Nullable;

/**
 * The pages of one column chunk held in memory, one after the other: each header is parsed and
 * checked, the page checksum verified when the writer set one, the body decompressed into a
 * buffer reused from page to page, and the level and value sections located. DATA_PAGE (v1:
 * levels inside the compressed block, RLE levels with a 4-byte length), DATA_PAGE_V2 (levels
 * uncompressed before the values) and DICTIONARY_PAGE are returned; index and unknown pages are
 * skipped. As in parquet-java, reading stops once the pages have given the chunk's value count.
 */
public final class ChunkPages {
  private static final Page.Slice EMPTY = new Page.Slice(new byte[0], 0, 0);

  /**
   * What reading a chunk's pages needs from the footer and the schema.
   *
   * @param valueCount values of the chunk (nulls included), from its metadata
   */
  public record Layout(CompressionCodecName codec, int maxRepetition, int maxDefinition,
      long valueCount) {}

  private final byte[] chunk;
  private final int end;
  private final Layout layout;
  private final CRC32 crc = new CRC32();
  private int pos;
  private byte[] buffer = new byte[0];
  private long valuesSeen;

  /** Pages of {@code chunk[start, end)}. */
  public ChunkPages(byte[] chunk, int start, int end, Layout layout) {
    this.chunk = chunk;
    this.pos = start;
    this.end = end;
    this.layout = layout;
  }

  /** The next dictionary or data page; null once the chunk's values are all seen. */
  public @Nullable Page next() throws IOException {
    return next(true, true);
  }

  /**
   * As {@link #next()}, but a data page is skipped: only its header is read (its body is
   * neither checked, nor decompressed, nor located), and it comes back with its value count and
   * empty sections. A dictionary page is read as always.
   */
  public @Nullable Page skip() throws IOException {
    return next(false, true);
  }

  /**
   * As {@link #skip()}, but the dictionary page is skipped too: only the headers are read, to
   * learn where the pages lie.
   */
  public @Nullable Page header() throws IOException {
    return next(false, false);
  }

  private @Nullable Page next(boolean readData, boolean readDictionary) throws IOException {
    while (valuesSeen < layout.valueCount()) {
      if (pos >= end) {
        throw new IOException("column chunk ends after " + valuesSeen + " of its "
            + layout.valueCount() + " values (truncated or corrupt)");
      }
      PageHeaders.At at = PageHeaders.parse(chunk, pos, end);
      PageHeader header = at.header();
      int body = pos + at.length();
      PageHeaders.check(header, end - body);
      int size = header.getCompressed_page_size();
      pos = body + size;
      Page page = readData || (readDictionary && header.getType() == PageType.DICTIONARY_PAGE)
          ? page(header, body, size) : skipped(header);
      if (page != null) {
        valuesSeen += page.dictionary() ? 0 : page.valueCount();
        return page;
      }
    }
    return null;
  }

  /** A page known by its header alone: its kind, value count and encoding; no sections. */
  private static @Nullable Page skipped(PageHeader header) throws IOException {
    if (header.getType() == PageType.DATA_PAGE) {
      DataPageHeader v1 = header.getData_page_header();
      return bodiless(false, v1.getNum_values(), encoding(v1.getEncoding()));
    } else if (header.getType() == PageType.DATA_PAGE_V2) {
      DataPageHeaderV2 v2 = header.getData_page_header_v2();
      return bodiless(false, v2.getNum_values(), encoding(v2.getEncoding()));
    } else if (header.getType() == PageType.DICTIONARY_PAGE) {
      return bodiless(true, header.getDictionary_page_header().getNum_values(), Encoding.PLAIN);
    }
    return null;
  }

  private static Page bodiless(boolean dictionary, int values, Encoding encoding) {
    return new Page(dictionary, values, encoding, Encoding.RLE, EMPTY, EMPTY);
  }

  /** As in parquet-java, only pages that are decoded are checked. */
  private void verifyChecksum(PageHeader header, int body, int size) throws IOException {
    if (header.isSetCrc()) {
      crc.reset();
      crc.update(chunk, body, size);
      if ((int) crc.getValue() != header.getCrc()) {
        throw new IOException("page CRC checksum verification failed (corrupt page)");
      }
    }
  }

  private @Nullable Page page(PageHeader header, int body, int size) throws IOException {
    PageType type = header.getType();
    if (type == PageType.DATA_PAGE || type == PageType.DATA_PAGE_V2
        || type == PageType.DICTIONARY_PAGE) {
      verifyChecksum(header, body, size);
    }
    if (type == PageType.DATA_PAGE) {
      return dataPage(header, body, size);
    } else if (type == PageType.DATA_PAGE_V2) {
      return dataPageV2(header, body, size);
    } else if (type == PageType.DICTIONARY_PAGE) {
      Encoding encoding = encoding(header.getDictionary_page_header().getEncoding());
      Page.Slice values = inflate(body, size, header.getUncompressed_page_size());
      return new Page(true, header.getDictionary_page_header().getNum_values(), encoding,
          Encoding.RLE, EMPTY, values);
    }
    return null; // INDEX_PAGE or a page type from the future: nothing to decode
  }

  private Page dataPage(PageHeader header, int body, int size) throws IOException {
    DataPageHeader v1 = header.getData_page_header();
    int count = v1.getNum_values();
    Page.Slice block = inflate(body, size, header.getUncompressed_page_size());
    Page.Slice repetition = levels(block, block.start(), layout.maxRepetition(),
        encoding(v1.getRepetition_level_encoding()), count);
    Encoding levelEncoding = encoding(v1.getDefinition_level_encoding());
    Page.Slice definition =
        levels(block, repetition.end(), layout.maxDefinition(), levelEncoding, count);
    return new Page(false, count, encoding(v1.getEncoding()), levelEncoding, definition,
        new Page.Slice(block.bytes(), definition.end(), block.end()));
  }

  /** A v1 level section at {@code at}: none, RLE with a 4-byte length, or BIT_PACKED. */
  @SuppressWarnings("deprecation") // BIT_PACKED levels: old writers
  private static Page.Slice levels(Page.Slice block, int at, int maxLevel, Encoding encoding,
      int count) throws IOException {
    if (maxLevel == 0) {
      return new Page.Slice(block.bytes(), at, at);
    }
    long left = block.end() - at;
    long length;
    int start = at;
    if (encoding == Encoding.RLE) {
      if (left < 4) {
        throw new IOException("page ends inside its level length (truncated or corrupt)");
      }
      byte[] b = block.bytes();
      length = (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16
          | (b[at + 3] & 0xffL) << 24;
      start += 4;
      left -= 4;
    } else if (encoding == Encoding.BIT_PACKED) {
      int width = 32 - Integer.numberOfLeadingZeros(maxLevel);
      length = ((long) count * width + 7) / 8;
    } else {
      throw new IOException("unsupported level encoding " + encoding);
    }
    if (length > left) {
      throw new IOException("levels of " + length + " bytes run past the end of their page ("
          + left + " bytes left; truncated or corrupt)");
    }
    return new Page.Slice(block.bytes(), start, start + (int) length);
  }

  private Page dataPageV2(PageHeader header, int body, int size) throws IOException {
    DataPageHeaderV2 v2 = header.getData_page_header_v2();
    int repetition = v2.getRepetition_levels_byte_length();
    int levels = repetition + v2.getDefinition_levels_byte_length();
    Page.Slice definition = new Page.Slice(chunk, body + repetition, body + levels);
    int valuesLength = size - levels;
    boolean compressed = !v2.isSetIs_compressed() || v2.isIs_compressed();
    Page.Slice values = compressed
        ? inflate(body + levels, valuesLength, header.getUncompressed_page_size() - levels)
        : new Page.Slice(chunk, body + levels, body + size);
    return new Page(false, v2.getNum_values(), encoding(v2.getEncoding()), Encoding.RLE,
        definition, values);
  }

  private Page.Slice inflate(int start, int length, int size) throws IOException {
    if (layout.codec() == CompressionCodecName.UNCOMPRESSED) {
      return new Page.Slice(chunk, start, start + length); // as stored, like parquet-java
    }
    PageCodec.checkSize(layout.codec(), length, size);
    if (buffer.length < size) {
      buffer = new byte[size];
    }
    try {
      Page.Slice stored = new Page.Slice(chunk, start, start + length);
      PageCodec.inflate(layout.codec(), stored, buffer, size);
    } catch (IOException | RuntimeException e) {
      throw new IOException("could not decompress page: " + e.getMessage(), e);
    }
    return new Page.Slice(buffer, 0, size);
  }

  private static Encoding encoding(org.apache.parquet.format.@Nullable Encoding encoding)
      throws IOException {
    if (encoding == null) {
      throw new IOException("page with an unknown encoding");
    }
    try {
      return Encoding.valueOf(encoding.name());
    } catch (IllegalArgumentException e) {
      throw new IOException("unsupported encoding " + encoding, e);
    }
  }
}
