package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What CSV and JSON files have in common as {@link DataFile}s: one row group of all records
 * (none for a file without rows), no statistics, no metadata, values parsed from text, and a
 * file that each scan reopens, so nothing stays open between calls.
 */
abstract class TextDataFile implements DataFile {
  protected final Path file;
  protected final String displayPath;
  protected final Map<String, ColumnInfo> columns;
  protected final long rowCount;
  private final String format;
  private final List<String> topLevelNames;

  TextDataFile(Path file, String displayPath, String format, Map<String, ColumnInfo> columns,
      List<String> topLevelNames, long rowCount) {
    this.file = file;
    this.displayPath = displayPath;
    this.format = format;
    this.columns = columns;
    this.topLevelNames = List.copyOf(topLevelNames);
    this.rowCount = rowCount;
  }

  @Override
  public final String path() {
    return displayPath;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final Optional<String> createdBy() {
    return Optional.empty();
  }

  @Override
  public final Map<String, ColumnInfo> columns() {
    return columns;
  }

  @Override
  public final List<String> topLevelNames() {
    return topLevelNames;
  }

  @Override
  public final Map<String, String> keyValueMetadata() {
    return Map.of();
  }

  @Override
  public final long rowCount() {
    return rowCount;
  }

  @Override
  public final boolean parsesText() {
    return true;
  }

  /** One row group of every record, without statistics; none for a file without rows. */
  @Override
  public final List<RowGroupInfo> rowGroups() {
    return rowCount == 0 ? List.of() : List.of(new RowGroupInfo(0, 0, rowCount, Map.of()));
  }

  @Override
  public final void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    if (rowGroup != 0 || rowCount == 0) {
      throw new IllegalArgumentException("no row group " + rowGroup + " in " + displayPath);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
    }
    if (columnPaths.isEmpty()) {
      Batches.rowsOnly(firstRow, rowCount, batchRows, sink);
      return;
    }
    scanColumns(columnPaths, firstRow, batchRows, sink);
  }

  /** Reads the named columns (at least one) of every record into batches. */
  abstract void scanColumns(Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem;

  /** The column at {@code path}, or a problem when the file has none. */
  final ColumnInfo column(String path) throws DataProblem {
    ColumnInfo info = columns.get(path);
    if (info == null) {
      throw new DataProblem(displayPath, "no column " + path + " in the file");
    }
    return info;
  }

  @Override
  public final void close() {
    // each scan opens and closes its own stream; nothing stays open between calls
  }
}
