package dev.sluice.validator;

import java.util.concurrent.ExecutionException;

/**
 * Sluice could not check the data: a file is missing, unreadable, corrupt or of an unsupported
 * kind, nothing matched, or the contract names an object the data cannot be matched to. The
 * message is one line naming the file and the place; the CLI exits 3.
 */
public final class DataProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;

  public DataProblem(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  public DataProblem(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /**
   * What a task run on another thread failed with, for the thread that waited on it: the
   * problem it found, or its unchecked exception or error thrown again; any other cause is a
   * bug, thrown as an {@link IllegalStateException}.
   */
  public static DataProblem ofTask(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof DataProblem) {
      return (DataProblem) cause;
    }
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new IllegalStateException(cause);
  }

  /** The file or input the problem is about. */
  public String source() {
    return source;
  }
}
