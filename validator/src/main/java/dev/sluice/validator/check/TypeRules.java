package dev.sluice.validator.check;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which column types can hold which ODCS logical types, and which physical type names Sluice
 * recognises. {@code date} also accepts timestamps, because ODCS 3.0 had no {@code timestamp}.
 */
public final class TypeRules {
  private static final Map<String, Set<Kind>> LOGICAL = Map.of(
      "string", EnumSet.of(Kind.STRING),
      "integer", EnumSet.of(Kind.INTEGER),
      "number", EnumSet.of(Kind.INTEGER, Kind.FLOAT, Kind.DECIMAL),
      "boolean", EnumSet.of(Kind.BOOLEAN),
      "date", EnumSet.of(Kind.DATE, Kind.TIMESTAMP),
      "timestamp", EnumSet.of(Kind.TIMESTAMP),
      "time", EnumSet.of(Kind.TIME));

  private static final Pattern DECIMAL =
      Pattern.compile("(?:decimal|numeric|number)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
  private static final Set<String> PARQUET_PHYSICAL = Set.of("INT32", "INT64", "INT96", "FLOAT",
      "DOUBLE", "BOOLEAN", "BYTE_ARRAY", "FIXED_LEN_BYTE_ARRAY");

  private TypeRules() {}

  /** Whether Sluice knows the logical type (unknown ones get no type check). */
  public static boolean isKnownLogical(String logicalType) {
    return LOGICAL.containsKey(logicalType) || logicalType.equals("object") || logicalType.equals("array");
  }

  static boolean logicalAccepts(String logicalType, ValueType type) {
    Set<Kind> kinds = LOGICAL.get(logicalType);
    return kinds == null || kinds.contains(type.kind());
  }

  static Optional<String> nestedMismatch(FileFacts file, String column, String logicalType,
      @Nullable ColumnInfo leaf) {
    String below = logicalType.equals("array") ? column + "[]" : column + ".";
    boolean nested = file.columns().keySet().stream().anyMatch(c -> c.startsWith(below));
    if (nested || (leaf == null && !PresenceCheck.present(file, column))) {
      return Optional.empty();
    }
    if (leaf != null && !leaf.repeated() && leaf.type().kind() == Kind.STRING) {
      return Optional.empty(); // JSON text: its content is judged by the jsonSchema check
    }
    String found = leaf != null ? leaf.formatType() : "a different nesting";
    return Optional.of("column " + column + " is " + found + ", not an " + logicalType);
  }

  /** A mismatch between a recognised physical type name and the column; empty if it fits or is unknown. */
  static Optional<String> physicalMismatch(String physicalType, ColumnInfo column) {
    String p = physicalType.trim().toLowerCase(Locale.ROOT);
    if (PARQUET_PHYSICAL.contains(p.toUpperCase(Locale.ROOT))) {
      return column.formatType().startsWith(p.toUpperCase(Locale.ROOT)) ? Optional.empty()
          : Optional.of(mismatch(physicalType, column));
    }
    Matcher m = DECIMAL.matcher(p);
    if (m.matches()) {
      return decimalMismatch(physicalType, m.group(2), column);
    }
    Set<Kind> kinds = physicalKinds(p.replaceAll("\\s*\\(.*\\)$", ""));
    return kinds.isEmpty() || kinds.contains(column.type().kind()) ? Optional.empty()
        : Optional.of(mismatch(physicalType, column));
  }

  private static Optional<String> decimalMismatch(String physicalType, @Nullable String scale, ColumnInfo column) {
    if (column.type().kind() != Kind.DECIMAL) {
      return Optional.of(mismatch(physicalType, column));
    }
    int s = scale == null ? 0 : Integer.parseInt(scale);
    return s == column.type().scale() ? Optional.empty()
        : Optional.of("column " + column.path() + " has scale " + column.type().scale()
            + ", physicalType " + physicalType + " says " + s);
  }

  private static Set<Kind> physicalKinds(String name) {
    switch (name) {
      case "tinyint": case "smallint": case "int": case "integer": case "bigint": case "int8":
      case "int16": case "int32": case "int64": case "long": case "short": case "byte":
        return EnumSet.of(Kind.INTEGER);
      case "float": case "real": case "double": case "float32": case "float64": case "double precision":
        return EnumSet.of(Kind.FLOAT);
      case "decimal": case "numeric":
        return EnumSet.of(Kind.DECIMAL);
      case "string": case "varchar": case "char": case "text": case "utf8": case "uuid": case "nvarchar":
        return EnumSet.of(Kind.STRING);
      case "boolean": case "bool":
        return EnumSet.of(Kind.BOOLEAN);
      case "date":
        return EnumSet.of(Kind.DATE);
      case "timestamp": case "timestamp_ntz": case "timestamp_ltz": case "timestamp_tz": case "timestamptz":
      case "datetime": case "timestamp with time zone": case "timestamp without time zone":
        return EnumSet.of(Kind.TIMESTAMP);
      case "time":
        return EnumSet.of(Kind.TIME);
      case "binary": case "varbinary": case "bytes": case "blob": case "bytea":
        return EnumSet.of(Kind.BINARY);
      default:
        return EnumSet.noneOf(Kind.class);
    }
  }

  private static String mismatch(String physicalType, ColumnInfo column) {
    return "column " + column.path() + " is " + column.formatType() + ", not physicalType " + physicalType;
  }
}
