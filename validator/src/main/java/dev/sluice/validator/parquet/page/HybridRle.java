package dev.sluice.validator.parquet.page;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A streaming decoder of Parquet's RLE / bit-packing hybrid encoding (definition levels,
 * dictionary ids) over {@code bytes[start, end)}, for bit widths 0 to 32: {@link #read} decodes
 * the next values into an {@code int[]}, run after run, without allocating.
 *
 * <p>As lenient as parquet-java where writers are known to differ: a run may announce more values
 * than are read, and a bit-packed run cut short by the end of the data reads as zero bits. Data
 * that ends before a requested value has a run header is an error.
 */
public final class HybridRle {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] bytes = new byte[0];
  private int pos;
  private int end;
  private int width;
  private long mask;
  private int rleLeft;
  private int rleValue;
  private int packedLeft;
  /** Bit position (from {@code bytes[0]}) of the next bit-packed value. */
  private long packedBit;
  /** End of the bytes of the current bit-packed run (at most {@link #end}). */
  private int packedEnd;

  /** Starts decoding {@code bytes[start, end)} with values of {@code bitWidth} bits. */
  public HybridRle reset(byte[] data, int start, int stop, int bitWidth) throws IOException {
    if (bitWidth < 0 || bitWidth > 32) {
      throw new IOException("RLE/bit-packed bit width " + bitWidth + " is outside 0..32");
    }
    if (start < 0 || stop < start || stop > data.length) {
      throw new IOException("RLE/bit-packed data [" + start + ", " + stop + ") outside its page");
    }
    this.bytes = data;
    this.pos = start;
    this.end = stop;
    this.width = bitWidth;
    this.mask = bitWidth == 0 ? 0 : (1L << bitWidth) - 1;
    this.rleLeft = 0;
    this.packedLeft = 0;
    return this;
  }

  /** Decodes the next {@code n} values into {@code dst[off, off+n)}. */
  public void read(int[] dst, int off, int n) throws IOException {
    int done = 0;
    while (done < n) {
      if (rleLeft == 0 && packedLeft == 0) {
        nextRun();
      }
      int k;
      if (rleLeft > 0) {
        k = Math.min(rleLeft, n - done);
        Arrays.fill(dst, off + done, off + done + k, rleValue);
        rleLeft -= k;
      } else {
        k = Math.min(packedLeft, n - done);
        unpack(dst, off + done, k);
        packedLeft -= k;
      }
      done += k;
    }
  }

  /**
   * Starts the next run if the current one is used up; returns how many values are left in the
   * current run. A repeated run can then be consumed without decoding ({@link #repeated}, {@link
   * #repeatedValue}, {@link #skipRepeated}), a bit-packed one with {@link #read}.
   */
  public int runLeft() throws IOException {
    if (rleLeft == 0 && packedLeft == 0) {
      nextRun();
    }
    return rleLeft > 0 ? rleLeft : packedLeft;
  }

  /** Whether the current run repeats one value (call {@link #runLeft} first). */
  public boolean repeated() {
    return rleLeft > 0;
  }

  public int repeatedValue() {
    return rleValue;
  }

  /** Consumes {@code n} values of the current repeated run ({@code n <= runLeft()}). */
  public void skipRepeated(int n) {
    rleLeft -= n;
  }

  private void nextRun() throws IOException {
    long header = readVarint();
    long count = header >>> 1;
    if ((header & 1) == 0) {
      if (count == 0 || count > Integer.MAX_VALUE) {
        throw new IOException("RLE run of " + count + " values");
      }
      rleLeft = (int) count;
      rleValue = readRunValue();
      return;
    }
    if (count == 0 || count * 8 > Integer.MAX_VALUE) {
      throw new IOException("bit-packed run of " + count + " groups");
    }
    packedLeft = (int) count * 8;
    packedBit = (long) pos * 8;
    long runEnd = pos + count * width;
    packedEnd = (int) Math.min(runEnd, end);
    pos = packedEnd;
  }

  private long readVarint() throws IOException {
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (pos >= end) {
        throw new IOException("RLE/bit-packed data ends before all values were read");
      }
      int b = bytes[pos++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("RLE/bit-packed run header is too long");
  }

  private int readRunValue() throws IOException {
    int n = (width + 7) / 8;
    if (n > end - pos) {
      throw new IOException("RLE run value cut off by the end of the data");
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      value |= (long) (bytes[pos + i] & 0xff) << (8 * i);
    }
    pos += n;
    return (int) value; // callers check the range (levels, dictionary ids), as parquet-java does
  }

  // Hot loop: one 8-byte little-endian load per value. The load may reach past the run (never
  // past the array); bits beyond the value are masked off. Only a value whose own bits are cut
  // off by the end of the data, or one in the array's last 8 bytes, takes the slow path.
  private void unpack(int[] dst, int off, int n) {
    if (width == 0) {
      Arrays.fill(dst, off, off + n, 0);
      return;
    }
    long bit = packedBit;
    long fastLimit = Math.min((long) packedEnd * 8 - width, ((long) bytes.length - 8) * 8 + 7);
    int i = 0;
    for (; i < n && bit <= fastLimit; i++) {
      long word = (long) LONG_LE.get(bytes, (int) (bit >>> 3));
      dst[off + i] = (int) ((word >>> (bit & 7)) & mask);
      bit += width;
    }
    for (; i < n; i++) {
      dst[off + i] = slowValue(bit);
      bit += width;
    }
    packedBit = bit;
  }

  /** A value near the end of the run; bits beyond the run's available bytes are zero. */
  private int slowValue(long bit) {
    long value = 0;
    int first = (int) (bit >>> 3);
    int shift = (int) (bit & 7);
    int needed = (shift + width + 7) / 8;
    for (int j = 0; j < needed; j++) {
      int at = first + j;
      long b = at < packedEnd ? bytes[at] & 0xff : 0;
      value |= b << (8 * j);
    }
    return (int) ((value >>> shift) & mask);
  }
}
