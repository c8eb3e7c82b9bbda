package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines at LF (a CR before it is dropped) and hands over each non-blank
 * one with its 1-based number, straight from the read buffer. A line longer than {@link
 * TextFiles#MAX_LINE} is never held: it is skipped and reported as too long.
 */
final class LineSplitter {
  /** Receives lines in order. */
  interface Handler {
    /**
     * A line that holds more than JSON whitespace: {@code buf[from, to)}, which begins {@code
     * offset} bytes into the stream.
     */
    void line(byte[] buf, int from, int to, long line, long offset)
        throws IOException, DataProblem;

    /** A line too long to hold. */
    void tooLong(long line) throws DataProblem;
  }

  private static final int MAX_BUFFER = TextFiles.MAX_LINE + 2;

  private final InputStream in;
  private final Handler handler;
  private byte[] buf = new byte[1 << 16];
  private int start;
  private int end;
  /** Bytes of the stream before {@code buf[0]}. */
  private long dropped;
  private long line;
  private boolean skipping;

  /** Lines of {@code in}, the first numbered 1. */
  LineSplitter(InputStream in, Handler handler) {
    this(in, 1, handler);
  }

  /** Lines of {@code in}, the first numbered {@code firstLine} (a part of a longer stream). */
  LineSplitter(InputStream in, long firstLine, Handler handler) {
    this.in = in;
    this.handler = handler;
    this.line = firstLine;
  }

  /** Hands over every line; returns the number the line after the last one would have. */
  long run() throws IOException, DataProblem {
    int scan = 0;
    while (true) {
      int nl = indexOfLf(scan);
      if (nl >= 0) {
        lineEnds(nl);
        scan = start;
        continue;
      }
      makeRoom();
      scan = end;
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      end += n;
    }
    if (skipping) {
      handler.tooLong(line);
    } else if (start < end) {
      emit(start, end);
    }
    return line;
  }

  private void lineEnds(int nl) throws IOException, DataProblem {
    if (skipping) {
      handler.tooLong(line);
      skipping = false;
    } else {
      emit(start, nl);
    }
    line++;
    start = nl + 1;
  }

  /** Drops what is read, then grows the buffer or gives up holding an over-long line. */
  private void makeRoom() {
    if (skipping) {
      dropped += end;
      start = 0;
      end = 0;
      return;
    }
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      dropped += start;
      end -= start;
      start = 0;
    }
    if (end == buf.length) {
      if (buf.length == MAX_BUFFER) {
        skipping = true;
        dropped += end;
        end = 0;
      } else {
        buf = Arrays.copyOf(buf, (int) Math.min(MAX_BUFFER, 2L * buf.length));
      }
    }
  }

  private int indexOfLf(int from) {
    return ByteScan.indexOf(buf, from, end, (byte) '\n');
  }

  private void emit(int from, int to) throws IOException, DataProblem {
    int last = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    if (!isBlank(buf, from, last)) {
      handler.line(buf, from, last, line, dropped + from);
    }
  }

  /** Whether {@code buf[from, to)} holds only spaces, tabs and CRs: a line that is no row. */
  static boolean isBlank(byte[] buf, int from, int to) {
    for (int p = from; p < to; p++) {
      byte b = buf[p];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
