package dev.sluice.validator.parquet;

import com.github.luben.zstd.Zstd;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PageCodec;
import io.airlift.compress.lz4.Lz4Compressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
