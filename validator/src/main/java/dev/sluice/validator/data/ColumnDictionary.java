package dev.sluice.validator.data;

/**
 * The distinct values of one dictionary-encoded column chunk, decoded once, in the column's
 * {@link ValueType.Storage}: entry {@code id} is {@code longs[id]}, {@code doubles[id]} or {@code
 * objects[id]}. A {@link ColumnVector} whose values all came from one dictionary points to it
 * and carries each value's id, so a check can judge each entry once and then count rows by id.
 *
 * <p>Immutable once built; shared by every batch of the chunk and safe to read from any thread.
 * Identity matters: two chunks never share an instance, even with equal entries.
 */
public final class ColumnDictionary {
  private final ColumnInfo column;
  private final int size;
  private final long[] longs;
  private final double[] doubles;
  private final Object[] objects;

  private ColumnDictionary(ColumnInfo column, int size, long[] longs, double[] doubles,
      Object[] objects) {
    this.column = column;
    this.size = size;
    this.longs = longs;
    this.doubles = doubles;
    this.objects = objects;
  }

  public static ColumnDictionary ofLongs(ColumnInfo column, long[] values) {
    return new ColumnDictionary(column, values.length, values, new double[0], new Object[0]);
  }

  public static ColumnDictionary ofDoubles(ColumnInfo column, double[] values) {
    return new ColumnDictionary(column, values.length, new long[0], values, new Object[0]);
  }

  public static ColumnDictionary ofObjects(ColumnInfo column, Object[] values) {
    return new ColumnDictionary(column, values.length, new long[0], new double[0], values);
  }

  public ColumnInfo column() {
    return column;
  }

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
