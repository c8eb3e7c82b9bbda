package dev.sluice.validator.text;

import org.jspecify.annotations.Nullable;

/**
 * Which child each member of the last record matched, by position: records of one file mostly
 * list their keys in the same order, so the key at a position is compared first with the one met
 * there last time ({@link PathNode#child(byte[], int, int, int)}).
 */
final class KeyGuesses {
  private static final int POSITIONS = 64;
  private final int[] last = new int[POSITIONS];

  /** The child of {@code node} under the key {@code buf[from, from + length)}, the member's. */
  @Nullable PathNode child(PathNode node, byte[] buf, int from, int length, int member) {
    if (member >= POSITIONS) {
      return node.child(buf, from, length);
    }
    PathNode child = node.child(buf, from, length, last[member]);
    if (child != null) {
      last[member] = child.indexInParent;
    }
    return child;
  }
}
