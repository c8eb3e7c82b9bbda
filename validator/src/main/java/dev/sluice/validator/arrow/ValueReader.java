package dev.sluice.validator.arrow;

import dev.sluice.validator.data.ColumnVector;
import org.apache.arrow.vector.ValueVector;

/** Reads the values of one Arrow leaf vector into a {@link ColumnVector}. */
@FunctionalInterface
interface ValueReader {
  /**
   * Reads the values at positions {@code idx[0..count)} of {@code vector} into entries {@code
   * [0, count)} of {@code out}: an entry already marked null (a null above the leaf) stays null, a
   * null slot of the vector becomes null, any other gets its value.
   */
  void read(ValueVector vector, int[] idx, int count, ColumnVector out);

  /** A value the engine cannot hold (an unsigned 64-bit integer too large, say). */
  final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValueException(String message) {
      super(message);
    }
  }
}
