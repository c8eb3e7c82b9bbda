package dev.sluice.validator.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches over text buffers, eight bytes at a time (one {@code long}, little-endian: byte
 * {@code k} of the word is {@code buf[p + k]}), the tail byte by byte. Lines and plain ASCII are
 * most of what a JSON Lines reader looks at; a byte loop spent a nanosecond on each.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private ByteScan() {}

  /** The index of the first {@code b} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to, byte b) {
    long pattern = ONES * (b & 0xFF);
    int p = from;
    for (; p + Long.BYTES <= to; p += Long.BYTES) {
      long x = (long) LONGS.get(buf, p) ^ pattern;
      long zero = (x - ONES) & ~x & HIGH_BITS; // exact at its lowest bit: the first match
      if (zero != 0) {
        return p + Long.numberOfTrailingZeros(zero) / Byte.SIZE;
      }
    }
    for (; p < to; p++) {
      if (buf[p] == b) {
        return p;
      }
    }
    return -1;
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
}
