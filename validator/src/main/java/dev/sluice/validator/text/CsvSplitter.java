package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of one CSV (or TSV) file to an accepted and a rejected CSV file, in input
 * order. The records are found as the validation found them (the prescan's own state machine,
 * {@link CsvPrescan#forRecords}: same dialect, the {@code .tsv} rule, blank lines skipped, the
 * header not a row), so row N here is row N of the marks.
 *
 * <p>Each record is copied byte for byte as the input has it (quotes, fields and line breaks
 * inside quotes included), ended by LF (CRLF after a quoted last field holding a lone CR, which
 * LF would join to the next record); blank lines and a byte order mark are left out. A record
 * over 1 GiB is a problem (validation allows 100,000 fields of 32 MiB). The
 * header, when the input has one, heads both sides; the rejected side has one more last column,
 * {@value SplitTarget#VIOLATIONS}, holding the ids of the checks the row failed, joined with
 * {@code ;} (quoted when that needs it; also without a header).
 */
public final class CsvSplitter {
  /** Bytes read at a time; the window grows only for a longer record. */
  private static final int READ = 1 << 20;
  /** The longest record the window holds (validation allows longer: 100,000 fields). */
  private static final int MAX_RECORD = 1 << 30;
  private static final long MAX_WINDOW = MAX_RECORD + 2L * READ;
  private final int read;

  private final CsvDialect dialect;
  private final String display;
  private final RowVerdicts verdicts;
  private final OutputStream accepted;
  private final OutputStream rejected;
  private byte[] window;
  /** The file's offset of {@code window[0]}. */
  private long base;
  private boolean header;

  private CsvSplitter(CsvDialect dialect, String display, RowVerdicts verdicts,
      OutputStream accepted, OutputStream rejected, int read) {
    this.read = read;
    this.window = new byte[2 * read];
    this.dialect = dialect;
    this.display = display;
    this.verdicts = verdicts;
    this.accepted = accepted;
    this.rejected = rejected;
    this.header = dialect.header();
  }

  /** Splits {@code input} (validated with {@code marks}) into the target's two files. */
  public static SplitTarget.Counts split(Path input, String displayPath, SourceOptions options,
      FileMarks marks, SplitTarget target) throws DataProblem {
    return split(input, displayPath, options, marks, target, READ);
  }

  /** As above, reading {@code read} bytes at a time (tests read a few). */
  static SplitTarget.Counts split(Path input, String displayPath, SourceOptions options,
      FileMarks marks, SplitTarget target, int read) throws DataProblem {
    CsvDialect dialect = CsvDialect.of(input, options, displayPath);
    RowVerdicts verdicts = new RowVerdicts(marks, displayPath, target.progress());
    try (InputStream in = TextFiles.open(input, displayPath);
        OutputStream accepted = output(target.accepted());
        OutputStream rejected = output(target.rejected())) {
      new CsvSplitter(dialect, displayPath, verdicts, accepted, rejected, read).copy(in);
    } catch (IOException | UncheckedIOException e) {
      throw new DataProblem(displayPath, "cannot split: "
          + TextFiles.describe(e.getCause() == null ? e : e.getCause()), e);
    }
    return verdicts.finish();
  }

  private static OutputStream output(Path path) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  /** Reads the input through the prescan, which hands over each record while its bytes are held. */
  private void copy(InputStream in) throws IOException, DataProblem {
    CsvPrescan records = CsvPrescan.forRecords(dialect, display, this::record);
    int held = 0;
    while (true) {
      if (window.length - held < read) {
        grow(held);
      }
      int n = in.read(window, held, read);
      if (n < 0) {
        break;
      }
      records.feed(window, held, held + n);
      held += n;
      long keep = records.openRecordStart(); // the bytes of a record not yet ended stay
      int drop = keep < 0 ? held : (int) (keep - base);
      if (drop > 0) {
        System.arraycopy(window, drop, window, 0, held - drop);
        held -= drop;
        base += drop;
      }
    }
    records.end();
  }

  /** Room for {@code read} more bytes after the {@code held} bytes of a record not yet ended. */
  private void grow(int held) throws DataProblem {
    long need = (long) held + read;
    if (need > MAX_WINDOW) {
      throw new DataProblem(display, "a record longer than " + (MAX_RECORD >> 20)
          + " MiB cannot be quarantined");
    }
    window = Arrays.copyOf(window, (int) Math.min(MAX_WINDOW, Math.max(2L * window.length, need)));
  }

  /** The record in the bytes {@code [start, end)} of the file. */
  private void record(long start, long end, boolean crlf) throws DataProblem {
    int from = (int) (start - base);
    int length = (int) (end - start);
    try {
      if (header) {
        header = false;
        refuseViolationsColumn(from, length);
        write(accepted, from, length, null, crlf);
        write(rejected, from, length, SplitTarget.VIOLATIONS, false);
        return;
      }
      List<String> failed = verdicts.next();
      if (failed == null) {
        write(accepted, from, length, null, crlf);
      } else {
        write(rejected, from, length, String.join(";", failed), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record's bytes, then {@code last} as one more field if not null, then LF (CRLF when
   * {@code crlf}: FastCSV misreads a quoted last field holding a lone CR followed by LF).
   */
  private void write(OutputStream out, int from, int length, @Nullable String last,
      boolean crlf) throws IOException {
    out.write(window, from, length);
    if (last != null) {
      out.write(dialect.delimiter());
      out.write(field(last).getBytes(StandardCharsets.UTF_8));
    }
    if (crlf) {
      out.write('\r');
    }
    out.write('\n');
  }

  /** {@code text} as a field: quoted when it holds the delimiter, the quote, CR or LF. */
  private String field(String text) {
    char quote = dialect.quote();
    boolean plain = text.indexOf(dialect.delimiter()) < 0 && text.indexOf(quote) < 0
        && text.indexOf('\r') < 0 && text.indexOf('\n') < 0;
    if (plain) {
      return text;
    }
    String q = String.valueOf(quote);
    return q + text.replace(q, q + q) + q;
  }

  private void refuseViolationsColumn(int from, int length) throws DataProblem {
    String text = new String(window, from, length, StandardCharsets.UTF_8);
    try (CsvReader<CsvRecord> reader = dialect.builder().ofCsvRecord(text)) {
      for (CsvRecord names : reader) {
        if (names.getFields().contains(SplitTarget.VIOLATIONS)) {
          throw new DataProblem(display, "already has a column " + SplitTarget.VIOLATIONS
              + "; drop it before quarantining the file again");
        }
      }
    } catch (IOException | CsvParseException e) {
      throw new DataProblem(display, "cannot read the header: " + TextFiles.describe(e), e);
    }
  }
}
