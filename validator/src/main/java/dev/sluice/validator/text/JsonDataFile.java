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
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * A JSON Lines file, or a file holding one JSON array of records, as a {@link DataFile}: the
 * contract's paths ({@code a.b}, {@code tags[]}, {@code lines[].sku}) and any other top-level
 * key are its columns. Opening reads the file once ({@link JsonDiscovery}) to count records,
 * find the columns present and, for JSON Lines, cut it into row groups of about {@link
 * SourceOptions#partBytes} bytes (each begins at a record: its {@link TextDataFile.Part}); an
 * array is one row group. Each scan reads its row group again with Jackson's
 * streaming parser ({@link RecordWalker}), holding one batch. Immutable once open: row groups
 * may be scanned on several threads at once. The decisions on types, lists and malformed
 * records are in the package documentation.
 */
public final class JsonDataFile extends TextDataFile {
  private final boolean arrayLayout;
  private final PathTree tree;
  private final Map<String, PathNode> leaves;
  private JsonDataFile(Path file, String displayPath, boolean arrayLayout, PathTree tree,
      JsonDiscovery found) {
    super(file, displayPath, "json", columnsOf(tree, found), found.topLevelNames(), found.rows(),
        found.parts());
    this.arrayLayout = arrayLayout;
    this.tree = tree;
    Map<String, PathNode> present = new LinkedHashMap<>();
    for (PathNode leaf : tree.leaves()) {
      if (found.seen(leaf)) {
        present.put(leaf.path, leaf);
      }
    }
    this.leaves = Collections.unmodifiableMap(present);
  }

  /** The leaves some record has, as columns. */
  private static Map<String, ColumnInfo> columnsOf(PathTree tree, JsonDiscovery found) {
    Map<String, ColumnInfo> infos = new LinkedHashMap<>();
    for (PathNode leaf : tree.leaves()) {
      if (found.seen(leaf)) {
        String written = leaf.raw ? "JSON value as text" : "JSON as " + leaf.type;
        infos.put(leaf.path, new ColumnInfo(leaf.path, leaf.type, true, leaf.repeated, written));
      }
    }
    return Collections.unmodifiableMap(infos);
  }

  /**
   * Opens a JSON file and reads it once to count its records and find its columns.
   *
   * @throws DataProblem when the file is missing, or is an array with a syntax error
   */
  public static JsonDataFile open(Path file, String displayPath, SourceOptions options)
      throws DataProblem {
    return open(file, displayPath, options, bytes -> { });
  }

  /** As above, telling {@code bytesRead} how far the first reading has got. */
  public static JsonDataFile open(Path file, String displayPath, SourceOptions options,
      LongConsumer bytesRead) throws DataProblem {
    TextFiles.checkReadable(file, displayPath);
    boolean array = isArray(file, displayPath, options);
    PathTree tree = PathTree.of(options.expected());
    JsonDiscovery found;
    if (array) {
      found = new JsonDiscovery(tree, Long.MAX_VALUE);
      read(TextFiles.counted(TextFiles.open(file, displayPath), bytesRead), displayPath, true, 1,
          found);
    } else {
      found = JsonLinesDiscovery.run(file, displayPath, tree, options.partBytes(),
          options.threads(), bytesRead);
    }
    found.addExtras();
    tree.freeze();
    return new JsonDataFile(file, displayPath, array, tree, found);
  }

  /** The layout the options name, else an array when the first non-blank byte is {@code [}. */
  static boolean isArray(Path file, String display, SourceOptions options)
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

  /**
   * Reads the records of {@code in}, the first on line {@code firstLine}, and closes it; returns
   * with JSON Lines the number the line after the last would have.
   */
  static long read(InputStream stream, String display, boolean array, long firstLine,
      JsonRecords.Sink sink) throws DataProblem {
    try (InputStream in = stream) {
      if (array) {
        JsonRecords.array(in, sink);
        return 0;
      }
      return JsonRecords.lines(in, firstLine, sink);
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
  void scanColumns(RowGroupInfo group, Set<String> columnPaths, long firstRow, int batchRows,
      BatchSink sink) throws DataProblem {
    List<PathNode> wanted = new ArrayList<>();
    List<ColumnInfo> infos = new ArrayList<>();
    for (String path : columnPaths) {
      infos.add(column(path));
      wanted.add(leaves.get(path));
    }
    Batches batches = new Batches(infos, firstRow, batchRows, sink);
    RecordWalker walker = new RecordWalker(tree, wanted, batches);
    read(open(group), displayPath, arrayLayout, part(group).line(), walker);
    if (walker.rows() != group.rowCount()) {
      throw new DataProblem(displayPath, "the file changed while it was read");
    }
    batches.finish();
  }
}
