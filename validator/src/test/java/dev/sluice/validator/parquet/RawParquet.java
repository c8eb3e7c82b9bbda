package dev.sluice.validator.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes a Parquet file of one column and one row group page by page, with every header field
 * and byte under the test's control: odd encodings, odd bit widths, missing statistics, wrong
 * checksums, lying headers. The column is {@code x}; {@link #column} sets its type.
 */
final class RawParquet {
  private final ByteArrayOutputStream pages = new ByteArrayOutputStream();
  private final List<Encoding> encodings = new ArrayList<>();
  private SchemaElement column = new SchemaElement("x").setType(Type.INT32)
      .setRepetition_type(FieldRepetitionType.OPTIONAL);
  private CompressionCodecName codec = CompressionCodecName.UNCOMPRESSED;
  private long rows;
  private long values = -1;
  private long dictionaryOffset;
  private long firstDataOffset;
  private long chunkSize = -1;
  private boolean checksums = true;
  private String createdBy = "sluice RawParquet";
  private boolean dictionaryOffsetZero;

  static RawParquet optionalInt32() {
    return new RawParquet();
  }

  RawParquet column(SchemaElement element) {
    column = element.setName("x");
    return this;
  }

  RawParquet codec(CompressionCodecName value) {
    codec = value;
    return this;
  }

  RawParquet rows(long value) {
    rows = value;
    return this;
  }

  /** The chunk's value count in the footer (default: the row count). */
  RawParquet values(long value) {
    values = value;
    return this;
  }

  /** The chunk's size in the footer (default: the bytes of its pages). */
  RawParquet chunkSize(long value) {
    chunkSize = value;
    return this;
  }

  /**
   * Writes {@code dictionary_page_offset = 0} and points {@code data_page_offset} at the
   * dictionary page, as some writers did (ARROW-5322).
   */
  RawParquet dictionaryOffsetZero() {
    dictionaryOffsetZero = true;
    return this;
  }

  RawParquet createdBy(String value) {
    createdBy = value;
    return this;
  }

  RawParquet checksums(boolean value) {
    checksums = value;
    return this;
  }

  /** A PLAIN dictionary page of {@code entries} entries; the body is compressed here. */
  RawParquet dictionaryPage(int entries, byte[] plain) {
    dictionaryOffset = dictionaryOffset == 0 ? 4 + pages.size() : dictionaryOffset;
    PageHeader header = new PageHeader(PageType.DICTIONARY_PAGE, plain.length, 0);
    header.setDictionary_page_header(new DictionaryPageHeader(entries, Encoding.PLAIN));
    return page(header, compress(plain));
  }

  /** A v1 data page: {@code body} holds the levels (with length prefix) and the values. */
  RawParquet dataPage(int count, Encoding encoding, byte[] body) {
    PageHeader header = new PageHeader(PageType.DATA_PAGE, body.length, 0);
    header.setData_page_header(new DataPageHeader(count, encoding, Encoding.RLE, Encoding.RLE));
    return page(header, compress(body));
  }

  /**
   * A v2 data page of an optional column: definition levels (1 bit) as they are, values
   * compressed unless told not to.
   */
  RawParquet dataPageV2(int count, Encoding encoding, byte[] levels, byte[] values,
      boolean compressed) {
    byte[] stored = compressed ? compress(values) : values;
    int nulls = nulls(levels, count);
    PageHeader header = new PageHeader(PageType.DATA_PAGE_V2, levels.length + values.length, 0);
    header.setData_page_header_v2(
        new DataPageHeaderV2(count, nulls, count, encoding, levels.length, 0)
            .setIs_compressed(compressed));
    return page(header, concat(levels, stored));
  }

  /** Any page: the header's compressed size and checksum are set from {@code body}. */
  RawParquet page(PageHeader header, byte[] body) {
    header.setCompressed_page_size(body.length);
    if (checksums) {
      CRC32 crc = new CRC32();
      crc.update(body);
      header.setCrc((int) crc.getValue());
    }
    if (header.isSetData_page_header()) {
      encodings.add(header.getData_page_header().getEncoding());
    } else if (header.isSetData_page_header_v2()) {
      encodings.add(header.getData_page_header_v2().getEncoding());
    }
    if (firstDataOffset == 0 && header.getType() != PageType.DICTIONARY_PAGE) {
      firstDataOffset = 4 + pages.size();
    }
    return rawPage(header, body);
  }

  /** A header and body written exactly as given. */
  RawParquet rawPage(PageHeader header, byte[] body) {
    try {
      Util.writePageHeader(header, pages);
      pages.write(body);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes written into the chunk as they are (garbage where a page should be). */
  RawParquet bytes(byte[] raw) {
    pages.writeBytes(raw);
    return this;
  }

  Path write(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {'P', 'A', 'R', '1'});
      pages.writeTo(out);
      ByteArrayOutputStream footer = new ByteArrayOutputStream();
      Util.writeFileMetaData(footer(), footer);
      footer.writeTo(out);
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size())
          .array());
      out.write(new byte[] {'P', 'A', 'R', '1'});
      return Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FileMetaData footer() {
    List<Encoding> used = new ArrayList<>(encodings);
    used.add(Encoding.RLE);
    long size = chunkSize < 0 ? pages.size() : chunkSize;
    ColumnMetaData meta = new ColumnMetaData(column.getType(), used, List.of("x"),
        CompressionCodec.valueOf(codec.name()), values < 0 ? rows : values, size, size,
        firstDataOffset > 0 ? firstDataOffset : 4);
    if (dictionaryOffsetZero) {
      meta.setDictionary_page_offset(0).setData_page_offset(dictionaryOffset);
    } else if (dictionaryOffset > 0) {
      meta.setDictionary_page_offset(dictionaryOffset);
    }
    ColumnChunk chunk = new ColumnChunk(4).setMeta_data(meta);
    RowGroup group = new RowGroup(List.of(chunk), pages.size(), rows);
    SchemaElement root = new SchemaElement("m").setNum_children(1);
    return new FileMetaData(1, List.of(root, column), rows, List.of(group))
        .setCreated_by(createdBy);
  }

  @SuppressWarnings("deprecation") // toByteArray: test bytes are small
  private byte[] compress(byte[] body) {
    try {
      return new PlainCodecFactory().getCompressor(codec)
          .compress(org.apache.parquet.bytes.BytesInput.from(body)).toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int nulls(byte[] levels, int count) {
    try {
      RunLengthBitPackingHybridDecoder decoder =
          new RunLengthBitPackingHybridDecoder(1, new ByteArrayInputStream(levels));
      int nulls = 0;
      for (int i = 0; i < count; i++) {
        nulls += decoder.readInt() == 0 ? 1 : 0;
      }
      return nulls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- bytes of page sections

  /** The RLE / bit-packed hybrid encoding of {@code values} in {@code width} bits. */
  @SuppressWarnings("deprecation") // toByteArray: test bytes are small
  static byte[] hybrid(int width, int... values) {
    try (RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(
        width, 64, 1 << 20, HeapByteBufferAllocator.getInstance())) {
      for (int v : values) {
        encoder.writeInt(v);
      }
      return encoder.toBytes().toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A v1 level section: 4-byte little-endian length, then the hybrid bytes. */
  static byte[] v1Levels(byte[] hybrid) {
    return concat(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(hybrid.length)
        .array(), hybrid);
  }

  /** Dictionary ids: one byte of bit width, then the hybrid bytes. */
  static byte[] ids(int width, int... ids) {
    return concat(new byte[] {(byte) width}, hybrid(width, ids));
  }

  static byte[] plainInts(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Bit widths of levels and ids, as writers compute them. */
  static int width(int max) {
    return 32 - Integer.numberOfLeadingZeros(max);
  }
}
