package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ColumnVector;
import org.apache.parquet.column.ColumnReader;

/** Reads the current (non-null) value of a column reader into slot {@code i} of a vector. */
@FunctionalInterface
interface ValueDecoder {

  /**
   * Stores the value; throws {@link BadValueException} for a value that has no meaning in the
   * column's type (e.g. a UINT_64 beyond the signed range, a 3-byte UUID).
   */
  void read(ColumnReader reader, ColumnVector vector, int i);

  /** A decoder that only skips: used for UNSUPPORTED columns, whose values are never decoded. */
  ValueDecoder SKIP =
      (reader, vector, i) -> {
        reader.skip();
        vector.objects[i] = null;
      };

  /** A stored value that cannot be represented; the scan turns it into a DataProblem. */
  final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValueException(String message) {
      super(message);
    }
  }
}
