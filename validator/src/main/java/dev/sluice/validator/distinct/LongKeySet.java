package dev.sluice.validator.distinct;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact set of {@code long} keys that tells, for each key added, whether it was new, just became
 * a duplicate, or was already one. Doubles go in through {@link KeyEncoder#doubleKey}.
 *
 * <p>Two modes, both exact:
 *
 * <ul>
 *   <li><b>Hash</b>: open addressing with linear probing over a power-of-two {@code long[]} kept at
 *       most 70% full, keys mixed by murmur3's fmix64, plus one bit per slot for "seen twice"; key
 *       0 (the empty-slot marker) is kept outside the table. Memory: 8 bytes + 1 bit per slot, so
 *       <b>8.125 / load bytes per distinct value: 11.6 just before a doubling, 23.2 just after</b>
 *       (about 16 on average); while doubling, the old table is held too.
 *   <li><b>Dense</b>: two bitsets over {@code [min, max]}, chosen by {@link #create(MemoryBudget,
 *       long, long, long)} when that range is small against the expected rows. Memory: <b>2 bits
 *       per possible key</b>, whatever the number of distinct values. A key outside the range moves
 *       the set, exactly, to hash mode.
 * </ul>
 *
 * <p>Every array is reserved from the {@link MemoryBudget} before it is allocated; a refused growth
 * throws {@link BudgetExceededException} and leaves the set as it was (the key that asked for the
 * growth is not added), readable and still accounted. Not thread-safe: one thread at a time.
 */
public final class LongKeySet {
  /** A range may be dense when it spans at most this many keys per expected row. */
  static final int DENSE_KEYS_PER_ROW = 16;
  /** Consecutive keys worth trying to add as one run of bits. */
  static final int MIN_RUN = 16;

  private final MemoryBudget budget;
  private @Nullable LongBitRange dense;
  private @Nullable LongHashTable hash;

  private LongKeySet(MemoryBudget budget, @Nullable LongBitRange dense) {
    this.budget = budget;
    this.dense = dense;
    this.hash = dense == null ? new LongHashTable(budget, 0) : null;
  }

  /** An empty set in hash mode. */
  public static LongKeySet create(MemoryBudget budget) {
    return new LongKeySet(budget, null);
  }

  /**
   * An empty set for keys expected in {@code [minHint, maxHint]} over about {@code rowsHint} rows
   * (exact statistics are the best hints; any key is still accepted). Dense when the range spans at
   * most 16 keys per expected row and 2^31 keys, and its bitsets fit the budget; hash otherwise.
   */
  public static LongKeySet create(MemoryBudget budget, long minHint, long maxHint, long rowsHint) {
    boolean small =
        LongBitRange.fits(minHint, maxHint)
            && maxHint - minHint < (double) DENSE_KEYS_PER_ROW * Math.max(1, rowsHint);
    return new LongKeySet(budget, small ? LongBitRange.tryCreate(budget, minHint, maxHint) : null);
  }

  /**
   * Adds {@code key}; returns how often it was seen before: 0 (new), 1 (it just became a duplicate)
   * or 2 (it already was one).
   */
  public int add(long key) {
    LongHashTable h = hash;
    if (h != null) {
      return h.add(key);
    }
    LongBitRange d = denseOrFail();
    return d.contains(key) ? d.add(key) : migrate().add(key);
  }

  /** Adds {@code keys[from..to)}; records each repeat (position and occurrence) in {@code sink}. */
  public void addAll(long[] keys, int from, int to, Occurrences sink) {
    Objects.checkFromToIndex(from, to, keys.length);
    int i = from;
    while (i < to) {
      LongHashTable h = hash;
      if (h != null) {
        h.addAll(keys, i, to, sink);
        return;
      }
      i = denseRun(denseOrFail(), keys, i, to, sink);
      if (i < to) {
        migrate();
      }
    }
  }

  /**
   * Adds the {@code count} consecutive keys from {@code first} when none of them is in the set
   * and the set can take them whole (dense, all inside its range); returns false, changing
   * nothing, otherwise (the caller adds them key by key). No keys ({@code count} 0) is always
   * taken.
   */
  public boolean addNewRun(long first, int count) {
    return count == 0 || (dense != null && addNewRun(dense, first, count));
  }

  /** {@link #addNewRun} on the dense bitsets: all inside the range, none seen. */
  private static boolean addNewRun(LongBitRange d, long first, int count) {
    long last = first + count - 1;
    return count > 0 && last >= first && d.contains(first) && d.contains(last)
        && d.addNew(first, count);
  }

  /** As {@link #addAll(long[], int, int, Occurrences)}, skipping positions where {@code skip}. */
  public void addAll(long[] keys, boolean[] skip, int from, int to, Occurrences sink) {
    Objects.checkFromToIndex(from, to, Math.min(keys.length, skip.length));
    for (int i = from; i < to; i++) {
      if (!skip[i]) {
        int occurrence = add(keys[i]);
        if (occurrence != 0) {
          sink.record(i, occurrence);
        }
      }
    }
  }

  /**
   * Adds every key of {@code other} as often as it was seen there (a key once in each set becomes a
   * duplicate). A refused growth may leave part of {@code other} merged.
   */
  public void merge(LongKeySet other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot merge a set into itself");
    }
    other.forEach(
        (key, twice) -> {
          if (add(key) == 0 && twice) {
            add(key);
          }
        });
  }

  /** How often {@code key} was seen: 0, 1, or 2 for twice or more. */
  public int occurrences(long key) {
    LongHashTable h = hash;
    return h != null ? h.occurrences(key) : denseOrFail().occurrences(key);
  }

  /** Distinct keys. */
  public long size() {
    LongHashTable h = hash;
    return h != null ? h.size() : denseOrFail().size();
  }

  /** Keys seen more than once: the duplicate groups. */
  public long duplicatedKeys() {
    LongHashTable h = hash;
    return h != null ? h.duplicated() : denseOrFail().duplicated();
  }

  /** Bytes of the arrays this set holds, as reserved from its budget. */
  public long memoryBytes() {
    LongHashTable h = hash;
    LongBitRange d = dense;
    return h != null ? h.memoryBytes() : d != null ? d.memoryBytes() : 0;
  }

  /** Whether the set is in dense (bitset) mode. */
  public boolean isDense() {
    return dense != null;
  }

  /** Returns the memory to the budget; the set cannot be used afterwards. */
  public void free() {
    if (hash != null) {
      hash.free();
    }
    if (dense != null) {
      dense.free();
    }
    hash = null;
    dense = null;
  }

  private void forEach(KeyVisitor visitor) {
    LongHashTable h = hash;
    if (h != null) {
      h.forEach(visitor);
    } else {
      denseOrFail().forEach(visitor);
    }
  }

  /**
   * Adds keys while they are in range; returns the position of the first one that is not. A run
   * of consecutive keys ({@code k, k+1, k+2, ...}: surrogate keys, in order) that the set does not
   * hold yet is added a word of bits at a time.
   */
  private static int denseRun(LongBitRange d, long[] keys, int from, int to, Occurrences sink) {
    int i = from;
    while (i < to) {
      long key = keys[i];
      int run = 1;
      while (i + run < to && keys[i + run] == key + run) {
        run++;
      }
      if (run >= MIN_RUN && addNewRun(d, key, run)) {
        i += run;
        continue;
      }
      for (int end = i + run; i < end; i++) {
        if (!d.contains(keys[i])) {
          return i;
        }
        int occurrence = d.add(keys[i]);
        if (occurrence != 0) {
          sink.record(i, occurrence);
        }
      }
    }
    return to;
  }

  /**
   * Moves the keys to a hash table with room for one more; a refused reservation changes nothing.
   */
  private LongHashTable migrate() {
    LongBitRange d = denseOrFail();
    LongHashTable h = new LongHashTable(budget, d.size() + 1);
    d.forEach(h::putAbsent);
    d.free();
    dense = null;
    hash = h;
    return h;
  }

  private LongBitRange denseOrFail() {
    LongBitRange d = dense;
    if (d == null) {
      throw new IllegalStateException("the set was freed");
    }
    return d;
  }
}
