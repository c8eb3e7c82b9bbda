package dev.sluice.validator.parquet;

import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Every column of one row group through parquet-java's value-by-value readers, copied row by
 * row, physical values and levels unchanged, into a {@link ColumnWriteStore} of the same columns
 * (for a quarantine split). Checks that every column holds exactly the row group's rows.
 */
final class RowGroupValues implements AutoCloseable {
  private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {};

  private final String path;
  private final ParquetFileReader reader;
  private final List<ColumnDescriptor> columns;
  private final ColumnReader[] readers;
  private final long[] left;

  private RowGroupValues(String path, ParquetFileReader reader, List<ColumnDescriptor> columns,
      ColumnReader[] readers, long[] left) {
    this.path = path;
    this.reader = reader;
    this.columns = columns;
    this.readers = readers;
    this.left = left;
  }

  @SuppressWarnings("deprecation") // getTotalValueCount: the chunk's value count, still exact
  static RowGroupValues open(ParquetDataFile file, int rowGroup) throws DataProblem {
    ParquetFileReader reader = null;
    try {
      reader = new ParquetFileReader(file.input(), file.footer().metadata(),
          ParquetDataFile.readOptions(), file.input().newStream());
      List<ColumnDescriptor> columns =
          file.footer().metadata().getFileMetaData().getSchema().getColumns();
      PageReadStore store = reader.readRowGroup(rowGroup);
      if (store == null) {
        throw new IOException("row group " + rowGroup + " has no column chunks");
      }
      ColumnReader[] readers = new ColumnReader[columns.size()];
      long[] left = new long[columns.size()];
      for (int c = 0; c < readers.length; c++) {
        ColumnDescriptor column = columns.get(c);
        readers[c] = new ColumnReaderImpl(column,
            new CheckedPageReader(store.getPageReader(column), column), NO_CONVERTER,
            file.writerVersion());
        left[c] = readers[c].getTotalValueCount();
      }
      return new RowGroupValues(file.path(), reader, columns, readers, left);
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader);
      throw new DataProblem(file.path(), "row group " + rowGroup + ": " + Problems.describe(e), e);
    }
  }

  /** The writers of {@code out} for this row group's columns, in order, for {@link #copyRow}. */
  ColumnWriter[] writers(ColumnWriteStore out) {
    ColumnWriter[] writers = new ColumnWriter[columns.size()];
    for (int c = 0; c < writers.length; c++) {
      writers[c] = out.getColumnWriter(columns.get(c));
    }
    return writers;
  }

  /** Copies the next row of every column into {@code out} (the caller ends the record). */
  void copyRow(ColumnWriter[] out) throws DataProblem {
    for (int c = 0; c < readers.length; c++) {
      ColumnDescriptor column = columns.get(c);
      try {
        copyRow(readers[c], c, column, out[c]);
      } catch (RuntimeException e) {
        throw new DataProblem(path, "column " + String.join(".", column.getPath()) + ": "
            + Problems.describe(e), e);
      }
    }
  }

  // Hot loop: one call per value through parquet-java's reader and writer.
  private void copyRow(ColumnReader in, int c, ColumnDescriptor column, ColumnWriter out)
      throws DataProblem {
    if (left[c] == 0 || in.getCurrentRepetitionLevel() != 0) {
      throw new DataProblem(path, "column " + String.join(".", column.getPath())
          + " does not hold a value for every row of its row group");
    }
    int maxDef = column.getMaxDefinitionLevel();
    PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
    do {
      int rep = in.getCurrentRepetitionLevel();
      int def = in.getCurrentDefinitionLevel();
      if (def < maxDef) {
        out.writeNull(rep, def);
      } else {
        switch (type) {
          case BOOLEAN: out.write(in.getBoolean(), rep, def); break;
          case INT32: out.write(in.getInteger(), rep, def); break;
          case INT64: out.write(in.getLong(), rep, def); break;
          case FLOAT: out.write(in.getFloat(), rep, def); break;
          case DOUBLE: out.write(in.getDouble(), rep, def); break;
          default: out.write(in.getBinary(), rep, def); break;
        }
      }
      in.consume();
      left[c]--;
    } while (left[c] > 0 && in.getCurrentRepetitionLevel() > 0);
  }

  /** Checks that no column holds values past the last row. */
  void finish() throws DataProblem {
    for (int c = 0; c < readers.length; c++) {
      if (left[c] != 0) {
        throw new DataProblem(path, "column " + String.join(".", columns.get(c).getPath())
            + " holds " + left[c] + " values past the last row of its row group");
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(reader);
  }

  private static void closeQuietly(@org.jspecify.annotations.Nullable AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception e) {
      // reading is over
    }
  }
}
