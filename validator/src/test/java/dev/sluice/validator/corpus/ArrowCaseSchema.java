package dev.sluice.validator.corpus;

import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The Arrow schema of a case's Parquet schema, type for type at the same width: INT32/INT64
 * (and INT(n) annotations) → Int of that width and sign, FLOAT/DOUBLE → FloatingPoint
 * SINGLE/DOUBLE, DECIMAL(p,s) → Decimal(p, s, 128), STRING → Utf8, other BINARY → Binary,
 * BOOLEAN → Bool, DATE → Date(DAY), TIME → Time in its unit, TIMESTAMP → Timestamp in its
 * unit, with zone {@code UTC} when UTC-adjusted; a LIST group → List, another group →
 * Struct. REQUIRED fields are not nullable.
 */
final class ArrowCaseSchema {
  private ArrowCaseSchema() {}

  static Schema of(MessageType schema, Map<String, String> metadata) {
    return new Schema(schema.getFields().stream().map(ArrowCaseSchema::field).toList(), metadata);
  }

  private static Field field(Type type) {
    boolean nullable = !type.isRepetition(Type.Repetition.REQUIRED);
    if (type.isPrimitive()) {
      FieldType leaf = new FieldType(nullable, leaf(type.asPrimitiveType()), null);
      return new Field(type.getName(), leaf, null);
    }
    GroupType group = type.asGroupType();
    if (group.getLogicalTypeAnnotation() instanceof ListLogicalTypeAnnotation) {
      return new Field(type.getName(), new FieldType(nullable, ArrowType.List.INSTANCE, null),
          List.of(field(CaseData.listElement(group))));
    }
    return new Field(type.getName(), new FieldType(nullable, ArrowType.Struct.INSTANCE, null),
        group.getFields().stream().map(ArrowCaseSchema::field).toList());
  }

  private static ArrowType leaf(PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
      return ArrowType.Utf8.INSTANCE;
    }
    if (logical instanceof DecimalLogicalTypeAnnotation) {
      DecimalLogicalTypeAnnotation d = (DecimalLogicalTypeAnnotation) logical;
      return new ArrowType.Decimal(d.getPrecision(), d.getScale(), 128);
    }
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return new ArrowType.Date(DateUnit.DAY);
    }
    if (logical instanceof TimeLogicalTypeAnnotation) {
      TimeUnit unit = unit(((TimeLogicalTypeAnnotation) logical).getUnit());
      return new ArrowType.Time(unit, unit == TimeUnit.MILLISECOND ? 32 : 64);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation) {
      TimestampLogicalTypeAnnotation ts = (TimestampLogicalTypeAnnotation) logical;
      return new ArrowType.Timestamp(unit(ts.getUnit()), ts.isAdjustedToUTC() ? "UTC" : null);
    }
    if (logical instanceof IntLogicalTypeAnnotation) {
      IntLogicalTypeAnnotation i = (IntLogicalTypeAnnotation) logical;
      return new ArrowType.Int(i.getBitWidth(), i.isSigned());
    }
    if (logical != null) {
      throw new IllegalArgumentException("no Arrow mapping for " + type + " yet; add one");
    }
    return physical(type);
  }

  private static ArrowType physical(PrimitiveType type) {
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN: return ArrowType.Bool.INSTANCE;
      case INT32: return new ArrowType.Int(32, true);
      case INT64: return new ArrowType.Int(64, true);
      case FLOAT: return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case DOUBLE: return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case BINARY: return ArrowType.Binary.INSTANCE;
      case FIXED_LEN_BYTE_ARRAY: return new ArrowType.FixedSizeBinary(type.getTypeLength());
      default: throw new IllegalArgumentException("no Arrow mapping for " + type);
    }
  }

  private static TimeUnit unit(LogicalTypeAnnotation.TimeUnit unit) {
    switch (unit) {
      case MILLIS: return TimeUnit.MILLISECOND;
      case MICROS: return TimeUnit.MICROSECOND;
      default: return TimeUnit.NANOSECOND;
    }
  }
}
