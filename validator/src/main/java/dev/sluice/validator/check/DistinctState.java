package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;
import java.util.HashSet;
import java.util.Set;

/**
 * Distinct keys seen so far. Duplicate rows = non-null rows minus distinct keys; duplicated groups
 * = keys seen more than once. Merging two states unions the key sets, so a key seen once in each
 * part becomes a duplicated group.
 */
final class DistinctState implements CheckState {
  final Set<Object> seen = new HashSet<>();
  final Set<Object> duplicated = new HashSet<>();
  long keyedRows;
  long nullRows;
  long boundFiles;
  final SampleSet samples;

  DistinctState(int maxSamples) {
    this.samples = new SampleSet(maxSamples);
  }

  /** Records one key at {@code row}; returns whether it was seen before. */
  boolean add(Object key) {
    keyedRows++;
    if (seen.add(key)) {
      return false;
    }
    duplicated.add(key);
    return true;
  }

  long duplicateRows() {
    return keyedRows - seen.size();
  }

  @Override
  public void update(ColumnBatch batch) {
    throw new IllegalStateException("bind the state to a file first");
  }

  @Override
  public void merge(CheckState other) {
    DistinctState o = (DistinctState) other;
    for (Object key : o.seen) {
      if (!seen.add(key)) {
        duplicated.add(key);
      }
    }
    duplicated.addAll(o.duplicated);
    keyedRows += o.keyedRows;
    nullRows += o.nullRows;
    boundFiles += o.boundFiles;
    samples.merge(o.samples);
  }
}
