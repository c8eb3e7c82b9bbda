package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnVector;
import java.io.IOException;

/**
 * One column of a row-group scan, filled batch after batch in lockstep with the other columns:
 * {@link FlatColumnReader} (bulk, whole pages) or {@link ColumnScanner} (parquet-java's reader,
 * value by value, for everything the bulk path does not cover). Runtime exceptions and {@link
 * IOException}s both mean unreadable data; the scan turns them into a DataProblem.
 */
interface ColumnCursor {

  /** The vector the cursor fills; reused from batch to batch. */
  ColumnVector vector();

  /**
   * Fills the vector with the values of the next {@code rows} rows.
   *
   * @param firstRow the global row number of the batch's first row
   */
  void fill(long firstRow, int rows) throws IOException;

  /** After the last batch: the chunk must hold no further values. */
  void finish(long rowCount) throws IOException;
}
