package dev.sluice.validator.distinct;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Append-only storage of byte keys in 1 MiB chunks, so no array is huge and growing never copies
 * old keys (only the first chunk starts small and doubles, to keep small sets small). An entry is a
 * varint header {@code length << 1 | seenTwice} followed by the bytes, never split across chunks; a
 * key longer than a chunk gets an array of its own. An address is a byte offset in a space where
 * chunk {@code i} starts at {@code i << 20}.
 */
final class ByteArena {
  static final int CHUNK_SHIFT = 20;
  static final int CHUNK = 1 << CHUNK_SHIFT;
  static final long MAX_ADDRESS = (1L << 36) - 2;
  private static final int FIRST_CHUNK = 4096;
  private static final int MASK = CHUNK - 1;

  private final MemoryBudget budget;

  /** Chunk {@code i} covers addresses from {@code i << 20}; a long key's array covers several. */
  private byte[][] chunks = new byte[0][];

  private long end;
  private long memoryBytes;

  ByteArena(MemoryBudget budget) {
    this.budget = budget;
  }

  /** Appends a key; returns its address. Reserves first: a refusal leaves the arena unchanged. */
  long append(byte[] b, int off, int len, long distinct) {
    int header = headerSize(len);
    long address = room(header + len, distinct);
    byte[] chunk = chunks[(int) (address >>> CHUNK_SHIFT)];
    int p = (int) (address & MASK);
    for (long v = (long) len << 1; ; v >>>= 7) {
      if (v < 0x80) {
        chunk[p++] = (byte) v;
        break;
      }
      chunk[p++] = (byte) (v | 0x80);
    }
    System.arraycopy(b, off, chunk, p, len);
    end = address + header + len;
    if (header + len > CHUNK) {
      end = (end + MASK) & ~(long) MASK; // the key's own array: next key in a new chunk
    }
    return address;
  }

  /** Whether the key at {@code address} equals {@code b[off..off+len)}. */
  boolean matches(long address, byte[] b, int off, int len) {
    byte[] chunk = chunk(address);
    int p = (int) (address & MASK);
    if (length(chunk, p) != len) {
      return false;
    }
    int start = p + headerSize(len);
    return Arrays.equals(chunk, start, start + len, b, off, off + len);
  }

  /** Marks the key at {@code address} seen twice; returns whether it already was. */
  boolean markTwice(long address) {
    byte[] chunk = chunk(address);
    int p = (int) (address & MASK);
    boolean was = (chunk[p] & 1) != 0;
    chunk[p] |= 1;
    return was;
  }

  boolean isTwice(long address) {
    return (chunk(address)[(int) (address & MASK)] & 1) != 0;
  }

  byte[] chunk(long address) {
    return chunks[(int) (address >>> CHUNK_SHIFT)];
  }

  /** Where the bytes of the key at {@code address} start in {@link #chunk}. */
  int start(long address) {
    int p = (int) (address & MASK);
    return p + headerSize(length(chunk(address), p));
  }

  int length(long address) {
    return length(chunk(address), (int) (address & MASK));
  }

  /** Bytes of the chunks and of the chunk directory (counted at 8 bytes per reference). */
  long memoryBytes() {
    return memoryBytes;
  }

  void free() {
    budget.release(memoryBytes);
    memoryBytes = 0;
    chunks = new byte[0][];
  }

  private static int length(byte[] chunk, int p) {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = chunk[p++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return (int) (v >>> 1);
      }
    }
  }

  static int headerSize(int len) {
    long v = (long) len << 1;
    int size = 1;
    while (v >= 0x80) {
      v >>>= 7;
      size++;
    }
    return size;
  }

  /** The address of {@code need} free contiguous bytes, allocating as needed. */
  private long room(int need, long distinct) {
    int index = (int) (end >>> CHUNK_SHIFT);
    int offset = (int) (end & MASK);
    byte @Nullable [] current = index < chunks.length ? chunks[index] : null;
    if (current != null && offset + need <= current.length) {
      return end;
    }
    if (current != null && current.length < CHUNK && offset + need <= CHUNK) {
      growInPlace(index, offset + need, distinct);
      return end;
    }
    int start = current == null ? index : index + 1;
    long address = (long) start << CHUNK_SHIFT;
    int spans = need <= CHUNK ? 1 : (int) ((need + (long) MASK) >>> CHUNK_SHIFT);
    if (address + need > MAX_ADDRESS) {
      throw new IllegalStateException("byte keys of one set exceed 64 GiB");
    }
    addChunk(start, spans, need <= CHUNK ? Math.max(chunkSize(start), need) : need, distinct);
    end = address;
    return address;
  }

  private int chunkSize(int start) {
    return start == 0 ? FIRST_CHUNK : CHUNK;
  }

  /** Doubles a small chunk (only the first ever is) until {@code need} bytes fit. */
  private void growInPlace(int index, int need, long distinct) {
    byte[] old = chunks[index];
    int size = old.length;
    while (size < need) {
      size = Math.min(CHUNK, size << 1);
    }
    byte[] grown = budget.newBytes(size, distinct);
    System.arraycopy(old, 0, grown, 0, old.length);
    chunks[index] = grown;
    budget.release(old.length);
    memoryBytes += size - old.length;
  }

  private void addChunk(int start, int spans, int size, long distinct) {
    int needed = start + spans;
    if (needed > chunks.length) {
      int added = Math.max(needed, Math.max(4, chunks.length * 2)) - chunks.length;
      budget.reserve(8L * added, distinct);
      chunks = Arrays.copyOf(chunks, chunks.length + added);
      memoryBytes += 8L * added;
    }
    byte[] chunk = budget.newBytes(size, distinct);
    Arrays.fill(chunks, start, needed, chunk);
    memoryBytes += size;
  }
}
