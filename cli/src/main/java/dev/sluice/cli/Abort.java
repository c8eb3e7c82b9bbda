package dev.sluice.cli;

/**
 * A command stops early for a reason the user can act on: {@link Main} prints the one-line
 * message as {@code sluice: <message>} (no stack trace) and exits with the code.
 */
final class Abort extends Exception {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  Abort(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  Abort(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
