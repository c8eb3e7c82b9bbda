package dev.sluice.validator.check;

import org.jspecify.annotations.Nullable;

/**
 * The bound state of a check that counts failing rows ({@link CountState}): the counts and
 * samples of its rows, and, in a quarantine run, the marker of the rows it fails. Forks of one
 * file merge by adding their counts.
 */
abstract class CountingFork implements CheckState {
  final CountState counts;
  private RowRejects.@Nullable Marker marker;

  CountingFork(CountState counts) {
    this.counts = counts;
  }

  @Override
  public final void markRejects(RowRejects.Marker marker) {
    this.marker = marker;
  }

  /** Whether this fork marks failing rows (a quarantine run). */
  final boolean marks() {
    return marker != null;
  }

  /** Marks row {@code row} as failing for a quarantine, when the run has one. */
  final void reject(long row) {
    if (marker != null) {
      marker.reject(row);
    }
  }

  /** Counts and marks a failing row, and samples it with {@code value} if a sample is wanted. */
  final void fail(long row, String value) {
    counts.failed++;
    reject(row);
    if (counts.samples.wants(row)) {
      counts.samples.add(row, value);
    }
  }

  @Override
  public void merge(CheckState other) {
    counts.merge(other instanceof CountingFork ? ((CountingFork) other).counts : other);
  }
}
