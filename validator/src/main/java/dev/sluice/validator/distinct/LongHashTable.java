package dev.sluice.validator.distinct;

import java.util.Locale;

/**
 * The hash mode of {@link LongKeySet}: linear probing over a power-of-two {@code long[]}, at most
 * {@value #LOAD_PERCENT}% full, with a parallel bitset marking keys seen twice. Slot value 0 means
 * empty, so key 0 lives outside the table in {@link #zero}.
 */
final class LongHashTable {
  static final int LOAD_PERCENT = 70;
  static final int MIN_CAPACITY = 16;
  static final int MAX_CAPACITY = 1 << 30;

  /** From this capacity (16 MiB of keys, past most caches) batches touch home slots first. */
  static final int TOUCH_CAPACITY = 1 << 21;

  private static final int BLOCK = 16;

  private final MemoryBudget budget;
  private long[] keys;
  private long[] twice;
  private int mask;
  private int threshold;
  private int used;

  /** Occurrences of key 0 so far, capped at 2. */
  private int zero;

  private long duplicated;

  /** Where touched slots are summed, so that the JIT keeps the loads. */
  long touched;

  /** A table sized for {@code expected} distinct keys, reserved from {@code budget}. */
  LongHashTable(MemoryBudget budget, long expected) {
    this.budget = budget;
    if (expected > thresholdOf(MAX_CAPACITY) + 1L) {
      throw new IllegalStateException(tooMany());
    }
    allocate(capacityFor(expected), expected);
  }

  static int capacityFor(long distinct) {
    int capacity = MIN_CAPACITY;
    while (capacity < MAX_CAPACITY && thresholdOf(capacity) < distinct) {
      capacity <<= 1;
    }
    return capacity;
  }

  static long bytesFor(int capacity) {
    return 8L * capacity + 8L * bitsetWords(capacity);
  }

  /** The murmur3 fmix64 finalizer: every input bit flips each output bit with p = 1/2. */
  static long mix(long key) {
    long z = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Adds {@code key}; returns its occurrences before this one, capped at 2. */
  int add(long key) {
    if (key == 0) {
      return addZero();
    }
    long[] k = keys;
    int m = mask;
    int i = (int) mix(key) & m;
    while (true) {
      long current = k[i];
      if (current == key) {
        return repeat(i);
      }
      if (current == 0) {
        return insert(key, i);
      }
      i = (i + 1) & m;
    }
  }

  /** Adds {@code keys[from..to)}, recording repeats in {@code sink}. */
  void addAll(long[] ks, int from, int to, Occurrences sink) {
    for (int block = from; block < to; block += BLOCK) {
      int end = Math.min(to, block + BLOCK);
      if (keys.length >= TOUCH_CAPACITY) {
        touch(ks, block, end);
      }
      // The hot loop: one inlined probe per key; the sink is called only for repeats.
      for (int i = block; i < end; i++) {
        int occurrence = add(ks[i]);
        if (occurrence != 0) {
          sink.record(i, occurrence);
        }
      }
    }
  }

  /**
   * Loads the home slots of a block of keys before probing them, so that their cache misses overlap
   * instead of queueing one after another. Measured at 10M random keys: about 20% faster per key;
   * when the table fits the cache it only costs, hence {@link #TOUCH_CAPACITY}.
   */
  private void touch(long[] ks, int from, int to) {
    long[] k = keys;
    int m = mask;
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += k[(int) mix(ks[i]) & m];
    }
    touched += sum;
  }

  /** Occurrences of {@code key} so far, capped at 2. */
  int occurrences(long key) {
    if (key == 0) {
      return zero;
    }
    int i = (int) mix(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return (twice[i >>> 6] & (1L << i)) != 0 ? 2 : 1;
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** Puts a key known to be absent, seen once or {@code seenTwice}; the caller sized the table. */
  void putAbsent(long key, boolean seenTwice) {
    if (key == 0) {
      zero = seenTwice ? 2 : 1;
    } else {
      place(key, seenTwice);
    }
    if (seenTwice) {
      duplicated++;
    }
  }

  void forEach(KeyVisitor visitor) {
    if (zero > 0) {
      visitor.visit(0, zero == 2);
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        visitor.visit(keys[i], (twice[i >>> 6] & (1L << i)) != 0);
      }
    }
  }

  long size() {
    return used + (zero > 0 ? 1 : 0);
  }

  long duplicated() {
    return duplicated;
  }

  long memoryBytes() {
    return 8L * keys.length + 8L * twice.length;
  }

  /** Returns the memory to the budget; the table must not be used afterwards. */
  void free() {
    budget.release(memoryBytes());
    keys = new long[0];
    twice = new long[0];
  }

  private int addZero() {
    int before = zero;
    if (before == 1) {
      duplicated++;
    }
    zero = Math.min(before + 1, 2);
    return before;
  }

  private int repeat(int i) {
    long bit = 1L << i;
    int word = i >>> 6;
    if ((twice[word] & bit) != 0) {
      return 2;
    }
    twice[word] |= bit;
    duplicated++;
    return 1;
  }

  private int insert(long key, int slot) {
    int i = slot;
    if (used >= threshold) {
      grow();
      i = emptySlot(key);
    }
    keys[i] = key;
    used++;
    return 0;
  }

  private int emptySlot(long key) {
    int i = (int) mix(key) & mask;
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Doubles the table; reserves first, so a refusal leaves the table as it was. */
  private void grow() {
    if (keys.length >= MAX_CAPACITY) {
      throw new IllegalStateException(tooMany());
    }
    long[] oldKeys = keys;
    long[] oldTwice = twice;
    long oldBytes = memoryBytes();
    allocate(oldKeys.length << 1, size() + 1);
    used = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        place(oldKeys[i], (oldTwice[i >>> 6] & (1L << i)) != 0);
      }
    }
    budget.release(oldBytes);
  }

  private void place(long key, boolean seenTwice) {
    int i = emptySlot(key);
    keys[i] = key;
    used++;
    if (seenTwice) {
      twice[i >>> 6] |= 1L << i;
    }
  }

  /** Replaces the arrays with empty ones of {@code capacity}, reserved from the budget first. */
  private void allocate(int capacity, long distinct) {
    budget.reserve(bytesFor(capacity), distinct);
    long[] newKeys;
    long[] newTwice;
    try {
      newKeys = new long[capacity];
      newTwice = new long[bitsetWords(capacity)];
    } catch (OutOfMemoryError e) {
      budget.release(bytesFor(capacity));
      throw e;
    }
    keys = newKeys;
    twice = newTwice;
    mask = capacity - 1;
    threshold = thresholdOf(capacity);
  }

  private static String tooMany() {
    return String.format(
        Locale.ROOT,
        "more than %,d distinct values do not fit one hash table",
        thresholdOf(MAX_CAPACITY) + 1L);
  }

  private static int thresholdOf(int capacity) {
    return (int) ((long) capacity * LOAD_PERCENT / 100);
  }

  private static int bitsetWords(int capacity) {
    return Math.max(1, capacity >>> 6);
  }
}
