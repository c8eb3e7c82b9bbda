package dev.sluice.validator.text;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What CSV and JSON files have in common as {@link DataFile}s: row groups of consecutive records
 * (parts of about {@link dev.sluice.validator.data.SourceOptions#partBytes} bytes; one for a
 * JSON array; none for a file without rows), no statistics, no metadata, values parsed from text, and a file that each scan
 * reopens, so nothing stays open between calls and row groups may be scanned at once.
 */
abstract class TextDataFile implements DataFile {
  protected final Path file;
  protected final String displayPath;
  protected final Map<String, ColumnInfo> columns;
  protected final long rowCount;
  private final String format;
  private final List<String> topLevelNames;
  /** Where each row group begins. */
  private final List<Part> parts;
  private final List<RowGroupInfo> rowGroups;

  /**
   * Where a row group begins: {@code offset} bytes into the file (after any byte order mark),
   * at the record of row {@code firstRow}, which starts on line {@code line}.
   */
  record Part(long offset, long firstRow, long line) {
    static final Part FIRST = new Part(0, 0, 1);
  }

  /**
   * A file whose row groups begin at {@code parts}: the first at {@link Part#FIRST}, the others
   * at ascending offsets and rows below {@code rowCount}.
   */
  TextDataFile(Path file, String displayPath, String format, Map<String, ColumnInfo> columns,
      List<String> topLevelNames, long rowCount, List<Part> parts) {
    this.file = file;
    this.displayPath = displayPath;
    this.format = format;
    this.columns = columns;
    this.topLevelNames = List.copyOf(topLevelNames);
    this.rowCount = rowCount;
    this.parts = List.copyOf(parts);
    this.rowGroups = rowCount == 0 ? List.of() : groups(this.parts, rowCount);
  }

  private static List<RowGroupInfo> groups(List<Part> parts, long rowCount) {
    List<RowGroupInfo> groups = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      Part part = parts.get(k);
      long end = k + 1 < parts.size() ? parts.get(k + 1).firstRow() : rowCount;
      boolean ordered = k == 0 ? part.equals(Part.FIRST)
          : part.offset() > parts.get(k - 1).offset();
      if (!ordered || part.firstRow() >= end) {
        throw new IllegalArgumentException("row groups at " + parts + " of " + rowCount + " rows");
      }
      groups.add(new RowGroupInfo(k, part.firstRow(), end - part.firstRow(), Map.of()));
    }
    return List.copyOf(groups);
  }

  /** Where {@code group} begins. */
  final Part part(RowGroupInfo group) {
    return parts.get(group.index());
  }

  /**
   * The bytes of {@code group}'s records: from its part's offset to the next part's (the caller
   * closes the stream).
   */
  final InputStream open(RowGroupInfo group) throws DataProblem {
    int k = group.index();
    long end = k + 1 < parts.size() ? parts.get(k + 1).offset() : Long.MAX_VALUE;
    return TextFiles.range(file, displayPath, parts.get(k).offset(), end);
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
