package dev.sluice.validator.check;

import java.nio.charset.StandardCharsets;

/**
 * A per-value test compiled for one column type. Only the method matching the column's storage
 * is called; nulls never reach it (the check decides what a null means).
 */
public interface ValueTest {

  default boolean failsLong(long value) {
    return false;
  }

  default boolean failsDouble(double value) {
    return false;
  }

  default boolean failsObject(Object value) {
    return false;
  }

  /**
   * The indexes {@code i < n} of the values that are not null and fail, written in order to
   * {@code failing}; returns how many. Tests of a comparison or two override it with a loop
   * that makes no call per value.
   */
  default int failingLongs(long[] values, boolean[] nulls, int n, int[] failing) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!nulls[i] && failsLong(values[i])) {
        failing[k++] = i;
      }
    }
    return k;
  }

  /** {@link #failingLongs} for doubles. */
  default int failingDoubles(double[] values, boolean[] nulls, int n, int[] failing) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!nulls[i] && failsDouble(values[i])) {
        failing[k++] = i;
      }
    }
    return k;
  }

  /**
   * Whether {@link #failsUtf8} judges text in place, cheaper than decoding it: a source may then
   * hand this test's column as UTF-8 bytes ({@link dev.sluice.validator.data.ColumnVector#utf8}).
   */
  default boolean readsUtf8() {
    return false;
  }

  /** {@link #failsObject} of the string whose UTF-8 bytes are {@code bytes[off, off+len)}. */
  default boolean failsUtf8(byte[] bytes, int off, int len) {
    return failsObject(new String(bytes, off, len, StandardCharsets.UTF_8));
  }

  /**
   * {@link #failsUtf8} over a batch of UTF-8 values (value {@code i} is {@code bytes[starts[i],
   * starts[i] + lengths[i])}): writes the indexes of the failing non-null values to {@code
   * failing} in order, returns how many.
   */
  default int failingUtf8(byte[] bytes, int[] starts, int[] lengths, boolean[] nulls, int n,
      int[] failing) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!nulls[i] && failsUtf8(bytes, starts[i], lengths[i])) {
        failing[k++] = i;
      }
    }
    return k;
  }

  /**
   * Whether judging one value costs much more than looking it up in a hash map (patterns,
   * formats), so that verdicts are worth remembering by value across chunks and files.
   */
  default boolean costly() {
    return false;
  }
}
