package dev.sluice.validator.data;

import java.util.Arrays;

/**
 * The distinct values of one column chunk, each decoded once, in the column's {@link
 * ValueType.Storage}: entry {@code id} is {@code longs[id]}, {@code doubles[id]} or {@code
 * objects[id]}. A {@link ColumnVector} whose values all came from one dictionary points to it
 * and carries each value's id, so a check can judge each entry once and then count rows by id.
 *
 * <p>Append-only: a dictionary made by {@link #appendable} may gain entries between batches (a
 * source that adds the values of PLAIN pages to the chunk's dictionary), so {@link #size()} may
 * grow; an id once given never changes meaning, and entries are never removed. It is shared by
 * every batch of its chunk and is used by the one thread scanning that chunk (a dictionary that
 * never grows may be read from any thread). Identity matters: two chunks never share an
 * instance, even with equal entries.
 */
public final class ColumnDictionary {
  private final ColumnInfo column;
  private final boolean appendable;
  private int size;
  private final long[] longs;
  private final double[] doubles;
  private Object[] objects;

  private ColumnDictionary(ColumnInfo column, boolean appendable, int size, long[] longs,
      double[] doubles, Object[] objects) {
    this.column = column;
    this.appendable = appendable;
    this.size = size;
    this.longs = longs;
    this.doubles = doubles;
    this.objects = objects;
  }

  public static ColumnDictionary ofLongs(ColumnInfo column, long[] values) {
    return new ColumnDictionary(column, false, values.length, values, new double[0],
        new Object[0]);
  }

  public static ColumnDictionary ofDoubles(ColumnInfo column, double[] values) {
    return new ColumnDictionary(column, false, values.length, new long[0], values,
        new Object[0]);
  }

  public static ColumnDictionary ofObjects(ColumnInfo column, Object[] values) {
    return new ColumnDictionary(column, false, values.length, new long[0], new double[0],
        values);
  }

  /**
   * A dictionary of objects that starts with {@code values} (shared, never written: appending
   * works on a copy) and grows by {@link #append}.
   */
  public static ColumnDictionary appendable(ColumnInfo column, Object[] values) {
    return new ColumnDictionary(column, true, values.length, new long[0], new double[0],
        values);
  }

  /** Adds an entry to an {@link #appendable} dictionary; returns its id ({@code size() - 1}). */
  public int append(Object value) {
    if (!appendable) {
      throw new IllegalStateException("this dictionary is immutable");
    }
    if (size == objects.length) {
      objects = Arrays.copyOf(objects, Math.max(16, size + (size >> 1)));
    }
    objects[size] = value;
    return size++;
  }

  public ColumnInfo column() {
    return column;
  }

  /** Entries so far; an appendable dictionary may hold more at its next batch. */
  public int size() {
    return size;
  }

  public long longAt(int id) {
    return longs[id];
  }

  public double doubleAt(int id) {
    return doubles[id];
  }

  public Object objectAt(int id) {
    return objects[id];
  }
}
