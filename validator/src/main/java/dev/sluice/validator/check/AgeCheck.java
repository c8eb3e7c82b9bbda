package dev.sluice.validator.check;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.report.CheckKind;
import dev.sluice.validator.report.CheckResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Service levels on a date or timestamp column: {@code freshness} fails when the newest value is
 * older than the limit ({@code now - max > limit}), {@code retention} when the oldest is ({@code
 * now - min > limit}). Exact chunk statistics answer it without decoding.
 */
public final class AgeCheck extends ColumnCheck {
  private final String column;
  private final Duration limit;

  public AgeCheck(CheckSpec spec, String column, Duration limit) {
    super(spec, List.of(column));
    this.column = column;
    this.limit = limit;
  }

  @Override
  public CheckState newState() {
    return new Extremes();
  }

  @Override
  public Optional<CheckState> bind(FileFacts file, CheckState state) {
    ColumnInfo info = file.columns().get(column);
    if (info == null || (info.type().kind() != ValueType.Kind.DATE
        && info.type().kind() != ValueType.Kind.TIMESTAMP)) {
      return Optional.empty();
    }
    return Optional.of(new Bound((Extremes) state, info.type()));
  }

  @Override
  public boolean settle(RowGroupFacts rowGroup, CheckState bound) {
    ChunkStats stats = rowGroup.stats(column);
    if (!stats.hasRange() || !(stats.min() instanceof Long)) {
      return false;
    }
    Bound b = (Bound) bound;
    b.fold((Long) stats.min());
    b.fold((Long) stats.max());
    return true;
  }

  @Override
  public CheckResult result(CheckState state, EvalContext ctx) {
    Extremes e = (Extremes) state;
    Instant edge = spec.kind() == CheckKind.FRESHNESS ? e.max : e.min;
    if (edge == null) {
      return Results.judged(spec, false, null, "no " + column + " values to judge " + spec.kind().json(), ctx);
    }
    Duration age = Duration.between(edge, ctx.now());
    boolean ok = age.compareTo(limit) <= 0;
    String which = spec.kind() == CheckKind.FRESHNESS ? "newest" : "oldest";
    String message = which + " " + column + " is " + edge + ", " + age.toSeconds() + " s old; limit "
        + limit.toSeconds() + " s";
    return Results.judged(spec, ok, BigDecimal.valueOf(age.toSeconds()), message, ctx);
  }

  /** Oldest and newest instant seen. */
  private static final class Extremes implements CheckState {
    Instant min;
    Instant max;

    void fold(Instant t) {
      min = min == null || t.isBefore(min) ? t : min;
      max = max == null || t.isAfter(max) ? t : max;
    }

    @Override
    public void update(ColumnBatch batch) {
      throw new IllegalStateException("bind the state to a file first");
    }

    @Override
    public void merge(CheckState other) {
      Extremes o = (Extremes) other;
      if (o.min != null) {
        fold(o.min);
        fold(o.max);
      }
    }
  }

  private final class Bound implements CheckState {
    private final Extremes extremes;
    private final ValueType type;

    Bound(Extremes extremes, ValueType type) {
      this.extremes = extremes;
      this.type = type;
    }

    @Override
    public CheckState fork() {
      return new Bound(new Extremes(), type);
    }

    void fold(long value) {
      extremes.fold(type.kind() == ValueType.Kind.DATE
          ? Instant.ofEpochSecond(value * 86_400L) : Values.toInstant(type, value));
    }

    @Override
    public void update(ColumnBatch batch) {
      ColumnVector v = batch.vector(column);
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      boolean any = false;
      boolean[] invalid = v.invalid;
      for (int i = 0; i < v.size; i++) {
        if (!v.nulls[i] && (invalid == null || !invalid[i])) {
          min = Math.min(min, v.longs[i]);
          max = Math.max(max, v.longs[i]);
          any = true;
        }
      }
      if (any) {
        fold(min);
        fold(max);
      }
    }

    @Override
    public void merge(CheckState other) {
      extremes.merge(other instanceof Bound ? ((Bound) other).extremes : other);
    }
  }
}
