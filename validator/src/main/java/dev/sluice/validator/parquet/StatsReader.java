package dev.sluice.validator.parquet;

import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;

import java.util.Map;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Statistics;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.jspecify.annotations.Nullable;

/**
 * Exact statistics of one row group, read from the raw footer (CONTRACT-SEMANTICS.md, "Metadata
 * shortcuts"). Only non-repeated columns get statistics. The null count is given only when the
 * file sets it. A range comes only from {@code min_value}/{@code max_value} (never the deprecated
 * {@code min}/{@code max}, whose order is unclear), only for signed INT32/INT64 storage (integers,
 * dates, times, timestamps, INT32/INT64 decimals), and only when min is not above max. Floats,
 * strings, binaries, INT96, unsigned integers and byte-array decimals never get a range.
 */
final class StatsReader {
  private StatsReader() {}

  static Map<String, ChunkStats> read(RowGroup rowGroup, Map<String, ParquetLeaf> leaves) {
    Map<String, ParquetLeaf> byPhysical = new HashMap<>();
    for (ParquetLeaf leaf : leaves.values()) {
      byPhysical.put(leaf.physicalPath(), leaf);
    }
    Map<String, ChunkStats> stats = new HashMap<>();
    for (ColumnChunk chunk : rowGroup.getColumns()) {
      ColumnMetaData meta = chunk.getMeta_data();
      if (meta == null || meta.getPath_in_schema() == null) {
        continue;
      }
      ParquetLeaf leaf = byPhysical.get(String.join(".", meta.getPath_in_schema()));
      if (leaf != null && !leaf.repeated()) {
        stats.put(leaf.path(), of(meta, leaf));
      }
    }
    return stats;
  }

  private static ChunkStats of(ColumnMetaData meta, ParquetLeaf leaf) {
    long values = meta.getNum_values();
    Statistics s = meta.getStatistics();
    if (s == null) {
      return new ChunkStats(-1, null, null, values);
    }
    long nulls = s.isSetNull_count() && s.getNull_count() >= 0 && s.getNull_count() <= values
        ? s.getNull_count() : -1;
    return of(nulls, s.isSetMin_value() ? s.getMin_value() : null,
        s.isSetMax_value() ? s.getMax_value() : null, values, leaf);
  }

  /**
   * Statistics of {@code values} values (a chunk's or a page's) from a null count (-1: unknown)
   * and encoded bounds, keeping the bounds only where they are exact.
   */
  static ChunkStats of(long nulls, byte @Nullable [] minBytes, byte @Nullable [] maxBytes,
      long values, ParquetLeaf leaf) {
    Object min = bound(minBytes, leaf);
    Object max = bound(maxBytes, leaf);
    if (min == null || max == null || compare(min, max) > 0) {
      return new ChunkStats(nulls, null, null, values);
    }
    return new ChunkStats(nulls, min, max, values);
  }

  private static @Nullable Object bound(byte @Nullable [] bytes, ParquetLeaf leaf) {
    if (bytes == null || !hasExactRange(leaf)) {
      return null;
    }
    PrimitiveType type = leaf.descriptor().getPrimitiveType();
    boolean int32 = type.getPrimitiveTypeName() == PrimitiveTypeName.INT32;
    if (bytes.length != (int32 ? 4 : 8)) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long value = int32 ? b.getInt() : b.getLong();
    ValueType vt = leaf.info().type();
    return vt.kind() == ValueType.Kind.DECIMAL ? BigDecimal.valueOf(value, vt.scale()) : value;
  }

  private static boolean hasExactRange(ParquetLeaf leaf) {
    PrimitiveType type = leaf.descriptor().getPrimitiveType();
    PrimitiveTypeName physical = type.getPrimitiveTypeName();
    if (physical != PrimitiveTypeName.INT32 && physical != PrimitiveTypeName.INT64) {
      return false;
    }
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
        && !((LogicalTypeAnnotation.IntLogicalTypeAnnotation) logical).isSigned()) {
      return false;
    }
    switch (leaf.info().type().kind()) {
      case INTEGER: case DATE: case TIME: case TIMESTAMP: case DECIMAL: return true;
      default: return false;
    }
  }

  @SuppressWarnings("unchecked")
  private static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

}
