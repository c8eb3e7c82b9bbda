package dev.sluice.validator.arrow;

import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * How an Arrow leaf type becomes a {@link ValueType} and how its values are read: integers of
 * every width (unsigned included) are INTEGER, half/single/double floats FLOAT, 128- and 256-bit
 * decimals DECIMAL, Utf8 of every layout STRING, binaries BINARY, Date32/Date64 DATE in days,
 * Time32/Time64 TIME and Timestamp TIMESTAMP in their unit (SECOND becomes MILLIS, exactly), UTC
 * when the timestamp has a time zone. Null, Duration, Interval and Union are UNSUPPORTED: their
 * nulls are read, never their values.
 *
 * @param valueType the engine's type
 * @param formatType the Arrow type for messages, e.g. {@code Int(64, true)}
 * @param reader reads the values
 */
record LeafTypes(ValueType valueType, String formatType, ValueReader reader) {

  /** The mapping of a leaf type; {@code uuid} marks an {@code arrow.uuid} extension. */
  static LeafTypes of(ArrowType type, boolean uuid) {
    String format = uuid ? "Extension(arrow.uuid, " + type + ")" : type.toString();
    if (uuid && type instanceof ArrowType.FixedSizeBinary
        && ((ArrowType.FixedSizeBinary) type).getByteWidth() == 16) {
      return new LeafTypes(ValueType.of(Kind.STRING), format, ValueReaders.UUID_TEXT);
    }
    switch (type.getTypeID()) {
      case Int: return integer((ArrowType.Int) type, format);
      case FloatingPoint: return floating((ArrowType.FloatingPoint) type, format);
      case Decimal: return decimal((ArrowType.Decimal) type, format);
      case Bool: return of(Kind.BOOLEAN, format, ValueReaders.BOOLEAN);
      case Utf8: return of(Kind.STRING, format, ValueReaders.STRING);
      case LargeUtf8:
      case Utf8View: return of(Kind.STRING, format, ValueReaders.STRING_VIEW);
      case Binary:
      case LargeBinary:
      case BinaryView: return of(Kind.BINARY, format, ValueReaders.BYTES);
      case FixedSizeBinary: return of(Kind.BINARY, format, ValueReaders.FIXED_BYTES);
      case Date: return date((ArrowType.Date) type, format);
      case Time: return time((ArrowType.Time) type, format);
      case Timestamp: return timestamp((ArrowType.Timestamp) type, format);
      default: return unsupported(format);
    }
  }

  static LeafTypes unsupported(String format) {
    return new LeafTypes(ValueType.of(Kind.UNSUPPORTED), format, ValueReaders.NULLS_ONLY);
  }

  private static LeafTypes of(Kind kind, String format, ValueReader reader) {
    return new LeafTypes(ValueType.of(kind), format, reader);
  }

  private static LeafTypes integer(ArrowType.Int type, String format) {
    boolean signed = type.getIsSigned();
    switch (type.getBitWidth()) {
      case 8: return of(Kind.INTEGER, format, signed ? ValueReaders.INT8 : ValueReaders.UINT8);
      case 16: return of(Kind.INTEGER, format, signed ? ValueReaders.INT16 : ValueReaders.UINT16);
      case 32: return of(Kind.INTEGER, format, signed ? ValueReaders.INT32 : ValueReaders.UINT32);
      case 64: return of(Kind.INTEGER, format, signed ? ValueReaders.INT64 : ValueReaders.UINT64);
      default: return unsupported(format);
    }
  }

  private static LeafTypes floating(ArrowType.FloatingPoint type, String format) {
    switch (type.getPrecision()) {
      case HALF: return of(Kind.FLOAT, format, ValueReaders.FLOAT16);
      case SINGLE: return of(Kind.FLOAT, format, ValueReaders.FLOAT32);
      default: return of(Kind.FLOAT, format, ValueReaders.FLOAT64);
    }
  }

  private static LeafTypes decimal(ArrowType.Decimal type, String format) {
    int width = type.getBitWidth() / 8;
    if (width != 16 && width != 32) {
      return unsupported(format);
    }
    return new LeafTypes(ValueType.decimal(type.getScale()), format,
        ValueReaders.decimal(type.getScale(), width));
  }

  private static LeafTypes date(ArrowType.Date type, String format) {
    switch (type.getUnit()) {
      case DAY: return of(Kind.DATE, format, ValueReaders.INT32);
      default: return of(Kind.DATE, format, ValueReaders.DATE64_AS_DAYS);
    }
  }

  private static LeafTypes time(ArrowType.Time type, String format) {
    switch (type.getUnit()) {
      case SECOND:
        return new LeafTypes(ValueType.time(TimeUnit.MILLIS), format,
            ValueReaders.SECONDS32_AS_MILLIS);
      case MILLISECOND:
        return new LeafTypes(ValueType.time(TimeUnit.MILLIS), format, ValueReaders.INT32);
      case MICROSECOND:
        return new LeafTypes(ValueType.time(TimeUnit.MICROS), format, ValueReaders.INT64);
      default:
        return new LeafTypes(ValueType.time(TimeUnit.NANOS), format, ValueReaders.INT64);
    }
  }

  private static LeafTypes timestamp(ArrowType.Timestamp type, String format) {
    String zone = type.getTimezone();
    boolean utc = zone != null && !zone.isEmpty();
    switch (type.getUnit()) {
      case SECOND:
        return new LeafTypes(ValueType.timestamp(TimeUnit.MILLIS, utc), format,
            ValueReaders.SECONDS64_AS_MILLIS);
      case MILLISECOND:
        return new LeafTypes(ValueType.timestamp(TimeUnit.MILLIS, utc), format,
            ValueReaders.INT64);
      case MICROSECOND:
        return new LeafTypes(ValueType.timestamp(TimeUnit.MICROS, utc), format,
            ValueReaders.INT64);
      default:
        return new LeafTypes(ValueType.timestamp(TimeUnit.NANOS, utc), format,
            ValueReaders.INT64);
    }
  }
}
