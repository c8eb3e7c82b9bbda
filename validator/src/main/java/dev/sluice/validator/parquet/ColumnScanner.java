package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnVector;
import java.io.IOException;
import org.apache.parquet.column.ColumnReader;

/**
 * The value-by-value path, through parquet-java's {@link ColumnReader}: for what {@link
 * FlatColumnReader} does not cover (columns inside lists, the rarer types, files of old
 * writers). Reads one column of one row group row by row into a reused vector, checking as it
 * goes that the levels make sense: every row starts at repetition level 0 and the chunk holds
 * values for exactly the row group's rows.
 *
 * <p>Levels to values: a defined value is stored; a definition level that marks an empty list
 * (or map) on the path adds nothing; any other lower level (a null value, a null list element, a
 * null list or a null struct above) adds one null.
 */
final class ColumnScanner implements ColumnCursor {
  private final ParquetLeaf leaf;
  private final ColumnReader reader;
  private final ColumnVector vector;
  private final long totalValues;
  private final boolean repeated;
  private final int maxDef;
  private long readValues;

  @SuppressWarnings("deprecation") // getTotalValueCount: the chunk's value count, still exact
  ColumnScanner(ParquetLeaf leaf, ColumnReader reader, ColumnVector vector) {
    this.leaf = leaf;
    this.reader = reader;
    this.vector = vector;
    this.totalValues = reader.getTotalValueCount();
    this.repeated = leaf.repeated();
    this.maxDef = leaf.maxDefinitionLevel();
  }

  @Override
  public ColumnVector vector() {
    return vector;
  }

  /**
   * Fills the vector with rows {@code [0, rows)} of this batch.
   *
   * @param firstRow the global row number of the batch's first row
   */
  @Override
  public void fill(long firstRow, int rows) throws BadLevelsException {
    vector.size = 0;
    for (int row = 0; row < rows; row++) {
      if (readValues >= totalValues) {
        throw new BadLevelsException("column chunk ends after " + readValues
            + " values, before all rows of the row group");
      }
      if (reader.getCurrentRepetitionLevel() != 0) {
        throw new BadLevelsException("repetition level of a row does not start at 0");
      }
      readValue(firstRow + row);
      while (repeated && readValues < totalValues && reader.getCurrentRepetitionLevel() > 0) {
        readValue(firstRow + row);
      }
    }
  }

  @Override
  public void finish(long rowCount) throws BadLevelsException {
    if (readValues != totalValues) {
      throw new BadLevelsException("column chunk holds " + totalValues
          + " values but the row group's " + rowCount + " rows use " + readValues);
    }
  }

  // Hot loop: one call per value; kept small so the JIT inlines it.
  private void readValue(long row) {
    int def = reader.getCurrentDefinitionLevel();
    if (def == maxDef) {
      int i = slot(row);
      vector.nulls[i] = false;
      leaf.decoder().read(reader, vector, i);
    } else if (def < 0 || def > maxDef) {
      throw new ValueDecoder.BadValueException(
          "definition level " + def + " is above the column's maximum " + maxDef);
    } else if (!leaf.emptyListLevels()[def]) {
      int i = slot(row);
      vector.nulls[i] = true;
    }
    reader.consume();
    readValues++;
  }

  private int slot(long row) {
    int i = vector.size;
    if (i == vector.rows.length) {
      vector.ensureCapacity(i + 1);
    }
    vector.rows[i] = row;
    vector.size = i + 1;
    return i;
  }

  /** The levels of a column chunk are inconsistent. */
  static final class BadLevelsException extends IOException {
    private static final long serialVersionUID = 1L;

    BadLevelsException(String message) {
      super(message);
    }
  }
}
