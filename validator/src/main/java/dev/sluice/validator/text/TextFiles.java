package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Opening text inputs: UTF-8 only. A UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32 one,
 * or the zero bytes that betray such text without a mark, is a problem, not a guess. Also the
 * limits that keep hostile inputs from exhausting memory.
 */
final class TextFiles {
  /**
   * The longest value (CSV field in bytes, JSON string in chars): 32 MiB. As long as a JSON Lines
   * line may be, so that whether a line is malformed never depends on the columns read.
   */
  static final int MAX_VALUE = 32 << 20;
  /** The longest JSON Lines record (line) in bytes: 32 MiB. */
  static final int MAX_LINE = MAX_VALUE;
  /** The most list elements one JSON record may hold, over all its lists. */
  static final int MAX_LIST_ELEMENTS = 1_000_000;
  /** The most fields a CSV record, or top-level keys a JSON file, may have. */
  static final int MAX_COLUMNS = 100_000;
  /** The deepest nesting of JSON objects and arrays. */
  static final int MAX_DEPTH = 500;
  /** Invalid values are kept for samples up to this many chars. */
  static final int MAX_SAMPLE = 200;

  private static final int BUFFER = 1 << 16;

  private TextFiles() {}

  static void checkReadable(Path file, String display) throws DataProblem {
    if (!Files.exists(file)) {
      throw new DataProblem(display, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DataProblem(display, "is a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new DataProblem(display, "file is not readable");
    }
  }

  /** The file's bytes after any UTF-8 byte-order mark. */
  static InputStream open(Path file, String display) throws DataProblem {
    InputStream in = null;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      int skip = bomLength(head, display);
      in.skipNBytes(skip);
      return in;
    } catch (IOException e) {
      closeQuietly(in);
      throw new DataProblem(display, "cannot read: " + describe(e), e);
    } catch (DataProblem e) {
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * The bytes {@code [from, to)} of {@code file} after any byte order mark ({@code to}:
   * {@link Long#MAX_VALUE} for its end); none when it is shorter than {@code from}.
   */
  static InputStream range(Path file, String display, long from, long to) throws DataProblem {
    InputStream in = open(file, display);
    try {
      in.skipNBytes(from);
    } catch (EOFException e) {
      closeQuietly(in);
      return InputStream.nullInputStream();
    } catch (IOException e) {
      closeQuietly(in);
      throw new DataProblem(display, "cannot read: " + describe(e), e);
    }
    return to == Long.MAX_VALUE ? in : limited(in, to - from);
  }

  /** {@code in}, telling {@code bytesRead} how many bytes each read returns. */
  static InputStream counted(InputStream in, LongConsumer bytesRead) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          bytesRead.accept(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
          bytesRead.accept(n);
        }
        return n;
      }
    };
  }

  /** The next {@code limit} bytes of {@code in} (closing it closes {@code in}). */
  static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long left = limit;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = in.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
      }

      @Override
      public int available() throws IOException {
        return (int) Math.min(in.available(), left);
      }

      @Override
      public boolean markSupported() {
        return false;
      }
    };
  }

  /** A reader that fails on malformed UTF-8 instead of replacing it. */
  static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static int bomLength(byte[] head, String display) throws DataProblem {
    int n = head.length;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return 3;
    }
    boolean utf16Mark = n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    boolean zeros = false;
    for (byte b : head) {
      zeros |= b == 0;
    }
    if (utf16Mark || zeros) {
      throw new DataProblem(display, "not UTF-8 text (UTF-16 or UTF-32?); only UTF-8 is read");
    }
    return 0;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Text of an invalid value for samples, cut to {@link #MAX_SAMPLE} chars. */
  static String sample(String text) {
    return text.length() <= MAX_SAMPLE ? text : text.substring(0, MAX_SAMPLE) + "…";
  }

  static void closeQuietly(@Nullable AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception e) {
      // reading is over; a failure to release the file changes nothing for the result
    }
  }
}
