package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Status;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Uniqueness of one column or a tuple of columns: {@code unique}, {@code duplicateValues}
 * (property or compound) and {@code primaryKey}. Rows with a null key part are never duplicates;
 * for a primary key they fail as nulls instead.
 */
public final class DistinctCheck extends ColumnCheck {
  private final int maxSamples;

  public DistinctCheck(CheckSpec spec, List<String> columns, int maxSamples) {
    super(spec, columns);
    this.maxSamples = maxSamples;
  }

  @Override
  public CheckState newState() {
    return new DistinctState(maxSamples);
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    for (String column : columns) {
      ColumnInfo info = file.columns().get(column);
      if (info == null || info.repeated() || info.type().kind() == ValueType.Kind.UNSUPPORTED) {
        return Optional.empty();
      }
    }
    ((DistinctState) state).boundFiles++;
    return Optional.of(new Bound((DistinctState) state));
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    DistinctState s = (DistinctState) state;
    if (s.boundFiles == 0) {
      return Results.notEvaluated(spec, Status.SKIPPED,
          "column(s) " + String.join(", ", columns) + " absent from the data or not comparable");
    }
    boolean keyNullsFail = spec.kind() == CheckKind.PRIMARY_KEY;
    long failed = s.duplicateRows() + (keyNullsFail ? s.nullRows : 0);
    Map<String, Object> details = keyNullsFail
        ? Map.of("duplicateGroups", (long) s.duplicated.size(), "nullKeyRows", s.nullRows)
        : Map.of("duplicateGroups", (long) s.duplicated.size());
    return Results.counted(spec, failed, ctx, s.samples.list(spec.sensitive()), details);
  }

  /** Canonical key of a value, equal for equal values (1.0 and 1.00; 0.0 and -0.0). */
  static Object key(ColumnVector v, int i) {
    switch (v.type().kind().storage()) {
      case LONG: return v.longs[i];
      case DOUBLE: return v.doubles[i] == 0.0 ? 0.0 : v.doubles[i];
      default:
        Object o = v.objects[i];
        if (o instanceof BigDecimal) {
          return SetTests.numberKey((BigDecimal) o);
        }
        return o instanceof byte[] ? ByteBuffer.wrap(((byte[]) o).clone()) : o;
    }
  }

  private final class Bound implements CheckState {
    private final DistinctState state;

    Bound(DistinctState state) {
      this.state = state;
    }

    @Override
    public void update(ColumnBatch batch) {
      List<ColumnVector> vectors = columns.stream().map(batch::vector).collect(Collectors.toList());
      ColumnVector first = vectors.get(0);
      for (int i = 0; i < first.size; i++) {
        Object key = keyAt(vectors, i);
        if (key == null) {
          recordNull(vectors, i);
        } else if (state.add(key) && state.samples.wants(first.rows[i])) {
          state.samples.add(first.rows[i], describe(vectors, i));
        }
      }
    }

    private Object keyAt(List<ColumnVector> vectors, int i) {
      if (vectors.size() == 1) {
        ColumnVector v = vectors.get(0);
        return v.nulls[i] ? null : key(v, i);
      }
      List<Object> tuple = new ArrayList<>(vectors.size());
      for (ColumnVector v : vectors) {
        if (v.nulls[i]) {
          return null;
        }
        tuple.add(key(v, i));
      }
      return tuple;
    }

    private void recordNull(List<ColumnVector> vectors, int i) {
      state.nullRows++;
      if (spec.kind() == CheckKind.PRIMARY_KEY && state.samples.wants(vectors.get(0).rows[i])) {
        state.samples.add(vectors.get(0).rows[i], describe(vectors, i));
      }
    }

    private String describe(List<ColumnVector> vectors, int i) {
      if (vectors.size() == 1) {
        return Values.format(vectors.get(0), i);
      }
      return vectors.stream().map(v -> Values.format(v, i)).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public void merge(CheckState other) {
      state.merge(other);
    }
  }
}
