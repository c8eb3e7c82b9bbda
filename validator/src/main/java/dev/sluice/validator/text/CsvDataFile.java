package dev.sluice.validator.text;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ExpectedSchema;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.data.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A CSV (or TSV) file as a {@link DataFile}, each column parsed to the contract's type (text
 * when the contract does not name it). Opening reads the file once ({@link CsvPrescan}) to
 * count and check its records and cut it into row groups of about {@link
 * SourceOptions#partBytes} bytes, each beginning at a record outside quotes ({@link
 * TextDataFile.Part}); each scan reads its row group again with FastCSV, holding one batch.
 * Immutable once open: row groups may be scanned on several threads at once. The decisions on
 * nulls, types and malformed input are in the package documentation.
 */
public final class CsvDataFile extends TextDataFile {
  private final CsvDialect dialect;
  private final List<String> names;

  private CsvDataFile(Path file, String displayPath, CsvDialect dialect, List<String> names,
      ExpectedSchema expected, long rowCount, List<Part> parts) {
    super(file, displayPath, "csv", columnsOf(names, expected), names, rowCount, parts);
    this.dialect = dialect;
    this.names = List.copyOf(names);
  }

  private static Map<String, ColumnInfo> columnsOf(List<String> names, ExpectedSchema expected) {
    Map<String, ColumnInfo> infos = new LinkedHashMap<>();
    for (String name : names) {
      ValueType type = expected.typeOf(name).orElse(ValueType.of(ValueType.Kind.STRING));
      infos.put(name, new ColumnInfo(name, type, true, false, "CSV text as " + type));
    }
    return Collections.unmodifiableMap(infos);
  }

  /**
   * Opens a CSV file and reads it once to name, count and check its records.
   *
   * @throws DataProblem when the file is missing, not UTF-8, or malformed (with the line)
   */
  public static CsvDataFile open(Path file, String displayPath, SourceOptions options)
      throws DataProblem {
    return open(file, displayPath, options, bytes -> { });
  }

  /** As above, telling {@code bytesRead} how far the first reading has got. */
  public static CsvDataFile open(Path file, String displayPath, SourceOptions options,
      LongConsumer bytesRead) throws DataProblem {
    TextFiles.checkReadable(file, displayPath);
    CsvDialect dialect = CsvDialect.of(file, options, displayPath);
    CsvPrescan.Shape shape =
        CsvPrescan.run(file, dialect, options.partBytes(), displayPath, bytesRead);
    List<String> names = dialect.header() ? header(file, dialect, displayPath)
        : positionalNames(shape.fields(), options.expected());
    long rows = dialect.header() ? Math.max(0, shape.records() - 1) : shape.records();
    return new CsvDataFile(file, displayPath, dialect, unique(names, displayPath),
        options.expected(), rows, shape.parts());
  }

  private static List<String> header(Path file, CsvDialect dialect, String display)
      throws DataProblem {
    try (InputStream in = TextFiles.open(file, display);
        CsvReader<CsvRecord> reader = dialect.builder().ofCsvRecord(TextFiles.utf8(in))) {
      CloseableIterator<CsvRecord> records = reader.iterator();
      return records.hasNext() ? records.next().getFields() : List.of();
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      throw new DataProblem(display, "cannot read the header: " + TextFiles.describe(e), e);
    }
  }

  /** Without a header: the contract's flat columns in order, then {@code column_N} (1-based). */
  private static List<String> positionalNames(int fields, ExpectedSchema expected) {
    List<String> flat = new ArrayList<>();
    expected.columns().keySet().stream().filter(p -> !p.contains("[]")).forEach(flat::add);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < fields; k++) {
      names.add(k < flat.size() ? flat.get(k) : "");
    }
    return names;
  }

  /** Blank names become {@code column_N}; a name used twice is a problem (which is which?). */
  private static List<String> unique(List<String> names, String display) throws DataProblem {
    List<String> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k).isEmpty() ? "column_" + (k + 1) : names.get(k);
      if (!seen.add(name)) {
        throw new DataProblem(display, "two columns are named " + name);
      }
      out.add(name);
    }
    return out;
  }

  @Override
  void scanColumns(RowGroupInfo group, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    List<ColumnInfo> wanted = new ArrayList<>();
    for (String path : columnPaths) {
      wanted.add(column(path));
    }
    read(group, new Batches(wanted, firstRow, batchRows, sink), firstRow);
  }

  private void read(RowGroupInfo group, Batches batches, long firstRow) throws DataProblem {
    @Nullable ColumnVector[] byField = new ColumnVector[names.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      index.put(names.get(k), k);
    }
    for (int k = 0; k < batches.width(); k++) {
      byField[index.get(batches.vector(k).column.path())] = batches.vector(k);
    }
    boolean first = group.index() == 0;
    CsvRowHandler handler = new CsvRowHandler(byField, names.size(), first && dialect.header(),
        firstRow, part(group).line() - 1);
    try (InputStream in = open(group);
        CsvReader<Boolean> reader = dialect.builder().build(handler, TextFiles.utf8(in))) {
      CloseableIterator<Boolean> records = reader.iterator();
      long read = 0;
      while (read < group.rowCount() && records.hasNext()) {
        records.next();
        read++;
        batches.endRow();
      }
      if (read != group.rowCount() || records.hasNext()) {
        throw new DataProblem(displayPath, "the file changed while it was read");
      }
      batches.finish();
    } catch (CsvParseException e) {
      throw parseProblem(e, handler.line());
    } catch (IOException | UncheckedIOException e) {
      throw new DataProblem(displayPath, "line " + handler.line() + ": cannot read: "
          + TextFiles.describe(e.getCause() == null ? e : e.getCause()), e);
    }
  }

  /** FastCSV wraps what the handler throws; a bug in Sluice stays a bug, not a data problem. */
  private DataProblem parseProblem(CsvParseException e, long line) {
    Throwable cause = e.getCause();
    if (cause instanceof CsvRowHandler.RaggedRecordException) {
      return new DataProblem(displayPath, cause.getMessage(), e);
    }
    if (cause instanceof RuntimeException && !(cause instanceof CsvParseException)) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    Throwable reason = cause == null ? e : cause;
    return new DataProblem(displayPath, "line " + line + ": " + TextFiles.describe(reason), e);
  }
}
