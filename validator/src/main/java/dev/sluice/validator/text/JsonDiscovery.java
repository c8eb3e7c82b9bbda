package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over a JSON file: counts its records and finds which columns it has. A
 * contract's column is in the file when some record has its key (whatever the value, null
 * included), or stops short of it at a key on its path whose value is null, an empty array or
 * of another shape (that record says the column is null or invalid), or when some record is
 * malformed (its row is invalid in every column of the contract). A top-level key the
 * contract lacks becomes a raw text column; unknown keys below the top level are ignored.
 *
 * <p>The tree is only read while records are met (several discoveries may read parts of one
 * file at once); {@link #addExtras} adds the keys the contract lacks afterwards, and {@link
 * #append} joins the discovery of the next part of a JSON Lines file.
 */
final class JsonDiscovery implements JsonRecords.Sink {
  private final PathTree tree;
  private final PlainRecordSkim skim;
  private final long partBytes;
  private final BitSet seen = new BitSet();
  /** Top-level keys in the order first met; others than the contract's only while not full. */
  private final Set<String> topLevel = new LinkedHashSet<>();
  /** Ids of the contract's top-level nodes already in {@link #topLevel}: no set lookup again. */
  private final BitSet knownMet = new BitSet();
  private final List<TextDataFile.Part> parts = new ArrayList<>(List.of(TextDataFile.Part.FIRST));
  private long rows;
  private int listElements;

  /** Cuts JSON Lines into parts of at least {@code partBytes} (each but the last). */
  JsonDiscovery(PathTree tree, long partBytes) {
    this.tree = tree;
    this.partBytes = partBytes;
    this.skim = new PlainRecordSkim(this, tree);
  }

  /** Plain records are read without Jackson ({@link PlainRecordSkim}). */
  @Override
  public boolean plainRecord(byte[] buf, int from, int to) {
    return skim.readRecord(buf, from, to);
  }

  long rows() {
    return rows;
  }

  /** Where the file's parts begin, the first at its start; one part for a JSON array. */
  List<TextDataFile.Part> parts() {
    return List.copyOf(parts);
  }

  /** A record past the current part's share of bytes begins the next part. */
  @Override
  public void startsAt(long offset, long line) {
    if (rows > 0 && offset - parts.get(parts.size() - 1).offset() >= partBytes) {
      parts.add(new TextDataFile.Part(offset, rows, line));
    }
  }

  boolean seen(PathNode leaf) {
    return seen.get(leaf.leafId);
  }

  /** Top-level keys in the order they were first met. */
  List<String> topLevelNames() {
    return new ArrayList<>(topLevel);
  }

  /**
   * Joins the discovery of the records that follow this one's: they begin {@code offset} bytes
   * into the file, on line {@code line} (its parts and lines counted from its own start, 0 and
   * 1). Keys are joined in the order first met, as one discovery of both would have met them.
   */
  void append(JsonDiscovery next, long offset, long line) {
    seen.or(next.seen);
    for (String key : next.topLevel) {
      meet(key, tree.root().child(key));
    }
    for (TextDataFile.Part part : next.parts) {
      TextDataFile.Part moved =
          new TextDataFile.Part(offset + part.offset(), rows + part.firstRow(), line - 1 + part.line());
      if (moved.firstRow() > parts.get(parts.size() - 1).firstRow() && moved.firstRow() < rows + next.rows) {
        parts.add(moved);
      }
    }
    rows += next.rows;
  }

  /** Adds the top-level keys the contract lacks to the tree, as raw text columns present here. */
  void addExtras() {
    for (String key : topLevel) {
      if (tree.root().child(key) == null) {
        seen.set(tree.addExtra(key).leafId);
      }
    }
  }

  /** Notes a top-level key; {@code known}: the contract's node for it, or null. */
  void meet(String key, @Nullable PathNode known) {
    if (known != null) {
      if (!knownMet.get(known.id)) {
        knownMet.set(known.id);
        topLevel.add(key);
      }
    } else if (topLevel.size() < TextFiles.MAX_COLUMNS) {
      topLevel.add(key);
    }
  }

  @Override
  public void record(JsonParser p, long line) throws IOException {
    listElements = 0;
    PathNode root = tree.root();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      PathNode child = root.child(key);
      JsonToken t = p.nextToken();
      meet(key, child);
      if (child == null) {
        p.skipChildren();
      } else {
        value(p, t, child);
      }
    }
  }

  @Override
  public void complete() {
    rows++;
  }

  /** A malformed record has an invalid value in every column of the contract. */
  @Override
  public void malformed(long line, String reason) {
    rows++;
    for (PathNode leaf : tree.leaves()) {
      if (!leaf.raw) {
        seen.set(leaf.leafId);
      }
    }
  }

  private void value(JsonParser p, JsonToken t, PathNode node) throws IOException {
    if (node.shape == PathNode.Shape.LEAF) {
      sawLeaf(node);
      p.skipChildren();
    } else if (node.shape == PathNode.Shape.OBJECT && t == JsonToken.START_OBJECT) {
      object(p, node);
    } else if (node.shape == PathNode.Shape.ARRAY && t == JsonToken.START_ARRAY) {
      array(p, node);
    } else {
      mark(node); // null or another shape: every column below is null or invalid here
      p.skipChildren();
    }
  }

  private void object(JsonParser p, PathNode node) throws IOException {
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      PathNode child = node.child(key);
      JsonToken t = p.nextToken();
      if (child == null) {
        p.skipChildren();
      } else {
        value(p, t, child);
      }
    }
  }

  private void array(JsonParser p, PathNode node) throws IOException {
    PathNode element = node.element();
    if (element == null) {
      p.skipChildren();
      return;
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      mark(node); // an empty list: its columns have no value in this record, yet they are here
      return;
    }
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (++listElements > TextFiles.MAX_LIST_ELEMENTS) {
        throw tooManyElements(p);
      }
      value(p, t, element);
    }
  }

  static JsonParseException tooManyElements(JsonParser p) {
    return new JsonParseException(p,
        "more than " + TextFiles.MAX_LIST_ELEMENTS + " list elements in one record");
  }

  /** Whether the contract's top-level node {@code known} has had its key met. */
  boolean metAlready(PathNode known) {
    return knownMet.get(known.id);
  }

  /** Notes that a record has a value for the leaf {@code leaf}. */
  void sawLeaf(PathNode leaf) {
    seen.set(leaf.leafId);
  }

  /** Marks every leaf at or below {@code node} as seen (the tree is not frozen yet). */
  void mark(PathNode node) {
    if (node.shape == PathNode.Shape.LEAF) {
      seen.set(node.leafId);
    }
    node.children().values().forEach(this::mark);
    PathNode element = node.element();
    if (element != null) {
      mark(element);
    }
  }
}
