package dev.sluice.validator.parquet.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.jspecify.annotations.Nullable;
import shaded.parquet.org.apache.thrift.TException;
import shaded.parquet.org.apache.thrift.protocol.TCompactProtocol;
import shaded.parquet.org.apache.thrift.transport.TIOStreamTransport;
import shaded.parquet.org.apache.thrift.transport.TTransportException;

/**
 * Reads and checks Parquet page headers. Like parquet-format's {@code Util.readPageHeader}, but
 * with Thrift's string and container lengths bounded by the bytes actually left in the chunk, so
 * a corrupt header cannot make Thrift allocate more than the chunk holds.
 */
public final class PageHeaders {
  private static final int FIRST_WINDOW = 1024;
  private static final int READ_PIECE = 1 << 20;

  /** A header and how many bytes it took. */
  public record At(PageHeader header, int length) {}

  private PageHeaders() {}

  /** The header at {@code bytes[pos, end)}. */
  public static At parse(byte[] bytes, int pos, int end) throws IOException {
    At at = parseOrNull(bytes, pos, end, end - pos);
    if (at == null) {
      throw new IOException("page header runs past the end of the column chunk (truncated or"
          + " corrupt)");
    }
    return at;
  }

  /** The header at {@code pos} of a file, read in growing windows that stay before {@code end}. */
  public static At read(FileChannel channel, long pos, long end) throws IOException {
    long available = end - pos;
    int window = (int) Math.min(available, FIRST_WINDOW);
    while (true) {
      byte[] bytes = new byte[window];
      readFully(channel, pos, bytes);
      At at = parseOrNull(bytes, 0, window, available);
      if (at != null) {
        return at;
      }
      if (window == available) {
        return parse(bytes, 0, window); // fails as truncated
      }
      window = (int) Math.min(available, Math.min((long) window * 8, Integer.MAX_VALUE - 64));
    }
  }

  /**
   * Reads {@code dst.length} bytes at {@code pos}, a megabyte at a time: the JDK reads into a
   * heap array through a temporary direct buffer the size of the request, which each thread then
   * keeps; whole column chunks would cost tens of megabytes of it per thread, and copies out of
   * a buffer too large for the CPU's caches.
   */
  public static void readFully(FileChannel channel, long pos, byte[] dst) throws IOException {
    for (int at = 0; at < dst.length; ) {
      ByteBuffer piece = ByteBuffer.wrap(dst, at, Math.min(READ_PIECE, dst.length - at));
      while (piece.hasRemaining()) {
        if (channel.read(piece, pos + piece.position()) < 0) {
          throw new IOException("reached end of file at offset " + (pos + piece.position()));
        }
      }
      at = piece.position();
    }
  }

  /** Null when the bytes end inside the header; {@code limit} bounds Thrift's lengths. */
  private static @Nullable At parseOrNull(byte[] bytes, int pos, int end, long limit)
      throws IOException {
    int available = end - pos;
    ByteArrayInputStream in = new ByteArrayInputStream(bytes, pos, available);
    try {
      TCompactProtocol protocol = new TCompactProtocol(new TIOStreamTransport(in), limit, limit);
      PageHeader header = new PageHeader();
      header.read(protocol);
      return new At(header, available - in.available());
    } catch (TTransportException e) {
      if (e.getType() == TTransportException.END_OF_FILE) {
        return null;
      }
      throw corrupt(e);
    } catch (TException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  private static IOException corrupt(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new IOException("corrupt page header: " + message, e);
  }

  /**
   * Fails unless the header's sizes and counts are sane and its body fits in {@code available}
   * bytes after it.
   */
  public static void check(PageHeader header, long available) throws IOException {
    int compressed = header.getCompressed_page_size();
    if (compressed < 0 || header.getUncompressed_page_size() < 0) {
      throw new IOException("page header with a negative size");
    }
    if (compressed > available) {
      throw new IOException("page of " + compressed + " bytes runs past the end of the column"
          + " chunk (" + available + " bytes left; truncated or corrupt)");
    }
    PageType type = header.getType();
    if (type == PageType.DATA_PAGE) {
      requireCount(header.isSetData_page_header()
          ? header.getData_page_header().getNum_values() : -1, "data page");
    } else if (type == PageType.DATA_PAGE_V2) {
      checkV2(header);
    } else if (type == PageType.DICTIONARY_PAGE) {
      requireCount(header.isSetDictionary_page_header()
          ? header.getDictionary_page_header().getNum_values() : -1, "dictionary page");
    }
  }

  private static void checkV2(PageHeader header) throws IOException {
    if (!header.isSetData_page_header_v2()) {
      requireCount(-1, "data page v2");
    }
    DataPageHeaderV2 v2 = header.getData_page_header_v2();
    requireCount(v2.getNum_values(), "data page v2");
    long levels = (long) v2.getRepetition_levels_byte_length()
        + v2.getDefinition_levels_byte_length();
    if (v2.getRepetition_levels_byte_length() < 0 || v2.getDefinition_levels_byte_length() < 0
        || levels > header.getCompressed_page_size()
        || levels > header.getUncompressed_page_size()) {
      throw new IOException("data page v2 claims " + levels + " bytes of levels in a page of "
          + header.getCompressed_page_size() + " bytes");
    }
  }

  private static void requireCount(int count, String what) throws IOException {
    if (count < 0) {
      throw new IOException(what + " header claims " + count + " values (or is missing)");
    }
  }
}
