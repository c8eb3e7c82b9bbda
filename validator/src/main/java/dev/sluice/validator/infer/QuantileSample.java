package dev.sluice.validator.infer;

import java.util.Arrays;

/**
 * A uniform sample of a numeric column for approximate quantiles: bottom-k sampling, keeping the
 * {@value #SIZE} values with the smallest priorities, a priority being a hash of the value's row
 * and the value. Deterministic (the same data gives the same sample however it is split into
 * batches, row groups and threads) and exactly mergeable. With n values a quantile's rank error
 * is about {@code 1/sqrt(SIZE)} (1.6 %); below {@value #SIZE} values the quantiles are exact.
 */
final class QuantileSample {
  static final int SIZE = 4096;
  // A max-heap on priority: the root is the first to go when a smaller priority arrives.
  private final long[] priorities = new long[SIZE];
  private final double[] values = new double[SIZE];
  private int size;

  void add(long row, double value) {
    long priority = Hashing.mix(Hashing.mix(row) ^ Double.doubleToLongBits(value)) >>> 1;
    offer(priority, value);
  }

  void merge(QuantileSample other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.priorities[i], other.values[i]);
    }
  }

  int size() {
    return size;
  }

  /** The {@code q} quantile (0..1) of the sample, nearest rank; NaN when empty. */
  double quantile(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))];
  }

  private void offer(long priority, double value) {
    if (size < SIZE) {
      priorities[size] = priority;
      values[size] = value;
      up(size++);
    } else if (priority < priorities[0]) {
      priorities[0] = priority;
      values[0] = value;
      down(0);
    }
  }

  private void up(int i) {
    int child = i;
    while (child > 0) {
      int parent = (child - 1) / 2;
      if (priorities[parent] >= priorities[child]) {
        return;
      }
      swap(parent, child);
      child = parent;
    }
  }

  private void down(int i) {
    int parent = i;
    while (true) {
      int largest = parent;
      int left = 2 * parent + 1;
      int right = left + 1;
      if (left < size && priorities[left] > priorities[largest]) {
        largest = left;
      }
      if (right < size && priorities[right] > priorities[largest]) {
        largest = right;
      }
      if (largest == parent) {
        return;
      }
      swap(parent, largest);
      parent = largest;
    }
  }

  private void swap(int a, int b) {
    long p = priorities[a];
    priorities[a] = priorities[b];
    priorities[b] = p;
    double v = values[a];
    values[a] = values[b];
    values[b] = v;
  }
}
