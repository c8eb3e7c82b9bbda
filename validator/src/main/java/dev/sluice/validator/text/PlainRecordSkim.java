package dev.sluice.validator.text;

import dev.sluice.validator.text.PathNode.Shape;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The first pass's fast path ({@link PlainJson}): reads a plain record and notes in the {@link
 * JsonDiscovery} what Jackson's reading would have noted: keys met, columns seen, shapes that
 * make columns null. The first pass reads every record of a file before the scan reads it again;
 * without Jackson's parser (made anew for every line, its names turned into strings) plain
 * records cost several times less. What a record says is noted only once all of it is read: a
 * record left to Jackson has noted nothing. (Keys met and columns seen before need no note.)
 */
final class PlainRecordSkim extends PlainJson {
  private final JsonDiscovery discovery;
  private final PathNode root;
  private int listElements;
  private final Notes notes = new Notes();

  PlainRecordSkim(JsonDiscovery discovery, PathTree tree) {
    this.discovery = discovery;
    this.root = tree.root();
  }

  /** Reads the record {@code buf[from, to)} when it is plain; false leaves it to Jackson. */
  boolean readRecord(byte[] buf, int from, int to) {
    listElements = 0;
    notes.clear();
    if (!read(buf, from, to)) {
      return false;
    }
    notes.applyTo(discovery);
    return true;
  }

  @Override
  protected void members() throws Doubt {
    int member = 0;
    do {
      PathNode child = keyIn(root, member++);
      if (child == null) {
        notes.met(new String(buf, tokenStart, tokenEnd - tokenStart, StandardCharsets.US_ASCII),
            null);
        skipValue();
      } else {
        if (!discovery.metAlready(child)) {
          notes.met(child.path, child);
        }
        value(child);
      }
    } while (!memberEnds());
  }

  /** A value where the contract has {@code node}: as {@link JsonDiscovery} reads it. */
  private void value(PathNode node) throws Doubt {
    int c = peek();
    if (node.shape == Shape.LEAF) {
      if (!discovery.seen(node)) {
        notes.saw(node);
      }
      skipValue();
    } else if (node.shape == Shape.OBJECT && c == '{') {
      pos++;
      object(node);
    } else if (node.shape == Shape.ARRAY && c == '[' && node.element() != null) {
      pos++;
      list(node, node.element());
    } else if (node.shape == Shape.ARRAY && c == '[') {
      skipValue();
    } else {
      notes.mark(node); // null or another shape: every column below is null or invalid here
      skipValue();
    }
  }

  private void object(PathNode node) throws Doubt {
    descend(true);
    if (peek() == '}') {
      pos++;
    } else {
      do {
        PathNode child = keyIn(node);
        if (child == null) {
          skipValue();
        } else {
          value(child);
        }
      } while (!memberEnds());
    }
    ascend(true);
  }

  private void list(PathNode node, PathNode element) throws Doubt {
    descend(false);
    if (peek() == ']') {
      pos++;
      notes.mark(node); // an empty list: its columns have no value in this record, yet are here
    } else {
      do {
        if (++listElements > TextFiles.MAX_LIST_ELEMENTS) {
          throw Doubt.INSTANCE;
        }
        value(element);
      } while (!elementEnds());
    }
    ascend(false);
  }

  /** Keys met at the top level (in order), leaves seen and nodes marked, for one record. */
  private static final class Notes {
    private String[] keys = new String[16];
    private @Nullable PathNode[] keyNodes = new PathNode[16];
    private int keyCount;
    private PathNode[] nodes = new PathNode[16];
    /** For each of {@link #nodes}: a leaf seen (true) or a node marked (false). */
    private boolean[] seen = new boolean[16];
    private int nodeCount;

    void clear() {
      keyCount = 0;
      nodeCount = 0;
    }

    void met(String key, @Nullable PathNode node) {
      if (keyCount == keys.length) {
        keys = Arrays.copyOf(keys, keyCount * 2);
        keyNodes = Arrays.copyOf(keyNodes, keyCount * 2);
      }
      keys[keyCount] = key;
      keyNodes[keyCount++] = node;
    }

    void saw(PathNode leaf) {
      add(leaf, true);
    }

    void mark(PathNode node) {
      add(node, false);
    }

    private void add(PathNode node, boolean leaf) {
      if (nodeCount == nodes.length) {
        nodes = Arrays.copyOf(nodes, nodeCount * 2);
        seen = Arrays.copyOf(seen, nodeCount * 2);
      }
      seen[nodeCount] = leaf;
      nodes[nodeCount++] = node;
    }

    void applyTo(JsonDiscovery discovery) {
      for (int k = 0; k < keyCount; k++) {
        discovery.meet(keys[k], keyNodes[k]);
      }
      for (int k = 0; k < nodeCount; k++) {
        if (seen[k]) {
          discovery.sawLeaf(nodes[k]);
        } else {
          discovery.mark(nodes[k]);
        }
      }
    }
  }
}
