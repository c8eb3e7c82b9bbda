package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.text.PathNode.Shape;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads JSON records into the vectors of one scan, with the list semantics of the Parquet
 * source: a flat column gets one value per row; in a column inside a list, each element gives
 * one value, a null or missing list (or a null or missing object above) one null, an empty list
 * nothing. A value of the wrong shape ({@code "x"} where an object or list belongs) makes every
 * column below it invalid for that row (or element). A malformed record gives one invalid value
 * per column, whose text names the line and the reason.
 *
 * <p>Which columns are still owed a value is tracked with scope serial numbers: each row and
 * each list element opens a scope; a column touched since a scope opened has its value there.
 */
final class RecordWalker implements JsonRecords.Sink {
  /** {@link #plainVector}: no scanned column at or below the node. */
  static final int NOT_SCANNED = -1;
  /** {@link #plainVector}: scanned columns below the node, which is not a leaf. */
  static final int NESTED = -2;

  private final PathNode root;
  private final PlainRecordScan plain;
  private final Batches batches;
  /** For each node id, the vectors of the scanned columns at or below it. */
  private final int[][] vectorsUnder;
  /** For each leaf id, its vector, or -1. */
  private final int[] vectorOfLeaf;
  private final long[] touched;
  private final int[] sizeAtRowStart;
  private long serial;
  private long rowScope;
  private boolean rowOpen;
  private int listElements;
  private long rows;

  /** {@code leaves} are the scanned columns, in the order of the batches' vectors. */
  RecordWalker(PathTree tree, List<PathNode> leaves, Batches batches) {
    this.root = tree.root();
    this.batches = batches;
    this.vectorOfLeaf = new int[tree.leaves().size()];
    Arrays.fill(vectorOfLeaf, -1);
    for (int k = 0; k < leaves.size(); k++) {
      vectorOfLeaf[leaves.get(k).leafId] = k;
    }
    this.vectorsUnder = new int[tree.nodeCount()][];
    index(root);
    this.touched = new long[leaves.size()];
    this.sizeAtRowStart = new int[leaves.size()];
    this.plain = new PlainRecordScan(this, root);
  }

  private void index(PathNode node) {
    vectorsUnder[node.id] = Arrays.stream(node.leaves).map(l -> vectorOfLeaf[l])
        .filter(k -> k >= 0).toArray();
    node.children().values().forEach(this::index);
    PathNode element = node.element();
    if (element != null) {
      index(element);
    }
  }

  long rows() {
    return rows;
  }

  @Override
  public void record(JsonParser p, long line) throws IOException {
    openRow();
    object(p, root);
  }

  /** A plain record read without Jackson ({@link PlainRecordScan}); else nothing of it kept. */
  @Override
  public boolean plainRecord(byte[] buf, int from, int to) {
    openRow();
    if (plain.read(buf, from, to)) {
      return true;
    }
    forgetRow();
    return false;
  }

  private void openRow() {
    for (int k = 0; k < sizeAtRowStart.length; k++) {
      sizeAtRowStart[k] = batches.vector(k).size;
    }
    rowOpen = true;
    listElements = 0;
    rowScope = ++serial;
  }

  /** Forgets the values the open row has written. */
  private void forgetRow() {
    for (int k = 0; k < sizeAtRowStart.length; k++) {
      Batches.truncate(batches.vector(k), sizeAtRowStart[k]);
    }
    rowOpen = false;
  }

  /** The vector of {@code node} when it is a scanned leaf; else {@link #NOT_SCANNED} or {@link #NESTED}. */
  int plainVector(PathNode node) {
    if (vectorsUnder[node.id].length == 0) {
      return NOT_SCANNED;
    }
    return node.shape == Shape.LEAF ? vectorOfLeaf[node.leafId] : NESTED;
  }

  ColumnVector vector(int k) {
    return batches.vector(k);
  }

  /** A new slot for the open row's value at the end of {@code v}; its index. */
  int append(ColumnVector v) {
    return Batches.append(v, batches.row());
  }

  /** Column {@code k} has its value in the open row. */
  void touch(int k) {
    touched[k] = serial;
  }

  @Override
  public void complete() throws DataProblem {
    close(root, rowScope);
    endRow();
  }

  @Override
  public void malformed(long line, String reason) throws DataProblem {
    if (rowOpen) {
      forgetRow();
    }
    String text = "line " + line + ": " + reason;
    for (int k = 0; k < batches.width(); k++) {
      ColumnVector v = batches.vector(k);
      TextCells.invalid(v, Batches.append(v, batches.row()), text);
    }
    endRow();
  }

  private void endRow() throws DataProblem {
    rowOpen = false;
    rows++;
    batches.endRow();
  }

  private void object(JsonParser p, PathNode node) throws IOException {
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      PathNode child = node.child(key);
      JsonToken t = p.nextToken();
      if (child == null || vectorsUnder[child.id].length == 0) {
        p.skipChildren();
      } else {
        value(p, t, child);
      }
    }
  }

  // Hot path: one call per scanned value.
  private void value(JsonParser p, JsonToken t, PathNode node) throws IOException {
    if (node.shape == Shape.LEAF) {
      int k = vectorOfLeaf[node.leafId];
      ColumnVector v = batches.vector(k);
      JsonValues.read(p, t, v, Batches.append(v, batches.row()), node.raw);
      touched[k] = serial;
    } else if (node.shape == Shape.OBJECT && t == JsonToken.START_OBJECT) {
      object(p, node);
    } else if (node.shape == Shape.ARRAY && t == JsonToken.START_ARRAY) {
      array(p, node);
    } else if (t != JsonToken.VALUE_NULL) {
      invalidBelow(node, JsonValues.describe(p, t));
      p.skipChildren();
    }
  }

  private void array(JsonParser p, PathNode node) throws IOException {
    PathNode element = node.element();
    if (element == null) {
      p.skipChildren();
      return;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (++listElements > TextFiles.MAX_LIST_ELEMENTS) {
        throw JsonDiscovery.tooManyElements(p);
      }
      long scope = ++serial;
      value(p, t, element);
      close(element, scope);
    }
    for (int k : vectorsUnder[node.id]) {
      touched[k] = serial; // an empty list owes nothing; a full one has paid per element
    }
  }

  /** Gives a null to each column below {@code node} not touched since {@code scope} opened. */
  private void close(PathNode node, long scope) {
    for (int k : vectorsUnder[node.id]) {
      if (touched[k] < scope) {
        ColumnVector v = batches.vector(k);
        TextCells.setNull(v, Batches.append(v, batches.row()));
        touched[k] = serial;
      }
    }
  }

  private void invalidBelow(PathNode node, String text) {
    for (int k : vectorsUnder[node.id]) {
      ColumnVector v = batches.vector(k);
      TextCells.invalid(v, Batches.append(v, batches.row()), text);
      touched[k] = serial;
    }
  }
}
