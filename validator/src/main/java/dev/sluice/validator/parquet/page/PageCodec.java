package dev.sluice.validator.parquet.page;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page decompression into a caller's buffer: UNCOMPRESSED, SNAPPY (snappy-java), GZIP (JDK, with
 * concatenated members), ZSTD (zstd-jni) and LZ4_RAW (aircompressor). Any other codec fails with
 * "unsupported compression codec X".
 *
 * <p>A claimed size is checked against what the codec can produce from the compressed bytes at
 * hand, and against a quarter of the JVM heap ({@link #checkSize}), before any buffer is sized
 * for it, so a corrupt header cannot ask for gigabytes; Snappy never sees an empty buffer.
 */
public final class PageCodec {
  /** Largest page inflated (parquet-java itself caps pages near 2 GiB). */
  public static final int MAX_PAGE_BYTES = Integer.MAX_VALUE - 64;

  private PageCodec() {}

  /** Whether pages in {@code codec} can be read. */
  public static boolean supports(CompressionCodecName codec) {
    switch (codec) {
      case UNCOMPRESSED: case SNAPPY: case GZIP: case ZSTD: case LZ4_RAW: return true;
      default: return false;
    }
  }

  public static IOException unsupported(CompressionCodecName codec) {
    return new IOException("unsupported compression codec " + codec);
  }

  /**
   * Fails unless {@code len} compressed bytes can plausibly inflate to {@code size} bytes: beyond
   * the codec's largest expansion ratio the header is corrupt.
   */
  public static void checkSize(CompressionCodecName codec, int len, int size) throws IOException {
    if (size < 0 || size > MAX_PAGE_BYTES) {
      throw new IOException("invalid uncompressed page size " + size);
    }
    long max;
    switch (codec) {
      case UNCOMPRESSED: max = len; break;
      case SNAPPY: max = (long) len * 24 + 1024; break; // a 3-byte copy yields 64 bytes
      case GZIP: max = (long) len * 1100 + 1024; break; // DEFLATE: ~1032:1
      case ZSTD: max = (long) len * 32_768 + 1024; break; // a 4-byte RLE block yields 128 KiB
      case LZ4_RAW: max = (long) len * 256 + 1024; break; // LZ4: ~255:1
      default: throw unsupported(codec);
    }
    if (size > max) {
      throw new IOException(
          "page header claims " + size + " bytes from " + len + " compressed bytes");
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (size > heap / 4) {
      // Within the codec's ratio (ZSTD: 64 KiB may claim 2 GiB) but past what this JVM can
      // hold beside the pages of other columns and threads: refuse before allocating, rather
      // than end in OutOfMemoryError (see SECURITY.md, finding 3).
      throw new IOException("page header claims " + size + " bytes uncompressed, more than a"
          + " quarter of the JVM heap (" + heap + " bytes); if the file is genuine, give the JVM"
          + " more memory (SLUICE_OPTS=-Xmx...)");
    }
  }

  /**
   * Inflates {@code compressed} into {@code out[0, size)}; fails unless it yields exactly {@code
   * size} bytes. Call {@link #checkSize} first.
   */
  public static void inflate(CompressionCodecName codec, Page.Slice compressed, byte[] out,
      int size) throws IOException {
    byte[] in = compressed.bytes();
    int off = compressed.start();
    int len = compressed.length();
    if (len == 0) {
      // nothing to inflate, and Snappy must never see an empty buffer
      check(0, size);
      return;
    }
    switch (codec) {
      case UNCOMPRESSED: check(len, size); System.arraycopy(in, off, out, 0, size); break;
      case SNAPPY: snappy(in, off, len, out, size); break;
      case GZIP: gunzip(in, off, len, out, size); break;
      case ZSTD: zstd(in, off, len, out, size); break;
      case LZ4_RAW: unlz4(in, off, len, out, size); break;
      default: throw unsupported(codec);
    }
  }

  private static void snappy(byte[] in, int off, int len, byte[] out, int size)
      throws IOException {
    int claimed = Snappy.uncompressedLength(in, off, len);
    check(claimed, size);
    if (size > 0) {
      check(Snappy.uncompress(in, off, len, out, 0), size);
    }
  }

  private static void gunzip(byte[] in, int off, int len, byte[] out, int size)
      throws IOException {
    // GZIPInputStream reads concatenated members as one stream.
    try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in, off, len))) {
      int n = gz.readNBytes(out, 0, size);
      if (n != size || gz.read() != -1) {
        throw new IOException("GZIP page does not inflate to " + size + " bytes");
      }
    }
  }

  private static void zstd(byte[] in, int off, int len, byte[] out, int size) throws IOException {
    long n = Zstd.decompressByteArray(out, 0, size, in, off, len);
    if (Zstd.isError(n)) {
      throw new IOException("ZSTD: " + Zstd.getErrorName(n));
    }
    check(n, size);
  }

  private static void unlz4(byte[] in, int off, int len, byte[] out, int size)
      throws IOException {
    try {
      check(new Lz4Decompressor().decompress(in, off, len, out, 0, size), size);
    } catch (RuntimeException e) {
      throw new IOException("LZ4_RAW: " + e.getMessage(), e);
    }
  }

  private static void check(long actual, int size) throws IOException {
    if (actual != size) {
      throw sizeMismatch(actual, size);
    }
  }

  private static IOException sizeMismatch(long actual, int size) {
    return new IOException("page inflates to " + actual + " bytes, header says " + size);
  }
}
