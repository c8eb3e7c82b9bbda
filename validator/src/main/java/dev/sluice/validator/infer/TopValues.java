package dev.sluice.validator.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The {@code n} most frequent of the values offered, in one pass: a bounded heap whose root is
 * the weakest kept entry, no sort of the whole set. Most frequent first; ties by value, so that
 * the list does not depend on hashing.
 */
final class TopValues {
  private static final Comparator<Map.Entry<Object, Long>> BY_COUNT =
      Comparator.<Map.Entry<Object, Long>>comparingLong(Map.Entry::getValue).reversed()
          .thenComparing(Map.Entry::getKey, TopValues::compareKeys);

  private final int n;
  private final PriorityQueue<Map.Entry<Object, Long>> best;

  TopValues(int n) {
    this.n = n;
    this.best = new PriorityQueue<>(n + 1, BY_COUNT.reversed());
  }

  void offer(Object value, long count) {
    best.add(Map.entry(value, count));
    if (best.size() > n) {
      best.poll();
    }
  }

  List<Map.Entry<Object, Long>> list() {
    List<Map.Entry<Object, Long>> out = new ArrayList<>(best);
    out.sort(BY_COUNT);
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Object a, Object b) {
    if (a.getClass() == b.getClass() && a instanceof Comparable) {
      return ((Comparable) a).compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }
}
