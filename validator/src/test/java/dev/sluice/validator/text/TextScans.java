package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helpers: write small text files, scan whole files into lists, checking alignment. */
final class TextScans {
  private TextScans() {}

  /** One value of a scan: its global row, its boxed value (null for a null) or invalid text. */
  record Cell(long row, Object value) {}

  /** An invalid value, as a cell's value. */
  record Invalid(String text) {}

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  static Path resource(String name) {
    URL url = TextScans.class.getResource("/text/" + name);
    if (url == null) {
      throw new IllegalArgumentException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static SourceOptions expecting(Map<String, ValueType> types) {
    return SourceOptions.DEFAULTS.withExpected(new ExpectedSchema(types));
  }

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
    if (expectedFirst[0] - firstRow != file.rowCount()) {
      throw new AssertionError("batches covered " + (expectedFirst[0] - firstRow) + " rows");
    }
    return out;
  }

  /** Values of one column, nulls as null, invalid values as {@link Invalid}. */
  static List<Object> values(DataFile file, String path) throws DataProblem {
    return values(scan(file, Set.of(path), 0, 3).get(path));
  }

  static List<Object> values(List<Cell> cells) {
    List<Object> values = new ArrayList<>();
    cells.forEach(c -> values.add(c.value()));
    return values;
  }

  private static void check(ColumnBatch batch, long first, int batchRows) {
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

  private static Object boxed(ColumnVector v, int i) {
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
    return value instanceof byte[] ? java.util.HexFormat.of().formatHex((byte[]) value) : value;
  }
}
