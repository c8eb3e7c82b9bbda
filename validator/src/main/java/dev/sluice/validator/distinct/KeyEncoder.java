package dev.sluice.validator.distinct;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Canonical bytes of a tuple of values, for {@link BytesKeySet}: equal tuples encode equal, and
 * different ones never do. Each value is a type tag followed by a fixed-width value or a 4-byte
 * length and the bytes, so no encoding is a prefix of another and concatenations stay apart: {@code
 * ("ab", "c")} differs from {@code ("a", "bc")} and from {@code ("abc")}.
 *
 * <p>Equal means: numerically for doubles ({@code -0.0} equals {@code 0.0}; every NaN equals every
 * NaN) and for decimals ({@code 1.0} equals {@code 1.00}); by UTF-8 for strings; by content for
 * byte arrays. Values of different kinds are never equal: {@code 1L}, {@code 1.0} and {@code
 * BigDecimal.ONE} encode differently.
 *
 * <p>Reusable: {@link #clear()}, add the tuple's values, pass {@link #buffer()} and {@link
 * #length()} to the set. Not thread-safe.
 */
public final class KeyEncoder {
  private static final byte LONG = 1;
  private static final byte DOUBLE = 2;
  private static final byte STRING = 3;
  private static final byte BYTES = 4;
  private static final byte DECIMAL = 5;

  private byte[] buffer = new byte[64];
  private int length;

  /** The canonical bits of a double as a {@link LongKeySet} key: 0.0 for -0.0, one NaN. */
  public static long doubleKey(double value) {
    return Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
  }

  /** Starts a new tuple. */
  public KeyEncoder clear() {
    length = 0;
    return this;
  }

  public KeyEncoder addLong(long value) {
    ensure(9);
    buffer[length++] = LONG;
    putLong(value);
    return this;
  }

  public KeyEncoder addDouble(double value) {
    ensure(9);
    buffer[length++] = DOUBLE;
    putLong(doubleKey(value));
    return this;
  }

  public KeyEncoder addString(String value) {
    ensure(5 + (long) Utf8.MAX_BYTES_PER_CHAR * value.length());
    buffer[length++] = STRING;
    int start = length + 4;
    int end = Utf8.encode(value, buffer, start);
    putInt(end - start);
    length = end;
    return this;
  }

  public KeyEncoder addBytes(byte[] value) {
    ensure(5L + value.length);
    buffer[length++] = BYTES;
    putInt(value.length);
    System.arraycopy(value, 0, buffer, length, value.length);
    length += value.length;
    return this;
  }

  /** Adds a decimal by its value: trailing zeros stripped, every zero as 0. */
  public KeyEncoder addDecimal(BigDecimal value) {
    BigDecimal canonical = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    byte[] unscaled = canonical.unscaledValue().toByteArray();
    ensure(9L + unscaled.length);
    buffer[length++] = DECIMAL;
    putInt(canonical.scale());
    putInt(unscaled.length);
    System.arraycopy(unscaled, 0, buffer, length, unscaled.length);
    length += unscaled.length;
    return this;
  }

  /**
   * Adds a value of any supported kind: integral boxes as long, Double and Float as double, String,
   * byte[], BigDecimal.
   */
  public KeyEncoder add(Object value) {
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return addLong(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return addDouble(((Number) value).doubleValue());
    }
    if (value instanceof String) {
      return addString((String) value);
    }
    if (value instanceof byte[]) {
      return addBytes((byte[]) value);
    }
    if (value instanceof BigDecimal) {
      return addDecimal((BigDecimal) value);
    }
    throw new IllegalArgumentException("no key encoding for " + value.getClass().getName());
  }

  /** The encoding so far is {@code buffer()[0..length())}; the array is reused by later adds. */
  public byte[] buffer() {
    return buffer;
  }

  public int length() {
    return length;
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, length);
  }

  private void ensure(long more) {
    long needed = length + more;
    if (needed > buffer.length) {
      if (needed > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("key of more than 2 GiB");
      }
      buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 8, 2 * needed));
    }
  }

  private void putLong(long v) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[length++] = (byte) (v >>> shift);
    }
  }

  private void putInt(int v) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[length++] = (byte) (v >>> shift);
    }
  }
}
