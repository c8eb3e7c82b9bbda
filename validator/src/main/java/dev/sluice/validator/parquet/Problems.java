package dev.sluice.validator.parquet;

import dev.sluice.validator.ProblemText;

/** Turns exceptions into the one-line reasons of {@link dev.sluice.validator.DataProblem}s. */
final class Problems {
  private Problems() {}

  /** The outermost and the innermost messages of the cause chain, on one line. */
  static String describe(Throwable error) {
    return ProblemText.describe(error, Problems::namesType);
  }

  /** Low-level JDK exceptions say little without their type; parquet-java's and I/O's do. */
  private static boolean namesType(Throwable t) {
    boolean plainIo = t instanceof java.io.IOException && !(t instanceof java.io.EOFException);
    return t.getClass().getName().startsWith("java.") && !plainIo;
  }
}
