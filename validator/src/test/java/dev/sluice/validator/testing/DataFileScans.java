package dev.sluice.validator.testing;

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
import java.util.function.Consumer;

/**
 * Test helpers for any source: locate copied test files and scan whole files into lists of
 * cells, checking on the way that every batch is aligned (rows in order, flat columns one value
 * a row, batches covering the file exactly).
 */
public final class DataFileScans {
  private DataFileScans() {}

  /** One value of a scan: its global row and its boxed value (see {@link #boxed}). */
  public record Cell(long row, Object value) {}

  /** An invalid value (text sources), as a cell's value. */
  public record Invalid(String text) {}

  /** A test resource {@code /<folder>/<name>} as a path. */
  public static Path resource(String folder, String name) {
    URL url = DataFileScans.class.getResource("/" + folder + "/" + name);
    if (url == null) {
      throw new IllegalArgumentException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every column of every row group, in batches of {@code batchRows}. */
  public static Map<String, List<Cell>> scanAll(DataFile file, int batchRows) throws DataProblem {
    return scan(file, file.columns().keySet(), 0, batchRows, batch -> { });
  }

  /** The given columns, rows numbered from {@code firstRow}; {@code alsoCheck} sees each batch. */
  public static Map<String, List<Cell>> scan(DataFile file, Set<String> paths, long firstRow,
      int batchRows, Consumer<ColumnBatch> alsoCheck) throws DataProblem {
    Map<String, List<Cell>> out = new LinkedHashMap<>();
    paths.forEach(p -> out.put(p, new ArrayList<>()));
    long[] expectedFirst = {firstRow};
    for (var group : file.rowGroups()) {
      file.scan(group.index(), paths, firstRow, batchRows, batch -> {
        check(batch, expectedFirst[0], batchRows);
        alsoCheck.accept(batch);
        expectedFirst[0] += batch.rowCount();
        for (ColumnVector v : batch.vectors().values()) {
          for (int i = 0; i < v.size; i++) {
            out.get(v.column.path()).add(new Cell(v.rows[i], boxed(v, i)));
          }
        }
      });
    }
    if (expectedFirst[0] - firstRow != file.rowCount()) {
      throw new AssertionError("batches covered " + (expectedFirst[0] - firstRow) + " rows");
    }
    return out;
  }

  /** Values only, nulls as null. */
  public static List<Object> values(List<Cell> cells) {
    List<Object> values = new ArrayList<>();
    cells.forEach(c -> values.add(c.value()));
    return values;
  }

  /** Asserts a batch is aligned: it starts at {@code first}, flat columns one value a row. */
  public static void check(ColumnBatch batch, long first, int batchRows) {
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
    }
  }

  /**
   * The value at {@code i}, comparable: null for a null, {@link Invalid} for a value a text
   * source could not parse, byte arrays as hex strings, {@code "<not decoded>"} for a value of
   * an UNSUPPORTED column (present, never decoded).
   */
  public static Object boxed(ColumnVector v, int i) {
    if (v.invalid != null && v.invalid[i]) {
      if (v.nulls[i]) {
        throw new AssertionError("invalid value marked null");
      }
      return new Invalid(v.invalidText(i));
    }
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
