package dev.sluice.validator.arrow;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.arrow.ArrowColumns.ScanRequest;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnDictionary;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * An Arrow IPC file ({@code ARROW1} magic; Feather v2) or stream as a {@link DataFile}; each
 * record batch is one row group. Column paths and types: see the package documentation.
 *
 * <p><b>Opening</b> reads only metadata: the schema (whose custom metadata, plus the file
 * footer's, is {@link #keyValueMetadata()}), and each record batch's header for its exact row
 * count. A stream is walked once, message by message, skipping the bodies, which gives it the same
 * random access as the file format.
 *
 * <p><b>Threads.</b> Immutable once opened; every scan reads its batch through its own channel
 * into its own vectors, so several threads may scan different batches at once. Dictionaries are
 * loaded once per version and shared read-only ({@link DictionaryCache}).
 *
 * <p><b>Memory.</b> Batches and dictionaries live off-heap in a {@link RootAllocator} with a limit
 * (1 GiB by default): a corrupt size fails at the limit as a {@link DataProblem}, never as an
 * {@code OutOfMemoryError}. {@link #close()} releases everything; close only after every scan has
 * returned.
 *
 * <p><b>Errors.</b> Every failure to read is a {@link DataProblem} with a one-line message naming
 * the batch and column where known. Exceptions thrown by the caller's sink pass through as they
 * are.
 */
public final class ArrowDataFile implements DataFile {
  /** The default limit of off-heap memory for one open file. */
  public static final long DEFAULT_MEMORY_LIMIT = 1L << 30;

  private final Path file;
  private final String displayPath;
  private final IpcLayout layout;
  private final ArrowColumns columns;
  private final BufferAllocator allocator;
  private final DictionaryCache dictionaries;
  private final List<RowGroupInfo> rowGroups;
  private long leakedAtClose = -1;

  private ArrowDataFile(Path file, String displayPath, IpcLayout layout, ArrowColumns columns,
      BufferAllocator allocator) {
    this.file = file;
    this.displayPath = displayPath;
    this.layout = layout;
    this.columns = columns;
    this.allocator = allocator;
    this.dictionaries = new DictionaryCache(file, allocator, columns.dictionaryFields());
    List<RowGroupInfo> groups = new ArrayList<>();
    for (IpcLayout.Batch batch : layout.batches) {
      groups.add(new RowGroupInfo(batch.index(), batch.firstRow(), batch.rows(), Map.of()));
    }
    this.rowGroups = List.copyOf(groups);
  }

  /** Opens an Arrow IPC file or stream; {@code displayPath} names it in problems. */
  public static ArrowDataFile open(Path file, String displayPath) throws DataProblem {
    return open(file, displayPath, DEFAULT_MEMORY_LIMIT);
  }

  /** Opens with a limit of off-heap memory in bytes for batches and dictionaries. */
  public static ArrowDataFile open(Path file, String displayPath, long memoryLimit)
      throws DataProblem {
    if (!Files.exists(file)) {
      throw new DataProblem(displayPath, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DataProblem(displayPath, "is a directory, not an Arrow file");
    }
    IpcLayout layout = layout(file, displayPath);
    ArrowColumns columns = ArrowColumns.ofIpc(displayPath, layout.schema);
    return new ArrowDataFile(file, displayPath, layout, columns, allocator(displayPath, memoryLimit));
  }

  static BufferAllocator allocator(String displayPath, long limit) throws DataProblem {
    try {
      BufferAllocator allocator = new RootAllocator(limit);
      allocator.buffer(Math.min(limit, 8)).close(); // the memory manager starts: fail now
      return allocator;
    } catch (RuntimeException | LinkageError e) {
      throw new DataProblem(displayPath, "cannot start Arrow's memory manager (try Java option"
          + " --add-opens=java.base/java.nio=ALL-UNNAMED): " + ArrowProblems.describe(e), e);
    }
  }

  @Override
  public String path() {
    return displayPath;
  }

  @Override
  public String format() {
    return "arrow";
  }

  /** Whether the data is in the IPC stream format rather than the file format. */
  public boolean isStream() {
    return !layout.fileFormat;
  }

  @Override
  public Optional<String> createdBy() {
    return Optional.empty();
  }

  @Override
  public Map<String, ColumnInfo> columns() {
    return columns.columns();
  }

  @Override
  public List<String> topLevelNames() {
    return columns.topLevelNames();
  }

  @Override
  public Map<String, String> keyValueMetadata() {
    return Collections.unmodifiableMap(layout.metadata);
  }

  @Override
  public long rowCount() {
    return layout.rowCount();
  }

  @Override
  public List<RowGroupInfo> rowGroups() {
    return rowGroups;
  }

  @Override
  public void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    IpcLayout.Batch batch = batch(rowGroup);
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
    }
    Set<Long> ids = columns.dictionaryIds(columnPaths);
    long first = firstRow + batch.firstRow();
    if (batch.rows() == 0) {
      return;
    }
    if (columnPaths.isEmpty()) {
      for (int done = 0; done < batch.rows(); done += batchRows) {
        sink.accept(new ColumnBatch(first + done, Math.min(batchRows, batch.rows() - done),
            Map.of()));
      }
      return;
    }
    String where = "batch " + rowGroup + ", ";
    try (DictionaryCache.Lease lease = lease(batch, ids, where);
        LoadedVectors loaded = load(batch, where)) {
      ArrowBatch vectors = new ArrowBatch(loaded.vectors(), batch.rows(), lease);
      columns.scan(vectors, new ScanRequest(columnPaths, first, batchRows, where), sink);
    }
  }

  private IpcLayout.Batch batch(int rowGroup) {
    if (rowGroup < 0 || rowGroup >= layout.batches.size()) {
      throw new IllegalArgumentException("no row group " + rowGroup + " in " + displayPath);
    }
    return layout.batches.get(rowGroup);
  }

  private DictionaryCache.Lease lease(IpcLayout.Batch batch, Set<Long> ids, String where)
      throws DataProblem {
    try {
      return dictionaries.lease(batch, ids);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DataProblem(displayPath, where + "dictionary: " + ArrowProblems.describe(e), e);
    }
  }

  private LoadedVectors load(IpcLayout.Batch batch, String where) throws DataProblem {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return LoadedVectors.batch(channel, batch.meta(), columns.memoryFields(), allocator);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DataProblem(displayPath, where.substring(0, where.length() - 2) + ": "
          + ArrowProblems.describe(e), e);
    }
  }

  /**
   * The dictionary of a flat dictionary-encoded column in one batch: every non-null value of the
   * batch is one of its entries. Empty for other columns, for a dictionary with a null entry, and
   * for one larger than the batch (decoding the batch costs less). Reads no record batch.
   */
  @Override
  public Optional<ColumnDictionary> dictionaryOnly(int rowGroup, String columnPath)
      throws DataProblem {
    IpcLayout.Batch batch = batch(rowGroup);
    ArrowLeaf leaf = columns.leaf(columnPath).orElseThrow(
        () -> new DataProblem(displayPath, "no column " + columnPath + " in the file"));
    Set<Long> ids = columns.dictionaryIds(Set.of(columnPath));
    if (leaf.info().repeated() || !leaf.endsInDictionary() || ids.size() != 1) {
      return Optional.empty();
    }
    long id = ids.iterator().next();
    try (DictionaryCache.Lease lease = lease(batch, ids, "batch " + rowGroup + ", ")) {
      return Optional.ofNullable(lease.decoded(leaf, lease.lookup(id).getVector(), batch.rows()));
    }
  }

  /** Off-heap bytes held now (dictionaries between scans; zero after {@link #close()}). */
  long allocatedMemory() {
    return allocator.getAllocatedMemory();
  }

  /** Off-heap bytes still held when {@link #close()} released everything (0 unless a bug). */
  long leakedAtClose() {
    return leakedAtClose;
  }

  @Override
  public void close() {
    dictionaries.close();
    leakedAtClose = allocator.getAllocatedMemory();
    try {
      allocator.close();
    } catch (IllegalStateException e) {
      // memory Arrow lost track of after a corrupt batch; nothing more can be released
    }
  }

  /** The file's IPC layout (schema, batches, dictionaries), or a one-line problem. */
  static IpcLayout layout(Path file, String displayPath) throws DataProblem {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return IpcLayout.read(channel);
    } catch (BadArrowException e) {
      throw new DataProblem(displayPath, e.getMessage(), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new DataProblem(displayPath, "cannot read Arrow IPC metadata: "
          + ArrowProblems.describe(e), e);
    }
  }
}
