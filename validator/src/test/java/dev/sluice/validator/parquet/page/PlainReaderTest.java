package dev.sluice.validator.parquet.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

/** PLAIN values into arrays: widths, sign, bit order, UTF-8, and truncated sections. */
class PlainReaderTest {

  @Test
  void decodesFixedWidthValuesLittleEndian() throws IOException {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(-2).putInt(7).putLong(Long.MIN_VALUE).putFloat(-0.0f).putDouble(Double.NaN);
    PlainReader in = new PlainReader().reset(b.array(), 0, b.position());
    long[] longs = new long[3];
    double[] doubles = new double[2];
    in.int32s(longs, 0, 1);
    in.uint32s(longs, 1, 1);
    in.int64s(longs, 2, 1);
    in.floats(doubles, 0, 1);
    in.doubles(doubles, 1, 1);
    assertThat(longs).containsExactly(-2, 7, Long.MIN_VALUE);
    assertThat(doubles[0]).isEqualTo(-0.0);
    assertThat(doubles[1]).isNaN();
  }

  @Test
  void readsUint32ZeroExtendedAndDecimalsScaled() throws IOException {
    byte[] bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(-1)
        .putLong(-12345L).array();
    long[] longs = new long[1];
    new PlainReader().reset(bytes, 0, 4).uint32s(longs, 0, 1);
    assertThat(longs[0]).isEqualTo(4294967295L);
    Object[] objects = new Object[2];
    new PlainReader().reset(bytes, 0, 4).decimal32s(objects, 0, 1, 2);
    new PlainReader().reset(bytes, 4, 12).decimal64s(objects, 1, 1, 3);
    assertThat(objects).containsExactly(new BigDecimal("-0.01"), new BigDecimal("-12.345"));
  }

  @Test
  void readsBooleansLeastSignificantBitFirstAcrossCalls() throws IOException {
    byte[] bytes = {(byte) 0b1010_0101, (byte) 0b0000_0011};
    PlainReader in = new PlainReader().reset(bytes, 0, 2);
    long[] out = new long[10];
    in.booleans(out, 0, 3);
    in.booleans(out, 3, 7);
    assertThat(out).containsExactly(1, 0, 1, 0, 0, 1, 0, 1, 1, 1);
    assertThatThrownBy(() -> in.booleans(out, 0, 7)).hasMessageContaining("fewer values");
  }

  @Test
  void decodesStringsExactlyLikeParquetJavaIncludingMalformedUtf8() throws IOException {
    Random random = new Random(42);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    byte[][] values = new byte[500][];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 5 == 0 ? "ünï 日本 🙂".getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : new byte[random.nextInt(12)];
      if (i % 5 != 0) {
        random.nextBytes(values[i]); // arbitrary bytes, mostly not UTF-8
      }
      plain.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
          .putInt(values[i].length).array());
      plain.writeBytes(values[i]);
    }
    byte[] bytes = plain.toByteArray();
    Object[] strings = new Object[values.length];
    Object[] binaries = new Object[values.length];
    new PlainReader().reset(bytes, 0, bytes.length).strings(strings, 0, values.length);
    new PlainReader().reset(bytes, 0, bytes.length).binaries(binaries, 0, values.length);
    for (int i = 0; i < values.length; i++) {
      assertThat(strings[i]).isEqualTo(Binary.fromConstantByteArray(values[i]).toStringUsingUTF8());
      assertThat((byte[]) binaries[i]).isEqualTo(values[i]);
    }
  }

  @Test
  void failsInsteadOfReadingPastTheSection() {
    byte[] bytes = new byte[16];
    assertThatThrownBy(() -> new PlainReader().reset(bytes, 0, 7).int64s(new long[1], 0, 1))
        .isInstanceOf(IOException.class).hasMessageContaining("fewer values");
    assertThatThrownBy(() -> new PlainReader().reset(bytes, 0, 12).int32s(new long[4], 0, 4))
        .hasMessageContaining("fewer values");
    byte[] lying = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(100).array();
    assertThatThrownBy(() -> new PlainReader().reset(lying, 0, 8).strings(new Object[1], 0, 1))
        .hasMessageContaining("length 100 runs past the end");
    byte[] negative = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(-5).array();
    assertThatThrownBy(() -> new PlainReader().reset(negative, 0, 8).binaries(new Object[1], 0, 1))
        .hasMessageContaining("length 4294967291");
  }
}
