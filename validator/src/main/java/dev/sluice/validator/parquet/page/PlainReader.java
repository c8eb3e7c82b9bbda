package dev.sluice.validator.parquet.page;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over PLAIN-encoded values in {@code bytes[start, end)} (a data page's value section
 * or a dictionary page): each method decodes the next {@code n} values into an array, widened to
 * the engine's storage ({@code long}, {@code double}, {@code Object}). A value section that ends
 * before the values it should hold is an error, never a read past its end.
 */
public final class PlainReader {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] bytes = new byte[0];
  private int pos;
  private int end;
  /** Booleans only: bits already read from {@code bytes[pos]}. */
  private int bit;
  /** {@link #indexed} only: where the byte arrays of a block start, and their lengths. */
  private final int[] offsets = new int[ByteArrayIndex.BLOCK];
  private final int[] lengths = new int[ByteArrayIndex.BLOCK];

  public PlainReader reset(byte[] data, int start, int stop) {
    this.bytes = data;
    this.pos = start;
    this.end = stop;
    this.bit = 0;
    return this;
  }

  /** How many values of {@code width} bytes the remaining bytes can hold at most. */
  public int capacity(int width) {
    return (end - pos) / width;
  }

  /** How many booleans (bits) the remaining bytes can hold at most. */
  public long bitCapacity() {
    return (long) (end - pos) * 8 - bit;
  }

  private void need(long count, int width) throws IOException {
    if (count * width > end - pos) {
      throw truncated();
    }
  }

  private static IOException truncated() {
    return new IOException("page holds fewer values than its header says (truncated or corrupt)");
  }

  public void int32s(long[] dst, int off, int n) throws IOException {
    need(n, 4);
    for (int i = 0; i < n; i++) {
      dst[off + i] = (int) INT_LE.get(bytes, pos + 4 * i);
    }
    pos += 4 * n;
  }

  public void uint32s(long[] dst, int off, int n) throws IOException {
    need(n, 4);
    for (int i = 0; i < n; i++) {
      dst[off + i] = Integer.toUnsignedLong((int) INT_LE.get(bytes, pos + 4 * i));
    }
    pos += 4 * n;
  }

  public void int64s(long[] dst, int off, int n) throws IOException {
    need(n, 8);
    for (int i = 0; i < n; i++) {
      dst[off + i] = (long) LONG_LE.get(bytes, pos + 8 * i);
    }
    pos += 8 * n;
  }

  public void floats(double[] dst, int off, int n) throws IOException {
    need(n, 4);
    for (int i = 0; i < n; i++) {
      dst[off + i] = Float.intBitsToFloat((int) INT_LE.get(bytes, pos + 4 * i));
    }
    pos += 4 * n;
  }

  public void doubles(double[] dst, int off, int n) throws IOException {
    need(n, 8);
    for (int i = 0; i < n; i++) {
      dst[off + i] = Double.longBitsToDouble((long) LONG_LE.get(bytes, pos + 8 * i));
    }
    pos += 8 * n;
  }

  public void decimal32s(Object[] dst, int off, int n, int scale) throws IOException {
    need(n, 4);
    for (int i = 0; i < n; i++) {
      dst[off + i] = BigDecimal.valueOf((int) INT_LE.get(bytes, pos + 4 * i), scale);
    }
    pos += 4 * n;
  }

  public void decimal64s(Object[] dst, int off, int n, int scale) throws IOException {
    need(n, 8);
    for (int i = 0; i < n; i++) {
      dst[off + i] = BigDecimal.valueOf((long) LONG_LE.get(bytes, pos + 8 * i), scale);
    }
    pos += 8 * n;
  }

  /** Booleans are bit-packed, least significant bit first; stored as 0 or 1. */
  public void booleans(long[] dst, int off, int n) throws IOException {
    if (n > bitCapacity()) {
      throw truncated();
    }
    long at = (long) pos * 8 + bit;
    for (int i = 0; i < n; i++, at++) {
      dst[off + i] = (bytes[(int) (at >>> 3)] >>> (at & 7)) & 1;
    }
    pos = (int) (at >>> 3);
    bit = (int) (at & 7);
  }

  /** Byte arrays (a 4-byte little-endian length, then the bytes) decoded as UTF-8. */
  public void strings(Object[] dst, int off, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      int len = length();
      dst[off + i] = new String(bytes, pos, len, StandardCharsets.UTF_8);
      pos += len;
    }
  }

  /**
   * Byte arrays looked up in {@code index}, which adds those it does not know: value {@code i}
   * becomes the index's entry in {@code dst[off+i]} and its id in {@code ids[off+i]}. Stops
   * before the first value the index can neither find nor add; returns how many were decoded.
   */
  public int indexed(ByteArrayIndex index, Object[] dst, int[] ids, int off, int n)
      throws IOException {
    int done = 0;
    while (done < n) {
      int k = Math.min(n - done, ByteArrayIndex.BLOCK);
      for (int j = 0; j < k; j++) {
        int len = length();
        offsets[j] = pos;
        lengths[j] = len;
        pos += len;
      }
      int got = index.internAll(bytes, offsets, lengths, k, ids, off + done);
      for (int j = off + done; j < off + done + got; j++) {
        dst[j] = index.value(ids[j]);
      }
      done += got;
      if (got < k) {
        pos = offsets[got] - 4;
        break;
      }
    }
    return done;
  }

  /**
   * Byte arrays copied into {@code arena}: value {@code i} starts at {@code starts[off+i]} and
   * has {@code lengths[off+i]} bytes.
   */
  public void copies(BatchBytes arena, int[] starts, int[] lengths, int off, int n)
      throws IOException {
    for (int i = 0; i < n; i++) {
      int len = length();
      starts[off + i] = arena.append(bytes, pos, len);
      lengths[off + i] = len;
      pos += len;
    }
  }

  /**
   * Byte arrays left where they are: value {@code i} is {@link #bytes()}{@code [starts[off+i],
   * starts[off+i] + lengths[off+i])}, valid until the page's buffer is reused.
   */
  public void slices(int[] starts, int[] lengths, int off, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      int len = length();
      starts[off + i] = pos;
      lengths[off + i] = len;
      pos += len;
    }
  }

  /** The page's bytes (see {@link #slices}). */
  public byte[] bytes() {
    return bytes;
  }

  /** Byte arrays copied out of the page. */
  public void binaries(Object[] dst, int off, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      int len = length();
      dst[off + i] = Arrays.copyOfRange(bytes, pos, pos + len);
      pos += len;
    }
  }

  private int length() throws IOException {
    need(1, 4);
    int len = (int) INT_LE.get(bytes, pos);
    pos += 4;
    if (len < 0 || len > end - pos) {
      throw runsPast(len);
    }
    return len;
  }

  /** Apart, so that the hot {@link #length} stays small enough to inline. */
  private static IOException runsPast(int len) {
    return new IOException("byte array of length " + Integer.toUnsignedString(len)
        + " runs past the end of its page (truncated or corrupt)");
  }
}
