package dev.sluice.validator.infer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A mergeable Misra-Gries summary of a column's most frequent values, what a {@link
 * DistinctCounter} keeps once its exact set is dropped: at most twice {@link #HEAVY} values with
 * counts that are lower bounds, pruned back to {@link #HEAVY} by subtracting the next count.
 */
final class HeavyHitters {
  /** Values kept after a prune. */
  static final int HEAVY = 64;

  private Map<Object, long[]> counts = new HashMap<>();

  /** Adds {@code n} occurrences of {@code key}. */
  void add(Object key, long n) {
    addUnpruned(key, n);
    if (counts.size() > 2 * HEAVY) {
      prune();
    }
  }

  /** Adds without pruning (a whole exact set at once: {@link #prune} after). */
  void addUnpruned(Object key, long n) {
    counts.computeIfAbsent(key, k -> new long[1])[0] += n;
  }

  /** Subtracts the (HEAVY+1)-th largest count from all and drops the values it empties. */
  void prune() {
    if (counts.size() <= HEAVY) {
      return;
    }
    long[] sorted = new long[counts.size()];
    int i = 0;
    for (long[] c : counts.values()) {
      sorted[i++] = c[0];
    }
    Arrays.sort(sorted);
    long cut = sorted[sorted.length - HEAVY - 1];
    Map<Object, long[]> kept = new HashMap<>(4 * HEAVY);
    counts.forEach((key, c) -> {
      if (c[0] > cut) {
        c[0] -= cut;
        kept.put(key, c);
      }
    });
    // a fresh map: after an overflow dumped a whole exact set here, the old one keeps a table
    // of millions of empty buckets that every later prune would walk
    counts = kept;
  }

  void forEach(Entry visitor) {
    counts.forEach((key, c) -> visitor.accept(key, c[0]));
  }

  /** Receives one value and its count. */
  @FunctionalInterface
  interface Entry {
    void accept(Object key, long count);
  }
}
