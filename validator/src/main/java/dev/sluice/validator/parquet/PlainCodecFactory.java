package dev.sluice.validator.parquet;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression without Hadoop: UNCOMPRESSED, SNAPPY (snappy-java), GZIP (JDK, with
 * concatenated members), ZSTD (zstd-jni) and LZ4_RAW (aircompressor). Any other codec (BROTLI,
 * LZO, Hadoop-framed LZ4) fails with "unsupported compression codec X" when a page needs it.
 *
 * <p>parquet-java's own {@code CodecFactory} builds a Hadoop {@code Configuration} for every
 * codec; this factory never does. Decompression checks the claimed page size against what the
 * codec can produce before allocating, so a corrupt header cannot ask for gigabytes.
 */
public final class PlainCodecFactory implements CompressionCodecFactory {

  /** Largest page this factory will inflate (parquet-java itself caps pages near 2 GiB). */
  static final int MAX_PAGE_BYTES = Integer.MAX_VALUE - 64;

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return new Compressor(codec);
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new Decompressor(codec);
  }

  @Override
  public void release() {
    // nothing pooled
  }

  /** Whether pages in {@code codec} can be read. */
  public static boolean supports(CompressionCodecName codec) {
    switch (codec) {
      case UNCOMPRESSED: case SNAPPY: case GZIP: case ZSTD: case LZ4_RAW: return true;
      default: return false;
    }
  }

  static IOException unsupported(CompressionCodecName codec) {
    return new IOException("unsupported compression codec " + codec);
  }

  private static final class Compressor implements BytesInputCompressor {
    private final CompressionCodecName codec;

    Compressor(CompressionCodecName codec) {
      this.codec = codec;
    }

    @Override
    @SuppressWarnings("deprecation") // toByteArray: a page is one array here anyway
    public BytesInput compress(BytesInput bytes) throws IOException {
      byte[] in = bytes.toByteArray();
      switch (codec) {
        case UNCOMPRESSED: return BytesInput.from(in);
        case SNAPPY: return BytesInput.from(in.length == 0 ? new byte[] {0} : Snappy.compress(in));
        case GZIP: return BytesInput.from(gzip(in));
        case ZSTD: return BytesInput.from(Zstd.compress(in, 3));
        case LZ4_RAW: return BytesInput.from(lz4(in));
        default: throw unsupported(codec);
      }
    }

    private static byte[] gzip(byte[] in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 32);
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(in);
      }
      return out.toByteArray();
    }

    private static byte[] lz4(byte[] in) {
      Lz4Compressor c = new Lz4Compressor();
      byte[] out = new byte[c.maxCompressedLength(in.length)];
      int n = c.compress(in, 0, in.length, out, 0, out.length);
      return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public CompressionCodecName getCodecName() {
      return codec;
    }

    @Override
    public void release() {
      // stateless
    }
  }

  private static final class Decompressor implements BytesInputDecompressor {
    private final CompressionCodecName codec;

    Decompressor(CompressionCodecName codec) {
      this.codec = codec;
    }

    @Override
    @SuppressWarnings("deprecation") // toByteArray: a page is one array here anyway
    public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
      if (codec == CompressionCodecName.UNCOMPRESSED) {
        return bytes;
      }
      byte[] in = bytes.toByteArray();
      return BytesInput.from(inflate(in, 0, in.length, uncompressedSize));
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
        throws IOException {
      byte[] in = new byte[compressedSize];
      input.duplicate().get(in);
      byte[] out = codec == CompressionCodecName.UNCOMPRESSED ? in : inflate(in, 0, in.length, size);
      output.put(out, 0, Math.min(out.length, size));
    }

    private byte[] inflate(byte[] in, int off, int len, int size) throws IOException {
      if (size < 0 || size > MAX_PAGE_BYTES) {
        throw new IOException("invalid uncompressed page size " + size);
      }
      switch (codec) {
        case SNAPPY: return snappy(in, off, len, size);
        case GZIP: return gunzip(in, off, len, size);
        case ZSTD: return zstd(in, off, len, size);
        case LZ4_RAW: return unlz4(in, off, len, size);
        default: throw unsupported(codec);
      }
    }

    private static byte[] snappy(byte[] in, int off, int len, int size) throws IOException {
      if (len == 0 || size == 0) {
        // Snappy must never see an empty buffer; an empty page has nothing to inflate.
        return checkEmpty(len == 0 ? 0 : Snappy.uncompressedLength(in, off, len), size);
      }
      int claimed = Snappy.uncompressedLength(in, off, len);
      if (claimed != size) {
        throw sizeMismatch(claimed, size);
      }
      byte[] out = new byte[size];
      int n = Snappy.uncompress(in, off, len, out, 0);
      return check(out, n, size);
    }

    private static byte[] gunzip(byte[] in, int off, int len, int size) throws IOException {
      // DEFLATE cannot expand beyond ~1032:1; a larger claim is a corrupt header.
      if (size > (long) len * 1100 + 1024) {
        throw implausible(len, size);
      }
      byte[] out = new byte[size];
      if (len == 0) {
        return checkEmpty(0, size);
      }
      // GZIPInputStream reads concatenated members as one stream.
      try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in, off, len))) {
        int n = gz.readNBytes(out, 0, size);
        if (n != size || gz.read() != -1) {
          throw new IOException("GZIP page does not inflate to " + size + " bytes");
        }
      }
      return out;
    }

    private static byte[] zstd(byte[] in, int off, int len, int size) throws IOException {
      if (len == 0) {
        return checkEmpty(0, size);
      }
      if (size > (long) len * 32_768 + 1024) {
        throw implausible(len, size);
      }
      byte[] out = new byte[size];
      long n = Zstd.decompressByteArray(out, 0, size, in, off, len);
      if (Zstd.isError(n)) {
        throw new IOException("ZSTD: " + Zstd.getErrorName(n));
      }
      return check(out, (int) n, size);
    }

    private static byte[] unlz4(byte[] in, int off, int len, int size) throws IOException {
      if (len == 0) {
        return checkEmpty(0, size);
      }
      // LZ4 cannot expand beyond ~255:1.
      if (size > (long) len * 256 + 1024) {
        throw implausible(len, size);
      }
      byte[] out = new byte[size];
      try {
        int n = new Lz4Decompressor().decompress(in, off, len, out, 0, size);
        return check(out, n, size);
      } catch (RuntimeException e) {
        throw new IOException("LZ4_RAW: " + e.getMessage(), e);
      }
    }

    private static byte[] checkEmpty(int actual, int size) throws IOException {
      if (actual != 0 || size != 0) {
        throw sizeMismatch(actual, size);
      }
      return new byte[0];
    }

    private static byte[] check(byte[] out, int actual, int size) throws IOException {
      if (actual != size) {
        throw sizeMismatch(actual, size);
      }
      return out;
    }

    private static IOException sizeMismatch(long actual, int size) {
      return new IOException("page inflates to " + actual + " bytes, header says " + size);
    }

    private static IOException implausible(int len, int size) {
      return new IOException(
          "page header claims " + size + " bytes from " + len + " compressed bytes");
    }

    @Override
    public void release() {
      // stateless
    }
  }
}
