package dev.sluice.validator.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns leaf column paths ({@code id}, {@code customer.email}, {@code tags[]},
 * {@code lines[].sku}) back into ODCS properties: structs as {@code object} with {@code
 * properties}, lists as {@code array} with {@code items}, in the file's column order. Map
 * columns ({@code {}} in the path) have no ODCS form and are left out, with a note.
 */
final class PropertyTree {
  private final Node root = new Node("");
  private final LeafRules rules;
  private final Function<String, LeafRules.Leaf> leaves;
  private final Predicate<String> everywhere;

  PropertyTree(LeafRules rules, Function<String, LeafRules.Leaf> leaves, Predicate<String> everywhere) {
    this.rules = rules;
    this.leaves = leaves;
    this.everywhere = everywhere;
  }

  /** Adds a leaf column; false (adding nothing) when its path has no ODCS form. */
  boolean add(String path) {
    if (path.contains("{}") || path.contains("#") || path.startsWith(".") || path.endsWith(".")) {
      return false;
    }
    String[] parts = path.split("\\.", -1);
    Node node = root;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int depth = 0;
      while (part.endsWith("[]")) {
        part = part.substring(0, part.length() - 2);
        depth++;
      }
      if (part.isEmpty() || part.contains("[") || part.contains("]")) {
        return false;
      }
      node = node.children.computeIfAbsent(part, Node::new);
      for (int d = 0; d < depth; d++) {
        node = node.itemsNode();
      }
    }
    node.leafPath = path;
    return true;
  }

  List<Map<String, Object>> properties() {
    List<Map<String, Object>> out = new ArrayList<>();
    root.children.values().forEach(child -> out.add(property(child)));
    return out;
  }

  private Map<String, Object> property(Node node) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", node.name);
    body(node, p, false);
    return p;
  }

  private void body(Node node, Map<String, Object> p, boolean item) {
    if (node.items != null) {
      p.put("logicalType", "array");
      p.put("physicalType", "array");
      Map<String, Object> items = new LinkedHashMap<>();
      body(node.items, items, true);
      p.put("items", items);
    } else if (!node.children.isEmpty()) {
      p.put("logicalType", "object");
      p.put("physicalType", "struct");
      List<Map<String, Object>> children = new ArrayList<>();
      node.children.values().forEach(child -> children.add(property(child)));
      p.put("properties", children);
    } else if (node.leafPath != null) {
      rules.fill(p, leaves.apply(node.leafPath), item, everywhere.test(node.leafPath));
    }
  }

  /** A name in the tree: a leaf column, a struct (children) or a list (items). */
  private static final class Node {
    final String name;
    final Map<String, Node> children = new LinkedHashMap<>();
    @Nullable Node items;
    @Nullable String leafPath;

    Node(String name) {
      this.name = name;
    }

    Node itemsNode() {
      if (items == null) {
        items = new Node("");
      }
      return items;
    }
  }
}
