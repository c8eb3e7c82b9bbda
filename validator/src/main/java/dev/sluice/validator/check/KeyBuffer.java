package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.distinct.KeyEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys of one row group's rows, in row order, held until the uniqueness state takes them in
 * dataset order. A single integer-like or floating-point column keeps its keys as primitive
 * longs (16 bytes a row with the row number; doubles as canonical bits); other keys keep their
 * values (one object, or an array for several columns), encoded only when taken. Rows with a
 * null key part are only counted, with samples for primary keys.
 *
 * <p>Integer keys start as a run: while every key continues one run of consecutive keys on
 * consecutive rows (surrogate keys in order), only the run's first key and row and its length
 * are kept; the arrays are filled at the first key that breaks it ({@link #materialize}), or
 * never, when the uniqueness state takes the run whole.
 */
final class KeyBuffer {
  /** How the keys are kept. */
  enum Form { LONGS, DOUBLES, VALUES }

  /**
   * Rows a buffer is sized for at once at most (16 MiB for longs: a common row group), so that
   * several in flight over huge row groups of mostly null keys do not take the heap; beyond, it
   * grows as keys come.
   */
  static final int MAX_PRESIZED = 1 << 20;

  final List<ValueType> types;
  final Form form;
  long[] longs = new long[0];
  final List<Object> values = new ArrayList<>();
  long[] rows = new long[0];
  int size;
  long nullCount;
  final SampleSet nullSamples;
  /** Keys the arrays are sized for at once when they are first filled. */
  private final int presized;
  /** Whether the {@link #size} keys are the run {@code runKey, runKey+1, ...} on rows from
   * {@code runRow} (integer keys only; the arrays are not filled). */
  private boolean inRun;
  private long runKey;
  private long runRow;

  /**
   * A buffer sized for {@code expected} keys (up to {@link #MAX_PRESIZED}): at once, or, for
   * integer keys, when a key first breaks their run (arrays a run taken whole never need).
   */
  KeyBuffer(List<ValueType> types, int maxSamples, long expected) {
    this.types = types;
    this.form = types.size() != 1 ? Form.VALUES
        : types.get(0).kind().storage() == ValueType.Storage.LONG ? Form.LONGS
        : types.get(0).kind().storage() == ValueType.Storage.DOUBLE ? Form.DOUBLES : Form.VALUES;
    this.nullSamples = new SampleSet(maxSamples);
    this.presized = (int) Math.min(Math.max(expected, 0), MAX_PRESIZED);
    this.inRun = form == Form.LONGS;
    if (!inRun) {
      ensureRoom(presized);
    }
  }

  /** Appends the keys of one batch; {@code vectors} are the key columns in order. */
  void add(List<ColumnVector> vectors, boolean sampleNulls) {
    ColumnVector first = vectors.get(0);
    if (form == Form.LONGS && first.invalid == null) {
      addLongs(first, sampleNulls);
      return;
    }
    materialize();
    ensureRoom(first.size);
    for (int i = 0; i < first.size; i++) {
      if (anyInvalid(vectors, i)) {
        continue; // a value that is not of its column's type has no key; the type check counts it
      }
      if (anyNull(vectors, i)) {
        nullCount++;
        if (sampleNulls && nullSamples.wants(first.rows[i])) {
          nullSamples.add(first.rows[i], KeyText.describe(vectors, i));
        }
      } else if (form == Form.LONGS) {
        longs[size] = first.longs[i];
        rows[size++] = first.rows[i];
      } else if (form == Form.DOUBLES) {
        longs[size] = KeyEncoder.doubleKey(first.doubles[i]);
        rows[size++] = first.rows[i];
      } else {
        values.add(valuesAt(vectors, i));
        rows[size++] = first.rows[i];
      }
    }
  }

  // Hot loop of the common case: one integer column, keys copied in one pass.
  private void addLongs(ColumnVector v, boolean sampleNulls) {
    int from = inRun ? extendRun(v) : 0;
    if (from == v.size) {
      return;
    }
    materialize();
    ensureRoom(v.size - from);
    long[] keys = longs;
    long[] at = rows;
    int n = size;
    for (int i = from; i < v.size; i++) {
      if (v.nulls[i]) {
        nullCount++;
        if (sampleNulls && nullSamples.wants(v.rows[i])) {
          nullSamples.add(v.rows[i], "null");
        }
      } else {
        keys[n] = v.longs[i];
        at[n++] = v.rows[i];
      }
    }
    size = n;
  }

  /**
   * Extends the run with the batch's leading keys that continue it (no null, the next key on the
   * next row); returns the index of the first that does not.
   */
  private int extendRun(ColumnVector v) {
    long[] keys = v.longs;
    long[] at = v.rows;
    boolean[] nulls = v.nulls;
    if (size == 0 && v.size > 0) {
      runKey = keys[0];
      runRow = at[0];
    }
    int n = size;
    int i = 0;
    for (; i < v.size; i++) {
      if (nulls[i] || keys[i] != runKey + n || at[i] != runRow + n) {
        break;
      }
      n++;
    }
    size = n;
    return i;
  }

  /** Whether the keys are a run of consecutive keys ({@link #runKey()} on), not in the arrays. */
  boolean inRun() {
    return inRun;
  }

  long runKey() {
    return runKey;
  }

  /** Fills the arrays with the run, if the keys were one; from then on keys are copied. */
  void materialize() {
    if (!inRun) {
      return;
    }
    inRun = false;
    int n = size;
    size = 0;
    ensureRoom(Math.max(n, presized));
    for (int i = 0; i < n; i++) {
      longs[i] = runKey + i;
      rows[i] = runRow + i;
    }
    size = n;
  }

  /** The text of key {@code i}, for a sample. */
  String describe(int i) {
    switch (form) {
      case LONGS: return KeyText.describe(types, longs[i]); // runs are materialized first
      case DOUBLES: return KeyText.describe(types, Double.longBitsToDouble(longs[i]));
      default: return KeyText.describe(types, values.get(i));
    }
  }

  private static boolean anyInvalid(List<ColumnVector> vectors, int i) {
    for (ColumnVector v : vectors) {
      if (v.invalid != null && v.invalid[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyNull(List<ColumnVector> vectors, int i) {
    for (ColumnVector v : vectors) {
      if (v.nulls[i]) {
        return true;
      }
    }
    return false;
  }

  private static Object valuesAt(List<ColumnVector> vectors, int i) {
    if (vectors.size() == 1) {
      return valueAt(vectors.get(0), i);
    }
    Object[] tuple = new Object[vectors.size()];
    for (int c = 0; c < tuple.length; c++) {
      tuple[c] = valueAt(vectors.get(c), i);
    }
    return tuple;
  }

  /** The value boxed and detached from the reused vector (byte arrays are copied). */
  private static Object valueAt(ColumnVector v, int i) {
    switch (v.type().kind().storage()) {
      case LONG: return v.longs[i];
      case DOUBLE: return v.doubles[i];
      default:
        Object o = v.objects[i];
        return o instanceof byte[] ? ((byte[]) o).clone() : o;
    }
  }

  private void ensureRoom(int more) {
    if (rows.length < size + more) {
      int n = Math.max(size + more, rows.length * 2);
      rows = Arrays.copyOf(rows, n);
      if (form != Form.VALUES) {
        longs = Arrays.copyOf(longs, n);
      }
    }
  }
}
