package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;

/** Failing-row count and samples: the state of every per-value check. */
public final class CountState implements CheckState {
  long failed;
  /** Files whose rows this check could read. */
  long boundFiles;
  final SampleSet samples;
  /** Files where the check could not read its column, with why. */
  final java.util.List<String> notes = new java.util.ArrayList<>();
  /** Verdicts by value of a costly test, shared by the forks of this state; set at bind. */
  @org.jspecify.annotations.Nullable ValueMemo memo;

  CountState(int maxSamples) {
    this.samples = new SampleSet(maxSamples);
  }

  @Override
  public void update(ColumnBatch batch) {
    throw new IllegalStateException("bind the state to a file first");
  }

  @Override
  public void merge(CheckState other) {
    CountState o = (CountState) other;
    failed += o.failed;
    boundFiles += o.boundFiles;
    samples.merge(o.samples);
    notes.addAll(o.notes);
  }

  public long failed() {
    return failed;
  }
}
