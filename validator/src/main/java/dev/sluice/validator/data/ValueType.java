package dev.sluice.validator.data;

/**
 * What the values of a column mean, independent of the file format, and how a {@link
 * ColumnVector} stores them.
 *
 * @param unit for TIME and TIMESTAMP: MILLIS, MICROS or NANOS since midnight / the epoch
 * @param scale for DECIMAL: digits after the point
 * @param utc for TIMESTAMP: whether the instant is UTC-adjusted (false = local date-time)
 */
public record ValueType(Kind kind, TimeUnit unit, int scale, boolean utc) {

  /** The meaning of a column's values. */
  public enum Kind {
    /** Signed integers of any width, in {@code longs}. */
    INTEGER(Storage.LONG),
    /** FLOAT, DOUBLE (and FLOAT16), widened to double, in {@code doubles}. */
    FLOAT(Storage.DOUBLE),
    /** Exact decimals as {@link java.math.BigDecimal} in {@code objects}. */
    DECIMAL(Storage.OBJECT),
    /** Booleans as 0/1 in {@code longs}. */
    BOOLEAN(Storage.LONG),
    /** Text as {@link String} in {@code objects}. */
    STRING(Storage.OBJECT),
    /** Raw bytes as {@code byte[]} in {@code objects}. */
    BINARY(Storage.OBJECT),
    /** Days since 1970-01-01 in {@code longs}. */
    DATE(Storage.LONG),
    /** Time of day in {@link #unit} in {@code longs}. */
    TIME(Storage.LONG),
    /** Instants (or local date-times) in {@link #unit} since the epoch, in {@code longs}. */
    TIMESTAMP(Storage.LONG),
    /**
     * A type Sluice cannot check (intervals, geometry, variant, ...). A source reports such a
     * column but never reads it; a plan that needs its values is a problem, not a guess.
     */
    UNSUPPORTED(Storage.OBJECT);

    private final Storage storage;

    Kind(Storage storage) {
      this.storage = storage;
    }

    public Storage storage() {
      return storage;
    }
  }

  /** Which array of a {@link ColumnVector} holds the values. */
  public enum Storage {
    LONG,
    DOUBLE,
    OBJECT
  }

  /** Units of TIME and TIMESTAMP values. */
  public enum TimeUnit {
    NONE(0),
    MILLIS(1_000L),
    MICROS(1_000_000L),
    NANOS(1_000_000_000L);

    private final long perSecond;

    TimeUnit(long perSecond) {
      this.perSecond = perSecond;
    }

    public long perSecond() {
      return perSecond;
    }
  }

  public static ValueType of(Kind kind) {
    return new ValueType(kind, TimeUnit.NONE, 0, false);
  }

  public static ValueType decimal(int scale) {
    return new ValueType(Kind.DECIMAL, TimeUnit.NONE, scale, false);
  }

  public static ValueType timestamp(TimeUnit unit, boolean utc) {
    return new ValueType(Kind.TIMESTAMP, unit, 0, utc);
  }

  public static ValueType time(TimeUnit unit) {
    return new ValueType(Kind.TIME, unit, 0, false);
  }

  @Override
  public String toString() {
    switch (kind) {
      case DECIMAL: return "decimal(scale " + scale + ")";
      case TIMESTAMP: return "timestamp(" + unit.name().toLowerCase(java.util.Locale.ROOT)
          + (utc ? ", utc" : ", local") + ")";
      case TIME: return "time(" + unit.name().toLowerCase(java.util.Locale.ROOT) + ")";
      default: return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
