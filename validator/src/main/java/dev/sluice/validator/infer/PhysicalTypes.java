package dev.sluice.validator.infer;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ODCS {@code logicalType} and {@code physicalType} of a column, in names the validator's
 * type check recognises ({@code int64}, {@code double}, {@code decimal(12,2)}, {@code varchar},
 * {@code timestamp}, {@code timestamp_ntz}, ...). Binary and unsupported columns have no logical
 * type (ODCS has none that fits).
 */
final class PhysicalTypes {
  private static final Pattern DECIMAL =
      Pattern.compile("(?i)decimal\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)");
  private static final Pattern INT_BITS = Pattern.compile("(?i)^(?:int(8|16|32|64)\\b|int\\((8|16|32|64),)");

  private PhysicalTypes() {}

  static @Nullable String logical(ValueType type) {
    switch (type.kind()) {
      case INTEGER: return "integer";
      case FLOAT: case DECIMAL: return "number";
      case BOOLEAN: return "boolean";
      case STRING: return "string";
      case DATE: return "date";
      case TIME: return "time";
      case TIMESTAMP: return "timestamp";
      default: return null;
    }
  }

  /**
   * The physical type. Parquet columns get their Parquet type in lower case ({@code int64},
   * {@code double}, {@code boolean}; the type check compares those with the column's Parquet
   * type); other formats SQL names ({@code bigint}, {@code float64}, {@code bool}), which the type
   * check maps to kinds. Strings are {@code varchar}, timestamps {@code timestamp} (UTC) or
   * {@code timestamp_ntz} everywhere.
   */
  static String physical(ColumnInfo column, String format) {
    ValueType type = column.type();
    String written = column.formatType();
    boolean parquet = format.equals("parquet");
    switch (type.kind()) {
      case INTEGER: return parquet ? parquetName(written, "int64") : sqlInteger(written);
      case FLOAT: return parquet ? parquetName(written, "float16")
          : written.contains("SINGLE") ? "float32" : "float64";
      case DECIMAL: return decimal(written, type.scale());
      case BOOLEAN: return parquet ? "boolean" : "bool";
      case STRING: return "varchar";
      case DATE: return "date";
      case TIME: return "time";
      case TIMESTAMP: return type.utc() ? "timestamp" : "timestamp_ntz";
      case BINARY: return "binary";
      default: return written;
    }
  }

  /** The Parquet physical type the column's type starts with, or {@code fallback}. */
  private static String parquetName(String written, String fallback) {
    String upper = written.toUpperCase(Locale.ROOT);
    for (String name : new String[] {"INT32", "INT64", "FLOAT", "DOUBLE"}) {
      if (upper.startsWith(name)) {
        return name.toLowerCase(Locale.ROOT);
      }
    }
    return fallback;
  }

  /** {@code Int(8|16|32|64, signed)} (Arrow) as tinyint, smallint, int or bigint. */
  private static String sqlInteger(String written) {
    Matcher m = INT_BITS.matcher(written.trim());
    String bits = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "64";
    switch (bits) {
      case "8": return "tinyint";
      case "16": return "smallint";
      case "32": return "int";
      default: return "bigint";
    }
  }

  private static String decimal(String written, int scale) {
    Matcher m = DECIMAL.matcher(written);
    return m.find() ? "decimal(" + m.group(1) + "," + m.group(2) + ")" : "decimal(38," + scale + ")";
  }
}
