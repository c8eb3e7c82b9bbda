package dev.sluice.validator.data;

import java.util.Map;

/**
 * Aligned batches of several columns covering the same rows {@code [firstRow, firstRow +
 * rowCount)}. Vectors are keyed by column path.
 */
public record ColumnBatch(long firstRow, int rowCount, Map<String, ColumnVector> vectors) {

  public ColumnVector vector(String path) {
    ColumnVector v = vectors.get(path);
    if (v == null) {
      throw new IllegalArgumentException("column not in batch: " + path);
    }
    return v;
  }
}
