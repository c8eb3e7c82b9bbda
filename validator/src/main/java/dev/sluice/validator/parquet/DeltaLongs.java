package dev.sluice.validator.parquet;

/**
 * The DELTA_BINARY_PACKED encoding of a page's INT64 values, as the Parquet format defines it:
 * a header (block size 128, 4 miniblocks of 32, the value count, the first value zigzag), then
 * per block the smallest delta (zigzag) and each miniblock's bit width, and the miniblocks'
 * deltas minus that smallest delta, bit-packed least significant bit first. Deltas wrap as
 * 64-bit integers do, and readers undo them the same way.
 *
 * <p>The split writes INT64 columns so: ids, timestamps and counters that grow row by row take
 * a few bits a value instead of eight bytes, which the codec then need not compress.
 */
final class DeltaLongs {
  private static final int BLOCK = 128;
  private static final int MINIBLOCKS = 4;
  private static final int MINIBLOCK = BLOCK / MINIBLOCKS;

  private final long[] deltas = new long[BLOCK];
  private final int[] widths = new int[MINIBLOCKS];

  /** Appends {@code values[0..count)} encoded to {@code out}. */
  void encode(long[] values, int count, PageBytes out) {
    out.varint(BLOCK);
    out.varint(MINIBLOCKS);
    out.varint(count);
    out.varlong(zigzag(count == 0 ? 0 : values[0]));
    for (int first = 1; first < count; first += BLOCK) {
      block(values, first, Math.min(BLOCK, count - first), out);
    }
  }

  /** The block of the deltas ending at values {@code [first, first+n)}. */
  private void block(long[] values, int first, int n, PageBytes out) {
    long min = Long.MAX_VALUE;
    for (int k = 0; k < n; k++) {
      long d = values[first + k] - values[first + k - 1];
      deltas[k] = d;
      min = Math.min(min, d);
    }
    out.varlong(zigzag(min));
    java.util.Arrays.fill(widths, 0);
    int used = (n + MINIBLOCK - 1) / MINIBLOCK;
    for (int m = 0; m < used; m++) {
      long bits = 0;
      for (int k = m * MINIBLOCK; k < Math.min(n, (m + 1) * MINIBLOCK); k++) {
        deltas[k] -= min;
        bits |= deltas[k];
      }
      widths[m] = 64 - Long.numberOfLeadingZeros(bits);
    }
    for (int m = 0; m < MINIBLOCKS; m++) {
      out.int8(widths[m]); // unused miniblocks of the last block: width 0, no body
    }
    for (int m = 0; m < used; m++) {
      pack(m * MINIBLOCK, Math.min(n, (m + 1) * MINIBLOCK), widths[m], out);
    }
  }

  /** Deltas {@code [from, to)} in {@code width} bits each, a whole miniblock (zeros after to). */
  private void pack(int from, int to, int width, PageBytes out) {
    out.ensure(MINIBLOCK * width / 8 + 8);
    byte[] bytes = out.array();
    int at = out.size();
    long acc = 0;
    int held = 0;
    for (int k = from; k < from + MINIBLOCK; k++) {
      long v = k < to ? deltas[k] : 0;
      acc |= v << held;
      int total = held + width;
      if (total >= 64) {
        PageBytes.LONG.set(bytes, at, acc);
        at += 8;
        acc = held == 0 ? 0 : v >>> (64 - held);
        held = total - 64;
      } else {
        held = total;
      }
    }
    for (; held > 0; held -= 8) { // 32 values of any width end on a whole byte
      bytes[at++] = (byte) acc;
      acc >>>= 8;
    }
    out.size(at);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }
}
