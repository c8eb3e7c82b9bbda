package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over a CSV file: counts its records exactly and proves its structure before
 * anything is scanned, reading bytes without decoding them. It follows the grammar of the
 * parser that reads values (FastCSV's strict parser: records end at CR, LF or CRLF outside
 * quotes; empty lines are skipped; a quote opens a field only at its start; {@code ""} inside
 * quotes is a quote) and fails with the line number on:
 *
 * <ul>
 *   <li>a record whose field count differs from the first record's;
 *   <li>a character after a closing quote other than a delimiter or line end;
 *   <li>a quote still open at the end of the file (FastCSV would silently end the field there);
 *   <li>a quoted field holding a lone CR, closed and followed by LF (FastCSV 4.1.0 would join
 *       the record with the next line: rejected rather than misread);
 *   <li>bytes that are not UTF-8, a field over 32 MiB, more than 100,000 fields.
 * </ul>
 */
final class CsvPrescan {
  /**
   * Records (header included), the field count of the first record (0 if none), and where the
   * row groups begin (see {@link TextDataFile.Part}).
   */
  record Shape(long records, int fields, List<TextDataFile.Part> parts) {}

  private static final int CR = '\r';
  private static final int LF = '\n';
  private static final int FRESH = 0;
  private static final int DATA = 1;
  private static final int CLOSED = 2;

  private final int delimiter;
  private final int quote;
  private final boolean header;
  private final long partBytes;
  private final String display;
  private final List<TextDataFile.Part> parts = new ArrayList<>(List.of(TextDataFile.Part.FIRST));
  /** Whether runs of plain data are skipped at all (tests compare with stepping every byte). */
  private final boolean skipsData;
  /**
   * Whether fields and field bytes are counted and checked (their number, their length); a file
   * read again once validated ({@link #forRecords}) needs only where its records are. (Counting
   * some bytes and not others refused a validated record of long non-ASCII fields.)
   */
  private boolean counts = true;
  /** Bytes of the file fed so far. */
  private long fed;
  /** Where the record being read starts. */
  private long recordStart;
  private @Nullable RecordListener listener;

  /**
   * Hears each record (header included) as the bytes {@code [start, end)} of the file,
   * beginning on line {@code line}; {@code crlf}: its last field is quoted and holds a lone CR,
   * so LF must not end a copy of it.
   */
  @FunctionalInterface
  interface RecordListener {
    void record(long start, long end, long line, boolean crlf) throws DataProblem;
  }
  private final Utf8Validator utf8 = new Utf8Validator();
  private long line = 1;
  private long recordLine = 1;
  private long quoteLine = 1;
  private boolean inQuotes;
  private boolean quotedCr;
  private boolean prevCr;
  private boolean open;
  private int mode = FRESH;
  private int fields;
  private long fieldBytes;
  private long records;
  private int firstFields = -1;

  private CsvPrescan(CsvDialect dialect, long partBytes, String display, boolean skipsData) {
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
    this.header = dialect.header();
    this.partBytes = partBytes;
    this.display = display;
    this.skipsData = skipsData;
  }

  /** Checks and counts the records of {@code file}, noting a part every {@code partBytes}. */
  static Shape run(Path file, CsvDialect dialect, long partBytes, String display,
      LongConsumer bytesRead) throws DataProblem {
    return run(file, dialect, partBytes, display, true, bytesRead);
  }

  /** As above; without {@code skipsData}, every byte goes through the state machine (tests). */
  static Shape run(Path file, CsvDialect dialect, long partBytes, String display,
      boolean skipsData) throws DataProblem {
    return run(file, dialect, partBytes, display, skipsData, bytes -> { });
  }

  private static Shape run(Path file, CsvDialect dialect, long partBytes, String display,
      boolean skipsData, LongConsumer bytesRead) throws DataProblem {
    CsvPrescan scan = new CsvPrescan(dialect, partBytes, display, skipsData);
    try (InputStream in = TextFiles.counted(TextFiles.open(file, display), bytesRead)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        scan.feed(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new DataProblem(display, "cannot read: " + TextFiles.describe(e), e);
    }
    return scan.end();
  }

  /**
   * A prescan that tells {@code listener} where each record is, for a reader that holds the
   * bytes it {@link #feed feeds}: the records the validation counted, found the same way. The
   * file was validated: runs of data are skipped without counting their fields.
   */
  static CsvPrescan forRecords(CsvDialect dialect, String display, long firstLine,
      RecordListener listener) {
    CsvPrescan scan = new CsvPrescan(dialect, Long.MAX_VALUE, display, true);
    scan.listener = listener;
    scan.counts = false;
    scan.line = firstLine;
    scan.recordLine = firstLine;
    scan.quoteLine = firstLine;
    return scan;
  }

  /** Where the record not yet ended starts; -1 between records. */
  long openRecordStart() {
    return open ? recordStart : -1;
  }

  /** The next bytes of the file, {@code buffer[from, to)}. */
  // Hot loop over every byte of the file: each byte goes through the state machine, then the run
  // of plain data after it (see skipData) is skipped eight bytes at a time.
  void feed(byte[] buffer, int from, int to) throws DataProblem {
    long base = fed - from; // the file's offset of buffer[0]
    for (int p = from; p < to; p++) {
      int b = buffer[p] & 0xFF;
      if ((b >= 0x80 || !utf8.complete()) && !utf8.accept(b)) {
        throw problem(line, String.format("not UTF-8 (byte 0x%02X); only UTF-8 is read", b));
      }
      if (++fieldBytes > TextFiles.MAX_VALUE && counts) {
        throw problem(inQuotes ? quoteLine : line, "a field longer than 32 MiB"
            + (inQuotes ? " (a quote that is never closed?)" : ""));
      }
      if (inQuotes) {
        quoted(b);
      } else if (!(b == LF && prevCr)) {
        plain(b, base + p);
      }
      if (b == LF && !prevCr || b == CR) {
        line++;
      }
      prevCr = b == CR;
      p = skipData(buffer, p + 1, to) - 1;
    }
    fed += to - from;
  }

  /**
   * Skips, from {@code from}, the bytes that change nothing but counts: inside quotes, a run of
   * ASCII bytes other than CR, LF and the quote; outside quotes, within a record, ASCII data
   * bytes and delimiters (a quote, CR, LF and other bytes are left to the state machine).
   * Returns where the run ends.
   */
  private int skipData(byte[] buffer, int from, int to) throws DataProblem {
    if (!skipsData || !utf8.complete()) {
      return from;
    }
    if (inQuotes) {
      return skipQuoted(buffer, from, to);
    }
    if (!open || mode == CLOSED) {
      return from;
    }
    int stop = ByteScan.runEnd(buffer, from, to, (byte) CR, (byte) LF, (byte) quote);
    if (stop == from) {
      return from;
    }
    if (!counts) {
      mode = buffer[stop - 1] == delimiter ? FRESH : DATA;
      prevCr = false;
      return stop;
    }
    int delimiters = ByteScan.count(buffer, from, stop, (byte) delimiter);
    if (fieldBytes + (stop - from) > TextFiles.MAX_VALUE
        || fields + delimiters >= TextFiles.MAX_COLUMNS) {
      return from; // a limit may be crossed: the state machine steps on and throws at its byte
    }
    int last = delimiters == 0 ? -1 : ByteScan.lastIndexOf(buffer, from, stop, (byte) delimiter);
    fields += delimiters;
    fieldBytes = last < 0 ? fieldBytes + (stop - from) : stop - last - 1;
    mode = last == stop - 1 ? FRESH : DATA;
    prevCr = false;
    return stop;
  }

  private int skipQuoted(byte[] buffer, int from, int to) throws DataProblem {
    // a delimiter inside quotes is data like any other byte
    int q = ByteScan.runEnd(buffer, from, to, (byte) CR, (byte) LF, (byte) quote);
    fieldBytes += q - from;
    if (fieldBytes > TextFiles.MAX_VALUE && counts) {
      throw problem(quoteLine, "a field longer than 32 MiB (a quote that is never closed?)");
    }
    if (q > from) {
      prevCr = false;
    }
    return q;
  }

  private void quoted(int b) {
    if (b == quote) {
      inQuotes = false;
      mode = CLOSED;
    } else if (b == CR) {
      quotedCr = true;
    } else if (b == LF) {
      quotedCr = false;
    }
  }

  /** A byte outside quotes, {@code offset} bytes into the file. */
  private void plain(int b, long offset) throws DataProblem {
    if (b == CR || b == LF) {
      if (mode == CLOSED && quotedCr && b == LF) {
        throw problem(recordLine, "a quoted field ending in a lone CR (carriage return) is"
            + " followed by LF; such line ends cannot be read reliably: use LF or CRLF");
      }
      endRecord(offset);
      return;
    }
    if (!open) {
      open = true;
      recordLine = line;
      recordStart = offset;
      startsRecord(offset);
    }
    if (b == delimiter) {
      if (++fields >= TextFiles.MAX_COLUMNS && counts) {
        throw problem(recordLine, "more than " + TextFiles.MAX_COLUMNS + " fields in a record");
      }
      mode = FRESH;
      fieldBytes = 0;
    } else if (b == quote && mode != DATA) {
      inQuotes = true;
      quotedCr = false;
      quoteLine = mode == FRESH ? line : quoteLine;
    } else if (mode == CLOSED) {
      throw problem(line, "unexpected character after a closing quote: "
          + (b < 0x80 ? "'" + (char) b + "'" : String.format("byte 0x%02X", b)));
    } else {
      mode = DATA;
    }
  }

  /** A record past the current part's share of bytes begins the next part. */
  private void startsRecord(long offset) {
    long rowsBefore = header ? records - 1 : records;
    if (rowsBefore > 0 && offset - parts.get(parts.size() - 1).offset() >= partBytes) {
      parts.add(new TextDataFile.Part(offset, rowsBefore, line));
    }
  }

  /** The record being read ends right before {@code end}. */
  private void endRecord(long end) throws DataProblem {
    fieldBytes = 0;
    if (!open) {
      return; // an empty line, skipped
    }
    int count = fields + 1;
    if (firstFields < 0) {
      firstFields = count;
    } else if (count != firstFields && counts) {
      throw problem(recordLine, "expected " + firstFields + " fields, found " + count);
    }
    records++;
    if (listener != null) {
      listener.record(recordStart, end, recordLine, mode == CLOSED && quotedCr);
    }
    open = false;
    fields = 0;
    mode = FRESH;
    quotedCr = false;
  }

  /** Checks the end of the file (after the last {@link #feed}). */
  Shape end() throws DataProblem {
    if (!utf8.complete()) {
      throw problem(line, "not UTF-8 (the file ends inside a character)");
    }
    if (inQuotes) {
      throw problem(quoteLine, "a quoted field is not closed before the end of the file");
    }
    endRecord(fed);
    return new Shape(records, Math.max(firstFields, 0), List.copyOf(parts));
  }

  private DataProblem problem(long at, String message) {
    return new DataProblem(display, "line " + at + ": " + message);
  }
}
