package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** Formats values for samples and messages (never on a hot path: only for kept samples). */
public final class Values {
  private static final int MAX_TEXT = 120;

  private Values() {}

  public static String format(ColumnVector v, int i) {
    if (v.nulls[i]) {
      return "null";
    }
    ValueType type = v.type();
    switch (type.kind().storage()) {
      case LONG: return formatLong(type, v.longs[i]);
      case DOUBLE: return Double.toString(v.doubles[i]);
      default: return formatObject(v.object(i));
    }
  }

  public static String formatLong(ValueType type, long value) {
    switch (type.kind()) {
      case BOOLEAN: return value != 0 ? "true" : "false";
      case DATE: return LocalDate.ofEpochDay(value).toString();
      case TIME: return LocalTime.ofNanoOfDay(toNanos(type, value)).toString();
      case TIMESTAMP: return formatTimestamp(type, value);
      default: return Long.toString(value);
    }
  }

  public static String formatObject(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof byte[]) {
      return hex((byte[]) value);
    }
    String s = value.toString();
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
  }

  /** An instant from a value in the type's unit since the epoch. */
  public static Instant toInstant(ValueType type, long value) {
    long perSecond = type.unit().perSecond();
    long seconds = Math.floorDiv(value, perSecond);
    long fraction = Math.floorMod(value, perSecond);
    return Instant.ofEpochSecond(seconds, fraction * (1_000_000_000L / perSecond));
  }

  private static String formatTimestamp(ValueType type, long value) {
    Instant instant = toInstant(type, value);
    return type.utc() ? instant.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
  }

  private static long toNanos(ValueType type, long value) {
    return value * (1_000_000_000L / type.unit().perSecond());
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < Math.min(bytes.length, MAX_TEXT / 2); i++) {
      sb.append(String.format("%02x", bytes[i]));
    }
    return bytes.length > MAX_TEXT / 2 ? sb.append("…").toString() : sb.toString();
  }
}
