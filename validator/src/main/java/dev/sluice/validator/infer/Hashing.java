package dev.sluice.validator.infer;

import java.nio.ByteBuffer;

/** 64-bit hashes of distinct-value keys, for the HyperLogLog estimate and the sample priority. */
final class Hashing {
  private Hashing() {}

  /** MurmurHash3's 64-bit finaliser: a good spread of every input bit. */
  static long mix(long x) {
    long h = x;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The hash of a key made by {@link ColumnProfile} (Long, Double, BigDecimal, String, bytes). */
  static long of(Object key) {
    if (key instanceof Long) {
      return mix((Long) key);
    }
    if (key instanceof Double) {
      return mix(Double.doubleToLongBits((Double) key) ^ 0x5bd1e995L);
    }
    if (key instanceof ByteBuffer) {
      ByteBuffer b = (ByteBuffer) key;
      long h = 0xcbf29ce484222325L;
      for (int i = b.position(); i < b.limit(); i++) {
        h = (h ^ (b.get(i) & 0xff)) * 0x100000001b3L;
      }
      return mix(h);
    }
    String s = key.toString();
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }
}
