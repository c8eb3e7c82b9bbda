package dev.sluice.validator.text;

import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.text.PathNode.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tree of paths a JSON file is read for, from the contract's leaf paths: {@code a.b} is key
 * {@code b} in the object under key {@code a}; {@code tags[]} the elements of the array under
 * {@code tags}; {@code lines[].sku} key {@code sku} in each element of {@code lines}. Keys the
 * contract lacks are added at the top level as they are found. A path that contradicts an
 * earlier one ({@code a} a leaf, then {@code a.b}) is left out. Frozen before the first scan.
 */
final class PathTree {
  private static final ValueType STRING = ValueType.of(ValueType.Kind.STRING);

  private final List<PathNode> nodes = new ArrayList<>();
  private final List<PathNode> leaves = new ArrayList<>();
  private final PathNode root;

  private PathTree() {
    root = node("", Shape.OBJECT, STRING, false, false);
  }

  static PathTree of(ExpectedSchema expected) {
    PathTree tree = new PathTree();
    for (Map.Entry<String, ValueType> column : expected.columns().entrySet()) {
      tree.add(column.getKey(), column.getValue());
    }
    return tree;
  }

  PathNode root() {
    return root;
  }

  /** The leaves in order: the contract's first, then keys found in the data. */
  List<PathNode> leaves() {
    return Collections.unmodifiableList(leaves);
  }

  int nodeCount() {
    return nodes.size();
  }

  /** A top-level key the contract lacks: a raw text column. */
  PathNode addExtra(String key) {
    PathNode leaf = node(key, Shape.LEAF, STRING, true, false);
    root.addChild(key, leaf);
    return leaf;
  }

  /** Records the leaves below every node; call once all keys are known. */
  void freeze() {
    collect(root);
  }

  private int[] collect(PathNode node) {
    List<int[]> parts = new ArrayList<>();
    if (node.shape == Shape.LEAF) {
      parts.add(new int[] {node.leafId});
    }
    node.children().values().forEach(child -> parts.add(collect(child)));
    PathNode element = node.element();
    if (element != null) {
      parts.add(collect(element));
    }
    node.leaves = parts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
    return node.leaves;
  }

  private void add(String path, ValueType type) {
    String[] segments = path.split("\\.", -1);
    @Nullable PathNode node = root;
    for (int s = 0; s < segments.length && node != null; s++) {
      String segment = segments[s];
      int arrays = 0;
      while (segment.endsWith("[]")) {
        segment = segment.substring(0, segment.length() - 2);
        arrays++;
      }
      boolean last = s == segments.length - 1;
      if (segment.isEmpty() || segment.contains("[") || segment.contains("]")) {
        return;
      }
      node = key(node, segment, arrays > 0 ? Shape.ARRAY : last ? Shape.LEAF : Shape.OBJECT, type);
      for (int a = 0; a < arrays && node != null; a++) {
        Shape shape = a < arrays - 1 ? Shape.ARRAY : last ? Shape.LEAF : Shape.OBJECT;
        node = element(node, shape, type);
      }
    }
  }

  /** The child under {@code key}, made if absent; null when the path contradicts another. */
  private @Nullable PathNode key(PathNode parent, String key, Shape shape, ValueType type) {
    PathNode child = parent.child(key);
    if (child == null) {
      child = node(parent.childPath(key), shape, type, false, parent.repeated);
      parent.addChild(key, child);
      return child;
    }
    return child.shape == shape && shape != Shape.LEAF ? child : null;
  }

  private @Nullable PathNode element(PathNode parent, Shape shape, ValueType type) {
    PathNode element = parent.element();
    if (element == null) {
      element = node(parent.path + "[]", shape, type, false, true);
      parent.setElement(element);
      return element;
    }
    return element.shape == shape && shape != Shape.LEAF ? element : null;
  }

  private PathNode node(String path, Shape shape, ValueType type, boolean raw,
      boolean repeated) {
    PathNode node = new PathNode(nodes.size(), path, shape, type, raw, repeated);
    nodes.add(node);
    if (shape == Shape.LEAF) {
      node.leafId = leaves.size();
      leaves.add(node);
    }
    return node;
  }
}
