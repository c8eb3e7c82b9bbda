package dev.sluice.validator.corpus;

import dev.sluice.validator.testing.ParquetFixture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * One data file of a case, as written in {@code data*.yaml}: a Parquet schema, rows whose dates
 * and timestamps are ISO text, and options. Converted here into what {@link ParquetFixture} takes.
 */
final class CaseData {
  private CaseData() {}

  @SuppressWarnings("unchecked")
  static Path write(Map<String, Object> spec, Path file) {
    ParquetFixture fixture = ParquetFixture.schema((String) spec.get("schema"));
    GroupType schema = fixture.messageType();
    for (Object row : (List<Object>) spec.getOrDefault("rows", List.of())) {
      fixture.row((Map<String, Object>) convert(schema, row));
    }
    Map<String, Object> metadata = (Map<String, Object>) spec.getOrDefault("metadata", Map.of());
    metadata.forEach((k, v) -> fixture.metadata(k, String.valueOf(v)));
    if (spec.containsKey("rowsPerGroup")) {
      fixture.rowsPerGroup(((Number) spec.get("rowsPerGroup")).intValue());
    }
    if (spec.containsKey("pageRows")) {
      fixture.pageRows(((Number) spec.get("pageRows")).intValue());
    }
    fixture.dictionary(!Boolean.FALSE.equals(spec.get("dictionary")));
    fixture.codec(CompressionCodecName.valueOf(String.valueOf(spec.getOrDefault("codec", "SNAPPY"))));
    return fixture.write(file);
  }

  @SuppressWarnings("unchecked")
  private static Object convert(Type type, Object value) {
    if (value == null) {
      return null;
    }
    if (type.isPrimitive()) {
      if (value instanceof String && type.asPrimitiveType().getPrimitiveTypeName().javaType == double.class) {
        return Double.parseDouble((String) value);
      }
      if (value instanceof String && type.asPrimitiveType().getPrimitiveTypeName().javaType == float.class) {
        return Float.parseFloat((String) value);
      }
      return leaf(type.getLogicalTypeAnnotation(), value);
    }
    GroupType group = type.asGroupType();
    if (value instanceof List) {
      Type element = listElement(group);
      List<Object> out = new ArrayList<>();
      ((List<Object>) value).forEach(v -> out.add(convert(element, v)));
      return out;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<String, Object>) value).forEach((k, v) -> out.put(k, convert(group.getType(k), v)));
    return out;
  }

  private static Type listElement(GroupType list) {
    Type repeated = list.getType(0);
    return repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1
        ? repeated : repeated.asGroupType().getType(0);
  }

  private static Object leaf(LogicalTypeAnnotation logical, Object value) {
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return LocalDate.parse(value.toString());
    }
    if (logical instanceof DecimalLogicalTypeAnnotation) {
      int scale = ((DecimalLogicalTypeAnnotation) logical).getScale();
      return new BigDecimal(value.toString()).setScale(scale, RoundingMode.UNNECESSARY);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation && value instanceof String) {
      return timestamp((TimestampLogicalTypeAnnotation) logical, (String) value);
    }
    return value;
  }

  private static long timestamp(TimestampLogicalTypeAnnotation ts, String text) {
    Instant t = text.endsWith("Z") || text.contains("+")
        ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    switch (ts.getUnit()) {
      case MILLIS: return t.toEpochMilli();
      case MICROS: return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
      default: return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
  }
}
