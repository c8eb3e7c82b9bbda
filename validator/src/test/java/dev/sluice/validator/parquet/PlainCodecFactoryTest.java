package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PlainCodecFactoryTest {
  private final PlainCodecFactory factory = new PlainCodecFactory();

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
  void roundTripsPagesOfAnySize(CompressionCodecName codec) throws IOException {
    for (int size : new int[] {0, 1, 100, 70_000}) {
      byte[] data = sample(size);
      BytesInput packed = factory.getCompressor(codec).compress(BytesInput.from(data));
      BytesInputDecompressor d = factory.getDecompressor(codec);
      assertThat(d.decompress(BytesInput.from(packed.toByteArray()), size).toByteArray())
          .isEqualTo(data);
      ByteBuffer out = ByteBuffer.allocate(size);
      byte[] in = packed.toByteArray();
      d.decompress(ByteBuffer.wrap(in), in.length, out, size);
      assertThat(out.array()).isEqualTo(data);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
  void compressesASliceOfALargerArrayAfterALargerOne(CompressionCodecName codec)
      throws IOException {
    byte[] large = sample(300_000);
    PlainCodecFactory.compress(codec, large, 0, large.length); // leaves a large scratch behind
    for (int size : new int[] {0, 1, 100, 70_000}) {
      byte[] data = sample(size + 13);
      byte[] packed = PlainCodecFactory.compress(codec, data, 13, size);
      byte[] slice = java.util.Arrays.copyOfRange(data, 13, 13 + size);
      assertThat(factory.getDecompressor(codec).decompress(BytesInput.from(packed), size)
          .toByteArray()).isEqualTo(slice);
    }
  }

  @Test
  void inflatesConcatenatedGzipMembers() throws IOException {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip("hello ".getBytes(StandardCharsets.UTF_8)));
    both.write(gzip("world".getBytes(StandardCharsets.UTF_8)));
    BytesInput out = factory.getDecompressor(CompressionCodecName.GZIP)
        .decompress(BytesInput.from(both.toByteArray()), 11);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("hello world");
  }

  @ParameterizedTest
  @EnumSource(value = CompressionCodecName.class, names = {"BROTLI", "LZO", "LZ4"})
  void rejectsOtherCodecsByName(CompressionCodecName codec) {
    assertThatThrownBy(() -> factory.getDecompressor(codec)
        .decompress(BytesInput.from(new byte[] {1, 2}), 10))
        .hasMessage("unsupported compression codec " + codec);
  }

  @ParameterizedTest
  @EnumSource(value = CompressionCodecName.class, names = {"SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
  void refusesAbsurdPageSizesBeforeAllocating(CompressionCodecName codec) {
    assertThatThrownBy(() -> factory.getDecompressor(codec)
        .decompress(BytesInput.from(new byte[] {1, 2, 3, 4}), 2_000_000_000))
        .isInstanceOf(IOException.class);
  }

  private static byte[] sample(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i % 7 == 0 ? i : 'a' + i % 3);
    }
    return b;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
