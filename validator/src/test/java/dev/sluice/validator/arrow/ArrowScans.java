package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helpers: locate copied arrow-testing files and scan whole files into lists. */
final class ArrowScans {
  private ArrowScans() {}

  static Path resource(String name) {
    return DataFileScans.resource("arrow", name);
  }

  static ArrowDataFile open(String name) throws DataProblem {
    return ArrowDataFile.open(resource(name), name);
  }

  /** Every column of every batch, in slices of {@code batchRows}, checking alignment. */
  static Map<String, List<Cell>> scanAll(DataFile file, int batchRows) throws DataProblem {
    return scan(file, file.columns().keySet(), 0, batchRows);
  }

  /** Also checks that each dictionary batch's ids point at its values. */
  static Map<String, List<Cell>> scan(DataFile file, Set<String> paths, long firstRow,
      int batchRows) throws DataProblem {
    return DataFileScans.scan(file, paths, firstRow, batchRows, ArrowScans::checkDictionaries);
  }

  /** The shared alignment checks plus {@link #checkDictionaries}. */
  static void check(ColumnBatch batch, long first, int batchRows) {
    DataFileScans.check(batch, first, batchRows);
    checkDictionaries(batch);
  }

  static void checkDictionaries(ColumnBatch batch) {
    for (ColumnVector v : batch.vectors().values()) {
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

  static Object boxed(ColumnVector v, int i) {
    return DataFileScans.boxed(v, i);
  }
}
