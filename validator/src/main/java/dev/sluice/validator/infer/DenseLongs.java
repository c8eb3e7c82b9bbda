package dev.sluice.validator.infer;

import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The distinct integers of a column whose values fill a range densely (ids counting up, say),
 * as one bit each over {@code [base, base + 64 * words.length)}: an eighth of a byte per possible
 * key where {@link LongCounts} takes 32 bytes per key, and no hashing. Keeps no counts, only
 * which keys occur; so a {@link DistinctCounter} turns to it only past the sizes where a column
 * could still be an enum. Mergeable by widening the range and OR-ing.
 */
final class DenseLongs {
  /** A range is dense while it spans at most this many possible keys per distinct key. */
  static final long SPAN_PER_KEY = 64;
  /** Largest range kept: 2^31 keys, a 256 MiB bitmap. */
  static final long MAX_SPAN = 1L << 31;

  private final long base;
  /** The last key it can hold ({@code base + span - 1}). */
  private final long last;
  private final long[] words;
  private long size;

  private DenseLongs(long base, long span) {
    this.base = base;
    this.last = base + (span - 1);
    this.words = new long[(int) ((span + 63) >>> 6)];
  }

  /**
   * An empty set for {@code [min, max]} with room for the range to grow by half on either side
   * (ids of later row groups), or null when the range is too wide for {@code keys} distinct keys.
   */
  static @Nullable DenseLongs covering(long min, long max, long keys) {
    long span = max - min + 1;
    if (span <= 0 || span > MAX_SPAN || span > SPAN_PER_KEY * Math.max(keys, 1)) {
      return null;
    }
    long room = Math.min(span / 2, (MAX_SPAN - span) / 2);
    long base = min - room > min ? Long.MIN_VALUE : min - room; // clamped, never wrapped
    long end = max + room < max ? Long.MAX_VALUE : max + room;
    return new DenseLongs(base, end - base + 1);
  }

  /** Bytes of the bitmap. */
  long bytes() {
    return 8L * words.length;
  }

  long size() {
    return size;
  }

  boolean covers(long key) {
    return key >= base && key <= last;
  }

  /** Adds a key it {@link #covers}; true if it was not there. */
  boolean add(long key) {
    long offset = key - base;
    int w = (int) (offset >>> 6);
    long bit = 1L << offset;
    long word = words[w];
    if ((word & bit) != 0) {
      return false;
    }
    words[w] = word | bit;
    size++;
    return true;
  }

  /** The smallest key added (MAX_VALUE while empty), found in the bits (merges ask, adds do not). */
  long minKey() {
    for (int w = 0; w < words.length; w++) {
      if (words[w] != 0) {
        return base + 64L * w + Long.numberOfTrailingZeros(words[w]);
      }
    }
    return Long.MAX_VALUE;
  }

  /** The largest key added (MIN_VALUE while empty), found in the bits. */
  long maxKey() {
    for (int w = words.length - 1; w >= 0; w--) {
      if (words[w] != 0) {
        return base + 64L * w + 63 - Long.numberOfLeadingZeros(words[w]);
      }
    }
    return Long.MIN_VALUE;
  }

  /** Adds every key of {@code other}, whose keys this must cover. */
  void addAll(DenseLongs other) {
    other.forEach(this::add);
  }

  void forEach(LongConsumer visitor) {
    for (int w = 0; w < words.length; w++) {
      long word = words[w];
      while (word != 0) {
        int b = Long.numberOfTrailingZeros(word);
        visitor.accept(base + 64L * w + b);
        word &= word - 1;
      }
    }
  }
}
