package dev.sluice.validator.corpus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * One converted case value (see {@link CaseData}) of a Parquet leaf type, as the text formats
 * write it, following the conventions of {@code dev.sluice.validator.text}: ISO-8601 dates, times
 * and timestamps (a UTC timestamp with {@code Z}, a local one without an offset), base64 binary,
 * plain decimals. A FLOAT is written as the double the Parquet source widens it to, so that every
 * format reads the same number.
 */
final class LeafValues {
  private LeafValues() {}

  /** The value as JSON holds it: a number or boolean where JSON has one, else its text. */
  static Object json(PrimitiveType type, Object value) {
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN: return value;
      case FLOAT:
      case DOUBLE: {
        double d = asDouble(type, value);
        return Double.isFinite(d) ? (Object) d : Double.toString(d); // JSON has no NaN
      }
      default: {
        Object typed = typed(type, value);
        return typed instanceof Long || typed instanceof BigDecimal ? typed : text(type, value);
      }
    }
  }

  /** The value as text (a CSV field, or the content of a JSON string). */
  static String text(PrimitiveType type, Object value) {
    switch (type.getPrimitiveTypeName()) {
      case FLOAT:
      case DOUBLE:
        return Double.toString(asDouble(type, value));
      default: {
        Object typed = typed(type, value);
        if (typed instanceof byte[]) {
          return Base64.getEncoder().encodeToString((byte[]) typed);
        }
        return typed instanceof BigDecimal
            ? ((BigDecimal) typed).toPlainString() : typed.toString();
      }
    }
  }

  /** Whether the text formats write the type as text ({@code ""} is then the empty value). */
  static boolean isText(PrimitiveType type) {
    return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
        && !(type.getLogicalTypeAnnotation() instanceof DecimalLogicalTypeAnnotation);
  }

  private static double asDouble(PrimitiveType type, Object value) {
    Number n = (Number) value;
    return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT
        ? (double) n.floatValue() : n.doubleValue();
  }

  /**
   * The value as a Java object of its meaning: Long, BigDecimal, LocalDate, LocalTime, Instant,
   * LocalDateTime, Boolean, String or byte[].
   */
  private static Object typed(PrimitiveType type, Object value) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation) {
      int scale = ((DecimalLogicalTypeAnnotation) logical).getScale();
      return value instanceof BigDecimal
          ? value : BigDecimal.valueOf(((Number) value).longValue(), scale);
    }
    if (logical instanceof DateLogicalTypeAnnotation) {
      return value instanceof LocalDate
          ? value : LocalDate.ofEpochDay(((Number) value).longValue());
    }
    if (logical instanceof TimeLogicalTypeAnnotation) {
      TimeUnit unit = ((TimeLogicalTypeAnnotation) logical).getUnit();
      return LocalTime.ofNanoOfDay(((Number) value).longValue() * nanosPer(unit));
    }
    if (logical instanceof TimestampLogicalTypeAnnotation) {
      TimestampLogicalTypeAnnotation ts = (TimestampLogicalTypeAnnotation) logical;
      Instant t = instant(((Number) value).longValue(), ts.getUnit());
      return ts.isAdjustedToUTC() ? t : t.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }
    if (value instanceof Number && !(value instanceof BigDecimal)) {
      return ((Number) value).longValue();
    }
    return value;
  }

  private static long nanosPer(TimeUnit unit) {
    switch (unit) {
      case MILLIS: return 1_000_000L;
      case MICROS: return 1_000L;
      default: return 1L;
    }
  }

  private static Instant instant(long value, TimeUnit unit) {
    long per = 1_000_000_000L / nanosPer(unit);
    long seconds = Math.floorDiv(value, per);
    return Instant.ofEpochSecond(seconds, Math.floorMod(value, per) * nanosPer(unit));
  }
}
