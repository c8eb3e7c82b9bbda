package dev.sluice.validator.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.RowGroupInfo;
import dev.sluice.validator.data.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON Lines file, or a file holding one JSON array of records, as a {@link DataFile}: one
 * row group of all its records; the contract's paths ({@code a.b}, {@code tags[]}, {@code
 * lines[].sku}) and any other top-level key are its columns. Opening reads the file once
 * ({@link JsonDiscovery}) to count records and find the columns present; each scan reads it
 * again with Jackson's streaming parser ({@link RecordWalker}), holding one batch. Immutable
 * once open: scans may run on several threads at once. The decisions on types, lists and
 * malformed records are in the package documentation.
 */
public final class JsonDataFile implements DataFile {
  private final Path file;
  private final String displayPath;
  private final boolean arrayLayout;
  private final PathTree tree;
  private final Map<String, PathNode> leaves;
  private final Map<String, ColumnInfo> columns;
  private final List<String> topLevelNames;
  private final long rowCount;

  private JsonDataFile(Path file, String displayPath, boolean arrayLayout, PathTree tree,
      JsonDiscovery found) {
    this.file = file;
    this.displayPath = displayPath;
    this.arrayLayout = arrayLayout;
    this.tree = tree;
    Map<String, PathNode> present = new LinkedHashMap<>();
    Map<String, ColumnInfo> infos = new LinkedHashMap<>();
    for (PathNode leaf : tree.leaves()) {
      if (found.seen(leaf)) {
        present.put(leaf.path, leaf);
        String written = leaf.raw ? "JSON value as text" : "JSON as " + leaf.type;
        infos.put(leaf.path, new ColumnInfo(leaf.path, leaf.type, true, leaf.repeated, written));
      }
    }
    this.leaves = Collections.unmodifiableMap(present);
    this.columns = Collections.unmodifiableMap(infos);
    this.topLevelNames = List.copyOf(found.topLevelNames());
    this.rowCount = found.rows();
  }

  /**
   * Opens a JSON file and reads it once to count its records and find its columns.
   *
   * @throws DataProblem when the file is missing, or is an array with a syntax error
   */
  public static JsonDataFile open(Path file, String displayPath, SourceOptions options)
      throws DataProblem {
    TextFiles.checkReadable(file, displayPath);
    boolean array = isArray(file, displayPath, options);
    PathTree tree = PathTree.of(options.expected());
    JsonDiscovery found = new JsonDiscovery(tree);
    read(file, displayPath, array, found);
    tree.freeze();
    return new JsonDataFile(file, displayPath, array, tree, found);
  }

  /** The layout the options name, else an array when the first non-blank byte is {@code [}. */
  private static boolean isArray(Path file, String display, SourceOptions options)
      throws DataProblem {
    String layout = options.jsonLayout();
    if (layout != null) {
      if (!layout.equals("lines") && !layout.equals("array")) {
        throw new DataProblem(display, "unknown JSON layout " + layout + " (lines or array)");
      }
      return layout.equals("array");
    }
    try (InputStream in = TextFiles.open(file, display)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
          return b == '[';
        }
      }
      return false;
    } catch (IOException e) {
      throw new DataProblem(display, "cannot read: " + TextFiles.describe(e), e);
    }
  }

  private static void read(Path file, String display, boolean array, JsonRecords.Sink sink)
      throws DataProblem {
    try (InputStream in = TextFiles.open(file, display)) {
      if (array) {
        JsonRecords.array(in, sink);
      } else {
        JsonRecords.lines(in, sink);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new DataProblem(display, where + "not JSON: " + JsonRecords.message(e), e);
    } catch (Utf8Validator.NotUtf8Exception e) {
      throw new DataProblem(display, e.getMessage(), e);
    } catch (IOException e) {
      throw new DataProblem(display, "cannot read: " + TextFiles.describe(e), e);
    }
  }

  @Override
  public String path() {
    return displayPath;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Optional<String> createdBy() {
    return Optional.empty();
  }

  @Override
  public Map<String, ColumnInfo> columns() {
    return columns;
  }

  @Override
  public List<String> topLevelNames() {
    return topLevelNames;
  }

  @Override
  public Map<String, String> keyValueMetadata() {
    return Map.of();
  }

  @Override
  public long rowCount() {
    return rowCount;
  }

  @Override
  public boolean parsesText() {
    return true;
  }

  /** One row group of every record, without statistics; none for a file without rows. */
  @Override
  public List<RowGroupInfo> rowGroups() {
    return rowCount == 0 ? List.of() : List.of(new RowGroupInfo(0, 0, rowCount, Map.of()));
  }

  @Override
  public void scan(int rowGroup, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    if (rowGroup != 0 || rowCount == 0) {
      throw new IllegalArgumentException("no row group " + rowGroup + " in " + displayPath);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive: " + batchRows);
    }
    List<PathNode> wanted = new ArrayList<>();
    List<ColumnInfo> infos = new ArrayList<>();
    for (String path : columnPaths) {
      PathNode leaf = leaves.get(path);
      if (leaf == null) {
        throw new DataProblem(displayPath, "no column " + path + " in the file");
      }
      wanted.add(leaf);
      infos.add(columns.get(path));
    }
    if (wanted.isEmpty()) {
      Batches.rowsOnly(firstRow, rowCount, batchRows, sink);
      return;
    }
    Batches batches = new Batches(infos, firstRow, batchRows, sink);
    RecordWalker walker = new RecordWalker(tree, wanted, batches);
    read(file, displayPath, arrayLayout, walker);
    if (walker.rows() != rowCount) {
      throw new DataProblem(displayPath, "the file changed while it was read");
    }
    batches.finish();
  }

  @Override
  public void close() {
    // each scan opens and closes its own stream; nothing stays open between calls
  }
}
