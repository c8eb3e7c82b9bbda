package dev.sluice.validator.parquet;

/** Turns exceptions into the one-line reasons of {@link dev.sluice.validator.DataProblem}s. */
final class Problems {
  private static final int MAX_LENGTH = 240;

  private Problems() {}

  /** The outermost and the innermost messages of the cause chain, on one line. */
  static String describe(Throwable error) {
    String outer = message(error);
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String inner = root == error ? "" : message(root);
    String text = inner.isEmpty() || outer.contains(inner) ? outer
        : outer.isEmpty() ? inner : outer + ": " + inner;
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH) + "...";
  }

  private static String message(Throwable t) {
    String message = t.getMessage();
    if (t instanceof java.io.EOFException && (message == null || message.isBlank())) {
      return "unexpected end of data (truncated or corrupt)";
    }
    if (message == null || message.isBlank()) {
      return t.getCause() == null ? t.getClass().getSimpleName() : "";
    }
    return simpleName(t) + message;
  }

  /** Low-level exceptions say little without their type (e.g. "Index 5 out of bounds"). */
  private static String simpleName(Throwable t) {
    String name = t.getClass().getName();
    boolean plainIo = t instanceof java.io.IOException && !(t instanceof java.io.EOFException);
    return name.startsWith("java.") && !plainIo ? t.getClass().getSimpleName() + ": " : "";
  }
}
