package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnVector;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of one CSV part ({@link CsvRecordWindow}) into the wanted vectors. A plain
 * record (ASCII; each field unquoted without a quote in it, or quoted whole with doubled quotes
 * and no line break inside) is split here, straight from its bytes; any other goes to FastCSV
 * alone, with the same {@link CsvRowHandler} the whole file once went through. Either way a
 * field becomes what FastCSV hands over: its characters, a quoted one unquoted; an unquoted
 * empty field is null, a quoted empty one the empty string.
 */
final class CsvRecordScan {
  private final CsvDialect dialect;
  private final @Nullable ColumnVector[] byField;
  private final int fieldCount;
  private final byte delimiter;
  private final byte quote;
  private boolean header;
  private long row;
  /** Lines of the file before the part. */
  private final long linesBefore;
  private long line;
  private long records;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] quoted;
  private char[] chars = new char[256];

  /**
   * @param byField the vector of each field, null for fields not scanned
   * @param header whether the part's first record is the file's header, to be skipped
   * @param firstRow the global number of the part's first data row
   * @param linesBefore lines of the file before the part
   */
  CsvRecordScan(CsvDialect dialect, @Nullable ColumnVector[] byField, int fieldCount,
      boolean header, long firstRow, long linesBefore) {
    this.dialect = dialect;
    this.byField = byField;
    this.fieldCount = fieldCount;
    this.delimiter = (byte) dialect.delimiter();
    this.quote = (byte) dialect.quote();
    this.header = header;
    this.row = firstRow;
    this.linesBefore = linesBefore;
    this.starts = new int[fieldCount];
    this.ends = new int[fieldCount];
    this.quoted = new boolean[fieldCount];
  }

  /** Data records read so far. */
  long records() {
    return records;
  }

  /** The line the record being read starts on. */
  long line() {
    return line;
  }

  /**
   * One record of the part; {@code line} counts from the part's first, 1. Returns whether it was
   * a row (false for the header).
   */
  boolean record(byte[] buf, int from, int length, long line) throws DataProblem {
    this.line = linesBefore + line;
    if (header) {
      header = false;
      return false;
    }
    if (split(buf, from, from + length)) {
      put(buf);
    } else {
      parse(new String(buf, from, length, StandardCharsets.UTF_8));
    }
    row++;
    records++;
    return true;
  }

  /**
   * Finds the fields of a plain record (see the class) in {@code buf[from, to)}; false for any
   * other, or for a record of another number of fields (FastCSV's reading says which).
   */
  private boolean split(byte[] buf, int from, int to) {
    int p = from;
    int f = 0;
    while (true) {
      if (f == fieldCount) {
        return false;
      }
      if (p < to && buf[p] == quote) {
        int close = closingQuote(buf, p + 1, to);
        if (close < 0) {
          return false;
        }
        starts[f] = p + 1;
        ends[f] = close;
        quoted[f] = true;
        p = close + 1;
        if (p < to && buf[p] != delimiter) {
          return false;
        }
      } else {
        int stop = ByteScan.runEnd(buf, p, to, delimiter, quote, quote);
        if (stop < to && buf[stop] != delimiter) {
          return false; // a quote inside data, or not ASCII
        }
        starts[f] = p;
        ends[f] = stop;
        quoted[f] = false;
        p = stop;
      }
      f++;
      if (p == to) {
        return f == fieldCount;
      }
      p++; // the delimiter
    }
  }

  /** The quote closing a field opened before {@code p}, past doubled quotes; -1 if not plain. */
  private int closingQuote(byte[] buf, int p, int to) {
    while (true) {
      int stop = ByteScan.runEnd(buf, p, to, quote, (byte) '\r', (byte) '\n');
      if (stop >= to || buf[stop] != quote) {
        return -1; // a line break inside, not ASCII, or no closing quote
      }
      if (stop + 1 < to && buf[stop + 1] == quote) {
        p = stop + 2;
      } else {
        return stop;
      }
    }
  }

  /** Puts the wanted fields of the record {@link #split} found. */
  // Hot path: once per record of the file.
  private void put(byte[] buf) {
    for (int f = 0; f < fieldCount; f++) {
      ColumnVector v = f < byField.length ? byField[f] : null;
      if (v == null) {
        continue;
      }
      int i = Batches.append(v, row);
      int len = chars(buf, starts[f], ends[f], quoted[f]);
      if (len > 0) {
        TextCells.read(v, i, chars, 0, len);
      } else if (quoted[f]) {
        TextCells.readEmpty(v, i);
      } else {
        TextCells.setNull(v, i);
      }
    }
  }

  /** The field's characters into {@link #chars} (doubled quotes made one); their number. */
  private int chars(byte[] buf, int from, int to, boolean unquote) {
    if (chars.length < to - from) {
      chars = new char[Math.max(to - from, 2 * chars.length)];
    }
    int n = 0;
    for (int p = from; p < to; p++) {
      byte b = buf[p];
      chars[n++] = (char) b;
      if (unquote && b == quote) {
        p++; // the second of a doubled quote
      }
    }
    return n;
  }

  /** A record that is not plain, read by FastCSV alone. */
  private void parse(String text) throws DataProblem {
    CsvRowHandler handler = new CsvRowHandler(byField, fieldCount, false, row, line - 1);
    try (CsvReader<Boolean> reader = dialect.builder().build(handler, new StringReader(text))) {
      Iterator<Boolean> read = reader.iterator();
      if (!read.hasNext()) {
        throw new IllegalStateException("no record in " + text.length() + " characters");
      }
      read.next();
    } catch (IOException e) {
      throw new IllegalStateException("reading a string failed", e);
    }
  }
}
