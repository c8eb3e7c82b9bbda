package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnBatch;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.DataFile.BatchSink;
import dev.sluice.validator.data.RowGroupInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.jspecify.annotations.Nullable;

/**
 * One scan of some columns of one row group: reads their chunks (only those), then walks the
 * columns in lockstep, batch by batch, handing aligned batches to the sink.
 */
final class RowGroupScan {
  /** Values are read through the ColumnReader getters, never pushed to a converter. */
  private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {};

  private final ParquetDataFile file;
  private final RowGroupInfo group;
  private final List<ParquetLeaf> leaves;

  RowGroupScan(ParquetDataFile file, RowGroupInfo group, List<ParquetLeaf> leaves) {
    this.file = file;
    this.group = group;
    this.leaves = leaves;
  }

  void run(long firstRow, int batchRows, BatchSink sink) throws DataProblem {
    if (group.rowCount() == 0) {
      return;
    }
    if (leaves.isEmpty()) {
      emitRowsOnly(firstRow + group.firstRow(), batchRows, sink);
      return;
    }
    ParquetFileReader reader = openReader();
    try {
      PageReadStore store = readChunks(reader);
      List<ColumnScanner> scanners = scanners(store, batchRows);
      walk(scanners, firstRow + group.firstRow(), batchRows, sink);
    } finally {
      closeQuietly(reader);
    }
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

  private List<ColumnDescriptor> descriptors() {
    List<ColumnDescriptor> descriptors = new ArrayList<>();
    for (ParquetLeaf leaf : leaves) {
      descriptors.add(leaf.descriptor());
    }
    return descriptors;
  }

  private PageReadStore readChunks(ParquetFileReader reader) throws DataProblem {
    checkCodecs(reader);
    try {
      reader.setRequestedSchema(descriptors());
      PageReadStore store = reader.readRowGroup(group.index());
      if (store == null || store.getRowCount() != group.rowCount()) {
        throw new IOException("row group has no column chunks to read");
      }
      return store;
    } catch (IOException | RuntimeException e) {
      throw problem("", e);
    }
  }

  /** A chunk in a codec we lack fails by name, before any page of it is read. */
  private void checkCodecs(ParquetFileReader reader) throws DataProblem {
    BlockMetaData block = reader.getRowGroups().get(group.index());
    for (ParquetLeaf leaf : leaves) {
      for (ColumnChunkMetaData chunk : block.getColumns()) {
        if (Arrays.equals(chunk.getPath().toArray(), leaf.descriptor().getPath())
            && !PlainCodecFactory.supports(chunk.getCodec())) {
          throw problem(leaf.path(), PlainCodecFactory.unsupported(chunk.getCodec()));
        }
      }
    }
  }

  private List<ColumnScanner> scanners(PageReadStore store, int batchRows) throws DataProblem {
    List<ColumnScanner> scanners = new ArrayList<>();
    for (ParquetLeaf leaf : leaves) {
      try {
        ColumnReader reader = new ColumnReaderImpl(leaf.descriptor(),
            new CheckedPageReader(store.getPageReader(leaf.descriptor()), leaf.descriptor()),
            NO_CONVERTER, file.writerVersion());
        scanners.add(new ColumnScanner(leaf, reader, new ColumnVector(leaf.info(), batchRows)));
      } catch (RuntimeException e) {
        throw problem(leaf.path(), e);
      }
    }
    return scanners;
  }

  private void walk(List<ColumnScanner> scanners, long start, int batchRows, BatchSink sink)
      throws DataProblem {
    Map<String, ColumnVector> vectors = new LinkedHashMap<>();
    for (ColumnScanner scanner : scanners) {
      vectors.put(scanner.vector().column.path(), scanner.vector());
    }
    Map<String, ColumnVector> view = Collections.unmodifiableMap(vectors);
    for (long done = 0; done < group.rowCount(); done += batchRows) {
      int rows = (int) Math.min(batchRows, group.rowCount() - done);
      for (ColumnScanner scanner : scanners) {
        fill(scanner, start + done, rows);
      }
      sink.accept(new ColumnBatch(start + done, rows, view));
    }
    for (ColumnScanner scanner : scanners) {
      try {
        scanner.checkExhausted(group.rowCount());
      } catch (ColumnScanner.BadLevelsException e) {
        throw problem(scanner.vector().column.path(), e);
      }
    }
  }

  private void fill(ColumnScanner scanner, long firstRow, int rows) throws DataProblem {
    try {
      scanner.fill(firstRow, rows);
    } catch (ColumnScanner.BadLevelsException | RuntimeException e) {
      throw problem(scanner.vector().column.path(), e);
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
