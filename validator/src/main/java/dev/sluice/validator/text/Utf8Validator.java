package dev.sluice.validator.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that bytes fed one at a time form well-formed UTF-8 (Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), across buffer boundaries. Stops being useful
 * at the first bad byte: callers report it and stop.
 */
final class Utf8Validator {
  private int need;
  private int low = 0x80;
  private int high = 0xBF;

  /** Whether {@code b} (0-255) continues well-formed UTF-8. */
  boolean accept(int b) {
    if (need == 0) {
      return b < 0x80 || lead(b);
    }
    if (b < low || b > high) {
      return false;
    }
    low = 0x80;
    high = 0xBF;
    need--;
    return true;
  }

  /** Whether no multi-byte sequence is left open (to be asked at the end of the input). */
  boolean complete() {
    return need == 0;
  }

  private boolean lead(int b) {
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b == 0xE0) {
      need = 2;
      low = 0xA0;
    } else if (b == 0xED) {
      need = 2;
      high = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      need = 2;
    } else if (b == 0xF0) {
      need = 3;
      low = 0x90;
    } else if (b == 0xF4) {
      need = 3;
      high = 0x8F;
    } else if (b >= 0xF1 && b <= 0xF3) {
      need = 3;
    } else {
      return false;
    }
    return true;
  }

  /** A stream that fails with the line number at the first byte that is not UTF-8. */
  static final class CheckedStream extends FilterInputStream {
    private final Utf8Validator utf8 = new Utf8Validator();
    private long line = 1;

    CheckedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(b);
      } else if (!utf8.complete()) {
        throw new NotUtf8Exception(line, "the file ends inside a character");
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int p = off; p < off + n; p++) {
        int b = buf[p] & 0xFF;
        if (b >= 0x80 || !utf8.complete()) {
          check(b);
        } else if (b == '\n') {
          line++;
        }
      }
      if (n < 0 && !utf8.complete()) {
        throw new NotUtf8Exception(line, "the file ends inside a character");
      }
      return n;
    }

    private void check(int b) throws NotUtf8Exception {
      if (!utf8.accept(b)) {
        throw new NotUtf8Exception(line, String.format("byte 0x%02X", b));
      }
      if (b == '\n') {
        line++;
      }
    }
  }

  /** Bytes that are not UTF-8, at a line. */
  static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(long line, String what) {
      super("line " + line + ": not UTF-8 (" + what + "); only UTF-8 is read");
    }
  }
}
