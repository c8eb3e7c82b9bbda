package dev.sluice.validator.distinct;

import org.jspecify.annotations.Nullable;

/**
 * The dense mode of {@link LongKeySet}: two bitsets over {@code [min, max]}, one bit for "seen",
 * one for "seen twice", so adding a key is a bounds test and a couple of bit operations.
 */
final class LongBitRange {
  /** Most keys a range may span: 2^31 bits, 256 MiB per bitset. */
  static final long MAX_SPAN = 1L << 31;

  private final MemoryBudget budget;
  private final long min;

  /** {@code max - min}, compared unsigned so that one test covers both bounds. */
  private final long last;

  private long[] seen;
  private long[] twice;
  private long size;
  private long duplicated;

  private LongBitRange(MemoryBudget budget, long min, long max) {
    this.budget = budget;
    this.min = min;
    this.last = max - min;
    int words = words(min, max);
    try {
      this.seen = new long[words];
      this.twice = new long[words];
    } catch (OutOfMemoryError e) {
      budget.release(bytesFor(min, max));
      throw e;
    }
  }

  /** A range over {@code [min, max]} if its memory fits the budget; null otherwise. */
  static @Nullable LongBitRange tryCreate(MemoryBudget budget, long min, long max) {
    return budget.tryReserve(bytesFor(min, max)) ? new LongBitRange(budget, min, max) : null;
  }

  /** Whether a range over {@code [min, max]} is allowed at all ({@code min <= max}, small span). */
  static boolean fits(long min, long max) {
    return min <= max && max - min >= 0 && max - min < MAX_SPAN;
  }

  static long bytesFor(long min, long max) {
    return 16L * words(min, max);
  }

  boolean contains(long key) {
    return Long.compareUnsigned(key - min, last) <= 0;
  }

  /** Adds a key inside the range; returns its occurrences before this one, capped at 2. */
  int add(long key) {
    long offset = key - min;
    int word = (int) (offset >>> 6);
    long bit = 1L << offset;
    if ((seen[word] & bit) == 0) {
      seen[word] |= bit;
      size++;
      return 0;
    }
    if ((twice[word] & bit) == 0) {
      twice[word] |= bit;
      duplicated++;
      return 1;
    }
    return 2;
  }

  /**
   * Adds the {@code count} consecutive keys from {@code first} (all inside the range) when none
   * of them was seen, whole words at a time; returns false, changing nothing, when one was.
   */
  boolean addNew(long first, int count) {
    long from = first - min;
    long to = from + count;
    int firstWord = (int) (from >>> 6);
    int lastWord = (int) ((to - 1) >>> 6);
    for (int w = firstWord; w <= lastWord; w++) {
      if ((seen[w] & mask(w, from, to)) != 0) {
        return false;
      }
    }
    for (int w = firstWord; w <= lastWord; w++) {
      seen[w] |= mask(w, from, to);
    }
    size += count;
    return true;
  }

  /** The bits of word {@code w} for offsets {@code [from, to)}. */
  private static long mask(int w, long from, long to) {
    long base = (long) w << 6;
    int lo = (int) (Math.max(from, base) - base);
    int hi = (int) (Math.min(to, base + 64) - base); // 1..64
    long below = hi == 64 ? -1L : (1L << hi) - 1;
    return below & (-1L << lo);
  }

  int occurrences(long key) {
    if (!contains(key)) {
      return 0;
    }
    long offset = key - min;
    int word = (int) (offset >>> 6);
    long bit = 1L << offset;
    return (seen[word] & bit) == 0 ? 0 : (twice[word] & bit) == 0 ? 1 : 2;
  }

  void forEach(KeyVisitor visitor) {
    for (int w = 0; w < seen.length; w++) {
      long bits = seen[w];
      while (bits != 0) {
        int b = Long.numberOfTrailingZeros(bits);
        visitor.visit(min + ((long) w << 6) + b, (twice[w] & (1L << b)) != 0);
        bits &= bits - 1;
      }
    }
  }

  long size() {
    return size;
  }

  long duplicated() {
    return duplicated;
  }

  long memoryBytes() {
    return 8L * seen.length + 8L * twice.length;
  }

  void free() {
    budget.release(memoryBytes());
    seen = new long[0];
    twice = new long[0];
  }

  private static int words(long min, long max) {
    return (int) (((max - min) >>> 6) + 1);
  }
}
