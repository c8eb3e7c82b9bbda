package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.testing.DataFileScans;
import dev.sluice.validator.testing.DataFileScans.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test helpers: locate copied parquet-testing files and scan whole files into lists. */
final class Scans {
  private Scans() {}

  static Path resource(String name) {
    return DataFileScans.resource("parquet-testing", name);
  }

  static ParquetDataFile open(String name) throws DataProblem {
    return ParquetDataFile.open(resource(name), name);
  }

  /** Every column of every row group, in batches of {@code batchRows}, checking alignment. */
  static Map<String, List<Cell>> scanAll(ParquetDataFile file, int batchRows)
      throws DataProblem {
    return DataFileScans.scanAll(file, batchRows);
  }

  static Map<String, List<Cell>> scan(ParquetDataFile file, Set<String> paths, int batchRows)
      throws DataProblem {
    return DataFileScans.scan(file, paths, 0, batchRows, batch -> { });
  }

  static Object boxed(dev.sluice.validator.data.ColumnVector v, int i) {
    return DataFileScans.boxed(v, i);
  }

  /** Values only, nulls as null. */
  static List<Object> values(List<Cell> cells) {
    return DataFileScans.values(cells);
  }
}
