package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of one CSV (or TSV) file to an accepted and a rejected CSV file, in input
 * order. The input is read as its validation read it (same dialect, the {@code .tsv} rule, blank
 * lines skipped, the header not a row), so row N here is row N of the marks.
 *
 * <p>Both outputs use the input's delimiter and quote character, LF line ends and UTF-8. The
 * header, when the input has one, heads both; the rejected side has one more last column,
 * {@value SplitTarget#VIOLATIONS}, holding the ids of the checks the row failed, joined with
 * {@code ;} (also without a header). Fields are written back as read; a field is quoted when
 * it needs to be, and a quoted empty field stays quoted ({@code ""}: the empty string, where an
 * unquoted empty field is null).
 */
public final class CsvSplitter {
  private CsvSplitter() {}

  /** Splits {@code input} (validated with {@code marks}) into the target's two files. */
  public static SplitTarget.Counts split(Path input, String displayPath, SourceOptions options,
      FileMarks marks, SplitTarget target) throws DataProblem {
    CsvDialect dialect = CsvDialect.of(input, options, displayPath);
    RowVerdicts verdicts = new RowVerdicts(marks, displayPath, target.progress());
    FieldsHandler handler = new FieldsHandler();
    try (InputStream in = TextFiles.open(input, displayPath);
        CsvReader<@Nullable String[]> reader = dialect.builder().build(handler, TextFiles.utf8(in));
        CsvWriter accepted = writer(target.accepted(), dialect);
        CsvWriter rejected = writer(target.rejected(), dialect)) {
      CloseableIterator<@Nullable String[]> records = reader.iterator();
      if (dialect.header() && records.hasNext()) {
        header(records.next(), accepted, rejected, displayPath);
      }
      while (records.hasNext()) {
        @Nullable String[] fields = records.next();
        List<String> failed = verdicts.next();
        if (failed == null) {
          accepted.writeRecord(fields);
        } else {
          rejected.writeRecord(withLast(fields, String.join(";", failed)));
        }
      }
    } catch (CsvParseException e) {
      throw new DataProblem(displayPath, "line " + handler.line() + ": "
          + TextFiles.describe(e.getCause() == null ? e : e.getCause()), e);
    } catch (IOException | UncheckedIOException e) {
      throw new DataProblem(displayPath, "cannot split: "
          + TextFiles.describe(e.getCause() == null ? e : e.getCause()), e);
    }
    return verdicts.finish();
  }

  private static void header(@Nullable String[] names, CsvWriter accepted, CsvWriter rejected,
      String display) throws DataProblem {
    if (Arrays.asList(names).contains(SplitTarget.VIOLATIONS)) {
      throw new DataProblem(display, "already has a column " + SplitTarget.VIOLATIONS
          + "; drop it before quarantining the file again");
    }
    accepted.writeRecord(names);
    rejected.writeRecord(withLast(names, SplitTarget.VIOLATIONS));
  }

  private static @Nullable String[] withLast(@Nullable String[] fields, String last) {
    @Nullable String[] out = Arrays.copyOf(fields, fields.length + 1);
    out[fields.length] = last;
    return out;
  }

  /** Quotes only what needs it, and empty strings, so {@code ""} and null stay distinct. */
  private static CsvWriter writer(Path path, CsvDialect dialect) throws IOException {
    return CsvWriter.builder()
        .fieldSeparator(dialect.delimiter())
        .quoteCharacter(dialect.quote())
        .commentCharacter(commentCharacter(dialect))
        .quoteStrategy(QuoteStrategies.EMPTY)
        .lineDelimiter(LineDelimiter.LF)
        .build(path, StandardCharsets.UTF_8);
  }

  /**
   * FastCSV's writer needs a comment character distinct from delimiter and quote; it quotes a
   * first field starting with it, which changes nothing for a reader without comments.
   */
  private static char commentCharacter(CsvDialect dialect) {
    for (char c : new char[] {'#', '!', ';'}) {
      if (c != dialect.delimiter() && c != dialect.quote()) {
        return c;
      }
    }
    throw new AssertionError("unreachable: two characters cannot exclude three");
  }

  /**
   * A record's fields as read: null for an unquoted empty field, {@code ""} for a quoted one (as
   * the validation reads them). Empty lines yield an empty array, which the reader skips.
   */
  private static final class FieldsHandler
      extends AbstractBaseCsvCallbackHandler<@Nullable String[]> {
    private static final String[] EMPTY_LINE = new String[0];
    private final List<@Nullable String> fields = new ArrayList<>();
    private long line;

    long line() {
      return line;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      fields.clear();
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      fields.add(len > 0 ? new String(buf, offset, len) : quoted ? "" : null);
    }

    @Override
    protected @Nullable String[] buildRecord() {
      if (getRecordType() != RecordType.DATA) {
        return EMPTY_LINE;
      }
      return fields.toArray(new String[0]);
    }
  }
}
