package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile.BatchSink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers rows into aligned batches of at most {@code batchRows} rows and hands each full batch
 * to the sink; the vectors are reused batch after batch. A source appends values to the vectors
 * (one per row for flat columns, any number for columns inside lists) and ends each row.
 */
final class Batches {
  private final ColumnVector[] vectors;
  private final Map<String, ColumnVector> view;
  private final int batchRows;
  private final BatchSink sink;
  private long batchFirst;
  private int rows;

  Batches(List<ColumnInfo> columns, long firstRow, int batchRows, BatchSink sink) {
    this.vectors = new ColumnVector[columns.size()];
    Map<String, ColumnVector> byPath = new LinkedHashMap<>();
    for (int k = 0; k < vectors.length; k++) {
      vectors[k] = new ColumnVector(columns.get(k), batchRows);
      byPath.put(columns.get(k).path(), vectors[k]);
    }
    this.view = Collections.unmodifiableMap(byPath);
    this.batchRows = batchRows;
    this.sink = sink;
    this.batchFirst = firstRow;
  }

  /** Batches of rows without values, for a scan that asks for no column. */
  static void rowsOnly(long firstRow, long rowCount, int batchRows, BatchSink sink)
      throws DataProblem {
    for (long done = 0; done < rowCount; done += batchRows) {
      int rows = (int) Math.min(batchRows, rowCount - done);
      sink.accept(new ColumnBatch(firstRow + done, rows, Map.of()));
    }
  }

  ColumnVector vector(int k) {
    return vectors[k];
  }

  int width() {
    return vectors.length;
  }

  /** The global number of the row being read. */
  long row() {
    return batchFirst + rows;
  }

  /** A new slot for a value of {@code row} at the end of {@code v}; its index. */
  static int append(ColumnVector v, long row) {
    int i = v.size;
    if (i == v.rows.length) {
      v.ensureCapacity(i + 1);
    }
    v.rows[i] = row;
    v.size = i + 1;
    return i;
  }

  /** Forgets the values at and after slot {@code size} of {@code v} (a row read in part). */
  static void truncate(ColumnVector v, int size) {
    boolean[] invalid = v.invalid;
    String[] texts = v.invalidText;
    int end = invalid == null ? 0 : Math.min(v.size, invalid.length);
    for (int i = size; i < end && texts != null; i++) {
      invalid[i] = false;
      texts[i] = null;
    }
    v.size = size;
  }

  void endRow() throws DataProblem {
    rows++;
    if (rows == batchRows) {
      flush();
    }
  }

  /** Hands over the last, partial batch. */
  void finish() throws DataProblem {
    if (rows > 0) {
      flush();
    }
  }

  private void flush() throws DataProblem {
    sink.accept(new ColumnBatch(batchFirst, rows, view));
    batchFirst += rows;
    rows = 0;
    for (ColumnVector v : vectors) {
      v.size = 0;
      v.invalid = null; // a batch without invalid values carries none (see ColumnVector)
      v.invalidText = null;
    }
  }
}
