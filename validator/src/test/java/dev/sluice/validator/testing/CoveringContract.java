package dev.sluice.validator.testing;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an ODCS contract that covers every leaf column of a file: each property required, with
 * the logical type of its values, structs as {@code object} and lists as {@code array} (whose
 * items, which take no {@code required}, get a {@code nullValues mustBe 0} rule instead), so a
 * validation must read (and decode) every column. Column paths are those of {@link ColumnInfo}
 * ({@code a.b}, {@code tags[]}, {@code lines[].sku}).
 */
public final class CoveringContract {
  private CoveringContract() {}

  /** The contract's YAML text for one object named {@code name}. */
  public static String yaml(String name, Collection<ColumnInfo> columns) {
    Node root = new Node();
    for (ColumnInfo column : columns) {
      root.add(List.of(column.path().split("\\.")), logical(column.type()));
    }
    if (root.children.isEmpty()) {
      root.add(List.of("absent"), "string"); // a file with no readable schema: the read decides
    }
    StringBuilder yaml = new StringBuilder("apiVersion: v3.1.0\nkind: DataContract\n"
        + "id: covering-" + name.replaceAll("[^A-Za-z0-9]", "-") + "\nversion: 1.0.0\n"
        + "status: active\nschema:\n  - name: data\n    properties:\n");
    root.children.forEach((field, node) -> node.write(field, "      ", yaml));
    return yaml.toString();
  }

  /** The ODCS logical type whose check accepts columns of this type. */
  public static String logical(ValueType type) {
    switch (type.kind()) {
      case INTEGER: return "integer";
      case FLOAT: case DECIMAL: return "number";
      case BOOLEAN: return "boolean";
      case DATE: return "date";
      case TIME: return "time";
      case TIMESTAMP: return "timestamp";
      default: return "string";
    }
  }

  /** A property: a leaf (logical type set), an object (children) or an array (items). */
  private static final class Node {
    final Map<String, Node> children = new LinkedHashMap<>();
    String logical = "object";
    Node items;

    void add(List<String> path, String leafType) {
      String segment = path.get(0);
      int lists = 0;
      while (segment.endsWith("[]")) {
        segment = segment.substring(0, segment.length() - 2);
        lists++;
      }
      Node node = children.computeIfAbsent(segment.isEmpty() ? "element" : segment,
          k -> new Node());
      for (int i = 0; i < lists; i++) {
        node.logical = "array";
        if (node.items == null) {
          node.items = new Node();
        }
        node = node.items;
      }
      if (path.size() == 1) {
        node.logical = leafType;
      } else {
        node.add(new ArrayList<>(path.subList(1, path.size())), leafType);
      }
    }

    void write(String name, String indent, StringBuilder yaml) {
      yaml.append(indent).append("- name: ").append(quote(name)).append('\n');
      body(indent + "  ", yaml, false);
    }

    private void body(String indent, StringBuilder yaml, boolean item) {
      yaml.append(indent).append("logicalType: ").append(logical).append('\n');
      if (!item) {
        yaml.append(indent).append("required: true\n");
      } else if (children.isEmpty() && items == null) {
        yaml.append(indent).append("quality:\n").append(indent)
            .append("  - metric: nullValues\n").append(indent).append("    mustBe: 0\n");
      }
      if (!children.isEmpty()) {
        yaml.append(indent).append("properties:\n");
        children.forEach((field, node) -> node.write(field, indent + "  ", yaml));
      }
      if (items != null) {
        yaml.append(indent).append("items:\n");
        items.body(indent + "  ", yaml, true);
      }
    }

    private static String quote(String name) {
      return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }
}
