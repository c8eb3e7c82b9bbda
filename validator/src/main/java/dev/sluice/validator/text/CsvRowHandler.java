package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import dev.sluice.validator.data.ColumnVector;
import org.jspecify.annotations.Nullable;

/**
 * Receives FastCSV's fields straight from its buffer and parses the wanted ones into their
 * vectors, so that no {@code String} is made for a number, date or boolean. An unquoted empty
 * field is null; a quoted empty one ({@code ""}) is the empty string (see {@link
 * TextCells#readEmpty}). Each data record yields {@link Boolean#TRUE}; the header yields nothing.
 */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<Boolean> {
  private final @Nullable ColumnVector[] byField;
  private final int fieldCount;
  private boolean header;
  private final long linesBefore;
  private long row;
  private long line;

  /**
   * @param byField the vector of each field, null for fields not scanned
   * @param header whether the first record is a header, to be skipped
   * @param firstRow the global number of the first data row
   * @param linesBefore lines of the file before the text read (a row group after the first)
   */
  CsvRowHandler(@Nullable ColumnVector[] byField, int fieldCount, boolean header, long firstRow,
      long linesBefore) {
    this.byField = byField;
    this.fieldCount = fieldCount;
    this.header = header;
    this.row = firstRow;
    this.linesBefore = linesBefore;
  }

  /** The line the current record starts on. */
  long line() {
    return line;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    line = linesBefore + startingLineNumber;
  }

  // Hot path: one call per field of the file.
  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    if (header || index >= byField.length) {
      return;
    }
    ColumnVector v = byField[index];
    if (v == null) {
      return;
    }
    int i = Batches.append(v, row);
    if (len > 0) {
      TextCells.read(v, i, buf, offset, len);
    } else if (quoted) {
      TextCells.readEmpty(v, i);
    } else {
      TextCells.setNull(v, i);
    }
  }

  @Override
  protected @Nullable Boolean buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return Boolean.TRUE; // an empty line: the reader skips it
    }
    if (header) {
      header = false;
      return null;
    }
    if (getFieldCount() != fieldCount) {
      throw new RaggedRecordException(
          "line " + line + ": expected " + fieldCount + " fields, found " + getFieldCount());
    }
    row++;
    return Boolean.TRUE;
  }

  /** A record with another number of fields than the first (the prescan should have seen it). */
  static final class RaggedRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RaggedRecordException(String message) {
      super(message, null, false, false);
    }
  }
}
