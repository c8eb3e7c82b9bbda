package dev.sluice.validator.parquet.page;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct byte arrays of one column chunk, each with a dense id in order of arrival (a
 * dictionary page's entries first, then new values from PLAIN pages) and each decoded once into
 * its value: a {@code String} decoded as UTF-8 exactly as {@link PlainReader#strings} decodes it,
 * or a {@code byte[]} copy as {@link PlainReader#binaries} gives it.
 *
 * <p>Lookups hash the bytes (64 bits, 8 bytes at a time) into an open-addressing table of ids
 * and confirm a match by comparing the bytes, so two different byte arrays never share an id
 * (malformed UTF-8 may still give two ids equal Strings). Bounded: once {@code maxNew} new entries
 * or {@code maxNewBytes} bytes of new keys were added, an unknown value gets {@link #NONE}.
 */
public final class ByteArrayIndex {
  /** The id of an unknown value when no more entries may be added. */
  public static final int NONE = -1;
  /** Most values {@link #internAll} takes at once. */
  public static final int BLOCK = 64;

  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
  /** Bytes of a dictionary page's keys beyond which it is not indexed (its ints would overflow). */
  private static final long MAX_KEY_BYTES = 1L << 30;

  private final boolean utf8;
  private final int maxNew;
  private final long maxNewBytes;
  /**
   * Every entry as {@code [id, length, low half of the hash]} (3 little-endian ints) followed
   * by its bytes, so that a lookup finds all it compares in one place; from offset 8 (a slot
   * never holds offset 0).
   */
  private byte[] keys;
  private int keysEnd = 8;
  private Object[] values;
  private int size;
  /** Slots: 0 when empty, else the upper half of the entry's hash and its offset in keys. */
  private long[] table;
  private int added;
  private long addedBytes;
  private long hits;
  /** {@link #internAll}'s notes on the values of one block. */
  private final long[] blockHashes = new long[BLOCK];
  private final long[] blockEntries = new long[BLOCK];
  private final int[] blockLengths = new int[BLOCK];

  /**
   * An index of the entries of a dictionary page, PLAIN-encoded in {@code page[start, end)}
   * ({@code values.length} of them, already decoded into {@code values}).
   */
  public ByteArrayIndex(boolean utf8, Page.Slice page, Object[] values, int maxNew,
      long maxNewBytes) throws IOException {
    this.utf8 = utf8;
    this.maxNew = maxNew;
    this.maxNewBytes = maxNewBytes;
    int count = values.length;
    if (page.length() + 8L * count > MAX_KEY_BYTES) {
      throw new IOException("dictionary page of " + count + " entries in " + page.length()
          + " bytes is too large to index");
    }
    this.keys = new byte[8 + page.length() + 8 * count + 64];
    this.values = Arrays.copyOf(values, count + 16);
    this.table = new long[Integer.highestOneBit(2 * count + 31) << 1];
    byte[] b = page.bytes();
    int pos = page.start();
    for (int id = 0; id < count; id++) {
      int len = pos + 4 <= page.end() ? (int) INT_LE.get(b, pos) : -1;
      if (len < 0 || len > page.end() - pos - 4) {
        throw new IOException("dictionary page ends inside entry " + id);
      }
      pos += 4;
      long hash = hash(b, pos, len);
      int slot = find(b, pos, len, hash);
      int at = append(b, pos, len, hash, id);
      size = id + 1;
      if (table[slot] == 0) {
        place(slot, hash, at); // a repeated entry: lookups find the first one's id
      }
      pos += len;
    }
  }

  /** Entries so far. */
  public int size() {
    return size;
  }

  /** Lookups that found a known entry, since the index was made. */
  public long hits() {
    return hits;
  }

  /** The value of entry {@code id}. */
  public Object value(int id) {
    return values[id];
  }

  /**
   * The id of {@code bytes[off, off+len)}: a known entry, else a new one (its value decoded from
   * these bytes), else {@link #NONE} when no more entries may be added.
   */
  public int intern(byte[] bytes, int off, int len) {
    return intern(bytes, off, len, hash(bytes, off, len));
  }

  /**
   * The ids of the {@code n} values {@code bytes[offsets[k], offsets[k]+lengths[k])} into {@code
   * ids[at+k]}, as {@link #intern} gives them one by one; stops before the first value that gets
   * {@link #NONE} and returns how many got an id.
   */
  public int internAll(byte[] bytes, int[] offsets, int[] lengths, int n, int[] ids, int at) {
    locate(bytes, offsets, lengths, n);
    long[] found = blockEntries;
    int[] heads = blockLengths;
    long known = 0;
    for (int k = 0; k < n; k++) {
      int off = offsets[k];
      int len = lengths[k];
      int e = (int) found[k];
      int id;
      if (heads[k] == len && Arrays.equals(keys, e + 12, e + 12 + len, bytes, off, off + len)) {
        known++;
        id = (int) INT_LE.get(keys, e);
      } else {
        id = intern(bytes, off, len, blockHashes[k]);
        if (id == NONE) {
          hits += known;
          return k;
        }
      }
      ids[at + k] = id;
    }
    hits += known;
    return n;
  }

  /**
   * For each value of a block: its hash, the entry with the same fingerprint nearest its home
   * slot (0 if none), and that entry's length (-1 if none). The loads of a lookup are cache
   * misses, the table's and then the entry's: each loop makes one kind for the whole block, so
   * that the misses of different values overlap.
   */
  private void locate(byte[] bytes, int[] offsets, int[] lengths, int n) {
    long[] hashes = blockHashes;
    long[] found = blockEntries;
    long[] slots = table;
    int mask = slots.length - 1;
    for (int k = 0; k < n; k++) {
      long hash = hash(bytes, offsets[k], lengths[k]);
      hashes[k] = hash;
      found[k] = slots[(int) hash & mask];
    }
    for (int k = 0; k < n; k++) {
      found[k] = probe(slots, (int) hashes[k] & mask, (int) (hashes[k] >>> 32));
    }
    byte[] entries = keys;
    for (int k = 0; k < n; k++) {
      long e = found[k];
      blockLengths[k] = e != 0 ? (int) INT_LE.get(entries, (int) e + 4) : -1;
    }
  }

  /** The first entry from {@code slot} on with this fingerprint; 0 if none before an empty slot. */
  private static long probe(long[] slots, int slot, int fingerprint) {
    int mask = slots.length - 1;
    for (int s = slot; ; s = (s + 1) & mask) {
      long e = slots[s];
      if (e == 0 || (int) (e >>> 32) == fingerprint) {
        return e;
      }
    }
  }

  private int intern(byte[] bytes, int off, int len, long hash) {
    int slot = find(bytes, off, len, hash);
    long found = table[slot];
    if (found != 0) {
      hits++;
      return (int) INT_LE.get(keys, (int) found);
    }
    if (added >= maxNew || addedBytes + len > maxNewBytes) {
      return NONE;
    }
    return add(bytes, off, len, hash, slot);
  }

  /** The slot holding these bytes, or the empty slot where they belong. */
  private int find(byte[] bytes, int off, int len, long hash) {
    int mask = table.length - 1;
    int fingerprint = (int) (hash >>> 32);
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      long e = table[slot];
      if (e == 0) {
        return slot;
      }
      int at = (int) e;
      if ((int) (e >>> 32) == fingerprint && (int) INT_LE.get(keys, at + 4) == len
          && Arrays.equals(keys, at + 12, at + 12 + len, bytes, off, off + len)) {
        return slot;
      }
    }
  }

  /** A new entry, decoded from its bytes, placed in {@code slot}. */
  private int add(byte[] bytes, int off, int len, long hash, int slot) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1) + 16);
    }
    int id = size++;
    values[id] = utf8 ? new String(bytes, off, len, StandardCharsets.UTF_8)
        : Arrays.copyOfRange(bytes, off, off + len);
    place(slot, hash, append(bytes, off, len, hash, id));
    added++;
    addedBytes += len;
    return id;
  }

  /** Appends entry {@code id} to {@code keys}; returns its offset. */
  private int append(byte[] bytes, int off, int len, long hash, int id) {
    int at = keysEnd;
    if (keys.length - at < 12 + len) {
      keys = Arrays.copyOf(keys, Math.max(at + 12 + len, keys.length + (keys.length >> 1)));
    }
    INT_LE.set(keys, at, id);
    INT_LE.set(keys, at + 4, len);
    INT_LE.set(keys, at + 8, (int) hash);
    System.arraycopy(bytes, off, keys, at + 12, len);
    keysEnd = at + 12 + len;
    return at;
  }

  /** Puts the entry at {@code at} in {@code slot}; keeps the table at most half full. */
  private void place(int slot, long hash, int at) {
    table[slot] = (hash & 0xFFFF_FFFF_0000_0000L) | at;
    if (2L * size + 2 > table.length) {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long e : old) {
        if (e != 0) {
          int s = (int) INT_LE.get(keys, (int) e + 8) & mask;
          while (table[s] != 0) {
            s = (s + 1) & mask;
          }
          table[s] = e;
        }
      }
    }
  }

  /** A 64-bit hash of {@code bytes[off, off+len)}: 8 bytes per step, then a full mix. */
  static long hash(byte[] bytes, int off, int len) {
    long h = len * MULTIPLIER;
    int end = off + len;
    int i = off;
    for (; i <= end - 8; i += 8) {
      h = (Long.rotateLeft(h, 23) ^ (long) LONG_LE.get(bytes, i)) * MULTIPLIER;
    }
    if (i < end) {
      h = (Long.rotateLeft(h, 23) ^ tail(bytes, i, end)) * MULTIPLIER;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /** The 1 to 7 bytes {@code [i, end)} as a little-endian word, read past them when possible. */
  private static long tail(byte[] bytes, int i, int end) {
    int bits = 8 * (end - i);
    if (i + 8 <= bytes.length) {
      return (long) LONG_LE.get(bytes, i) & (-1L >>> (64 - bits));
    }
    long word = 0;
    for (int k = 0; i + k < end; k++) {
      word |= (bytes[i + k] & 0xFFL) << (8 * k);
    }
    return word;
  }
}
