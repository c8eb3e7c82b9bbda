package dev.sluice.validator.corpus;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every value of every column of a file as the engine reads it, one text per value: {@code
 * <row>:<value>}, written so that the same value reads the same in every format (a TIMESTAMP as
 * its instant whatever its unit, a TIME as nanoseconds, a DECIMAL at its scale), and {@code
 * <row>:invalid <text>} for a value a text source could not parse.
 */
final class CaseCells {
  private CaseCells() {}

  /** The cells of each column (rows counted from the file's first), {@code batchRows} at a time. */
  static Map<String, List<String>> of(DataFile file, int batchRows) throws DataProblem {
    Map<String, List<String>> cells = new LinkedHashMap<>();
    file.columns().keySet().forEach(path -> cells.put(path, new ArrayList<>()));
    for (RowGroupInfo group : file.rowGroups()) {
      file.scan(group.index(), file.columns().keySet(), 0, batchRows, batch ->
          batch.vectors().forEach((path, vector) -> {
            for (int i = 0; i < vector.size; i++) {
              cells.get(path).add(vector.rows[i] + ":" + cell(vector, i));
            }
          }));
    }
    return cells;
  }

  /** What a column's values mean, without its width or unit: kind, scale, UTC-ness. */
  static String meaning(ColumnInfo column) {
    ValueType type = column.type();
    switch (type.kind()) {
      case DECIMAL: return "decimal(" + type.scale() + ")";
      case TIMESTAMP: return type.utc() ? "timestamp(utc)" : "timestamp(local)";
      default: return type.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String cell(ColumnVector v, int i) {
    if (v.invalid != null && v.invalid[i]) {
      return "invalid " + v.invalidText(i);
    }
    if (v.nulls[i]) {
      return "null";
    }
    ValueType type = v.type();
    switch (type.kind()) {
      case FLOAT: return Double.toString(v.doubles[i]);
      case DECIMAL: return ((BigDecimal) v.objects[i]).toPlainString();
      case BINARY: return HexFormat.of().formatHex((byte[]) v.objects[i]);
      case TIME: return v.longs[i] * (1_000_000_000L / type.unit().perSecond()) + "ns";
      case TIMESTAMP: return instant(v.longs[i], type.unit().perSecond()).toString();
      case STRING: return "'" + v.objects[i] + "'";
      default: return Long.toString(v.longs[i]);
    }
  }

  private static Instant instant(long value, long perSecond) {
    long nanosPer = 1_000_000_000L / perSecond;
    long seconds = Math.floorDiv(value, perSecond);
    return Instant.ofEpochSecond(seconds, Math.floorMod(value, perSecond) * nanosPer);
  }
}
