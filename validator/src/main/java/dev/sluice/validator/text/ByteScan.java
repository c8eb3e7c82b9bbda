package dev.sluice.validator.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches over text buffers, eight bytes at a time (one {@code long}, little-endian: byte
 * {@code k} of the word is {@code buf[p + k]}), the tail byte by byte. Lines and plain ASCII are
 * most of what a JSON Lines reader looks at, runs of plain data most of what the CSV prescan
 * does; a byte loop spent a nanosecond on each.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long BITS_5_AND_6 = ONES * 0x60;

  private ByteScan() {}

  /** The index of the first {@code b} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to, byte b) {
    long pattern = ONES * (b & 0xFF);
    int p = from;
    for (; p + Long.BYTES <= to; p += Long.BYTES) {
      long match = zeroBytes((long) LONGS.get(buf, p) ^ pattern);
      if (match != 0) {
        return p + Long.numberOfTrailingZeros(match) / Byte.SIZE;
      }
    }
    for (; p < to; p++) {
      if (buf[p] == b) {
        return p;
      }
    }
    return -1;
  }

  /** The index of the last {@code b} in {@code buf[from, to)}, or -1. */
  static int lastIndexOf(byte[] buf, int from, int to, byte b) {
    long pattern = ONES * (b & 0xFF);
    int p = to;
    for (; p - Long.BYTES >= from; p -= Long.BYTES) {
      long match = zeroBytes((long) LONGS.get(buf, p - Long.BYTES) ^ pattern);
      if (match != 0) {
        return p - Long.BYTES + (Long.SIZE - 1 - Long.numberOfLeadingZeros(match)) / Byte.SIZE;
      }
    }
    for (p--; p >= from; p--) {
      if (buf[p] == b) {
        return p;
      }
    }
    return -1;
  }

  /** How many bytes of {@code buf[from, to)} are {@code b}. */
  static int count(byte[] buf, int from, int to, byte b) {
    long pattern = ONES * (b & 0xFF);
    int n = 0;
    int p = from;
    for (; p + Long.BYTES <= to; p += Long.BYTES) {
      n += Long.bitCount(zeroBytes((long) LONGS.get(buf, p) ^ pattern));
    }
    for (; p < to; p++) {
      n += buf[p] == b ? 1 : 0;
    }
    return n;
  }

  /**
   * The index of the first byte of {@code buf[from, to)} that is {@code a}, {@code b}, {@code
   * c} or not ASCII, or {@code to}: where a run of plain ASCII data ends.
   */
  static int runEnd(byte[] buf, int from, int to, byte a, byte b, byte c) {
    long pa = ONES * (a & 0xFF);
    long pb = ONES * (b & 0xFF);
    long pc = ONES * (c & 0xFF);
    int p = from;
    for (; p + Long.BYTES <= to; p += Long.BYTES) {
      long w = (long) LONGS.get(buf, p);
      long stop = zeroBytes(w ^ pa) | zeroBytes(w ^ pb) | zeroBytes(w ^ pc) | (w & HIGH_BITS);
      if (stop != 0) {
        return p + Long.numberOfTrailingZeros(stop) / Byte.SIZE;
      }
    }
    for (; p < to; p++) {
      byte x = buf[p];
      if (x == a || x == b || x == c || x < 0) {
        return p;
      }
    }
    return to;
  }

  /**
   * The index of the first byte of {@code buf[from, to)} that ends plain JSON string content (a
   * quote, a backslash, a control character or a byte that is not ASCII), or {@code to}.
   */
  static int stringEnd(byte[] buf, int from, int to) {
    int p = from;
    for (; p + Long.BYTES <= to; p += Long.BYTES) {
      long w = (long) LONGS.get(buf, p);
      long stop = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES)
          | zeroBytes(w & BITS_5_AND_6) // below 0x20 (or above 0x7F, caught anyway)
          | (w & HIGH_BITS);
      if (stop != 0) {
        return p + Long.numberOfTrailingZeros(stop) / Byte.SIZE;
      }
    }
    for (; p < to; p++) {
      byte x = buf[p];
      if (x == '"' || x == '\\' || x < 0x20) {
        return p;
      }
    }
    return to;
  }

  /** The index of the first byte of {@code buf[from, to)} that is not ASCII, or {@code to}. */
  static int asciiEnd(byte[] buf, int from, int to) {
    int p = from;
    while (p + Long.BYTES <= to && ((long) LONGS.get(buf, p) & HIGH_BITS) == 0) {
      p += Long.BYTES;
    }
    while (p < to && buf[p] >= 0) {
      p++;
    }
    return p;
  }

  /**
   * The high bit of each byte of {@code x} that is zero, and no other bit (exact for every
   * byte: the sum of seven low bits and 0x7F never carries into the next byte).
   */
  private static long zeroBytes(long x) {
    long t = (x & LOW_BITS) + LOW_BITS;
    return ~(t | x | LOW_BITS);
  }
}
