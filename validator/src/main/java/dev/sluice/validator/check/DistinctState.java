package dev.sluice.validator.check;

import dev.sluice.validator.distinct.BudgetExceededException;
import dev.sluice.validator.distinct.BytesKeySet;
import dev.sluice.validator.distinct.KeyEncoder;
import dev.sluice.validator.distinct.LongKeySet;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.distinct.Occurrences;
import org.jspecify.annotations.Nullable;

/**
 * Distinct keys seen so far, fed row group by row group in dataset order. Every occurrence of a
 * key after its first is a duplicate row (sampled at that row); a key seen twice or more is one
 * duplicated group.
 *
 * <p>Keys live in compact exact sets (see {@link dev.sluice.validator.distinct}): integer keys
 * in a {@link LongKeySet} (a bitset when the column's range is dense), floating-point keys by
 * their canonical bits in another, anything else encoded to bytes in a {@link BytesKeySet}. Past
 * the memory budget the check stops with a message instead of exhausting the heap.
 */
final class DistinctState implements CheckState {
  private final MemoryBudget budget;
  private @Nullable LongKeySet longs;
  private @Nullable LongKeySet doubles;
  private @Nullable BytesKeySet values;
  private final KeyEncoder encoder = new KeyEncoder();
  private final Occurrences occurrences;
  long duplicateRows;
  long duplicateGroups;
  long nullRows;
  long boundFiles;
  /** Why the check stopped (the budget ran out), or null. */
  @Nullable String stopped;
  final SampleSet samples;

  DistinctState(int maxSamples, MemoryBudget budget) {
    this.samples = new SampleSet(maxSamples);
    this.occurrences = new Occurrences(maxSamples);
    this.budget = budget;
  }

  /** Sizes the integer set for keys expected in {@code [min, max]} over {@code rows} rows. */
  void expectLongs(long min, long max, long rows) {
    if (longs == null && stopped == null) {
      try {
        longs = LongKeySet.create(budget, min, max, rows);
      } catch (BudgetExceededException e) {
        stop(e.getMessage());
      }
    }
  }

  /**
   * Takes the keys of the next row group (all earlier row groups were taken before), marking
   * every duplicate row with {@code marker} when there is one.
   */
  void take(KeyBuffer keys, RowRejects.@Nullable Marker marker) {
    nullRows += keys.nullCount;
    samples.merge(keys.nullSamples);
    if (stopped != null) {
      return;
    }
    try {
      // a quarantine needs the position of every repeat, samples only the first few
      Occurrences occurrences = marker == null ? this.occurrences : new Occurrences(keys.size);
      occurrences.clear();
      switch (keys.form) {
        case LONGS:
          if (keys.inRun() && longSet().addNewRun(keys.runKey(), keys.size)) {
            break; // consecutive keys, none seen before: no repeat
          }
          keys.materialize();
          longSet().addAll(keys.longs, 0, keys.size, occurrences);
          break;
        case DOUBLES: doubleSet().addAll(keys.longs, 0, keys.size, occurrences); break;
        default: addValues(keys, occurrences); break;
      }
      duplicateRows += occurrences.repeats();
      duplicateGroups += occurrences.newDuplicates();
      for (int p = 0; p < occurrences.positionCount(); p++) {
        int i = occurrences.position(p);
        if (marker != null) {
          marker.reject(keys.rows[i]);
        }
        if (samples.wants(keys.rows[i])) {
          samples.add(keys.rows[i], keys.describe(i));
        }
      }
    } catch (BudgetExceededException e) {
      stop(e.getMessage());
    }
  }

  private void addValues(KeyBuffer keys, Occurrences occurrences) {
    BytesKeySet set = values == null ? values = BytesKeySet.create(budget) : values;
    for (int i = 0; i < keys.size; i++) {
      encoder.clear();
      Object key = keys.values.get(i);
      if (key instanceof Object[]) {
        for (Object part : (Object[]) key) {
          encoder.add(part);
        }
      } else {
        encoder.add(key);
      }
      int occurrence = set.add(encoder);
      if (occurrence > 0) {
        occurrences.record(i, occurrence);
      }
    }
  }

  private LongKeySet longSet() {
    return longs == null ? longs = LongKeySet.create(budget) : longs;
  }

  private LongKeySet doubleSet() {
    return doubles == null ? doubles = LongKeySet.create(budget) : doubles;
  }

  private void stop(String why) {
    stopped = why;
    if (longs != null) {
      longs.free();
    }
    if (doubles != null) {
      doubles.free();
    }
    if (values != null) {
      values.free();
    }
    longs = null;
    doubles = null;
    values = null;
  }

  @Override
  public void update(dev.sluice.validator.data.ColumnBatch batch) {
    throw new IllegalStateException("bind the state to a file first");
  }

  @Override
  public void merge(CheckState other) {
    throw new IllegalStateException("uniqueness states take key buffers in row order");
  }
}
