package dev.sluice.validator.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growable little-endian byte buffer for writing Parquet pages: PLAIN values, and levels of
 * bit width 1 (definition levels of an optional column, repetition levels of a list) as one
 * bit-packed run of the RLE/bit-packing hybrid.
 */
final class PageBytes {
  static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private byte[] bytes = new byte[1024];
  private int size;

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void clear() {
    size = 0;
  }

  /** Sets the size after writing into {@link #array()} past it (see {@link #ensure}). */
  void size(int size) {
    this.size = size;
  }

  /** Makes room for {@code more} bytes past the size. */
  void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
  }

  void int32(int v) {
    ensure(4);
    INT.set(bytes, size, v);
    size += 4;
  }

  void int64(long v) {
    ensure(8);
    LONG.set(bytes, size, v);
    size += 8;
  }

  void binary(byte[] v) {
    binary(v, 0, v.length);
  }

  /** {@code v[off, off+len)} as a PLAIN byte array: its length, then its bytes. */
  void binary(byte[] v, int off, int len) {
    ensure(4 + len);
    INT.set(bytes, size, len);
    System.arraycopy(v, off, bytes, size + 4, len);
    size += 4 + len;
  }

  void bytes(byte[] v, int off, int len) {
    ensure(len);
    System.arraycopy(v, off, bytes, size, len);
    size += len;
  }

  /** One byte. */
  void int8(int v) {
    ensure(1);
    bytes[size++] = (byte) v;
  }

  /** An unsigned LEB128 varint (a run header of the RLE/bit-packing hybrid). */
  void varint(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** An unsigned LEB128 varint of 64 bits (the numbers of a DELTA_BINARY_PACKED header). */
  void varlong(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /**
   * Appends {@code count} bits (LSB first in {@code bits}) as one bit-packed run of width 1,
   * prefixed, as data pages v1 want levels, by the run's length in 4 bytes.
   */
  void levels(Bits bits) {
    int groups = (bits.count + 7) / 8;
    int lengthAt = size;
    int32(0);
    int start = size;
    varint(groups << 1 | 1);
    bytes(bits.bytes, 0, groups);
    int length = size - start;
    bytes[lengthAt] = (byte) length;
    bytes[lengthAt + 1] = (byte) (length >>> 8);
    bytes[lengthAt + 2] = (byte) (length >>> 16);
    bytes[lengthAt + 3] = (byte) (length >>> 24);
  }

  /**
   * A growable bit list, for levels and PLAIN booleans. Bytes past the last bit are always zero,
   * so that callers may set bits in place after {@link #reserve}.
   */
  static final class Bits {
    byte[] bytes = new byte[128];
    int count;

    /** Makes room for {@code more} bits. */
    void reserve(int more) {
      int need = (count + more + 7) / 8;
      if (need > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
      }
    }

    void add(boolean bit) {
      reserve(1);
      if (bit) {
        bytes[count >>> 3] |= (byte) (1 << (count & 7));
      }
      count++;
    }

    void clear() {
      Arrays.fill(bytes, 0, byteCount(), (byte) 0);
      count = 0;
    }

    int byteCount() {
      return (count + 7) / 8;
    }
  }
}
