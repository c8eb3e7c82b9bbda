package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.arrow.ArrowDataFile;
import dev.sluice.validator.data.DataFile;
import dev.sluice.validator.data.SourceOptions;
import dev.sluice.validator.parquet.ParquetDataFile;
import dev.sluice.validator.text.CsvDataFile;
import dev.sluice.validator.text.JsonDataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.Locale;
import java.util.Map;

/**
 * Opens a data file with the source for its format: the one named in the options, else the
 * one its extension names, else the one its first bytes reveal ({@code PAR1}, {@code ARROW1} or
 * an Arrow stream's continuation marker, {@code {} or {@code [} for JSON). A file that reveals
 * nothing is read as Parquet, whose error then says what the bytes are not.
 */
public final class DataFiles {
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("parquet", "parquet"), Map.entry("parq", "parquet"), Map.entry("pq", "parquet"),
      Map.entry("arrow", "arrow"), Map.entry("arrows", "arrow"), Map.entry("feather", "arrow"),
      Map.entry("ipc", "arrow"), Map.entry("csv", "csv"), Map.entry("tsv", "csv"),
      Map.entry("json", "json"), Map.entry("jsonl", "json"), Map.entry("ndjson", "json"));

  private DataFiles() {}

  public static DataFile open(Path file) throws DataProblem {
    return open(file, SourceOptions.DEFAULTS);
  }

  public static DataFile open(Path file, SourceOptions options) throws DataProblem {
    return open(file, file.toString(), options);
  }

  /** As {@link #open(Path, SourceOptions)}, named {@code display} in messages and the report. */
  public static DataFile open(Path file, String display, SourceOptions options)
      throws DataProblem {
    return open(file, display, options, bytes -> { });
  }

  /**
   * As above, telling {@code bytesRead} how far a text file's first reading has got (it counts
   * its rows and checks its structure before any is validated).
   */
  public static DataFile open(Path file, String display, SourceOptions options,
      LongConsumer bytesRead) throws DataProblem {
    if (!Files.exists(file)) {
      throw new DataProblem(display, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new DataProblem(display, "is a directory; name the files or a glob such as dir/*.parquet");
    }
    String format = options.formatName().orElseGet(() -> formatOf(file));
    switch (format) {
      case "arrow": return ArrowDataFile.open(file, display);
      case "csv": return CsvDataFile.open(file, display, options, bytesRead);
      case "json": return JsonDataFile.open(file, display, options, bytesRead);
      case "parquet":
      case "unknown":
        return ParquetDataFile.open(file, display); // its message says what the bytes are not
      default:
        throw new DataProblem(display, "unknown input format '" + format
            + "'; use parquet, arrow, csv or json");
    }
  }

  /** The format by extension, else by the first bytes; "unknown" when neither tells. */
  static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String byName = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1));
    return byName != null ? byName : sniff(file);
  }

  private static String sniff(Path file) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return "unknown"; // the source named later reports the read failure precisely
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (text.startsWith("PAR1")) {
      return "parquet";
    }
    if (text.startsWith("ARROW1") || (n >= 4 && head[0] == -1 && head[1] == -1 && head[2] == -1
        && head[3] == -1)) {
      return "arrow";
    }
    String trimmed = text.stripLeading();
    return trimmed.startsWith("{") || trimmed.startsWith("[") ? "json" : "unknown";
  }
}
