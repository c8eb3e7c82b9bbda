package dev.sluice.validator.check;

import dev.sluice.validator.report.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code limit} samples, keeping the lowest rows so that the outcome does not depend on
 * the order in which batches or merged states arrive.
 */
public final class SampleSet {
  private final int limit;
  private final List<Sample> samples = new ArrayList<>();
  /** Rows at or above this are not wanted: the last kept row once full, else none. */
  private long bound = Long.MAX_VALUE;

  public SampleSet(int limit) {
    this.limit = limit;
  }

  /** Whether a sample at {@code row} would be kept (cheap test before formatting a value). */
  public boolean wants(long row) {
    return row < bound && limit > 0;
  }

  public void add(long row, String value) {
    if (!wants(row)) {
      return;
    }
    samples.add(new Sample(row, value));
    samples.sort(Comparator.comparingLong(Sample::row));
    if (samples.size() > limit) {
      samples.remove(samples.size() - 1);
    }
    if (samples.size() == limit) {
      bound = samples.get(limit - 1).row();
    }
  }

  public void merge(SampleSet other) {
    other.samples.forEach(s -> add(s.row(), s.value()));
  }

  /** The samples, masked when the column is sensitive. */
  public List<Sample> list(boolean masked) {
    if (!masked) {
      return List.copyOf(samples);
    }
    return samples.stream().map(s -> new Sample(s.row(), "***")).toList();
  }
}
