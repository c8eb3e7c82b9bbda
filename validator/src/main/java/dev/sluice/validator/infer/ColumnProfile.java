package dev.sluice.validator.infer;

import dev.sluice.validator.distinct.MemoryBudget;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.Storage;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * What one pass saw of one column: counts of values, nulls and unparsable values, the range in
 * the column's own domain, string lengths in code points, the text shape, distinct values and a
 * numeric sample. Mergeable: a row group's profile merges into the dataset's, in any order.
 */
final class ColumnProfile {
  final ColumnInfo column;
  /** Set when files disagree on the column's type: nothing but presence and nulls is claimed. */
  boolean conflicting;
  long values;
  long nulls;
  long invalid;
  long minLong = Long.MAX_VALUE;
  long maxLong = Long.MIN_VALUE;
  double minDouble = Double.POSITIVE_INFINITY;
  double maxDouble = Double.NEGATIVE_INFINITY;
  long nans;
  @Nullable BigDecimal minDecimal;
  @Nullable BigDecimal maxDecimal;
  int minLength = Integer.MAX_VALUE;
  int maxLength = -1;
  final TextShape shape = new TextShape();
  /** For raw JSON columns only: the leaves of their objects and lists. */
  final @Nullable JsonShape json;
  final DistinctCounter distinct;
  final @Nullable QuantileSample sample;
  /** {@link #updateByEntry}'s scratch: rows per dictionary entry, and the entries met. */
  private long[] entryCounts = new long[0];
  private int[] touched = new int[0];

  ColumnProfile(ColumnInfo column, MemoryBudget budget) {
    this(column, new DistinctCounter(budget, column.type().kind().storage() != Storage.OBJECT,
        column.type().kind().storage() == Storage.DOUBLE));
  }

  private ColumnProfile(ColumnInfo column, DistinctCounter distinct) {
    this.column = column;
    this.distinct = distinct;
    Kind kind = column.type().kind();
    boolean numeric = kind == Kind.INTEGER || kind == Kind.FLOAT || kind == Kind.DECIMAL;
    this.sample = numeric ? new QuantileSample() : null;
    this.json = column.formatType().equals(JsonShape.RAW_JSON) ? new JsonShape(column.path()) : null;
  }

  /** An empty profile of the same column for one row group. */
  ColumnProfile fork() {
    return new ColumnProfile(column, distinct.fork());
  }

  ValueType type() {
    return column.type();
  }

  // Hot loop: one call per batch and column; the switch is per batch, not per value.
  void update(ColumnVector v) {
    ColumnDictionary d = v.dictionary;
    if (d != null && v.invalid == null) {
      updateByEntry(v, d);
      return;
    }
    Storage storage = type().kind().storage();
    boolean[] bad = v.invalid;
    for (int i = 0; i < v.size; i++) {
      if (bad != null && bad[i]) {
        invalid++;
      } else if (v.nulls[i]) {
        nulls++;
      } else {
        values++;
        switch (storage) {
          case LONG: addLong(v.longs[i], v.rows[i], 1); break;
          case DOUBLE: addDouble(v.doubles[i], v.rows[i], 1); break;
          default: addObject(v.objects[i], v.rows[i], 1); break;
        }
      }
    }
  }

  /**
   * A dictionary batch: its rows are counted per entry, and each entry met is profiled once with
   * its count (the numeric sample still takes every row). The same profile as row by row: the
   * counts, ranges and distinct values are equal, and the text shapes only ever ask whether
   * every value fits.
   */
  private void updateByEntry(ColumnVector v, ColumnDictionary d) {
    if (entryCounts.length < d.size()) {
      entryCounts = new long[d.size()];
    }
    long[] counts = entryCounts;
    int[] met = touched.length < v.size ? (touched = new int[v.size]) : touched;
    int distinctIds = 0;
    QuantileSample rows = sample;
    for (int i = 0; i < v.size; i++) {
      if (v.nulls[i]) {
        nulls++;
        continue;
      }
      int id = v.ids[i];
      if (counts[id]++ == 0) {
        met[distinctIds++] = id;
      }
      if (rows != null) {
        sampleRow(rows, v.rows[i], d, id);
      }
    }
    for (int k = 0; k < distinctIds; k++) {
      int id = met[k];
      long n = counts[id];
      counts[id] = 0;
      values += n;
      switch (type().kind().storage()) {
        case LONG: addLong(d.longAt(id), -1, n); break;
        case DOUBLE: addDouble(d.doubleAt(id), -1, n); break;
        default: addObject(d.objectAt(id), -1, n); break;
      }
    }
  }

  /** What the row-by-row path samples of row {@code row}, entry {@code id} (never a NaN). */
  private void sampleRow(QuantileSample rows, long row, ColumnDictionary d, int id) {
    switch (type().kind().storage()) {
      case LONG: rows.add(row, d.longAt(id)); break;
      case DOUBLE:
        double x = d.doubleAt(id);
        if (!Double.isNaN(x)) {
          rows.add(row, x);
        }
        break;
      default:
        Object o = d.objectAt(id);
        if (o instanceof BigDecimal) {
          rows.add(row, ((BigDecimal) o).doubleValue());
        }
    }
  }

  /** {@code n} occurrences of {@code x}; {@code row}: the row of one (-1: none sampled). */
  private void addLong(long x, long row, long n) {
    minLong = Math.min(minLong, x);
    maxLong = Math.max(maxLong, x);
    distinct.addLongTimes(x, n);
    if (sample != null && row >= 0) {
      sample.add(row, x);
    }
  }

  /** As {@link #addLong}; a NaN is counted, never sampled nor in the range. */
  private void addDouble(double x, long row, long n) {
    if (Double.isNaN(x)) {
      nans += n;
    } else {
      minDouble = Math.min(minDouble, x);
      maxDouble = Math.max(maxDouble, x);
      if (sample != null && row >= 0) {
        sample.add(row, x);
      }
    }
    // -0.0 and 0.0 count as one value, and every NaN as one (doubleToLongBits is canonical)
    distinct.addLongTimes(Double.doubleToLongBits(x == 0.0 ? 0.0 : x), n);
  }

  /** {@code n} occurrences of {@code x}; {@code row}: the row of one (-1: none sampled). */
  private void addObject(@Nullable Object x, long row, long n) {
    if (x instanceof String) {
      String s = (String) x;
      if (!distinct.addTimes(s, n)) {
        return; // seen before: its length, shape and JSON leaves are counted already
      }
      int length = s.codePointCount(0, s.length());
      minLength = Math.min(minLength, length);
      maxLength = Math.max(maxLength, length);
      shape.add(s);
      if (json != null) {
        json.add(s);
      }
    } else if (x instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) x;
      minDecimal = minDecimal == null || d.compareTo(minDecimal) < 0 ? d : minDecimal;
      maxDecimal = maxDecimal == null || d.compareTo(maxDecimal) > 0 ? d : maxDecimal;
      distinct.addTimes(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros(), n);
      if (sample != null && row >= 0) {
        sample.add(row, d.doubleValue());
      }
    } else if (x instanceof byte[]) {
      byte[] b = (byte[]) x;
      minLength = Math.min(minLength, b.length);
      maxLength = Math.max(maxLength, b.length);
      distinct.addTimes(ByteBuffer.wrap(b.clone()), n);
    }
  }

  void merge(ColumnProfile o) {
    conflicting |= o.conflicting || !o.type().equals(type());
    values += o.values;
    nulls += o.nulls;
    invalid += o.invalid;
    minLong = Math.min(minLong, o.minLong);
    maxLong = Math.max(maxLong, o.maxLong);
    minDouble = Math.min(minDouble, o.minDouble);
    maxDouble = Math.max(maxDouble, o.maxDouble);
    nans += o.nans;
    minDecimal = o.minDecimal != null && (minDecimal == null || o.minDecimal.compareTo(minDecimal) < 0)
        ? o.minDecimal : minDecimal;
    maxDecimal = o.maxDecimal != null && (maxDecimal == null || o.maxDecimal.compareTo(maxDecimal) > 0)
        ? o.maxDecimal : maxDecimal;
    minLength = Math.min(minLength, o.minLength);
    maxLength = Math.max(maxLength, o.maxLength);
    shape.merge(o.shape);
    if (json != null && o.json != null) {
      json.merge(o.json);
    }
    distinct.merge(o.distinct);
    if (sample != null && o.sample != null) {
      sample.merge(o.sample);
    }
  }
}
