package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What CSV and JSON files have in common as {@link DataFile}s: row groups of consecutive records
 * (one for CSV and JSON arrays; parts of about {@link
 * dev.sluice.validator.data.SourceOptions#partBytes} for JSON Lines; none for a file without
 * rows), no statistics, no metadata, values parsed from text, and a file that each scan
 * reopens, so nothing stays open between calls and row groups may be scanned at once.
 */
abstract class TextDataFile implements DataFile {
  protected final Path file;
  protected final String displayPath;
  protected final Map<String, ColumnInfo> columns;
  protected final long rowCount;
  private final String format;
  private final List<String> topLevelNames;
  private final List<RowGroupInfo> rowGroups;

  /** A file of one row group. */
  TextDataFile(Path file, String displayPath, String format, Map<String, ColumnInfo> columns,
      List<String> topLevelNames, long rowCount) {
    this(file, displayPath, format, columns, topLevelNames, rowCount, new long[] {0});
  }

  /**
   * A file whose row group k starts at row {@code firstRows[k]} ({@code firstRows[0]} is 0,
   * the others ascending and below {@code rowCount}).
   */
  TextDataFile(Path file, String displayPath, String format, Map<String, ColumnInfo> columns,
      List<String> topLevelNames, long rowCount, long[] firstRows) {
    this.file = file;
    this.displayPath = displayPath;
    this.format = format;
    this.columns = columns;
    this.topLevelNames = List.copyOf(topLevelNames);
    this.rowCount = rowCount;
    this.rowGroups = rowCount == 0 ? List.of() : groups(firstRows, rowCount);
  }

  private static List<RowGroupInfo> groups(long[] firstRows, long rowCount) {
    List<RowGroupInfo> groups = new ArrayList<>();
    for (int k = 0; k < firstRows.length; k++) {
      long end = k + 1 < firstRows.length ? firstRows[k + 1] : rowCount;
      if (firstRows[k] >= end || (k == 0 && firstRows[0] != 0)) {
        throw new IllegalArgumentException("row groups from " + Arrays.toString(firstRows)
            + " of " + rowCount + " rows");
      }
      groups.add(new RowGroupInfo(k, firstRows[k], end - firstRows[k], Map.of()));
    }
    return List.copyOf(groups);
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

  /** Row groups without statistics; none for a file without rows. */
  @Override
  public final List<RowGroupInfo> rowGroups() {
    return rowGroups;
  }

  @Override
  public final void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    if (rowGroup < 0 || rowGroup >= rowGroups.size()) {
      throw new IllegalArgumentException("no row group " + rowGroup + " in " + displayPath);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
    }
    RowGroupInfo group = rowGroups.get(rowGroup);
    long first = firstRow + group.firstRow();
    if (columnPaths.isEmpty()) {
      Batches.rowsOnly(first, group.rowCount(), batchRows, sink);
      return;
    }
    scanColumns(group, columnPaths, first, batchRows, sink);
  }

  /**
   * Reads the named columns (at least one) of the records of {@code group} into batches, its
   * first record numbered {@code firstRow}.
   */
  abstract void scanColumns(RowGroupInfo group, Set<String> columnPaths, long firstRow,
      int batchRows, BatchSink sink) throws DataProblem;

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
