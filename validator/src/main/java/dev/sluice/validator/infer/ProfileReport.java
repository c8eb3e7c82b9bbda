package dev.sluice.validator.infer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sluice.validator.check.Values;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.infer.DatasetScan.Result;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile ({@code profileVersion 1.0}): per column, values, nulls and the null fraction,
 * distinct values ({@code exact} while the set fits the memory cap, else a {@code hyperloglog}
 * estimate, about 1.6 % standard error), min and max, string lengths, approximate quantiles
 * p5/p50/p95 of numbers ({@code bottom-k sample} of {@value QuantileSample#SIZE} values: exact
 * below that many values), and the top 5 values with counts ({@code exact}, or {@code
 * misra-gries} lower bounds once the distinct set was dropped).
 */
final class ProfileReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProfileReport() {}

  static String json(Result result, Set<String> untyped) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("profileVersion", "1.0");
    root.put("rows", result.rows());
    List<Map<String, Object>> files = new ArrayList<>();
    result.files().forEach(f -> files.add(ordered("path", f.path().toString().replace('\\', '/'),
        "format", f.format(), "rows", f.rows())));
    root.put("files", files);
    List<Map<String, Object>> columns = new ArrayList<>();
    result.columns().forEach((path, p) -> columns.add(column(path, p, untyped.contains(path))));
    root.put("columns", columns);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the profile", e);
    }
  }

  private static Map<String, Object> column(String path, ColumnProfile p, boolean untyped) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("path", path);
    c.put("type", untyped ? "mixed JSON" : p.type().toString());
    long all = p.values + p.nulls + p.invalid;
    c.put("values", p.values);
    c.put("nulls", p.nulls);
    c.put("nullFraction", all == 0 ? 0.0 : (double) p.nulls / all);
    c.put("distinct", ordered("count", p.distinct.count(),
        "method", p.distinct.exact() ? "exact" : "hyperloglog"));
    if (p.values > 0) {
      range(c, p);
    }
    if (p.sample != null && p.sample.size() > 0) {
      c.put("quantiles", ordered("p5", p.sample.quantile(0.05), "p50", p.sample.quantile(0.5),
          "p95", p.sample.quantile(0.95), "method", "bottom-k sample",
          "sampleSize", p.sample.size()));
    }
    List<Map<String, Object>> top = new ArrayList<>();
    p.distinct.top(5).forEach(e -> top.add(ordered("value", display(p.type(), e.getKey()),
        "count", e.getValue())));
    c.put("top", top);
    c.put("topMethod", p.distinct.topMethod());
    return c;
  }

  private static void range(Map<String, Object> c, ColumnProfile p) {
    ValueType type = p.type();
    switch (type.kind().storage()) {
      case LONG:
        c.put("min", type.kind() == Kind.INTEGER ? p.minLong : formatLong(type, p.minLong));
        c.put("max", type.kind() == Kind.INTEGER ? p.maxLong : formatLong(type, p.maxLong));
        break;
      case DOUBLE:
        if (p.minDouble <= p.maxDouble) {
          c.put("min", p.minDouble);
          c.put("max", p.maxDouble);
        }
        c.put("nans", p.nans);
        break;
      default:
        if (p.minDecimal != null) {
          c.put("min", p.minDecimal);
          c.put("max", p.maxDecimal);
        }
        if (p.maxLength >= 0) {
          c.put("minLength", p.minLength);
          c.put("maxLength", p.maxLength);
        }
    }
  }

  /** A date, time or timestamp as text; a value out of its type's range (24:00) as the number. */
  private static Object formatLong(ValueType type, long value) {
    try {
      return Values.formatLong(type, value);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return value;
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Object display(ValueType type, Object key) {
    if (key instanceof Long) {
      return type.kind() == Kind.INTEGER ? key : formatLong(type, (Long) key);
    }
    if (key instanceof ByteBuffer) {
      ByteBuffer b = (ByteBuffer) key;
      byte[] bytes = new byte[b.remaining()];
      b.duplicate().get(bytes);
      return Values.formatObject(bytes);
    }
    return key instanceof BigDecimal ? ((BigDecimal) key).toPlainString() : key;
  }
}
