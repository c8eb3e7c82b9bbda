package dev.sluice.validator.parquet;

import com.github.luben.zstd.Zstd;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PageCodec;
import io.airlift.compress.lz4.Lz4Compressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.nio.ByteBuffer;
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
 * codec; this factory never does. Decompression is {@link PageCodec}'s, which checks the claimed
 * page size against what the codec can produce before allocating.
 */
public final class PlainCodecFactory implements CompressionCodecFactory {

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

  /** Scratch output of the compressors that need one, one per thread. */
  private static final ThreadLocal<byte[][]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1][0]);

  /**
   * {@code in[off, off+len)} compressed with {@code codec}, in an array of its own and exactly
   * its size (the codecs that need a bound-sized output use this thread's scratch for it).
   */
  public static byte[] compress(CompressionCodecName codec, byte[] in, int off, int len)
      throws IOException {
    switch (codec) {
      case UNCOMPRESSED: return Arrays.copyOfRange(in, off, off + len);
      case SNAPPY: {
        byte[] out = scratch(Snappy.maxCompressedLength(len));
        return Arrays.copyOf(out, Snappy.rawCompress(in, off, len, out, 0));
      }
      case GZIP: return gzip(in, off, len);
      case ZSTD: {
        byte[] out = scratch((int) Zstd.compressBound(len));
        long n = Zstd.compressByteArray(out, 0, out.length, in, off, len, 3);
        if (Zstd.isError(n)) {
          throw new IOException("zstd: " + Zstd.getErrorName(n));
        }
        return Arrays.copyOf(out, (int) n);
      }
      case LZ4_RAW: {
        Lz4Compressor c = new Lz4Compressor();
        byte[] out = scratch(c.maxCompressedLength(len));
        return Arrays.copyOf(out, c.compress(in, off, len, out, 0, out.length));
      }
      default: throw unsupported(codec);
    }
  }

  private static byte[] scratch(int size) {
    byte[][] held = SCRATCH.get();
    if (held[0].length < size) {
      held[0] = new byte[size];
    }
    return held[0];
  }

  private static byte[] gzip(byte[] in, int off, int len) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(len / 2 + 32);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(in, off, len);
    }
    return out.toByteArray();
  }

  /** Whether pages in {@code codec} can be read. */
  public static boolean supports(CompressionCodecName codec) {
    return PageCodec.supports(codec);
  }

  static IOException unsupported(CompressionCodecName codec) {
    return PageCodec.unsupported(codec);
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
      if (codec == CompressionCodecName.UNCOMPRESSED) {
        return BytesInput.from(in); // already an array of its own: no second copy
      }
      return BytesInput.from(PlainCodecFactory.compress(codec, in, 0, in.length));
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
      return BytesInput.from(inflate(in, uncompressedSize));
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
        throws IOException {
      byte[] in = new byte[compressedSize];
      input.duplicate().get(in);
      byte[] out = codec == CompressionCodecName.UNCOMPRESSED ? in : inflate(in, size);
      output.put(out, 0, Math.min(out.length, size));
    }

    private byte[] inflate(byte[] in, int size) throws IOException {
      if (!supports(codec)) {
        throw unsupported(codec);
      }
      PageCodec.checkSize(codec, in.length, size);
      byte[] out = new byte[size];
      PageCodec.inflate(codec, new Page.Slice(in, 0, in.length), out, size);
      return out;
    }

    @Override
    public void release() {
      // stateless
    }
  }
}
