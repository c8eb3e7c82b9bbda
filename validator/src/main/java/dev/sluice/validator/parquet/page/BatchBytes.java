package dev.sluice.validator.parquet.page;

import java.util.Arrays;

/**
 * Byte arrays copied back to back into one growing array, reused batch after batch: where the
 * values of a batch read in place live when they came from several pages.
 */
public final class BatchBytes {
  private static final int FIRST_BYTES = 1 << 16;
  /** Largest array a JVM reliably allocates. */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private byte[] bytes = new byte[0];
  private int end;

  /** The bytes; valid up to the last append, until the next {@link #clear}. */
  public byte[] bytes() {
    return bytes;
  }

  public void clear() {
    end = 0;
  }

  /** Copies {@code src[off, off+len)} in; returns where it starts. */
  public int append(byte[] src, int off, int len) {
    if (bytes.length - end < len) {
      long need = (long) end + len;
      if (need > MAX_BYTES) {
        throw new IllegalStateException("a batch holds more than 2 GiB of text");
      }
      long grown = Math.max(need, Math.max(FIRST_BYTES, 2L * bytes.length));
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, MAX_BYTES));
    }
    int at = end;
    System.arraycopy(src, off, bytes, at, len);
    end = at + len;
    return at;
  }
}
