package dev.sluice.validator.parquet;

import dev.sluice.validator.parquet.ValueDecoder.BadValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;

/** The value decoders of {@link TypeMapping}, one per storage conversion. */
final class Decoders {
  /** Julian day number of 1970-01-01. */
  private static final long JULIAN_EPOCH_DAY = 2_440_588L;

  private static final long MICROS_PER_DAY = 86_400_000_000L;

  static final ValueDecoder BOOLEAN = (r, v, i) -> v.longs[i] = r.getBoolean() ? 1 : 0;
  static final ValueDecoder INT32 = (r, v, i) -> v.longs[i] = r.getInteger();
  static final ValueDecoder UINT32 = (r, v, i) -> v.longs[i] = Integer.toUnsignedLong(r.getInteger());
  static final ValueDecoder INT64 = (r, v, i) -> v.longs[i] = r.getLong();
  static final ValueDecoder UINT64 = (r, v, i) -> v.longs[i] = uint64(r.getLong());
  static final ValueDecoder FLOAT = (r, v, i) -> v.doubles[i] = r.getFloat();
  static final ValueDecoder DOUBLE = (r, v, i) -> v.doubles[i] = r.getDouble();
  static final ValueDecoder FLOAT16 = (r, v, i) -> v.doubles[i] = float16(r.getBinary());
  static final ValueDecoder STRING = (r, v, i) -> v.objects[i] = r.getBinary().toStringUsingUTF8();
  static final ValueDecoder BYTES = (r, v, i) -> v.objects[i] = r.getBinary().getBytes();
  static final ValueDecoder UUID = (r, v, i) -> v.objects[i] = uuid(r.getBinary());
  static final ValueDecoder INT96 = (r, v, i) -> v.longs[i] = int96Micros(r.getBinary());

  private Decoders() {}

  static ValueDecoder decimal(PrimitiveType type, int scale) {
    switch (type.getPrimitiveTypeName()) {
      case INT32: return (r, v, i) -> v.objects[i] = BigDecimal.valueOf(r.getInteger(), scale);
      case INT64: return (r, v, i) -> v.objects[i] = BigDecimal.valueOf(r.getLong(), scale);
      default: return (r, v, i) -> v.objects[i] = decimal(r.getBinary(), scale);
    }
  }

  static BigDecimal decimal(Binary bytes, int scale) {
    if (bytes.length() == 0) {
      throw new BadValueException("empty DECIMAL value");
    }
    return new BigDecimal(new BigInteger(bytes.getBytesUnsafe()), scale);
  }

  static long uint64(long raw) {
    if (raw < 0) {
      throw new BadValueException("UINT_64 value " + Long.toUnsignedString(raw)
          + " does not fit a signed 64-bit integer");
    }
    return raw;
  }

  static String uuid(Binary bytes) {
    if (bytes.length() != 16) {
      throw new BadValueException("UUID value of " + bytes.length() + " bytes");
    }
    ByteBuffer b = bytes.toByteBuffer();
    return new java.util.UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString();
  }

  /**
   * An INT96 timestamp (8 bytes nanoseconds of day, 4 bytes signed Julian day, little-endian) in
   * microseconds since the epoch, computed exactly as Spark reads it: with wrapping arithmetic,
   * which also undoes Spark's own overflow when it wrote dates beyond the microsecond range.
   */
  static long int96Micros(Binary bytes) {
    if (bytes.length() != 12) {
      throw new BadValueException("INT96 value of " + bytes.length() + " bytes");
    }
    ByteBuffer b = bytes.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = b.getLong(b.position());
    long julianDay = b.getInt(b.position() + 8);
    return (julianDay - JULIAN_EPOCH_DAY) * MICROS_PER_DAY + nanosOfDay / 1000L;
  }

  /** IEEE 754 half precision (little-endian) to double. */
  static double float16(Binary bytes) {
    if (bytes.length() != 2) {
      throw new BadValueException("FLOAT16 value of " + bytes.length() + " bytes");
    }
    byte[] b = bytes.getBytesUnsafe();
    int bits = (b[0] & 0xff) | (b[1] & 0xff) << 8;
    int sign = (bits & 0x8000) != 0 ? -1 : 1;
    int exponent = (bits >> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return mantissa == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
    }
    if (exponent == 0) {
      return sign * Math.scalb((double) mantissa, -24); // subnormal (and signed zero)
    }
    return sign * Math.scalb((double) (mantissa | 0x400), exponent - 25);
  }
}
