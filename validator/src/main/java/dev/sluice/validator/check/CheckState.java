package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;

/**
 * The running state of one check: updated batch by batch, merged associatively across threads,
 * row groups, files and partitions (DESIGN.md principle 3).
 */
public interface CheckState {

  void update(ColumnBatch batch);

  /** Folds {@code other} (a state of the same check) into this one. */
  void merge(CheckState other);
}
