package dev.sluice.validator.plan;

import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The types a text source (CSV, JSON) parses each column to, from the contract: {@code integer}
 * to integers, {@code number} to doubles (or exact decimals when the physicalType is {@code
 * decimal(p,s)}), {@code boolean}, {@code date} (a {@code date-time} format makes it a
 * timestamp), {@code timestamp} in microseconds (UTC-adjusted unless {@code timezone: false}
 * (ODCS's boolean) or the physicalType is {@code timestamp_ntz} or says {@code without time
 * zone}), {@code time} in microseconds,
 * anything else text. Nested properties give {@code a.b}, array items {@code a[]}.
 */
public final class ExpectedTypes {
  private static final Pattern DECIMAL =
      Pattern.compile("(?:decimal|numeric)\\s*\\(\\s*\\d+\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  private ExpectedTypes() {}

  public static ExpectedSchema of(DatasetSpec object) {
    Map<String, ValueType> columns = new LinkedHashMap<>();
    object.properties().forEach(field -> add(field, "", columns));
    return new ExpectedSchema(columns);
  }

  private static void add(FieldSpec field, String prefix, Map<String, ValueType> columns) {
    String path = prefix + field.columnName();
    leafType(field).ifPresent(type -> columns.put(path, type));
    field.properties().forEach(child -> add(child, path + ".", columns));
    FieldSpec items = field.items();
    if (items != null) {
      leafType(items).ifPresent(type -> columns.put(path + "[]", type));
      items.properties().forEach(child -> add(child, path + "[].", columns));
    }
  }

  /** The type of a scalar property; empty for objects and arrays (their leaves carry types). */
  static Optional<ValueType> leafType(FieldSpec field) {
    String logical = field.logicalType() == null ? "string" : field.logicalType().toLowerCase(Locale.ROOT);
    String physical = field.physicalType() == null ? "" : field.physicalType().toLowerCase(Locale.ROOT);
    switch (logical) {
      case "object":
      case "array":
        return Optional.empty();
      case "integer":
        return Optional.of(ValueType.of(Kind.INTEGER));
      case "number":
        return Optional.of(number(physical));
      case "boolean":
        return Optional.of(ValueType.of(Kind.BOOLEAN));
      case "date":
        return Optional.of("date-time".equals(field.options().format())
            ? timestamp(field, physical) : ValueType.of(Kind.DATE));
      case "timestamp":
        return Optional.of(timestamp(field, physical));
      case "time":
        return Optional.of(ValueType.time(ValueType.TimeUnit.MICROS));
      default:
        return Optional.of(ValueType.of(Kind.STRING));
    }
  }

  private static ValueType number(String physical) {
    Matcher m = DECIMAL.matcher(physical);
    if (m.matches()) {
      return ValueType.decimal(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
    }
    return ValueType.of(Kind.FLOAT);
  }

  private static ValueType timestamp(FieldSpec field, String physical) {
    @Nullable String zone = field.options().timezone();
    boolean local = physical.contains("ntz") || physical.contains("without time zone")
        || (zone != null && zone.equalsIgnoreCase("false"));
    return ValueType.timestamp(ValueType.TimeUnit.MICROS, !local);
  }
}
