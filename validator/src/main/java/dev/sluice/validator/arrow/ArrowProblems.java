package dev.sluice.validator.arrow;

import java.io.EOFException;
import org.apache.arrow.memory.OutOfMemoryException;

/** Turns exceptions met while reading Arrow data into the one-line reasons of DataProblems. */
final class ArrowProblems {
  private static final int MAX_LENGTH = 240;

  private ArrowProblems() {}

  /** The outermost and the innermost messages of the cause chain, on one line. */
  static String describe(Throwable error) {
    if (error instanceof OutOfMemoryException) {
      return "needs more memory than the reader's limit allows (corrupt sizes?): "
          + oneLine(String.valueOf(error.getMessage()));
    }
    if (error instanceof StackOverflowError) {
      return "nested too deeply to read";
    }
    String outer = message(error);
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String inner = root == error ? "" : message(root);
    String text = inner.isEmpty() || outer.contains(inner) ? outer
        : outer.isEmpty() ? inner : outer + ": " + inner;
    return oneLine(text);
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
  }

  private static String message(Throwable t) {
    String message = t.getMessage();
    if (t instanceof EOFException && (message == null || message.isBlank())) {
      return "unexpected end of data (truncated or corrupt)";
    }
    if (message == null || message.isBlank()) {
      return t.getCause() == null ? t.getClass().getSimpleName() : "";
    }
    return prefix(t) + message;
  }

  /** Low-level exceptions say little without their type (e.g. "Index 5 out of bounds"). */
  private static String prefix(Throwable t) {
    boolean plainIo = t instanceof java.io.IOException;
    boolean ours = t instanceof BadArrowException || t instanceof ValueReader.BadValueException;
    return plainIo || ours ? "" : t.getClass().getSimpleName() + ": ";
  }
}
