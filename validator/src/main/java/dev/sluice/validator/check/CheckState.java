package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;

/**
 * The running state of one check: updated batch by batch, merged associatively across threads,
 * row groups, files and partitions (DESIGN.md principle 3).
 */
public interface CheckState {

  void update(ColumnBatch batch);

  /**
   * Whether this state reads {@code column} as well from UTF-8 bytes ({@link
   * dev.sluice.validator.data.ColumnVector#utf8}) as from values; a source hands a column so only
   * when every state reading it says yes.
   */
  default boolean readsUtf8(String column) {
    return false;
  }

  /** Folds {@code other} (a state of the same check) into this one. */
  void merge(CheckState other);

  /**
   * An empty state bound like this one (same file, same compiled tests), for one worker to
   * update on its own; the engine merges it back into this state with {@link #merge}. Only the
   * states {@link DataCheck#bind} returns can be forked.
   */
  default CheckState fork() {
    throw new IllegalStateException("only a state bound to a file can be forked");
  }

  /** {@link #fork} for a unit of {@code rows} rows, which buffers may be sized for at once. */
  default CheckState fork(long rows) {
    return fork();
  }

  /**
   * Makes this fork (of a check that {@link CheckSpec#judgesRows() judges rows}) also mark every
   * row it fails with {@code marker}, for a quarantine split. Checks that judge rows implement it.
   */
  default void markRejects(RowRejects.Marker marker) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot mark rows");
  }
}
