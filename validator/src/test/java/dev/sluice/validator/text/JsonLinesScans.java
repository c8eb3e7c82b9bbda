package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ExpectedSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Test helper: JSON Lines bytes scanned into every cell, as text, to compare two readings. */
final class JsonLinesScans {
  private JsonLinesScans() {}

  /**
   * Discovers the columns of {@code bytes} (Jackson only), then scans every present column in
   * batches of {@code batchRows}, the walker read through the sink {@code reader} makes of it;
   * returns each cell as {@code path row N: value}.
   */
  static List<String> scan(ExpectedSchema contract, byte[] bytes, int batchRows,
      Function<RecordWalker, JsonRecords.Sink> reader) throws IOException, DataProblem {
    PathTree tree = PathTree.of(contract);
    JsonDiscovery found = new JsonDiscovery(tree, Long.MAX_VALUE);
    JsonRecords.lines(new ByteArrayInputStream(bytes), 1, new JacksonOnly(found));
    found.addExtras();
    tree.freeze();
    List<PathNode> leaves = new ArrayList<>();
    List<ColumnInfo> infos = new ArrayList<>();
    for (PathNode leaf : tree.leaves()) {
      if (found.seen(leaf)) {
        leaves.add(leaf);
        infos.add(new ColumnInfo(leaf.path, leaf.type, true, leaf.repeated, "JSON"));
      }
    }
    List<String> cells = new ArrayList<>();
    Batches batches = new Batches(infos, 0, batchRows, batch -> {
      for (ColumnInfo info : infos) {
        ColumnVector v = batch.vector(info.path());
        for (int i = 0; i < v.size; i++) {
          cells.add(info.path() + " row " + v.rows[i] + ": " + cell(v, i));
        }
      }
    });
    RecordWalker walker = new RecordWalker(tree, leaves, batches);
    JsonRecords.lines(new ByteArrayInputStream(bytes), 1, reader.apply(walker));
    batches.finish();
    return cells;
  }

  /** A cell as text: invalid with its text, null, or its value (a double with its bits). */
  static String cell(ColumnVector v, int i) {
    if (v.invalid != null && v.invalid[i]) {
      return "invalid " + v.invalidText(i);
    }
    if (v.nulls[i]) {
      return "null";
    }
    return switch (v.column.type().kind().storage()) {
      case LONG -> Long.toString(v.longs[i]);
      case DOUBLE -> v.doubles[i] + " " + Double.doubleToRawLongBits(v.doubles[i]);
      default -> v.objects[i] instanceof byte[] b ? Arrays.toString(b)
          : v.objects[i] + " (" + (v.objects[i] == null ? "-" : v.objects[i].getClass().getSimpleName())
              + (v.objects[i] instanceof java.math.BigDecimal d ? " scale " + d.scale() : "") + ")";
    };
  }
}
