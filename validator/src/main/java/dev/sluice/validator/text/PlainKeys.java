package dev.sluice.validator.text;

import java.util.Arrays;

/**
 * The keys of the objects a {@link PlainJson} reader has open along its path, as byte ranges of
 * the record, to refuse a key met twice in one object (a doubt: Jackson names the error).
 */
final class PlainKeys {
  static final int MAX_KEYS = 256;
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private int size;
  private int[] frames = new int[8];
  /** For each open object, one bit per key length and first byte: most keys are new at once. */
  private long[] bits = new long[8];
  private int depth;

  void clear() {
    size = 0;
    depth = 0;
  }

  void open() {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
      bits = Arrays.copyOf(bits, depth * 2);
    }
    bits[depth] = 0;
    frames[depth++] = size;
  }

  void close() {
    size = frames[--depth];
  }

  /** Notes a key of the innermost object; a key met before in it is a doubt. */
  void add(byte[] buf, int from, int length) throws PlainJson.Doubt {
    int frame = depth - 1;
    if (size - frames[frame] == MAX_KEYS) {
      throw PlainJson.Doubt.INSTANCE; // a wide object: Jackson's set does better than comparing pairs
    }
    long bit = 1L << (length * 31 + (length > 0 ? buf[from] : 0));
    if ((bits[frame] & bit) != 0) {
      for (int k = frames[frame]; k < size; k++) {
        if (lengths[k] == length
            && Arrays.equals(buf, starts[k], starts[k] + length, buf, from, from + length)) {
          throw PlainJson.Doubt.INSTANCE;
        }
      }
    }
    bits[frame] |= bit;
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
    }
    starts[size] = from;
    lengths[size++] = length;
  }
}
