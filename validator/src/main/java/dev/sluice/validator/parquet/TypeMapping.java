package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * How a Parquet primitive type (physical type plus logical annotation, legacy converted types
 * included since parquet-java maps them to annotations) becomes a {@link ValueType} and how its
 * values are decoded. Anything not understood is {@link Kind#UNSUPPORTED}: reported, never
 * decoded.
 *
 * @param valueType the engine's type
 * @param formatType the Parquet type for messages, e.g. {@code INT64 TIMESTAMP(MICROS,true)}
 * @param decoder reads one value
 */
record TypeMapping(ValueType valueType, String formatType, ValueDecoder decoder) {

  static TypeMapping of(PrimitiveType type, boolean insideVariant) {
    String format = formatType(type);
    TypeMapping mapped = insideVariant ? null : map(type, format);
    return mapped != null ? mapped
        : new TypeMapping(ValueType.of(Kind.UNSUPPORTED), format, ValueDecoder.SKIP);
  }

  static String formatType(PrimitiveType type) {
    PrimitiveTypeName p = type.getPrimitiveTypeName();
    String physical = p == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY
        ? "FIXED_LEN_BYTE_ARRAY(" + type.getTypeLength() + ")" : p.name();
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    return logical == null ? physical : physical + " " + logical;
  }

  private static TypeMapping map(PrimitiveType type, String format) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation) {
      int scale = ((DecimalLogicalTypeAnnotation) logical).getScale();
      return new TypeMapping(ValueType.decimal(scale), format, Decoders.decimal(type, scale));
    }
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN: return logical == null ? of(ValueType.of(Kind.BOOLEAN), format, Decoders.BOOLEAN) : null;
      case INT32: return int32(logical, format);
      case INT64: return int64(logical, format);
      case INT96: return of(ValueType.timestamp(TimeUnit.MICROS, false), format, Decoders.INT96);
      case FLOAT: return logical == null ? of(ValueType.of(Kind.FLOAT), format, Decoders.FLOAT) : null;
      case DOUBLE: return logical == null ? of(ValueType.of(Kind.FLOAT), format, Decoders.DOUBLE) : null;
      case BINARY: return binary(logical, format);
      default: return fixed(type, logical, format);
    }
  }

  private static TypeMapping of(ValueType type, String format, ValueDecoder decoder) {
    return new TypeMapping(type, format, decoder);
  }

  private static TypeMapping int32(LogicalTypeAnnotation logical, String format) {
    if (logical == null) {
      return of(ValueType.of(Kind.INTEGER), format, Decoders.INT32);
    }
    if (logical instanceof IntLogicalTypeAnnotation) {
      boolean signed = ((IntLogicalTypeAnnotation) logical).isSigned();
      return of(ValueType.of(Kind.INTEGER), format, signed ? Decoders.INT32 : Decoders.UINT32);
    }
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return of(ValueType.of(Kind.DATE), format, Decoders.INT32);
    }
    if (logical instanceof TimeLogicalTypeAnnotation) {
      return of(ValueType.time(TimeUnit.MILLIS), format, Decoders.INT32);
    }
    return null;
  }

  private static TypeMapping int64(LogicalTypeAnnotation logical, String format) {
    if (logical == null) {
      return of(ValueType.of(Kind.INTEGER), format, Decoders.INT64);
    }
    if (logical instanceof IntLogicalTypeAnnotation) {
      boolean signed = ((IntLogicalTypeAnnotation) logical).isSigned();
      return of(ValueType.of(Kind.INTEGER), format, signed ? Decoders.INT64 : Decoders.UINT64);
    }
    if (logical instanceof TimeLogicalTypeAnnotation) {
      TimeUnit unit = unit(((TimeLogicalTypeAnnotation) logical).getUnit());
      return of(ValueType.time(unit), format, Decoders.INT64);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation) {
      TimestampLogicalTypeAnnotation ts = (TimestampLogicalTypeAnnotation) logical;
      ValueType type = ValueType.timestamp(unit(ts.getUnit()), ts.isAdjustedToUTC());
      return of(type, format, Decoders.INT64);
    }
    return null;
  }

  private static TimeUnit unit(LogicalTypeAnnotation.TimeUnit unit) {
    switch (unit) {
      case MILLIS: return TimeUnit.MILLIS;
      case MICROS: return TimeUnit.MICROS;
      default: return TimeUnit.NANOS;
    }
  }

  private static TypeMapping binary(LogicalTypeAnnotation logical, String format) {
    if (logical == null || logical instanceof LogicalTypeAnnotation.BsonLogicalTypeAnnotation) {
      return of(ValueType.of(Kind.BINARY), format, Decoders.BYTES);
    }
    if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
      return of(ValueType.of(Kind.STRING), format, Decoders.STRING);
    }
    return null;
  }

  private static TypeMapping fixed(
      PrimitiveType type, LogicalTypeAnnotation logical, String format) {
    int length = type.getTypeLength();
    if (logical == null) {
      return of(ValueType.of(Kind.BINARY), format, Decoders.BYTES);
    }
    if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation && length == 16) {
      return of(ValueType.of(Kind.STRING), format, Decoders.UUID);
    }
    if (logical instanceof LogicalTypeAnnotation.Float16LogicalTypeAnnotation && length == 2) {
      return of(ValueType.of(Kind.FLOAT), format, Decoders.FLOAT16);
    }
    return null;
  }
}
