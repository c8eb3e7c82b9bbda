package dev.sluice.validator.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.values.delta.DeltaBinaryPackingValuesReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DeltaLongs} read back by parquet-java's own DELTA_BINARY_PACKED reader. */
class DeltaLongsTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 31, 32, 33, 127, 128, 129, 130, 255, 256, 257, 1000, 4097})
  void everyShapeOfValuesReadsBackExactly(int count) throws Exception {
    SplittableRandom random = new SplittableRandom(count);
    LongUnaryOperator[] shapes = {
        i -> 1_000_001 + i, // consecutive ids: width 0
        i -> 7, // constant
        i -> 1_700_000_000_000_000L + i * 1_000_000 + random.nextInt(1_000_000), // timestamps
        i -> 1 + random.nextInt(50_000), // small random, negative deltas
        i -> random.nextLong(), // any 64 bits: deltas wrap
        i -> i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE, // the widest deltas
        i -> -i * 3, // decreasing
        i -> random.nextInt(10) == 0 ? random.nextLong() : i, // rare outliers per miniblock
    };
    for (LongUnaryOperator shape : shapes) {
      long[] values = new long[count];
      for (int i = 0; i < count; i++) {
        values[i] = shape.applyAsLong(i);
      }
      assertThat(roundTrip(values)).isEqualTo(values);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 31, 57, 63, 64})
  void eachBitWidthPacksExactly(int width) throws Exception {
    long mask = width == 64 ? -1L : (1L << width) - 1;
    SplittableRandom random = new SplittableRandom(width);
    long[] values = new long[300];
    long v = 0;
    for (int i = 0; i < values.length; i++) {
      v += random.nextLong() & mask;
      values[i] = v;
    }
    assertThat(roundTrip(values)).isEqualTo(values);
  }

  @org.junit.jupiter.api.Test
  void consecutiveValuesTakeAFewBytesABlock() {
    long[] values = new long[128 * 100 + 1];
    Arrays.setAll(values, i -> 5_000_000_000L + i);
    PageBytes out = new PageBytes();
    new DeltaLongs().encode(values, values.length, out);
    // the header, then per block one varint and four widths of 0
    assertThat(out.size()).isLessThan(20 + 100 * 6);
  }

  private static long[] roundTrip(long[] values) throws Exception {
    PageBytes out = new PageBytes();
    out.int32(0x5a5a5a5a); // something before, as a page's levels are
    int start = out.size();
    new DeltaLongs().encode(values, values.length, out);
    DeltaBinaryPackingValuesReader reader = new DeltaBinaryPackingValuesReader();
    ByteBuffer buffer = ByteBuffer.wrap(out.array(), start, out.size() - start).slice();
    reader.initFromPage(values.length, ByteBufferInputStream.wrap(buffer));
    long[] read = new long[values.length];
    for (int i = 0; i < read.length; i++) {
      read[i] = reader.readLong();
    }
    return read;
  }
}
