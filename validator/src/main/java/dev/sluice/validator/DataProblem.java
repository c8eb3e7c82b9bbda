package dev.sluice.validator;

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

  /** The file or input the problem is about. */
  public String source() {
    return source;
  }
}
