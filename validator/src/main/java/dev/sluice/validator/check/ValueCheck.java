package dev.sluice.validator.check;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A check that judges each value of one column on its own: required, ranges, lengths, pattern,
 * format, multipleOf and the null/missing/invalid quality metrics.
 */
public final class ValueCheck extends ColumnCheck {
  private final String column;
  private final NullRule nulls;
  private final ValueTests.Factory tests;
  private final int maxSamples;

  /** What a null means to this check. */
  public enum NullRule {
    /** Nulls are never judged (ranges, patterns, invalid values). */
    IGNORED,
    /** Nulls fail (required, nullValues, missingValues). */
    FAIL
  }

  public ValueCheck(CheckSpec spec, String column, NullRule nulls, ValueTests.Factory tests,
      int maxSamples) {
    super(spec, List.of(column));
    this.column = column;
    this.nulls = nulls;
    this.tests = tests;
    this.maxSamples = maxSamples;
  }

  @Override
  public CheckState newState() {
    return new CountState(maxSamples);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    ColumnInfo info = file.columns().get(column);
    if (info == null) {
      return Optional.empty();
    }
    CountState counts = (CountState) state;
    Optional<ValueTest> test = tests.forType(info.type());
    if (test.isEmpty()) {
      counts.notes.add(file.path() + ": column " + column + " is " + info.formatType()
          + ", which " + spec.kind().json() + " cannot judge");
      return Optional.empty();
    }
    counts.boundFiles++;
    return Optional.of(new Bound(counts, test.get(), info.type()));
  }

  @Override
  public boolean settle(RowGroupInfo rowGroup, CheckState bound) {
    Bound b = (Bound) bound;
    ChunkStats stats = rowGroup.stats(column);
    if (tests.onlyNulls() && stats.hasNullCount()) {
      if (stats.nullCount() > 0 && !tests.countNullsFromMetadata()) {
        return false;
      }
      b.counts.failed += stats.nullCount();
      return true;
    }
    if (nulls == NullRule.IGNORED && stats.hasRange() && b.test instanceof ValueTests.Monotone) {
      return ((ValueTests.Monotone) b.test).passesAll(stats.min(), stats.max());
    }
    return false;
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    CountState counts = (CountState) state;
    if (counts.boundFiles == 0) {
      return Results.notEvaluated(spec, Status.SKIPPED, counts.notes.isEmpty()
          ? "column " + column + " is absent from the data" : String.join("; ", counts.notes));
    }
    Map<String, Object> details = counts.notes.isEmpty() ? Map.of() : Map.of("notes", counts.notes);
    return Results.counted(spec, counts.failed, ctx, counts.samples.list(spec.sensitive()), details);
  }

  /** The state bound to one file: its column's compiled test, counting into the shared state. */
  private final class Bound implements CheckState {
    final CountState counts;
    final ValueTest test;
    final ValueType.Storage storage;

    Bound(CountState counts, ValueTest test, ValueType type) {
      this.counts = counts;
      this.test = test;
      this.storage = type.kind().storage();
    }

    // Hot loop: one pass over the vector, one storage switch per batch, not per value.
    @Override
    public void update(ColumnBatch batch) {
      ColumnVector v = batch.vector(column);
      long failed = 0;
      boolean nullFails = nulls == NullRule.FAIL;
      for (int i = 0; i < v.size; i++) {
        boolean fails;
        if (v.nulls[i]) {
          fails = nullFails;
        } else if (storage == ValueType.Storage.LONG) {
          fails = test.failsLong(v.longs[i]);
        } else if (storage == ValueType.Storage.DOUBLE) {
          fails = test.failsDouble(v.doubles[i]);
        } else {
          fails = test.failsObject(v.objects[i]);
        }
        if (fails) {
          failed++;
          if (counts.samples.wants(v.rows[i])) {
            counts.samples.add(v.rows[i], Values.format(v, i));
          }
        }
      }
      counts.failed += failed;
    }

    @Override
    public void merge(CheckState other) {
      counts.merge(other);
    }
  }
}
