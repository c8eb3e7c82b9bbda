package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ChunkStats;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile.BatchSink;
import dev.sluice.validator.data.PageFacts;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.parquet.page.ChunkPages;
import dev.sluice.validator.parquet.page.Page;
import dev.sluice.validator.parquet.page.PageCodec;
import dev.sluice.validator.parquet.page.PageHeaders;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.jspecify.annotations.Nullable;

/**
 * One scan of some columns of one row group: reads their chunks (only those), then walks the
 * columns in lockstep, batch by batch, handing aligned batches to the sink. Flat columns of the
 * kinds {@link FlatKind} covers are decoded in bulk ({@link FlatColumnReader}, which reads its
 * chunk itself); every other column (lists, INT96, UUID, FLOAT16, UINT64, fixed-length bytes and
 * decimals, unsupported types) through parquet-java's reader ({@link ColumnScanner}).
 */
final class RowGroupScan {
  /** Values are read through the ColumnReader getters, never pushed to a converter. */
  private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {};

  /** Larger chunks do not fit one array; parquet-java reads them in several buffers. */
  private static final long MAX_BULK_CHUNK = Integer.MAX_VALUE - 64;

  private final ParquetDataFile file;
  private final RowGroupInfo group;
  private final List<ParquetLeaf> leaves;
  /** Paths of the columns whose PLAIN strings are handed as UTF-8 bytes. */
  private final Set<String> utf8Columns;

  RowGroupScan(ParquetDataFile file, RowGroupInfo group, List<ParquetLeaf> leaves,
      Set<String> utf8Columns) {
    this.file = file;
    this.group = group;
    this.leaves = leaves;
    this.utf8Columns = utf8Columns;
  }

  void run(long firstRow, int batchRows, BatchSink sink) throws DataProblem {
    if (group.rowCount() == 0) {
      return;
    }
    if (leaves.isEmpty()) {
      emitRowsOnly(firstRow + group.firstRow(), batchRows, sink);
      return;
    }
    Map<ParquetLeaf, ColumnChunkMetaData> chunks = chunks();
    List<ParquetLeaf> legacy = new ArrayList<>();
    for (ParquetLeaf leaf : leaves) {
      if (!coveredInBulk(file, leaf, Objects.requireNonNull(chunks.get(leaf)))) {
        legacy.add(leaf);
      }
    }
    ParquetFileReader reader = legacy.isEmpty() ? null : openReader();
    try {
      PageReadStore store = reader == null ? null : readChunks(reader, legacy);
      List<ColumnCursor> cursors = cursors(chunks, store, legacy, batchRows);
      walk(cursors, firstRow + group.firstRow(), batchRows, sink);
    } finally {
      closeQuietly(reader);
    }
  }

  /**
   * Reads only the rows of {@code pages} (pages of the page index of the scan's one column, in
   * order), in batches that never span a gap; the other pages are skipped unread. When the page
   * headers contradict the index, every row is read, as without it.
   */
  void runPages(long firstRow, int batchRows, List<PageFacts> pages, BatchSink sink)
      throws DataProblem {
    ParquetLeaf leaf = leaves.get(0);
    ColumnChunkMetaData chunk = Objects.requireNonNull(chunks().get(leaf));
    byte[] bytes;
    try (FileChannel channel = file.input().channel()) {
      bytes = chunkBytes(leaf, chunk, channel);
    } catch (IOException e) {
      throw problem(leaf.path(), e);
    }
    if (!onPageBoundaries(pages, leaf, chunk, bytes)) {
      pages = List.of(new PageFacts(0, group.rowCount(), ChunkStats.UNKNOWN));
    }
    ColumnVector vector = new ColumnVector(leaf.info(), batchRows);
    FlatColumnReader reader = flat(leaf, chunk, bytes, vector);
    Map<String, ColumnVector> view = Map.of(leaf.path(), vector);
    long start = firstRow + group.firstRow();
    long at = 0;
    for (int p = 0; p < pages.size(); ) {
      long from = pages.get(p).firstRow();
      long to = pages.get(p).endRow();
      for (p++; p < pages.size() && pages.get(p).firstRow() == to; p++) {
        to = pages.get(p).endRow();
      }
      if (from < at || to > group.rowCount()) {
        throw new IllegalArgumentException("pages out of order or past the row group");
      }
      skip(reader, from - at);
      for (long done = from; done < to; done += batchRows) {
        int rows = (int) Math.min(batchRows, to - done);
        fill(reader, start + done, rows);
        sink.accept(new ColumnBatch(start + done, rows, view));
      }
      at = to;
    }
    skip(reader, group.rowCount() - at);
    try {
      reader.finish(group.rowCount());
    } catch (IOException | RuntimeException e) {
      throw problem(leaf.path(), e);
    }
  }

  private void skip(FlatColumnReader reader, long rows) throws DataProblem {
    try {
      reader.skip(rows);
    } catch (IOException | RuntimeException e) {
      throw problem(reader.vector().column.path(), e);
    }
  }

  /** Whether the bulk path reads this chunk (else parquet-java's reader does). */
  static boolean coveredInBulk(ParquetDataFile file, ParquetLeaf leaf, ColumnChunkMetaData chunk) {
    return file.bulkDecodable() && FlatKind.of(leaf) != null
        && chunk.getTotalSize() <= MAX_BULK_CHUNK;
  }

  /**
   * The chunk of every requested leaf; a chunk in a codec we lack fails by name, before any page
   * is read.
   */
  private Map<ParquetLeaf, ColumnChunkMetaData> chunks() throws DataProblem {
    Map<List<String>, ColumnChunkMetaData> byPath = new HashMap<>();
    for (ColumnChunkMetaData chunk
        : file.footer().metadata().getBlocks().get(group.index()).getColumns()) {
      byPath.putIfAbsent(Arrays.asList(chunk.getPath().toArray()), chunk);
    }
    // by identity (the keys are this scan's own leaves): a record's hashCode is linked at first
    // use through ObjectMethods, which spins some twenty classes in every process
    Map<ParquetLeaf, ColumnChunkMetaData> chunks = new IdentityHashMap<>();
    for (ParquetLeaf leaf : leaves) {
      ColumnChunkMetaData chunk = byPath.get(Arrays.asList(leaf.descriptor().getPath()));
      if (chunk == null) {
        throw problem(leaf.path(), new IOException("the row group has no chunk of this column"));
      }
      if (!PageCodec.supports(chunk.getCodec())) {
        throw problem(leaf.path(), PageCodec.unsupported(chunk.getCodec()));
      }
      chunks.put(leaf, chunk);
    }
    return chunks;
  }

  private ParquetFileReader openReader() throws DataProblem {
    SeekableInputStream in = null;
    try {
      in = file.input().newStream();
      return new ParquetFileReader(
          file.input(), file.footer().metadata(), ParquetDataFile.readOptions(), in);
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      throw problem("", e);
    }
  }

  private static void closeQuietly(@Nullable AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception e) {
      // reading is over; a failure to release the file changes nothing for the result
    }
  }

  private PageReadStore readChunks(ParquetFileReader reader, List<ParquetLeaf> legacy)
      throws DataProblem {
    List<ColumnDescriptor> descriptors = new ArrayList<>();
    for (ParquetLeaf leaf : legacy) {
      descriptors.add(leaf.descriptor());
    }
    try {
      reader.setRequestedSchema(descriptors);
      PageReadStore store = reader.readRowGroup(group.index());
      if (store == null || store.getRowCount() != group.rowCount()) {
        throw new IOException("row group has no column chunks to read");
      }
      return store;
    } catch (IOException | RuntimeException e) {
      throw problem("", e);
    }
  }

  /** A cursor per leaf, in order: bulk ones read their chunk through one channel. */
  private List<ColumnCursor> cursors(Map<ParquetLeaf, ColumnChunkMetaData> chunks,
      @Nullable PageReadStore store, List<ParquetLeaf> legacy, int batchRows) throws DataProblem {
    List<ColumnCursor> cursors = new ArrayList<>();
    FileChannel channel = null;
    try {
      for (ParquetLeaf leaf : leaves) {
        ColumnVector vector = new ColumnVector(leaf.info(), batchRows);
        if (store != null && legacy.contains(leaf)) {
          cursors.add(scanner(leaf, store, vector));
          continue;
        }
        channel = channel == null ? file.input().channel() : channel;
        cursors.add(flat(leaf, Objects.requireNonNull(chunks.get(leaf)), channel, vector));
      }
    } catch (IOException e) {
      throw problem("", e);
    } finally {
      closeQuietly(channel);
    }
    return cursors;
  }

  private ColumnScanner scanner(ParquetLeaf leaf, PageReadStore store, ColumnVector vector)
      throws DataProblem {
    try {
      ColumnReader reader = new ColumnReaderImpl(leaf.descriptor(),
          new CheckedPageReader(store.getPageReader(leaf.descriptor()), leaf.descriptor()),
          NO_CONVERTER, file.writerVersion());
      return new ColumnScanner(leaf, reader, vector);
    } catch (RuntimeException e) {
      throw problem(leaf.path(), e);
    }
  }

  /** Reads the chunk (one positional read) and starts its bulk reader. */
  private FlatColumnReader flat(ParquetLeaf leaf, ColumnChunkMetaData chunk, FileChannel channel,
      ColumnVector vector) throws DataProblem {
    return flat(leaf, chunk, chunkBytes(leaf, chunk, channel), vector);
  }

  private byte[] chunkBytes(ParquetLeaf leaf, ColumnChunkMetaData chunk, FileChannel channel)
      throws DataProblem {
    try {
      if (chunk.getValueCount() != group.rowCount()) {
        throw new IOException("column chunk holds " + chunk.getValueCount()
            + " values but the row group has " + group.rowCount() + " rows");
      }
      byte[] bytes = new byte[(int) chunk.getTotalSize()];
      PageHeaders.readFully(channel, chunk.getStartingPos(), bytes);
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw problem(leaf.path(), e);
    }
  }

  private FlatColumnReader flat(ParquetLeaf leaf, ColumnChunkMetaData chunk, byte[] bytes,
      ColumnVector vector) throws DataProblem {
    try {
      FlatKind kind = Objects.requireNonNull(file.kindOf(leaf));
      boolean utf8 = utf8Columns.contains(leaf.path());
      return new FlatColumnReader(leaf, kind, pages(leaf, chunk, bytes), vector, utf8,
          file.copying());
    } catch (RuntimeException e) {
      throw problem(leaf.path(), e);
    }
  }

  private static ChunkPages pages(ParquetLeaf leaf, ColumnChunkMetaData chunk, byte[] bytes) {
    return new ChunkPages(bytes, 0, bytes.length, new ChunkPages.Layout(
        chunk.getCodec(), 0, leaf.maxDefinitionLevel(), chunk.getValueCount()));
  }

  /**
   * Whether each run of {@code pages} starts and ends where a data page of the chunk does, by
   * its page headers alone (no page is decompressed): an offset index that says otherwise is
   * not the file's, and is not used.
   */
  private static boolean onPageBoundaries(List<PageFacts> pages, ParquetLeaf leaf,
      ColumnChunkMetaData chunk, byte[] bytes) {
    Set<Long> boundaries = new HashSet<>();
    long row = 0;
    try {
      ChunkPages headers = pages(leaf, chunk, bytes);
      boundaries.add(row);
      for (Page page = headers.header(); page != null; page = headers.header()) {
        row += page.dictionary() ? 0 : page.valueCount();
        boundaries.add(row);
      }
    } catch (IOException | RuntimeException e) {
      return false; // the whole read reports what is wrong with the chunk
    }
    for (PageFacts page : pages) {
      if (!boundaries.contains(page.firstRow()) || !boundaries.contains(page.endRow())) {
        return false;
      }
    }
    return true;
  }

  private void walk(List<ColumnCursor> cursors, long start, int batchRows, BatchSink sink)
      throws DataProblem {
    Map<String, ColumnVector> vectors = new LinkedHashMap<>();
    for (ColumnCursor cursor : cursors) {
      vectors.put(cursor.vector().column.path(), cursor.vector());
    }
    Map<String, ColumnVector> view = Collections.unmodifiableMap(vectors);
    for (long done = 0; done < group.rowCount(); done += batchRows) {
      int rows = (int) Math.min(batchRows, group.rowCount() - done);
      for (ColumnCursor cursor : cursors) {
        fill(cursor, start + done, rows);
      }
      sink.accept(new ColumnBatch(start + done, rows, view));
    }
    for (ColumnCursor cursor : cursors) {
      try {
        cursor.finish(group.rowCount());
      } catch (IOException | RuntimeException e) {
        throw problem(cursor.vector().column.path(), e);
      }
    }
  }

  private void fill(ColumnCursor cursor, long firstRow, int rows) throws DataProblem {
    try {
      cursor.fill(firstRow, rows);
    } catch (IOException | RuntimeException e) {
      throw problem(cursor.vector().column.path(), e);
    }
  }

  private void emitRowsOnly(long start, int batchRows, BatchSink sink) throws DataProblem {
    for (long done = 0; done < group.rowCount(); done += batchRows) {
      int rows = (int) Math.min(batchRows, group.rowCount() - done);
      sink.accept(new ColumnBatch(start + done, rows, Map.of()));
    }
  }

  private DataProblem problem(String column, Throwable e) {
    String where = "row group " + group.index() + (column.isEmpty() ? "" : ", column " + column);
    return new DataProblem(file.displayPath(), where + ": " + Problems.describe(e), e);
  }
}
