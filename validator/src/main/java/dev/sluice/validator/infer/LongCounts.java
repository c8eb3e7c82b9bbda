package dev.sluice.validator.infer;

/**
 * An open-addressing map from a long key to its count (a count of 0 marks an empty slot), at most
 * half full: 32 bytes per key or less (48 while doubling), no boxing. Doubles are kept as their
 * bits.
 */
final class LongCounts {

  private long[] keys = new long[16];
  private long[] counts = new long[16];
  private int size;

  /** Adds {@code n} to the count of {@code key}; true if the key was not there. */
  // Hot path: one call per value of a numeric column.
  boolean add(long key, long n) {
    int mask = keys.length - 1;
    int i = (int) Hashing.mix(key) & mask;
    while (counts[i] != 0) {
      if (keys[i] == key) {
        counts[i] += n;
        return false;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    counts[i] = n;
    if (++size * 2 > keys.length) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  /** Whether adding one new key would double the arrays. */
  boolean growsWithOneMore() {
    return (size + 1) * 2 > keys.length;
  }

  /** Bytes of the two arrays now. */
  long bytes() {
    return keys.length * 16L;
  }

  void forEach(Entry visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (counts[i] != 0) {
        visitor.accept(keys[i], counts[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] != 0) {
        add(oldKeys[i], oldCounts[i]);
      }
    }
  }

  /** Receives one key and its count. */
  @FunctionalInterface
  interface Entry {
    void accept(long key, long count);
  }
}
