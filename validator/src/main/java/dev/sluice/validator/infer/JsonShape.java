package dev.sluice.validator.infer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leaves under a JSON column whose values are objects or lists (a JSON source without a
 * contract hands them over as their JSON text): {@code customer.email}, {@code tags[]}, {@code
 * lines[].sku}, each with the {@link TextShape} of its scalar values, so that the next pass can
 * read them as typed leaf columns. Gives up (stays flat) on a value that is not an object or list,
 * a key holding {@code .} or brackets, or more than {@value #MAX_LEAVES} leaves.
 */
final class JsonShape {
  static final String RAW_JSON = "JSON value as text";
  private static final int MAX_LEAVES = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String column;
  private final Map<String, TextShape> leaves = new LinkedHashMap<>();
  private boolean nested = true;

  JsonShape(String column) {
    this.column = column;
  }

  void add(String text) {
    if (!nested) {
      return;
    }
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    if (first != '{' && first != '[') {
      nested = false;
      return;
    }
    try {
      walk(JSON.readTree(text), column);
    } catch (JsonProcessingException e) {
      nested = false;
    }
    if (leaves.size() > MAX_LEAVES) {
      nested = false;
    }
  }

  private void walk(JsonNode node, String path) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext() && nested) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        if (key.isEmpty() || key.contains(".") || key.contains("[") || key.contains("{")) {
          nested = false;
          return;
        }
        walk(field.getValue(), path + "." + key);
      }
    } else if (node.isArray()) {
      node.forEach(element -> walk(element, path + "[]"));
    } else {
      TextShape shape = leaves.computeIfAbsent(path, p -> new TextShape());
      if (!node.isNull()) {
        shape.add(node.asText());
      }
    }
  }

  void merge(JsonShape other) {
    nested &= other.nested;
    other.leaves.forEach((path, shape) -> {
      TextShape mine = leaves.get(path);
      if (mine == null) {
        leaves.put(path, shape);
      } else {
        mine.merge(shape);
      }
    });
  }

  /** The leaves with their shapes, when every value was an object or a list; else empty. */
  Map<String, TextShape> leaves() {
    return nested ? leaves : Map.of();
  }
}
