package dev.sluice.validator.distinct;

/**
 * UTF-8 of a {@code String} into a caller's buffer, without allocating. A lone surrogate is written
 * as its own 3-byte sequence (as WTF-8 does) rather than replaced by '?', so that different strings
 * never encode equal.
 */
final class Utf8 {
  /** Bytes per char at most: 3 (a surrogate pair is 2 chars for 4 bytes). */
  static final int MAX_BYTES_PER_CHAR = 3;

  private Utf8() {}

  /**
   * Writes {@code s} at {@code dst[pos]}, which has room for {@code 3 * s.length()} bytes; returns
   * the position after it.
   */
  static int encode(String s, byte[] dst, int pos) {
    int n = s.length();
    int i = 0;
    int p = pos;
    // ASCII (the common case) is one byte per char: copy it without the general branches.
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        break;
      }
      dst[p++] = (byte) c;
      i++;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        dst[p++] = (byte) c;
      } else if (c < 0x800) {
        dst[p++] = (byte) (0xC0 | c >>> 6);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        dst[p++] = (byte) (0xF0 | cp >>> 18);
        dst[p++] = (byte) (0x80 | cp >>> 12 & 0x3F);
        dst[p++] = (byte) (0x80 | cp >>> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | cp & 0x3F);
      } else {
        dst[p++] = (byte) (0xE0 | c >>> 12);
        dst[p++] = (byte) (0x80 | c >>> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return p;
  }
}
