package dev.sluice.samples;

/**
 * SplitMix64 seeded from (seed, row index): every row's values are a pure function of the two,
 * so a defect can recompute the clean values of the row before it, and any row range can be
 * generated independently. {@link java.util.Random} would tie each row to all rows before it.
 */
final class RowRandom {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  RowRandom(long seed, long row) {
    this.state = mix(mix(seed) ^ (row * GOLDEN));
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in {@code [0, bound)}; the modulo bias is irrelevant for sample data. */
  int nextInt(int bound) {
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** Uniform in {@code [0, 1)} with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
