package dev.sluice.contracts.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Lenient reads from a JSON tree: a field of the wrong type reads as absent (lint says why). */
final class Nodes {
  private Nodes() {}

  static @Nullable String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static String text(JsonNode node, String key, String fallback) {
    String v = text(node, key);
    return v == null ? fallback : v;
  }

  static boolean bool(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isBoolean() && v.booleanValue();
  }

  static int integer(JsonNode node, String key, int fallback) {
    JsonNode v = node.get(key);
    return v != null && v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : fallback;
  }

  static @Nullable Integer integerOrNull(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
  }

  static @Nullable BigDecimal number(@Nullable JsonNode v) {
    return v != null && v.isNumber() ? v.decimalValue() : null;
  }

  /** Elements of an array field mapped one by one; each gets its path. */
  static <T> List<T> list(JsonNode node, String key, String path, ElementMapper<T> mapper) {
    JsonNode array = node.get(key);
    List<T> out = new ArrayList<>();
    if (array == null || !array.isArray()) {
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).isObject()) {
        out.add(mapper.map(array.get(i), Paths.index(Paths.child(path, key), i)));
      }
    }
    return out;
  }

  static List<String> strings(JsonNode node, String key) {
    JsonNode array = node.get(key);
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(e -> {
        if (e.isValueNode()) {
          out.add(e.asText());
        }
      });
    }
    return out;
  }

  /** Converts a tree into plain JDK values: maps, lists, strings, BigDecimal, Boolean, null. */
  static @Nullable Object plain(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isObject()) {
      return plainMap(v, k -> true);
    }
    if (v.isArray()) {
      // Nulls stay: `missingValues: [null, '']` means something.
      List<Object> out = new ArrayList<>();
      v.forEach(e -> out.add(plain(e)));
      return java.util.Collections.unmodifiableList(out);
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    return v.asText();
  }

  /** An object's fields as plain values, keeping those whose key passes {@code keep}. */
  static Map<String, Object> plainMap(JsonNode node, Function<String, Boolean> keep) {
    Map<String, Object> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      Object value = plain(e.getValue());
      if (keep.apply(e.getKey()) && value != null) {
        out.put(e.getKey(), value);
      }
    });
    return out;
  }

  @FunctionalInterface
  interface ElementMapper<T> {
    T map(JsonNode element, String path);
  }
}
