package dev.sluice.validator.parquet.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hybrid decoder against parquet-java's encoder and decoder, for every bit width. */
class HybridRleTest {

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 20, 24, 25, 30, 31, 32})
  void decodesWhatParquetJavaEncodesAtEveryBitWidth(int width) throws IOException {
    Random random = new Random(width);
    int[] values = new int[5_000];
    long max = width == 0 ? 0 : (1L << width) - 1;
    for (int i = 0; i < values.length; ) {
      int run = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1; // repeats and noise
      int value = (int) (random.nextLong() & max);
      for (int k = 0; k < run && i < values.length; k++) {
        values[i++] = value;
      }
    }
    values[17] = (int) max; // the widest value
    byte[] bytes = encode(width, values);
    HybridRle decoder = new HybridRle().reset(bytes, 0, bytes.length, width);
    int[] out = new int[values.length];
    for (int at = 0; at < values.length; ) {
      int n = Math.min(values.length - at, 1 + random.nextInt(300)); // odd slices
      decoder.read(out, at, n);
      at += n;
    }
    assertThat(out).isEqualTo(values).isEqualTo(parquetJava(width, bytes, values.length));
  }

  @Test
  void decodesAtAnOffsetInsideALargerArray() throws IOException {
    byte[] encoded = encode(3, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2);
    byte[] padded = new byte[encoded.length + 20];
    System.arraycopy(encoded, 0, padded, 7, encoded.length);
    int[] out = new int[10];
    new HybridRle().reset(padded, 7, 7 + encoded.length, 3).read(out, 0, 10);
    assertThat(out).containsExactly(1, 2, 3, 4, 5, 6, 7, 0, 1, 2);
  }

  @Test
  void exposesRepeatedRunsWithoutDecodingThem() throws IOException {
    int[] values = new int[100];
    Arrays.fill(values, 1);
    byte[] bytes = encode(1, values);
    HybridRle decoder = new HybridRle().reset(bytes, 0, bytes.length, 1);
    assertThat(decoder.runLeft()).isEqualTo(100);
    assertThat(decoder.repeated()).isTrue();
    assertThat(decoder.repeatedValue()).isEqualTo(1);
    decoder.skipRepeated(60);
    assertThat(decoder.runLeft()).isEqualTo(40);
  }

  @Test
  void readsAShortenedLastBitPackedRunAsZerosLikeParquetJava() throws IOException {
    // one bit-packed group of 8 values of 8 bits, but only 3 of its 8 bytes present
    byte[] bytes = {(byte) 0x03, 5, 6, 7};
    int[] out = new int[8];
    new HybridRle().reset(bytes, 0, bytes.length, 8).read(out, 0, 8);
    assertThat(out).containsExactly(5, 6, 7, 0, 0, 0, 0, 0);
  }

  @Test
  void failsWhenTheDataEndsBeforeTheValues() throws IOException {
    byte[] bytes = encode(2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    HybridRle decoder = new HybridRle().reset(bytes, 0, bytes.length, 2);
    assertThatThrownBy(() -> decoder.read(new int[20], 0, 20))
        .isInstanceOf(IOException.class).hasMessageContaining("ends before all values");
  }

  @Test
  void failsOnMalformedRuns() {
    assertThatThrownBy(() -> new HybridRle().reset(new byte[] {0, 0}, 0, 2, 1)
        .read(new int[1], 0, 1)).hasMessageContaining("RLE run of 0 values");
    assertThatThrownBy(() -> new HybridRle().reset(new byte[] {(byte) 0x80, (byte) 0x80,
        (byte) 0x80, (byte) 0x80, (byte) 0x80, 1}, 0, 6, 1).read(new int[1], 0, 1))
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> new HybridRle().reset(new byte[] {4}, 0, 1, 16)
        .read(new int[1], 0, 1)).hasMessageContaining("cut off");
    assertThatThrownBy(() -> new HybridRle().reset(new byte[4], 0, 4, 33))
        .hasMessageContaining("outside 0..32");
    assertThatThrownBy(() -> new HybridRle().reset(new byte[4], 2, 9, 1))
        .hasMessageContaining("outside its page");
  }

  @SuppressWarnings("deprecation") // toByteArray: test bytes are small
  static byte[] encode(int width, int... values) throws IOException {
    try (RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(
        width, 64, 1 << 20, HeapByteBufferAllocator.getInstance())) {
      for (int v : values) {
        encoder.writeInt(v);
      }
      return encoder.toBytes().toByteArray();
    }
  }

  private static int[] parquetJava(int width, byte[] bytes, int count) throws IOException {
    RunLengthBitPackingHybridDecoder decoder =
        new RunLengthBitPackingHybridDecoder(width, new ByteArrayInputStream(bytes));
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = decoder.readInt();
    }
    return out;
  }
}
