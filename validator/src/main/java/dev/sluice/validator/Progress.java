package dev.sluice.validator;

/**
 * Hears how far a validation has got, for a progress bar. Called from worker threads, possibly
 * at the same time; implementations must be thread-safe and cheap.
 *
 * <p>A run with a quarantine has a second stage: once every row is validated, {@link
 * #stageStarted} announces the split, and {@link #advanced} then counts the rows written to the
 * outputs until {@link #finished()}.
 */
public interface Progress {
  Progress NONE = new Progress() {};

  /**
   * A text file is read once before its rows are known (CSV's prescan, JSON's first pass):
   * {@code bytes} more of its {@code fileBytes} are read (several threads may tell at once).
   */
  default void firstPassRead(String path, long bytes, long fileBytes) {}

  /** A file is about to be read: its rows and size on disk. */
  default void fileStarted(String path, long rows, long bytes) {}

  /** Some rows of the current file are done, {@code bytes} of it (an estimate) with them. */
  default void advanced(long rows, long bytes) {}

  /** The run is over (successfully or not). */
  default void finished() {}

  /**
   * The validation is over and a further stage starts ({@code "quarantine"}: the split), over
   * {@code rows} rows of {@code bytes} bytes of input.
   */
  default void stageStarted(String stage, long rows, long bytes) {}
}
