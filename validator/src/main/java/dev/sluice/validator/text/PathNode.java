package dev.sluice.validator.text;

import dev.sluice.validator.data.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One place in the JSON records a file is read for: an object (its keys below it), an array
 * (its element below it) or a leaf column. Leaves of keys the contract lacks are {@code raw}:
 * any JSON value, kept as its text.
 */
final class PathNode {
  /** What a node expects to find. */
  enum Shape {
    OBJECT,
    ARRAY,
    LEAF
  }

  /** Above this many children, a key given as bytes is looked up as a string. */
  private static final int BYTE_LOOKUPS = 24;

  final int id;
  final String path;
  final Shape shape;
  final ValueType type;
  final boolean raw;
  final boolean repeated;
  private final Map<String, PathNode> children = new LinkedHashMap<>();
  /** The children's keys as UTF-8 bytes, in the order added, for lookups by bytes. */
  private byte @Nullable [][] childKeys = new byte[0][];
  private PathNode[] childNodes = new PathNode[0];
  private @Nullable PathNode element;
  /** Leaf ids at or below this node, in tree order; set when the tree is frozen. */
  int[] leaves = new int[0];
  /** For a leaf, its index among the tree's leaves; -1 otherwise. */
  int leafId = -1;
  /** Its index among its parent's children (a guess for the next lookup by bytes); -1 if none. */
  int indexInParent = -1;

  PathNode(int id, String path, Shape shape, ValueType type, boolean raw, boolean repeated) {
    this.id = id;
    this.path = path;
    this.shape = shape;
    this.type = type;
    this.raw = raw;
    this.repeated = repeated;
  }

  @Nullable PathNode child(String key) {
    return children.get(key);
  }

  /** The children by key, in the order added; add through {@link #addChild}. */
  Map<String, PathNode> children() {
    return java.util.Collections.unmodifiableMap(children);
  }

  /**
   * Adds a child under {@code key}. Keys are held interned: Jackson interns the names it reads,
   * so the lookup of every key of every record ends at a reference comparison.
   */
  void addChild(String key, PathNode child) {
    children.put(key.intern(), child);
    int n = childKeys.length;
    childKeys = java.util.Arrays.copyOf(childKeys, n + 1);
    childNodes = java.util.Arrays.copyOf(childNodes, n + 1);
    // a key that is not well-formed Unicode (a lone surrogate) would encode as '?' and match
    // the key "?": it has no bytes, and is found by its string only
    childKeys[n] = java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(key)
        ? key.getBytes(java.nio.charset.StandardCharsets.UTF_8) : null;
    childNodes[n] = child;
    child.indexInParent = n;
  }

  /**
   * As {@link #child(byte[], int, int)}, comparing first with the child at {@code guess} (any
   * int): records tend to repeat the order of their keys, so the guess is mostly right.
   */
  @Nullable PathNode child(byte[] buf, int from, int length, int guess) {
    if (guess >= 0 && guess < childKeys.length && same(childKeys[guess], buf, from, length)) {
      return childNodes[guess];
    }
    return child(buf, from, length);
  }

  /** The child under the key whose UTF-8 bytes are {@code buf[from, from + length)}, or null. */
  @Nullable PathNode child(byte[] buf, int from, int length) {
    if (childKeys.length > BYTE_LOOKUPS) {
      return children.get(new String(buf, from, length, java.nio.charset.StandardCharsets.UTF_8));
    }
    for (int k = 0; k < childKeys.length; k++) {
      byte[] key = childKeys[k];
      if (same(key, buf, from, length)) {
        return childNodes[k];
      }
    }
    return null;
  }

  private static boolean same(byte @Nullable [] key, byte[] buf, int from, int length) {
    if (key == null || key.length != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (key[k] != buf[from + k]) {
        return false;
      }
    }
    return true;
  }

  @Nullable PathNode element() {
    return element;
  }

  void setElement(PathNode node) {
    element = node;
  }

  /** The path of a key below this object node. */
  String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
