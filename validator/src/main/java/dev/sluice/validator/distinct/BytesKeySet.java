package dev.sluice.validator.distinct;

import java.util.Objects;

/**
 * An exact set of byte-string keys (the UTF-8 of strings, or tuples from {@link KeyEncoder}) that
 * tells, for each key added, whether it was new, just became a duplicate, or already was one.
 *
 * <p>Keys are copied once into a {@link ByteArena} of 1 MiB chunks. The table is a power-of-two
 * {@code long[]} at most 70% full with linear probing; a slot holds the key's arena address and 28
 * bits of its XXH64 hash, so most mismatches are skipped without reading the key, and every match
 * is confirmed byte by byte (no false positives). The "seen twice" flag is a bit of the key's
 * length header in the arena.
 *
 * <p>Memory per distinct value: <b>the key's length + 1 header byte (2 from 64 bytes, 3 from 8 KiB)
 * + 8 / load bytes of table</b>, i.e. length + 12.4 just before a doubling and length + 24 just
 * after (about length + 17 on average); while doubling, the old table is held too. Arena chunks are
 * 1 MiB (the first starts at 4 KiB and doubles), so up to 1 MiB may be unused at the end. One set
 * holds up to 64 GiB of keys and about 750 million distinct keys.
 *
 * <p>Every array is reserved from the {@link MemoryBudget} before it is allocated; a refused growth
 * throws {@link BudgetExceededException} and leaves the set as it was (the key that asked for the
 * growth is not added), readable and still accounted. Not thread-safe: one thread at a time.
 */
public final class BytesKeySet {
  static final int FRAGMENT_BITS = 28;
  private static final long FRAGMENT_MASK = (1L << FRAGMENT_BITS) - 1;
  private static final int MIN_CAPACITY = 16;
  private static final int MAX_CAPACITY = 1 << 30;

  private final MemoryBudget budget;
  private final ByteArena arena;

  /** Test seam: fewer hash bits force collisions; all ones in production. */
  private final long hashMask;

  /** Test seam: the largest table mask placed by fragments alone; beyond it keys are rehashed. */
  private final long fragmentPlacement;

  private long[] slots;
  private int mask;
  private int threshold;
  private int size;
  private long duplicated;
  private byte[] scratch;

  BytesKeySet(MemoryBudget budget, long hashMask, long fragmentPlacement) {
    this.budget = budget;
    this.hashMask = hashMask;
    this.fragmentPlacement = fragmentPlacement;
    this.arena = new ByteArena(budget);
    this.slots = budget.newLongs(MIN_CAPACITY, 0);
    this.mask = MIN_CAPACITY - 1;
    this.threshold = thresholdOf(MIN_CAPACITY);
    this.scratch = new byte[0];
  }

  /** An empty set. */
  public static BytesKeySet create(MemoryBudget budget) {
    return new BytesKeySet(budget, -1L, FRAGMENT_MASK);
  }

  /**
   * Adds the key {@code b[off..off+len)} (copied if new); returns how often it was seen before: 0
   * (new), 1 (it just became a duplicate) or 2 (it already was one).
   */
  public int add(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    long hash = XxHash64.hash(b, off, len) & hashMask;
    int i = (int) hash & mask;
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        return insert(b, off, len, hash, i);
      }
      if ((slot & FRAGMENT_MASK) == (hash & FRAGMENT_MASK)
          && arena.matches(address(slot), b, off, len)) {
        return repeat(address(slot));
      }
      i = (i + 1) & mask;
    }
  }

  public int add(byte[] key) {
    return add(key, 0, key.length);
  }

  /** Adds the tuple encoded so far by {@code key}. */
  public int add(KeyEncoder key) {
    return add(key.buffer(), 0, key.length());
  }

  /** Adds the UTF-8 of {@code s} (encoded into a reused buffer, no allocation once it is large). */
  public int add(String s) {
    int len = encode(s);
    return add(scratch, 0, len);
  }

  /** How often the key was seen: 0, 1, or 2 for twice or more. */
  public int occurrences(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    long hash = XxHash64.hash(b, off, len) & hashMask;
    for (int i = (int) hash & mask; slots[i] != 0; i = (i + 1) & mask) {
      long slot = slots[i];
      if ((slot & FRAGMENT_MASK) == (hash & FRAGMENT_MASK)
          && arena.matches(address(slot), b, off, len)) {
        return arena.isTwice(address(slot)) ? 2 : 1;
      }
    }
    return 0;
  }

  public int occurrences(String s) {
    int len = encode(s);
    return occurrences(scratch, 0, len);
  }

  /**
   * Adds every key of {@code other} as often as it was seen there (a key once in each set becomes a
   * duplicate). A refused growth may leave part of {@code other} merged.
   */
  public void merge(BytesKeySet other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot merge a set into itself");
    }
    for (long slot : other.slots) {
      if (slot != 0) {
        long a = address(slot);
        ByteArena from = other.arena;
        if (add(from.chunk(a), from.start(a), from.length(a)) == 0 && from.isTwice(a)) {
          add(from.chunk(a), from.start(a), from.length(a));
        }
      }
    }
  }

  /** Distinct keys. */
  public long size() {
    return size;
  }

  /** Keys seen more than once: the duplicate groups. */
  public long duplicatedKeys() {
    return duplicated;
  }

  /** Bytes of the arrays this set holds (table, arena, string buffer), as reserved. */
  public long memoryBytes() {
    return 8L * slots.length + arena.memoryBytes() + scratch.length;
  }

  /** Returns the memory to the budget; the set cannot be used afterwards. */
  public void free() {
    budget.release(8L * slots.length + scratch.length);
    arena.free();
    slots = new long[0];
    scratch = new byte[0];
  }

  private int repeat(long address) {
    if (arena.markTwice(address)) {
      return 2;
    }
    duplicated++;
    return 1;
  }

  private int insert(byte[] b, int off, int len, long hash, int slot) {
    int i = slot;
    if (size >= threshold) {
      grow();
      i = emptySlot(hash);
    }
    long address = arena.append(b, off, len, size + 1L);
    slots[i] = (address + 1) << FRAGMENT_BITS | (hash & FRAGMENT_MASK);
    size++;
    return 0;
  }

  private static long address(long slot) {
    return (slot >>> FRAGMENT_BITS) - 1;
  }

  private int emptySlot(long hash) {
    int i = (int) hash & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Doubles the table; reserves first, so a refusal leaves the set as it was. */
  private void grow() {
    if (slots.length >= MAX_CAPACITY) {
      throw new IllegalStateException(
          "more than " + threshold + " distinct keys do not fit one set");
    }
    long[] old = slots;
    slots = budget.newLongs(old.length << 1, size + 1L);
    mask = slots.length - 1;
    threshold = thresholdOf(slots.length);
    for (long slot : old) {
      if (slot != 0) {
        slots[emptySlot(homeHash(slot))] = slot;
      }
    }
    budget.release(8L * old.length);
  }

  /** The hash bits that place {@code slot}: its fragment while the table is small enough. */
  private long homeHash(long slot) {
    if (mask <= fragmentPlacement) {
      return slot & FRAGMENT_MASK;
    }
    long a = address(slot);
    return XxHash64.hash(arena.chunk(a), arena.start(a), arena.length(a)) & hashMask;
  }

  /** Encodes {@code s} into {@link #scratch}, growing it (reserved) first; returns the length. */
  private int encode(String s) {
    long need = (long) Utf8.MAX_BYTES_PER_CHAR * s.length();
    if (need > scratch.length) {
      int length = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, 2L * scratch.length));
      byte[] bigger = budget.newBytes(Math.max(64, length), size);
      budget.release(scratch.length);
      scratch = bigger;
    }
    return Utf8.encode(s, scratch, 0);
  }

  private static int thresholdOf(int capacity) {
    return (int) ((long) capacity * 70 / 100);
  }
}
