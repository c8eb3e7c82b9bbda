package dev.sluice.validator;

/**
 * Hears how far a validation has got, for a progress bar. Called from worker threads, possibly
 * at the same time; implementations must be thread-safe and cheap.
 */
public interface Progress {
  Progress NONE = new Progress() {};

  /** A file is about to be read: its rows and size on disk. */
  default void fileStarted(String path, long rows, long bytes) {}

  /** Some rows of the current file are done, {@code bytes} of it (an estimate) with them. */
  default void advanced(long rows, long bytes) {}

  /** The validation is over (successfully or not). */
  default void finished() {}
}
