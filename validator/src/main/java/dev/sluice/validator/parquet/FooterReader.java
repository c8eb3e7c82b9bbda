package dev.sluice.validator.parquet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Reads and checks a Parquet footer before parquet-java touches it: magic numbers, footer length
 * and column chunk ranges are validated so that a corrupt file fails with a clear message and
 * never makes the reader allocate more than the file holds.
 */
final class FooterReader {
  private static final String MAGIC = "PAR1";
  private static final String ENCRYPTED_MAGIC = "PARE";

  /**
   * A checked footer.
   *
   * @param thrift the raw footer (for exact statistics)
   * @param metadata parquet-java's view of it
   * @param start where the footer starts in the file (its data, magic included, ends there)
   */
  record Footer(FileMetaData thrift, ParquetMetadata metadata, long start) {}

  private FooterReader() {}

  static Footer read(SeekableInputStream in, long length, ParquetReadOptions options)
      throws IOException, UnreadableException {
    if (length == 0) {
      throw new UnreadableException("empty file, not a Parquet file");
    }
    if (length < 12) {
      throw new UnreadableException("not a Parquet file (only " + length + " bytes)");
    }
    String head = ascii(readAt(in, 0, 4));
    byte[] tail = readAt(in, length - 8, 8);
    String tailMagic = ascii(java.util.Arrays.copyOfRange(tail, 4, 8));
    checkMagic(head, tailMagic);
    long footerLength = Integer.toUnsignedLong(
        ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    long footerStart = length - 8 - footerLength;
    if (footerLength == 0 || footerStart < 4) {
      throw new UnreadableException("corrupt footer: length " + footerLength
          + " does not fit a file of " + length + " bytes (truncated?)");
    }
    FileMetaData thrift = parse(readAt(in, footerStart, (int) footerLength));
    ParquetMetadata metadata = new ParquetMetadataConverter(options).fromParquetMetadata(thrift);
    checkChunks(metadata, footerStart);
    return new Footer(thrift, metadata, footerStart);
  }

  private static void checkMagic(String head, String tail) throws UnreadableException {
    if (ENCRYPTED_MAGIC.equals(tail) || ENCRYPTED_MAGIC.equals(head)) {
      throw new UnreadableException("encrypted Parquet is not supported");
    }
    if (!MAGIC.equals(head)) {
      throw new UnreadableException("not a Parquet file (no PAR1 magic at start)");
    }
    if (!MAGIC.equals(tail)) {
      throw new UnreadableException("truncated or corrupt Parquet file (no PAR1 magic at end)");
    }
  }

  private static FileMetaData parse(byte[] bytes) throws IOException, UnreadableException {
    FileMetaData thrift;
    try {
      thrift = Util.readFileMetaData(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("corrupt footer: " + Problems.describe(e));
    }
    if (thrift.isSetEncryption_algorithm()) {
      throw new UnreadableException("encrypted Parquet is not supported (encrypted columns)");
    }
    if (!thrift.isSetSchema() || thrift.getSchemaSize() == 0 || thrift.getNum_rows() < 0) {
      throw new UnreadableException("corrupt footer: no schema or a negative row count");
    }
    return thrift;
  }

  /** Every column chunk must lie between the leading magic and the footer. */
  private static void checkChunks(ParquetMetadata metadata, long footerStart)
      throws UnreadableException {
    int index = 0;
    for (BlockMetaData block : metadata.getBlocks()) {
      if (block.getRowCount() < 0) {
        throw new UnreadableException("row group " + index + ": negative row count");
      }
      for (ColumnChunkMetaData chunk : block.getColumns()) {
        if (block.getRowCount() == 0) {
          break; // never read; some writers leave offsets of empty row groups at 0
        }
        if (chunk.isEncrypted()) {
          throw new UnreadableException("encrypted Parquet is not supported (encrypted columns)");
        }
        long start = chunk.getStartingPos();
        long size = chunk.getTotalSize();
        if (start < 4 || size < 0 || size > footerStart - start) {
          throw new UnreadableException("row group " + index + ", column " + chunk.getPath()
              + ": column chunk [" + start + ", +" + size + ") lies outside the data (truncated?)");
        }
      }
      index++;
    }
  }

  private static byte[] readAt(SeekableInputStream in, long position, int length)
      throws IOException {
    byte[] bytes = new byte[length];
    in.seek(position);
    in.readFully(bytes);
    return bytes;
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The file cannot be read; the message says why, without the file name. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }
}
