package dev.sluice.validator;

import java.io.EOFException;
import java.util.function.Predicate;

/**
 * The one-line reason of a {@link DataProblem} made from an exception met while reading: the
 * outermost and the innermost messages of the cause chain, whitespace folded, at most 240
 * characters. Each source decides which exceptions say too little without their type name
 * (say "Index 5 out of bounds").
 */
public final class ProblemText {
  private static final int MAX_LENGTH = 240;

  private ProblemText() {}

  /** {@code namesType} picks the exceptions whose message gets their simple class name first. */
  public static String describe(Throwable error, Predicate<Throwable> namesType) {
    String outer = message(error, namesType);
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String inner = root == error ? "" : message(root, namesType);
    String text = inner.isEmpty() || outer.contains(inner) ? outer
        : outer.isEmpty() ? inner : outer + ": " + inner;
    return oneLine(text);
  }

  /** {@code text} on one line, cut to the maximum length. */
  public static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
  }

  private static String message(Throwable t, Predicate<Throwable> namesType) {
    String message = t.getMessage();
    if (t instanceof EOFException && (message == null || message.isBlank())) {
      return "unexpected end of data (truncated or corrupt)";
    }
    if (message == null || message.isBlank()) {
      return t.getCause() == null ? t.getClass().getSimpleName() : "";
    }
    return namesType.test(t) ? t.getClass().getSimpleName() + ": " + message : message;
  }
}
