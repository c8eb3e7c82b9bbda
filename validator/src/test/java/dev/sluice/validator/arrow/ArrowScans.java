package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helpers: locate copied arrow-testing files and scan whole files into lists. */
final class ArrowScans {
  private ArrowScans() {}

  static Path resource(String name) {
    URL url = ArrowScans.class.getResource("/arrow/" + name);
    if (url == null) {
      throw new IllegalArgumentException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ArrowDataFile open(String name) throws DataProblem {
    return ArrowDataFile.open(resource(name), name);
  }

  /** One value of a scan: its global row and its boxed value (null for a null). */
  record Cell(long row, Object value) {}

  /** Every column of every batch, in slices of {@code batchRows}, checking alignment. */
  static Map<String, List<Cell>> scanAll(DataFile file, int batchRows) throws DataProblem {
    return scan(file, file.columns().keySet(), 0, batchRows);
  }

  static Map<String, List<Cell>> scan(DataFile file, Set<String> paths, long firstRow,
      int batchRows) throws DataProblem {
    Map<String, List<Cell>> out = new LinkedHashMap<>();
    paths.forEach(p -> out.put(p, new ArrayList<>()));
    long[] expectedFirst = {firstRow};
    for (var group : file.rowGroups()) {
      file.scan(group.index(), paths, firstRow, batchRows, batch -> {
        check(batch, expectedFirst[0], batchRows);
        expectedFirst[0] += batch.rowCount();
        for (ColumnVector v : batch.vectors().values()) {
          for (int i = 0; i < v.size; i++) {
            out.get(v.column.path()).add(new Cell(v.rows[i], boxed(v, i)));
          }
        }
      });
    }
    if (expectedFirst[0] != firstRow + file.rowCount()) {
      throw new AssertionError("batches covered " + (expectedFirst[0] - firstRow) + " rows");
    }
    return out;
  }

  static void check(ColumnBatch batch, long first, int batchRows) {
    if (batch.firstRow() != first || batch.rowCount() > batchRows || batch.rowCount() < 1) {
      throw new AssertionError("misaligned batch at " + batch.firstRow() + " expected " + first);
    }
    for (ColumnVector v : batch.vectors().values()) {
      for (int i = 0; i < v.size; i++) {
        long row = v.rows[i];
        if (row < first || row >= first + batch.rowCount() || (i > 0 && row < v.rows[i - 1])) {
          throw new AssertionError(v.column.path() + ": row " + row + " outside its batch");
        }
        if (!v.column.repeated() && row != first + i) {
          throw new AssertionError(v.column.path() + ": flat column out of step at " + row);
        }
      }
      if (!v.column.repeated() && v.size != batch.rowCount()) {
        throw new AssertionError(v.column.path() + ": " + v.size + " values in a batch of "
            + batch.rowCount() + " rows");
      }
      if (v.dictionary != null) {
        for (int i = 0; i < v.size; i++) {
          if (!v.nulls[i] && !java.util.Objects.equals(boxed(v, i), entry(v, i))) {
            throw new AssertionError(v.column.path() + ": dictionary id disagrees at " + i);
          }
        }
      }
    }
  }

  private static Object entry(ColumnVector v, int i) {
    Object value;
    switch (v.type().kind().storage()) {
      case LONG: value = v.dictionary.longAt(v.ids[i]); break;
      case DOUBLE: value = v.dictionary.doubleAt(v.ids[i]); break;
      default: value = v.dictionary.objectAt(v.ids[i]);
    }
    return value instanceof byte[] ? java.util.HexFormat.of().formatHex((byte[]) value) : value;
  }

  /** The value at {@code i}: null for a null, byte arrays as hex strings (comparable). */
  static Object boxed(ColumnVector v, int i) {
    if (v.nulls[i]) {
      return null;
    }
    Object value = v.valueAt(i);
    if (value == null) {
      return "<not decoded>";
    }
    return value instanceof byte[] ? java.util.HexFormat.of().formatHex((byte[]) value) : value;
  }
}
