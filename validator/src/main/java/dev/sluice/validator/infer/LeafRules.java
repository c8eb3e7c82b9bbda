package dev.sluice.validator.infer;

import dev.sluice.validator.check.Values;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The constraints one column's profile supports, written into its ODCS property (or array
 * items): types, {@code required}, {@code unique}, ranges and lengths rounded outward, a string
 * {@code format} every value satisfies, and an enum as an {@code invalidValues} quality rule.
 */
final class LeafRules {
  private final InferOptions options;

  LeafRules(InferOptions options) {
    this.options = options;
  }

  /**
   * Fills {@code into} for a leaf column.
   *
   * @param item whether these are array items (no name, no required, no unique)
   * @param everywhere whether every file has the column
   */
  void fill(Map<String, Object> into, Leaf leaf, boolean item, boolean everywhere) {
    ColumnProfile p = leaf.profile();
    ValueType type = p.type();
    String logical = leaf.untyped() || p.conflicting ? null : PhysicalTypes.logical(type);
    if (logical != null) {
      into.put("logicalType", logical);
    }
    if (!p.conflicting) {
      into.put("physicalType", leaf.untyped() ? "json" : PhysicalTypes.physical(p.column, leaf.format()));
    }
    Map<String, Object> typeOptions = logical == null ? Map.of() : typeOptions(p);
    if (!typeOptions.isEmpty()) {
      into.put("logicalTypeOptions", typeOptions);
    }
    boolean read = type.kind() != Kind.UNSUPPORTED && p.values > 0;
    if (!item && read && everywhere && p.nulls == 0 && p.invalid == 0) {
      into.put("required", true);
    }
    if (!item && logical != null && unique(p)) {
      into.put("unique", true);
    }
    if (logical != null && "string".equals(logical)) {
      enumRule(p).ifPresent(rule -> into.put("quality", List.of(rule)));
    }
  }

  private Map<String, Object> typeOptions(ColumnProfile p) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (p.values == 0) {
      return o;
    }
    ValueType type = p.type();
    switch (type.kind()) {
      case INTEGER:
        range(o, BigDecimal.valueOf(p.minLong), BigDecimal.valueOf(p.maxLong), true);
        break;
      case FLOAT:
        if (p.nans == 0 && Double.isFinite(p.minDouble) && Double.isFinite(p.maxDouble)) {
          range(o, new BigDecimal(p.minDouble), new BigDecimal(p.maxDouble), false);
        }
        break;
      case DECIMAL:
        if (p.minDecimal != null && p.maxDecimal != null) {
          range(o, p.minDecimal, p.maxDecimal, false);
        }
        break;
      case STRING:
        strings(o, p);
        break;
      case DATE:
      case TIMESTAMP:
        if (options.dateRanges()) {
          try {
            String min = dateBound(type, p.minLong, false);
            String max = dateBound(type, p.maxLong, true);
            o.put("minimum", min);
            o.put("maximum", max);
          } catch (java.time.DateTimeException | ArithmeticException e) {
            // beyond what ISO text can hold: no bounds
          }
        }
        break;
      default:
        break;
    }
    if (type.kind() == Kind.TIMESTAMP) {
      o.put("timezone", type.utc());
    }
    return o;
  }

  private static void range(Map<String, Object> o, BigDecimal min, BigDecimal max, boolean integral) {
    BigDecimal[] bounds = Bounds.outward(min, max, integral);
    o.put("minimum", bounds[0]);
    o.put("maximum", bounds[1]);
  }

  private static void strings(Map<String, Object> o, ColumnProfile p) {
    int min = Bounds.lengthDown(p.minLength);
    if (min > 0) {
      o.put("minLength", min);
    }
    o.put("maxLength", Bounds.lengthUp(p.maxLength));
    String format = p.shape.all(TextShape.UUID) ? "uuid"
        : p.shape.all(TextShape.EMAIL) ? "email"
        : p.shape.all(TextShape.DATE_TEXT) ? "date"
        : p.shape.all(TextShape.DATE_TIME_TEXT) ? "date-time" : null;
    if (format != null) {
      o.put("format", format);
    }
  }

  /** A date as is; a timestamp floored (minimum) or ceiled (maximum) to a whole UTC day. */
  private static String dateBound(ValueType type, long value, boolean up) {
    if (type.kind() == Kind.DATE) {
      return Values.formatLong(type, value);
    }
    Instant at = Values.toInstant(type, value);
    Instant day = at.truncatedTo(ChronoUnit.DAYS);
    Instant bound = up && day.isBefore(at) ? day.plus(1, ChronoUnit.DAYS) : day;
    return type.utc() ? bound.toString() : LocalDateTime.ofInstant(bound, ZoneOffset.UTC) + ":00";
  }

  private static boolean unique(ColumnProfile p) {
    Kind kind = p.type().kind();
    boolean keyed = kind == Kind.INTEGER || kind == Kind.STRING || kind == Kind.DECIMAL
        || kind == Kind.DATE || kind == Kind.TIMESTAMP || kind == Kind.TIME || kind == Kind.FLOAT;
    return keyed && !p.column.repeated() && p.distinct.exact() && p.values >= 2
        && p.distinct.count() == p.values;
  }

  private Optional<Map<String, Object>> enumRule(ColumnProfile p) {
    long distinct = p.distinct.count();
    boolean small = p.distinct.exact() && distinct >= 1 && distinct <= options.enumThreshold()
        && distinct <= options.enumRowFraction() * p.values;
    if (!small) {
      return Optional.empty();
    }
    List<String> valid = new ArrayList<>();
    p.distinct.values().forEach(v -> valid.add((String) v));
    valid.sort(null);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("metric", "invalidValues");
    rule.put("arguments", Map.of("validValues", valid));
    rule.put("mustBe", 0);
    rule.put("dimension", "conformity");
    rule.put("description", "Inferred: the " + distinct + " values seen in " + p.values
        + " non-null values.");
    return Optional.of(rule);
  }

  /** A leaf column with how it was read. */
  record Leaf(ColumnProfile profile, String format, boolean untyped) {}
}
