package dev.sluice.validator.quarantine;

/** Hears the rows a splitter has written (to either side), in the order it writes them. */
@FunctionalInterface
public interface SplitProgress {
  SplitProgress NONE = rows -> {};

  /** {@code rows} more input rows are written. */
  void wrote(long rows);
}
