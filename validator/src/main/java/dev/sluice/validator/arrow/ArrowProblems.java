package dev.sluice.validator.arrow;

import dev.sluice.validator.ProblemText;
import java.io.IOException;
import org.apache.arrow.memory.OutOfMemoryException;

/** Turns exceptions met while reading Arrow data into the one-line reasons of DataProblems. */
final class ArrowProblems {
  private ArrowProblems() {}

  /** The outermost and the innermost messages of the cause chain, on one line. */
  static String describe(Throwable error) {
    if (error instanceof OutOfMemoryException) {
      return "needs more memory than the reader's limit allows (corrupt sizes?): "
          + ProblemText.oneLine(String.valueOf(error.getMessage()));
    }
    if (error instanceof StackOverflowError) {
      return "nested too deeply to read";
    }
    return ProblemText.describe(error, ArrowProblems::namesType);
  }

  /** Arrow Java's own exceptions say little without their type; I/O's and ours do. */
  private static boolean namesType(Throwable t) {
    return !(t instanceof IOException || t instanceof BadArrowException
        || t instanceof ValueReader.BadValueException);
  }
}
