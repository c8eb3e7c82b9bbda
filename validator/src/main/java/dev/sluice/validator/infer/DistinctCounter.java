package dev.sluice.validator.infer;

import dev.sluice.validator.distinct.MemoryBudget;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Counts the distinct non-null values of one column: exactly, with a count per value, while its
 * set fits the shared {@link MemoryBudget} (integers, dates, timestamps and doubles in a primitive
 * {@link LongCounts}, 32 bytes a value; other values in a hash map); past it the set is dropped
 * and only a HyperLogLog estimate (always kept) and a Misra-Gries summary of the most frequent
 * values (counts are lower bounds) remain. Mergeable.
 */
final class DistinctCounter {
  private final MemoryBudget budget;
  private final boolean primitive;
  private final boolean doubles;
  private @Nullable LongCounts longs;
  /** The integer keys once they fill a range densely (then {@code longs} is null). */
  private @Nullable DenseLongs dense;
  /** Distinct integer keys past which a dense range turns into bits ({@link DenseLongs}). */
  static final int DENSE_FROM = 1 << 16;
  /**
   * Fewer keys that still turn into bits when the budget refuses their counts (far more than
   * an enum's values, whose counts the profile reports).
   */
  static final int DENSE_WHEN_REFUSED = 1 << 10;
  private @Nullable Map<Object, long[]> objects;
  private long charged;
  /** Of {@code charged}, the part not yet used: new keys draw on it before the shared budget. */
  private long spare;
  /** How much a counter takes from the shared budget at once (fewer contended updates). */
  private static final long CHUNK = 64 * 1024;
  private final HyperLogLog estimate = new HyperLogLog();
  private final HeavyHitters heavy = new HeavyHitters();

  /**
   * @param primitive whether values come as longs ({@link #addLong}; doubles as their bits)
   * @param doubles whether those longs are the bits of doubles (for {@link #values}, {@link #top})
   */
  DistinctCounter(MemoryBudget budget, boolean primitive, boolean doubles) {
    this.budget = budget;
    this.primitive = primitive;
    this.doubles = doubles;
    LongCounts first = primitive ? new LongCounts() : null;
    if (first != null && budget.tryReserve(first.bytes())) {
      charged = first.bytes();
    } else {
      first = null; // not even the first arrays fit: inexact from the start
    }
    this.longs = first;
    this.objects = primitive ? null : new HashMap<>();
  }

  /** An empty counter for a part of the same column: inexact from the start if this one is. */
  DistinctCounter fork() {
    DistinctCounter f = new DistinctCounter(budget, primitive, doubles);
    if (!exact()) {
      f.longs = null;
      f.objects = null;
      f.drop();
    }
    return f;
  }

  /** Counts a value stored as a long (see the constructor); true unless seen before. */
  boolean addLong(long key) {
    return addLongTimes(key, 1);
  }

  /** Counts {@code n} occurrences of a value stored as a long at once, as {@link #addLong}. */
  boolean addLongTimes(long key, long n) {
    estimate.add(Hashing.mix(key));
    return addLong(key, n);
  }

  /**
   * Counts one value; true unless the exact set already held it (so that tests that need to see
   * each distinct value only once can skip repeats; always true once inexact).
   */
  boolean add(Object key) {
    return addTimes(key, 1);
  }

  /** Counts {@code n} occurrences of a value at once, as {@link #add}. */
  boolean addTimes(Object key, long n) {
    estimate.add(Hashing.of(key));
    return addObject(key, n);
  }

  private boolean addLong(long key, long n) {
    DenseLongs bits = dense;
    if (bits != null) {
      if (bits.covers(key) || widen(key, key, 1)) {
        return Objects.requireNonNull(dense).add(key);
      }
      overflow();
      heavy.add(box(key), n);
      return true;
    }
    LongCounts set = longs;
    if (set != null) {
      if (!set.growsWithOneMore()) {
        return set.add(key, n);
      }
      if (set.size() >= DENSE_FROM && toDense(key, key, 1)) {
        return Objects.requireNonNull(dense).add(key);
      }
      // the arrays double: the new ones are charged before they exist (old and new are both
      // alive while keys move), the old ones released after
      long before = set.bytes();
      if (budget.tryReserve(2 * before)) {
        boolean added = set.add(key, n);
        long kept = set.bytes() - before; // what the set grew by (0 if the key was there)
        budget.release(2 * before - kept);
        charged += kept;
        return added;
      }
      if (set.size() >= DENSE_WHEN_REFUSED && toDense(key, key, 1)) {
        return Objects.requireNonNull(dense).add(key); // the counts do not fit: maybe the bits
      }
      overflow(); // the set would outgrow the budget: its keys move to the heavy hitters
    }
    heavy.add(box(key), n);
    return true;
  }

  private boolean addObject(Object key, long n) {
    Map<Object, long[]> set = objects;
    if (set != null) {
      long[] count = set.get(key);
      if (count != null) {
        count[0] += n;
        return false;
      }
      if (draw(cost(key))) {
        set.put(key, new long[] {n});
        return true;
      }
      overflow();
    }
    heavy.add(key, n);
    return true;
  }

  /**
   * Turns the exact set of integers into bits when its keys and {@code adding} more within
   * {@code [lo, hi]} fill a range densely and the bitmap fits the budget; false (nothing
   * changed) otherwise.
   */
  private boolean toDense(long lo, long hi, long adding) {
    LongCounts set = Objects.requireNonNull(longs);
    if (doubles) {
      return false; // the bits of doubles are no range
    }
    long[] range = {lo, hi};
    set.forEach((key, count) -> {
      range[0] = Math.min(range[0], key);
      range[1] = Math.max(range[1], key);
    });
    return takeBits(DenseLongs.covering(range[0], range[1], set.size() + adding),
        bits -> set.forEach((key, count) -> bits.add(key)));
  }

  /**
   * Moves the bits to a range that also covers {@code [lo, hi]}, where {@code adding} more keys
   * go; false if it cannot.
   */
  private boolean widen(long lo, long hi, long adding) {
    DenseLongs old = Objects.requireNonNull(dense);
    // an empty bitmap's min and max keys are MAX_VALUE and MIN_VALUE: they change nothing here
    return takeBits(DenseLongs.covering(Math.min(lo, old.minKey()), Math.max(hi, old.maxKey()),
        old.size() + adding), bits -> bits.addAll(old));
  }

  /**
   * Holds {@code bits} (null: no range fits) once the budget takes them and {@code fill} has put
   * the keys held so far in them; false (nothing changed) when either refuses.
   */
  private boolean takeBits(@Nullable DenseLongs bits, Consumer<DenseLongs> fill) {
    if (bits == null || !budget.tryReserve(bits.bytes())) {
      return false;
    }
    fill.accept(bits);
    budget.release(charged);
    charged = bits.bytes();
    longs = null;
    dense = bits;
    return true;
  }

  /** Charges {@code cost} to this counter's spare bytes, topped up from the budget a chunk at a time. */
  private boolean draw(long cost) {
    if (cost > spare) {
      long need = cost - spare;
      long want = Math.max(need, CHUNK);
      if (budget.tryReserve(want)) {
        spare += want;
        charged += want;
      } else if (budget.tryReserve(need)) {
        spare += need;
        charged += need;
      } else {
        return false;
      }
    }
    spare -= cost;
    return true;
  }

  void merge(DistinctCounter other) {
    estimate.merge(other.estimate);
    if (!other.exact()) {
      overflow();
    }
    if (adopt(other)) {
      return;
    }
    other.drop(); // its entries are charged again as they join this set
    DenseLongs theirBits = other.dense;
    if (theirBits != null) {
      mergeDense(theirBits);
      return;
    }
    LongCounts theirs = other.longs;
    if (theirs != null && primitive && doubles == other.doubles) {
      theirs.forEach((key, count) -> addLong(key, count));
    } else if (theirs != null) {
      theirs.forEach((key, count) -> addOne(other.box(key), count));
    } else if (other.objects != null) {
      other.objects.forEach((k, v) -> addOne(k, v[0]));
    } else {
      other.heavy.forEach(this::addOne);
    }
  }

  /** Adds the keys of another counter's bits (their counts are not known: not kept when inexact). */
  private void mergeDense(DenseLongs theirs) {
    if (theirs.size() == 0 || !exact()) {
      return;
    }
    long lo = theirs.minKey();
    long hi = theirs.maxKey();
    // a counter holding bits, or able to, is one of integers (toDense refuses doubles)
    boolean fits = primitive && (dense != null || toDense(lo, hi, theirs.size()));
    DenseLongs bits = dense;
    if (fits && bits != null && !(bits.covers(lo) && bits.covers(hi))) {
      fits = widen(lo, hi, theirs.size());
    }
    if (!fits) {
      overflow();
      return;
    }
    Objects.requireNonNull(dense).addAll(theirs);
  }

  /** An empty exact counter takes over the other's set (a file's first part): no re-adding. */
  private boolean adopt(DistinctCounter other) {
    boolean empty = (longs != null && longs.size() == 0) || (objects != null && objects.isEmpty());
    if (!empty || !other.exact() || primitive != other.primitive || doubles != other.doubles) {
      return false;
    }
    longs = other.longs;
    objects = other.objects;
    dense = other.dense;
    charged = other.charged;
    spare = other.spare;
    other.longs = null;
    other.objects = null;
    other.dense = null;
    other.charged = 0;
    other.spare = 0;
    return true;
  }

  /** A boxed value (from a counter of another representation: files that disagree on types). */
  private void addOne(Object key, long n) {
    if (longs != null && !doubles && key instanceof Long) {
      addLong((Long) key, n);
    } else if (longs != null && doubles && key instanceof Double) {
      addLong(Double.doubleToLongBits((Double) key), n);
    } else if (longs != null) {
      overflow();
      heavy.add(key, n);
    } else if (objects != null) {
      addObject(key, n);
    } else {
      heavy.add(key, n);
    }
  }

  /** Whether the count is exact (the set never outgrew the budget). */
  boolean exact() {
    return longs != null || objects != null || dense != null;
  }

  long count() {
    return longs != null ? longs.size() : objects != null ? objects.size()
        : dense != null ? dense.size() : estimate.estimate();
  }

  /** How {@link #top} was found, for the profile. */
  String topMethod() {
    return dense != null ? "none kept (a dense range of distinct integers)"
        : exact() ? "exact" : "misra-gries (lower bounds)";
  }

  /** The exact set's values (empty when inexact). */
  List<Object> values() {
    List<Object> out = new ArrayList<>();
    if (longs != null) {
      longs.forEach((key, count) -> out.add(box(key)));
    } else if (dense != null) {
      dense.forEach(key -> out.add(box(key)));
    } else if (objects != null) {
      out.addAll(objects.keySet());
    }
    return out;
  }

  /**
   * The {@code n} most frequent values with their counts (lower bounds when inexact; none for a
   * dense range, which keeps no counts).
   */
  List<Map.Entry<Object, Long>> top(int n) {
    if (dense != null) {
      return List.of();
    }
    TopValues best = new TopValues(n);
    if (longs != null) {
      longs.forEach((key, count) -> best.offer(box(key), count));
    } else if (objects != null) {
      objects.forEach((k, v) -> best.offer(k, v[0]));
    } else {
      heavy.forEach(best::offer);
    }
    return best.list();
  }

  /** Gives the exact set's memory back (the counter stays usable as inexact). */
  void drop() {
    budget.release(charged);
    charged = 0;
    spare = 0;
  }

  private Object box(long key) {
    return doubles ? (Object) Double.longBitsToDouble(key) : (Object) key;
  }

  private void overflow() {
    if (longs != null) {
      longs.forEach((key, count) -> heavy.addUnpruned(box(key), count));
    } else if (objects != null) {
      objects.forEach((k, v) -> heavy.addUnpruned(k, v[0]));
    }
    longs = null;
    objects = null;
    dense = null; // its keys, counted once each, are no heavy hitters
    drop();
    heavy.prune();
  }

  /** Estimated heap bytes of one map entry: key, boxed count and the hash map's node. */
  private static long cost(Object key) {
    long node = 48 + 24;
    if (key instanceof String) {
      return node + 56 + 2L * ((String) key).length();
    }
    if (key instanceof ByteBuffer) {
      return node + 64 + ((ByteBuffer) key).remaining();
    }
    return key instanceof BigDecimal ? node + 80 : node + 16;
  }
}
