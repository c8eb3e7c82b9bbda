package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads CSV bytes through the prescan's state machine ({@link CsvPrescan#forRecords}) and hands
 * over each record while its bytes are held: the records the validation counted, found the same
 * way (blank lines skipped; the header, when there is one, is the first record). The window
 * holds the record not yet ended and grows only for a longer one; a record over 1 GiB is a
 * problem (validation allows 100,000 fields of 32 MiB).
 */
final class CsvRecordWindow {
  /** Bytes read at a time by default. */
  static final int READ = 1 << 20;
  /** The longest record the window holds. */
  static final int MAX_RECORD = 1 << 30;
  private static final long MAX_WINDOW = MAX_RECORD + 2L * READ;
  private static final int FIRST_WINDOW = 1 << 16;

  /** Receives records in order. */
  @FunctionalInterface
  interface Records {
    /**
     * The record {@code window[from, from + length)} (its line end excluded), beginning on line
     * {@code line}; {@code crlf}: its last field is quoted and holds a lone CR.
     */
    void record(byte[] window, int from, int length, long line, boolean crlf)
        throws DataProblem;
  }

  private final String display;
  private final int read;
  private byte[] window;
  /** The stream's offset of {@code window[0]}. */
  private long base;

  CsvRecordWindow(String display, int read) {
    this.display = display;
    this.read = read;
    this.window = new byte[Math.min(2 * read, FIRST_WINDOW)]; // many parts are small
  }

  /** Reads {@code in} to its end, its first byte on line {@code firstLine}. */
  void read(InputStream in, CsvDialect dialect, long firstLine, Records records)
      throws IOException, DataProblem {
    CsvPrescan prescan = CsvPrescan.forRecords(dialect, display, firstLine,
        (start, end, line, crlf) -> records.record(window, (int) (start - base),
            (int) (end - start), line, crlf));
    int held = 0;
    while (true) {
      if (held == window.length) {
        grow(held); // the record not yet ended fills the window
      }
      int want = Math.min(read, window.length - held);
      int n = in.read(window, held, want);
      if (n < 0) {
        break;
      }
      if (n == want && window.length < 2L * read) {
        grow(held + n); // a stream longer than the window: read more at a time
      }
      prescan.feed(window, held, held + n);
      held += n;
      long keep = prescan.openRecordStart(); // the bytes of a record not yet ended stay
      int drop = keep < 0 ? held : (int) (keep - base);
      if (drop > 0) {
        System.arraycopy(window, drop, window, 0, held - drop);
        held -= drop;
        base += drop;
      }
    }
    prescan.end();
  }

  /** A window twice as large (at most {@link #MAX_WINDOW}), keeping the {@code held} bytes. */
  private void grow(int held) throws DataProblem {
    if (window.length >= MAX_WINDOW) {
      throw new DataProblem(display, "a record longer than " + (MAX_RECORD >> 20)
          + " MiB cannot be quarantined");
    }
    byte[] larger = new byte[(int) Math.min(MAX_WINDOW, 2L * window.length)];
    System.arraycopy(window, 0, larger, 0, held);
    window = larger;
  }
}
