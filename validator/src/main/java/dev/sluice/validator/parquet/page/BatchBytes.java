package dev.sluice.validator.parquet.page;

import java.util.Arrays;

/**
 * Byte arrays copied back to back into one growing array, reused batch after batch: where the
 * values of a batch read in place live when they came from several pages.
 */
public final class BatchBytes {
  private byte[] bytes = new byte[1 << 16];
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
      bytes = Arrays.copyOf(bytes, Math.max(end + len, bytes.length * 2));
    }
    int at = end;
    System.arraycopy(src, off, bytes, at, len);
    end = at + len;
    return at;
  }
}
