package dev.sluice.validator.distinct;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A byte budget shared by all key sets of one validation. A set reserves the bytes of an array
 * before allocating it and releases them once the array is dropped, so {@link #reserved()} is the
 * sum of the sets' {@code memoryBytes()} (plus, briefly, an old table being rehashed into a new
 * one). Thread-safe: sets of different checks may grow on different threads.
 */
public final class MemoryBudget {
  private final long limit;
  private final AtomicLong reserved = new AtomicLong();
  private final AtomicLong peak = new AtomicLong();

  private MemoryBudget(long limit) {
    this.limit = limit;
  }

  /** A budget of {@code bytes} bytes (at least 0). */
  public static MemoryBudget of(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("a memory budget cannot be negative: " + bytes);
    }
    return new MemoryBudget(bytes);
  }

  /** A budget that never refuses (still counts, for {@link #peak()}). */
  public static MemoryBudget unlimited() {
    return new MemoryBudget(Long.MAX_VALUE);
  }

  /**
   * Reserves {@code bytes} for a set about to hold {@code distinctValues} distinct values.
   *
   * @throws BudgetExceededException when the reservation would pass the limit; nothing is reserved
   *     then
   */
  public void reserve(long bytes, long distinctValues) {
    if (!tryReserve(bytes)) {
      long needed = saturatedAdd(reserved.get(), bytes);
      throw new BudgetExceededException(needed, limit, distinctValues);
    }
  }

  /** Reserves {@code bytes} if they fit; returns whether they did. */
  public boolean tryReserve(long bytes) {
    checkNotNegative(bytes);
    while (true) {
      long now = reserved.get();
      long next = saturatedAdd(now, bytes);
      if (next > limit) {
        return false;
      }
      if (reserved.compareAndSet(now, next)) {
        peak.accumulateAndGet(next, Math::max);
        return true;
      }
    }
  }

  /** Gives back {@code bytes} reserved earlier. */
  public void release(long bytes) {
    checkNotNegative(bytes);
    long now = reserved.addAndGet(-bytes);
    if (now < 0) {
      reserved.addAndGet(bytes);
      throw new IllegalStateException("released more memory than was reserved: " + bytes);
    }
  }

  /** A zeroed {@code long[n]}, reserved first (see {@link #reserve}). */
  long[] newLongs(int n, long distinctValues) {
    reserve(8L * n, distinctValues);
    try {
      return new long[n];
    } catch (OutOfMemoryError e) {
      release(8L * n);
      throw e;
    }
  }

  /** A zeroed {@code byte[n]}, reserved first (see {@link #reserve}). */
  byte[] newBytes(int n, long distinctValues) {
    reserve(n, distinctValues);
    try {
      return new byte[n];
    } catch (OutOfMemoryError e) {
      release(n);
      throw e;
    }
  }

  /** Bytes reserved now. */
  public long reserved() {
    return reserved.get();
  }

  /** The most bytes ever reserved at once. */
  public long peak() {
    return peak.get();
  }

  /** The limit in bytes ({@link Long#MAX_VALUE} when unlimited). */
  public long limit() {
    return limit;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static void checkNotNegative(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("negative byte count: " + bytes);
    }
  }
}
