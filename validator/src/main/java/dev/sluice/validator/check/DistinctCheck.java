package dev.sluice.validator.check;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Uniqueness of one column or a tuple of columns: {@code unique}, {@code duplicateValues}
 * (property or compound) and {@code primaryKey}. Rows with a null key part are never duplicates;
 * for a primary key they fail as nulls instead.
 */
public final class DistinctCheck extends ColumnCheck {
  private final int maxSamples;
  private final MemoryBudget budget;

  /** {@code budget} is shared by every uniqueness check of one validation. */
  public DistinctCheck(CheckSpec spec, List<String> columns, int maxSamples, MemoryBudget budget) {
    super(spec, columns);
    this.maxSamples = maxSamples;
    this.budget = budget;
  }

  @Override
  public CheckState newState() {
    return new DistinctState(maxSamples, budget);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    for (String column : columns) {
      ColumnInfo info = file.columns().get(column);
      if (info == null || info.repeated() || info.type().kind() == ValueType.Kind.UNSUPPORTED) {
        return Optional.empty();
      }
    }
    DistinctState distinct = (DistinctState) state;
    distinct.boundFiles++;
    List<ValueType> types = new ArrayList<>();
    columns.forEach(c -> types.add(file.columns().get(c).type()));
    if (columns.size() == 1 && types.get(0).kind().storage() == ValueType.Storage.LONG) {
      expectRange(file, columns.get(0), distinct);
    }
    return Optional.of(new Bound(distinct, types, 0));
  }

  /** Sizes the key set from the file's exact ranges: a dense range makes it a bitset. */
  private static void expectRange(FileFacts file, String column, DistinctState state) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (RowGroupInfo group : file.rowGroups()) {
      ChunkStats stats = group.stats(column);
      if (!(stats.min() instanceof Long) || !(stats.max() instanceof Long)) {
        if (group.rowCount() > 0) {
          return;
        }
        continue;
      }
      min = Math.min(min, (Long) stats.min());
      max = Math.max(max, (Long) stats.max());
    }
    if (min <= max) {
      state.expectLongs(min, max, file.rowCount());
    }
  }

  @Override
  public boolean ordered() {
    return true;
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    DistinctState s = (DistinctState) state;
    if (s.boundFiles == 0) {
      return Results.notEvaluated(spec, Status.SKIPPED,
          "column(s) " + String.join(", ", columns) + " absent from the data or not comparable");
    }
    if (s.stopped != null) {
      return Results.notEvaluated(spec, Status.ERROR, s.stopped);
    }
    boolean keyNullsFail = spec.kind() == CheckKind.PRIMARY_KEY;
    long failed = s.duplicateRows + (keyNullsFail ? s.nullRows : 0);
    Map<String, Object> details = keyNullsFail
        ? Map.of("duplicateGroups", s.duplicateGroups, "nullKeyRows", s.nullRows)
        : Map.of("duplicateGroups", s.duplicateGroups);
    return Results.counted(spec, failed, ctx, s.samples.list(spec.sensitive()), details);
  }

  /**
   * The state bound to one file. Forks buffer the keys of one row group; merging a fork (which
   * the engine does in row-group order) feeds them to the uniqueness state.
   */
  private final class Bound implements CheckState {
    private final DistinctState state;
    private final List<ValueType> types;
    private final KeyBuffer buffer;
    /** Where duplicate (and, for a primary key, null-key) rows are marked, or null. */
    private RowRejects.@Nullable Marker marker;

    Bound(DistinctState state, List<ValueType> types, long rows) {
      this.state = state;
      this.types = types;
      this.buffer = new KeyBuffer(types, maxSamples, rows);
    }

    @Override
    public CheckState fork() {
      return fork(0);
    }

    /** A fork whose key buffer holds {@code rows} keys from the start (no growing copies). */
    @Override
    public CheckState fork(long rows) {
      return new Bound(state, types, rows);
    }

    @Override
    public void markRejects(RowRejects.Marker marker) {
      this.marker = marker;
    }

    @Override
    public void update(ColumnBatch batch) {
      List<ColumnVector> vectors = new ArrayList<>(columns.size());
      for (String column : columns) {
        vectors.add(batch.vector(column));
      }
      boolean primaryKey = spec.kind() == CheckKind.PRIMARY_KEY;
      if (primaryKey && marker != null) {
        markNullKeys(vectors, marker);
      }
      buffer.add(vectors, primaryKey);
    }

    private void markNullKeys(List<ColumnVector> vectors, RowRejects.Marker marker) {
      ColumnVector first = vectors.get(0);
      for (int i = 0; i < first.size; i++) {
        for (ColumnVector v : vectors) {
          if (v.nulls[i]) {
            marker.reject(first.rows[i]);
            break;
          }
        }
      }
    }

    @Override
    public void merge(CheckState other) {
      Bound fork = (Bound) other;
      state.take(fork.buffer, fork.marker);
    }
  }
}
