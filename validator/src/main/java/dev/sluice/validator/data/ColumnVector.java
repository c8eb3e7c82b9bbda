package dev.sluice.validator.data;

import org.jspecify.annotations.Nullable;

/**
 * A batch of one column's values. Storage follows {@link ValueType.Storage}: {@code longs},
 * {@code doubles} or {@code objects}; {@code nulls[i]} marks a null (its slot holds nothing
 * meaningful). {@code rows[i]} is the 0-based row of value {@code i} in the whole dataset: for a
 * flat column it is {@code firstRow + i}, inside a list several values share a row.
 *
 * <p>Plain arrays, filled in place by a source and read in tight loops by checks; a vector is
 * reused batch after batch, so a check must not keep references to its arrays.
 *
 * <p><b>Dictionary batches.</b> When every non-null value of the batch came from one dictionary,
 * a source may set {@code dictionary} and {@code ids[i]} (the entry of value {@code i}) in
 * addition to the values themselves, which stay filled as usual; otherwise {@code dictionary} is
 * null and {@code ids} means nothing. Checks that judge values one by one may judge each entry
 * once instead.
 */
public final class ColumnVector {
  public final ColumnInfo column;
  public int size;
  public long[] rows;
  public boolean[] nulls;
  public long[] longs;
  public double[] doubles;
  public Object[] objects;
  public @Nullable ColumnDictionary dictionary;
  /**
   * Set only by sources that parse text (CSV, JSON): {@code invalid[i]} marks a value that is
   * present but could not be read as the column's type (say {@code "abc"} in an integer column).
   * Such a value is not null ({@code nulls[i]} is false), its slot holds nothing, and only the
   * {@code type} check judges it (as a failing row). Null when the source never sets it, or
   * when no value of the batch is invalid.
   */
  public boolean @Nullable [] invalid;
  /** With {@link #invalid}: the text of each invalid value, for samples and messages. */
  public String @Nullable [] invalidText;
  public int[] ids = new int[0];
  /**
   * Set by a source reading for a copy that writes dictionary ids back (a quarantine split): the
   * batch is a dictionary batch whose values were not gathered, so only {@code dictionary},
   * {@code ids} and {@code nulls} mean anything; the values of row {@code i} are entry {@code
   * ids[i]}. Never set for batches that checks judge.
   */
  public boolean idsOnly;
  /**
   * Text read in place: when not null, the values of this STRING batch (or BYTES batch, as a
   * quarantine split reads strings) are UTF-8 bytes (or the byte arrays), value
   * {@code i} at {@code utf8[utf8Starts[i], utf8Starts[i] + utf8Lengths[i])}, and {@code
   * objects} holds nothing meaningful (nor is the batch a dictionary batch). A source hands a
   * column so only when every check reading it asked for it ({@code CheckState#readsUtf8}): it
   * saves decoding, or joining to a dictionary, millions of strings that a pattern or length
   * test reads byte by byte anyway.
   */
  public byte @Nullable [] utf8;
  public int[] utf8Starts = new int[0];
  public int[] utf8Lengths = new int[0];

  public ColumnVector(ColumnInfo column, int capacity) {
    this.column = column;
    this.rows = new long[capacity];
    this.nulls = new boolean[capacity];
    ValueType.Storage storage = column.type().kind().storage();
    this.longs = new long[storage == ValueType.Storage.LONG ? capacity : 0];
    this.doubles = new double[storage == ValueType.Storage.DOUBLE ? capacity : 0];
    this.objects = new Object[storage == ValueType.Storage.OBJECT ? capacity : 0];
  }

  public ValueType type() {
    return column.type();
  }

  /** Grows the arrays (keeping content) so that {@code capacity} values fit. */
  public void ensureCapacity(int capacity) {
    if (capacity <= rows.length) {
      return;
    }
    int n = Math.max(capacity, rows.length * 2);
    rows = java.util.Arrays.copyOf(rows, n);
    nulls = java.util.Arrays.copyOf(nulls, n);
    longs = longs.length == 0 ? longs : java.util.Arrays.copyOf(longs, n);
    doubles = doubles.length == 0 ? doubles : java.util.Arrays.copyOf(doubles, n);
    objects = objects.length == 0 ? objects : java.util.Arrays.copyOf(objects, n);
    ids = ids.length == 0 ? ids : java.util.Arrays.copyOf(ids, n);
  }

  /**
   * Gives rows {@code rows[0..count)} of a batch read {@link #idsOnly ids only} their values,
   * the entries of their ids (a null keeps nothing).
   */
  public void gatherRows(int[] rows, int count) {
    ColumnDictionary d = java.util.Objects.requireNonNull(dictionary, "not a dictionary batch");
    switch (column.type().kind().storage()) {
      case LONG:
        for (int k = 0; k < count; k++) {
          int i = rows[k];
          longs[i] = nulls[i] ? 0 : d.longAt(ids[i]);
        }
        break;
      case DOUBLE:
        for (int k = 0; k < count; k++) {
          int i = rows[k];
          doubles[i] = nulls[i] ? 0 : d.doubleAt(ids[i]);
        }
        break;
      default:
        for (int k = 0; k < count; k++) {
          int i = rows[k];
          objects[i] = nulls[i] ? null : d.objectAt(ids[i]);
        }
    }
  }

  /** Makes room for ids of {@code capacity} values (a source about to fill a dictionary batch). */
  public void ensureIds(int capacity) {
    if (ids.length < Math.max(capacity, rows.length)) {
      ids = java.util.Arrays.copyOf(ids, Math.max(capacity, rows.length));
    }
  }

  /** Value {@code i} of a batch of {@link #utf8} text, decoded. */
  public String utf8Text(int i) {
    return new String(java.util.Objects.requireNonNull(utf8), utf8Starts[i], utf8Lengths[i],
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The text of invalid value {@code i} (see {@link #invalid}). */
  public String invalidText(int i) {
    String[] texts = invalidText;
    return texts == null || texts[i] == null ? "?" : texts[i];
  }

  /** Marks value {@code i} as present but not of the column's type (sources of text only). */
  public void markInvalid(int i, String text) {
    if (invalid == null || invalid.length < rows.length) {
      invalid = invalid == null ? new boolean[rows.length] : java.util.Arrays.copyOf(invalid, rows.length);
      invalidText = invalidText == null ? new String[rows.length]
          : java.util.Arrays.copyOf(invalidText, rows.length);
    }
    invalid[i] = true;
    invalidText[i] = text;
    nulls[i] = false;
  }

  /** Forgets invalid marks before the vector is refilled. */
  public void clearInvalid() {
    if (invalid != null) {
      java.util.Arrays.fill(invalid, false);
      java.util.Arrays.fill(invalidText, null);
    }
  }

  /** The value at {@code i} boxed, for samples and messages (never on a hot path). */
  public Object valueAt(int i) {
    if (nulls[i]) {
      return "null";
    }
    switch (type().kind().storage()) {
      case LONG: return longs[i];
      case DOUBLE: return doubles[i];
      default: return object(i);
    }
  }

  /** Value {@code i} of an OBJECT-storage batch: decoded from {@link #utf8} when read in place. */
  public Object object(int i) {
    return utf8 != null ? utf8Text(i) : objects[i];
  }
}
