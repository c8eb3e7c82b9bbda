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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of one CSV (or TSV) file to an accepted and a rejected CSV file, in input
 * order. The records are found as the validation found them (the prescan's own state machine,
 * {@link CsvPrescan#forRecords}: same dialect, the {@code .tsv} rule, blank lines skipped, the
 * header not a row; {@link CsvRecordWindow}), so row N here is row N of the marks.
 *
 * <p>Each record is copied byte for byte as the input has it (quotes, fields and line breaks
 * inside quotes included), ended by LF (CRLF after a quoted last field holding a lone CR, which
 * LF would join to the next record); blank lines and a byte order mark are left out. A record
 * over 1 GiB is a problem. The
 * header, when the input has one, heads both sides; the rejected side has one more last column,
 * {@value SplitTarget#VIOLATIONS}, holding the ids of the checks the row failed, joined with
 * {@code ;} (quoted when that needs it; also without a header).
 */
public final class CsvSplitter {
  private final int read;

  private final CsvDialect dialect;
  private final String display;
  private final RowVerdicts verdicts;
  private final OutputStream accepted;
  private final OutputStream rejected;
  private boolean header;

  private CsvSplitter(CsvDialect dialect, String display, RowVerdicts verdicts,
      OutputStream accepted, OutputStream rejected, int read) {
    this.read = read;
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
    return split(input, displayPath, options, marks, target, CsvRecordWindow.READ);
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

  /** Reads the input record by record ({@link CsvRecordWindow}). */
  private void copy(InputStream in) throws IOException, DataProblem {
    new CsvRecordWindow(display, read).read(in, dialect, 1, this::record);
  }

  /** The record {@code window[from, from + length)}. */
  private void record(byte[] window, int from, int length, long line, boolean crlf)
      throws DataProblem {
    try {
      if (header) {
        header = false;
        refuseViolationsColumn(window, from, length);
        write(accepted, window, from, length, null, crlf);
        write(rejected, window, from, length, SplitTarget.VIOLATIONS, false);
        return;
      }
      List<String> failed = verdicts.next();
      if (failed == null) {
        write(accepted, window, from, length, null, crlf);
      } else {
        write(rejected, window, from, length, String.join(";", failed), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record's bytes, then {@code last} as one more field if not null, then LF (CRLF when
   * {@code crlf}: FastCSV misreads a quoted last field holding a lone CR followed by LF).
   */
  private void write(OutputStream out, byte[] window, int from, int length,
      @Nullable String last, boolean crlf) throws IOException {
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

  private void refuseViolationsColumn(byte[] window, int from, int length) throws DataProblem {
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
