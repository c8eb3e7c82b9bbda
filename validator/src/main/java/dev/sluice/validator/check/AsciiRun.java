package dev.sluice.validator.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * The run of bytes of one class an automaton state loops on, skipped eight bytes at a time: for
 * classes whose complement within ASCII is at most two ranges ({@code [^A-Z]}, {@code [^@]},
 * {@code .}, ...), a word of ASCII bytes is tested with a few additions and masks (SWAR) instead
 * of eight dependent table lookups. Non-ASCII bytes end the run (the automaton decides).
 */
final class AsciiRun {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH = 0x8080_8080_8080_8080L;

  /**
   * Per range of excluded bytes (two, the second unused as 0/0): added so that the high bit of
   * each byte says "at least lo", and "above hi".
   */
  private final long atLeastLo0;
  private final long aboveHi0;
  private final long atLeastLo1;
  private final long aboveHi1;

  private AsciiRun(long[] atLeastLo, long[] aboveHi) {
    this.atLeastLo0 = atLeastLo.length > 0 ? atLeastLo[0] : 0;
    this.aboveHi0 = atLeastLo.length > 0 ? aboveHi[0] : 0;
    this.atLeastLo1 = atLeastLo.length > 1 ? atLeastLo[1] : 0;
    this.aboveHi1 = atLeastLo.length > 1 ? aboveHi[1] : 0;
  }

  /**
   * The run of the ASCII bytes {@code c} with {@code in[c]}; null when there are none, or when
   * the others form more than two ranges.
   */
  static @Nullable AsciiRun of(boolean[] in) {
    int[] ranges = new int[4];
    int count = 0;
    boolean any = false;
    for (int c = 0; c < in.length; c++) {
      any |= in[c];
      if (!in[c] && (c == 0 || in[c - 1])) {
        if (count == 2) {
          return null;
        }
        int hi = c;
        while (hi + 1 < in.length && !in[hi + 1]) {
          hi++;
        }
        ranges[2 * count] = c;
        ranges[2 * count + 1] = hi;
        count++;
      }
    }
    if (!any) {
      return null;
    }
    long[] lo = new long[count];
    long[] above = new long[count];
    for (int r = 0; r < count; r++) {
      lo[r] = ONES * (0x80 - ranges[2 * r]);
      above[r] = ONES * (0x7F - ranges[2 * r + 1]);
    }
    return new AsciiRun(lo, above);
  }

  /**
   * The first position from {@code i} that may end the run, stepping whole words of eight
   * bytes while all are ASCII and in the class (the last few bytes too, when the array goes on
   * past {@code end}); the caller goes on byte by byte from there.
   */
  int skip(byte[] bytes, int i, int end) {
    for (; i + 8 <= end; i += 8) {
      if ((offRun((long) LONG_LE.get(bytes, i)) & HIGH) != 0) {
        return i;
      }
    }
    if (i < end && i + 8 <= bytes.length) {
      // the last 1-7 bytes: a whole word read, only their high bits looked at
      long valid = HIGH >>> (8 * (8 - (end - i)));
      if ((offRun((long) LONG_LE.get(bytes, i)) & valid) == 0) {
        return end;
      }
    }
    return i;
  }

  /**
   * The high bit of each byte of {@code w} set when that byte is not ASCII or lies in an
   * excluded range (an unused range, 0/0, adds nothing). For ASCII bytes no carry crosses a
   * byte; a carry out of a non-ASCII byte only reaches bytes above it, already marked or not
   * looked at.
   */
  private long offRun(long w) {
    return w | ((w + atLeastLo0) & ~(w + aboveHi0)) | ((w + atLeastLo1) & ~(w + aboveHi1));
  }
}
