package dev.sluice.validator.arrow;

import dev.sluice.validator.arrow.ValueReader.BadValueException;
import dev.sluice.validator.data.ColumnVector;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VariableWidthFieldVector;
import org.apache.arrow.vector.util.DecimalUtility;

/**
 * The value readers of {@link LeafTypes}, one per storage conversion. Fixed-width values are read
 * straight from the data buffer (bounds-checked by {@link ArrowBuf}); no value is boxed except
 * objects (decimals, strings, bytes).
 */
final class ValueReaders {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  static final ValueReader INT8 = longs((d, i) -> d.getByte(i));
  static final ValueReader INT16 = longs((d, i) -> d.getShort(2L * i));
  static final ValueReader INT32 = longs((d, i) -> d.getInt(4L * i));
  static final ValueReader INT64 = longs((d, i) -> d.getLong(8L * i));
  static final ValueReader UINT8 = longs((d, i) -> d.getByte(i) & 0xFFL);
  static final ValueReader UINT16 = longs((d, i) -> d.getShort(2L * i) & 0xFFFFL);
  static final ValueReader UINT32 = longs((d, i) -> d.getInt(4L * i) & 0xFFFF_FFFFL);
  static final ValueReader UINT64 = longs((d, i) -> uint64(d.getLong(8L * i)));
  /** Time32(SECOND) as milliseconds (exact). */
  static final ValueReader SECONDS32_AS_MILLIS = longs((d, i) -> d.getInt(4L * i) * 1000L);
  /** Timestamp(SECOND) as milliseconds; beyond the range of milliseconds is a bad value. */
  static final ValueReader SECONDS64_AS_MILLIS = longs((d, i) -> secondsToMillis(d.getLong(8L * i)));
  /** Date64 (milliseconds) as days. */
  static final ValueReader DATE64_AS_DAYS =
      longs((d, i) -> Math.floorDiv(d.getLong(8L * i), MILLIS_PER_DAY));
  static final ValueReader BOOLEAN = longs((d, i) -> BitVectorHelper.get(d, i));

  static final ValueReader FLOAT32 = doubles((v, d, i) -> d.getFloat(4L * i));
  static final ValueReader FLOAT64 = doubles((v, d, i) -> d.getDouble(8L * i));
  static final ValueReader FLOAT16 =
      doubles((v, d, i) -> ((Float2Vector) v).getValueAsDouble(i));

  static final ValueReader BYTES = objects((v, i) -> ((VariableWidthFieldVector) v).get(i));
  static final ValueReader FIXED_BYTES = objects((v, i) -> ((FixedSizeBinaryVector) v).get(i));
  static final ValueReader UUID_TEXT = objects((v, i) -> uuid(((FixedSizeBinaryVector) v).get(i)));
  static final ValueReader STRING_VIEW = objects((v, i) ->
      new String(((VariableWidthFieldVector) v).get(i), StandardCharsets.UTF_8));
  static final ValueReader STRING = ValueReaders::utf8;
  /** Values Sluice cannot check: their nulls only, never their values. */
  static final ValueReader NULLS_ONLY = objects((v, i) -> null);

  private ValueReaders() {}

  static ValueReader decimal(int scale, int byteWidth) {
    return objects((v, i) -> decimal(v, i, scale, byteWidth));
  }

  private interface LongAt {
    long at(ArrowBuf data, int i);
  }

  private interface DoubleAt {
    double at(ValueVector v, ArrowBuf data, int i);
  }

  private interface ObjectAt {
    Object at(ValueVector v, int i);
  }

  // Hot loops: one pass per batch, the null test and one buffer read per value.
  private static ValueReader longs(LongAt at) {
    return (v, idx, n, out) -> {
      ArrowBuf data = ((BaseFixedWidthVector) v).getDataBuffer();
      boolean[] nulls = out.nulls;
      long[] longs = out.longs;
      for (int k = 0; k < n; k++) {
        if (!nulls[k]) {
          int i = idx[k];
          if (v.isNull(i)) {
            nulls[k] = true;
          } else {
            longs[k] = at.at(data, i);
          }
        }
      }
    };
  }

  private static ValueReader doubles(DoubleAt at) {
    return (v, idx, n, out) -> {
      ArrowBuf data = ((BaseFixedWidthVector) v).getDataBuffer();
      boolean[] nulls = out.nulls;
      double[] doubles = out.doubles;
      for (int k = 0; k < n; k++) {
        if (!nulls[k]) {
          int i = idx[k];
          if (v.isNull(i)) {
            nulls[k] = true;
          } else {
            doubles[k] = at.at(v, data, i);
          }
        }
      }
    };
  }

  private static ValueReader objects(ObjectAt at) {
    return (v, idx, n, out) -> {
      boolean[] nulls = out.nulls;
      Object[] objects = out.objects;
      for (int k = 0; k < n; k++) {
        objects[k] = null;
        if (!nulls[k]) {
          int i = idx[k];
          if (v.isNull(i)) {
            nulls[k] = true;
          } else {
            objects[k] = at.at(v, i);
          }
        }
      }
    };
  }

  /** Utf8 with 32-bit offsets: each value decoded from the data buffer through one scratch array. */
  private static void utf8(ValueVector vector, int[] idx, int n, ColumnVector out) {
    VarCharVector v = (VarCharVector) vector;
    ArrowBuf offsets = v.getOffsetBuffer();
    ArrowBuf data = v.getDataBuffer();
    byte[] scratch = new byte[64];
    for (int k = 0; k < n; k++) {
      out.objects[k] = null;
      if (!out.nulls[k]) {
        int i = idx[k];
        if (v.isNull(i)) {
          out.nulls[k] = true;
          continue;
        }
        int start = offsets.getInt(4L * i);
        int length = offsets.getInt(4L * i + 4) - start;
        if (length < 0) {
          throw new BadValueException("Utf8 offsets decrease at value " + i);
        }
        if (length > scratch.length) {
          scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        data.getBytes(start, scratch, 0, length);
        out.objects[k] = new String(scratch, 0, length, StandardCharsets.UTF_8);
      }
    }
  }

  static long uint64(long raw) {
    if (raw < 0) {
      throw new BadValueException("unsigned 64-bit value " + Long.toUnsignedString(raw)
          + " does not fit a signed 64-bit integer");
    }
    return raw;
  }

  static long secondsToMillis(long seconds) {
    if (seconds > Long.MAX_VALUE / 1000 || seconds < Long.MIN_VALUE / 1000) {
      throw new BadValueException("timestamp of " + seconds + " seconds is beyond the range of"
          + " 64-bit milliseconds");
    }
    return seconds * 1000;
  }

  private static BigDecimal decimal(ValueVector v, int i, int scale, int byteWidth) {
    return DecimalUtility.getBigDecimalFromArrowBuf(
        ((BaseFixedWidthVector) v).getDataBuffer(), i, scale, byteWidth);
  }

  static String uuid(byte[] bytes) {
    if (bytes.length != 16) {
      throw new BadValueException("UUID value of " + bytes.length + " bytes");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    return new UUID(b.getLong(0), b.getLong(8)).toString();
  }
}
