package dev.sluice.validator.data;

import dev.sluice.validator.DataProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One open data file as the engine sees it: its columns, metadata and rows, never its format.
 * Implementations: {@code ParquetDataFile}.
 */
public interface DataFile extends AutoCloseable {

  /** The path as given by the user, for messages and the report. */
  String path();

  /** {@code parquet}, {@code arrow}, {@code csv}, {@code json}. */
  String format();

  /** The writer, when the format records it (Parquet's {@code created_by}). */
  Optional<String> createdBy();

  /** Leaf columns by logical path, in file order. */
  Map<String, ColumnInfo> columns();

  /** Top-level field names of the file, in order (for extra-column reporting). */
  List<String> topLevelNames();

  /** Key-value metadata of the file (Parquet footer), used for lineage tags. */
  Map<String, String> keyValueMetadata();

  long rowCount();

  /**
   * Whether values are parsed from text to the types of {@link SourceOptions#expected()} (CSV,
   * JSON), so that a value may be {@link ColumnVector#invalid invalid}; false for typed formats.
   */
  default boolean parsesText() {
    return false;
  }

  /** Units of rows with their metadata; the first row of the file is row 0. */
  List<RowGroupInfo> rowGroups();

  /**
   * Reads the given columns of one row group, handing aligned batches of at most {@code
   * batchRows} rows to {@code sink}. Global row numbers start at {@code firstRow} (the row of this
   * file's first row within the whole dataset).
   */
  void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows, BatchSink sink)
      throws DataProblem;

  /**
   * {@link #scan}, handing the STRING columns of {@code utf8Columns} as {@link ColumnVector#utf8
   * UTF-8 bytes} where that is cheaper than decoding them (as a format sees fit: batch by batch,
   * or never, as here).
   */
  default void scan(int rowGroup, Set<String> columnPaths, Set<String> utf8Columns,
      long firstRow, int batchRows, BatchSink sink) throws DataProblem {
    scan(rowGroup, columnPaths, firstRow, batchRows, sink);
  }

  /**
   * The dictionary of a column's chunk in one row group when it is proven that every data page
   * of the chunk is dictionary-encoded (by the encoding statistics, or else by the page headers
   * themselves), so every non-null value of the chunk is one of its entries; empty when that
   * cannot be proven, or the column is inside a list, or the format has no dictionaries. Reads
   * no data page. Thread-safe like {@link #scan}.
   */
  default Optional<ColumnDictionary> dictionaryOnly(int rowGroup, String columnPath)
      throws DataProblem {
    return Optional.empty();
  }

  /**
   * The page index of a column's chunk in one row group: its pages in order, each with its rows
   * and exact statistics; empty when the file has none for the chunk (or it is inconsistent), or
   * when {@link #scanPages} cannot read the column page by page. Thread-safe like {@link #scan}.
   */
  default Optional<List<PageFacts>> pageIndex(int rowGroup, String columnPath)
      throws DataProblem {
    return Optional.empty();
  }

  /**
   * Reads one column of one row group like {@link #scan}, but only the rows of {@code pages}
   * (pages of {@link #pageIndex}, in order): the other pages are neither decompressed nor
   * decoded. Batches never span two pages that are not adjacent.
   */
  default void scanPages(int rowGroup, String columnPath, boolean utf8, long firstRow,
      int batchRows, List<PageFacts> pages, BatchSink sink) throws DataProblem {
    throw new UnsupportedOperationException(format() + " files have no page index");
  }

  @Override
  void close() throws DataProblem;

  /** Receives batches in row order. */
  @FunctionalInterface
  interface BatchSink {
    void accept(ColumnBatch batch) throws DataProblem;
  }
}
