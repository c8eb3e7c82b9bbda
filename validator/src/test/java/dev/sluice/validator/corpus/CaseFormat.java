package dev.sluice.validator.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input formats every case runs in, each named as {@code DataFile.format()} names it and
 * written under the extension by which the engine picks its source.
 */
enum CaseFormat {
  PARQUET("parquet", "parquet", true),
  ARROW("arrow", "arrow", true),
  CSV("csv", "csv", false),
  JSON("json", "jsonl", false);

  private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  private final String formatName;
  private final String extension;
  /** Whether the file carries key-value metadata itself (else only a sidecar can). */
  private final boolean carriesMetadata;

  CaseFormat(String formatName, String extension, boolean carriesMetadata) {
    this.formatName = formatName;
    this.extension = extension;
    this.carriesMetadata = carriesMetadata;
  }

  /**
   * Writes {@code data} as {@code <dir>/<base>.<extension>}, with its lineage sidecar if it has
   * tags to carry there, and returns the data file.
   */
  Path write(CaseData data, Path dir, String base) throws IOException {
    Path file = dir.resolve(base + "." + extension);
    switch (this) {
      case PARQUET: data.writeParquet(file); break;
      case ARROW: ArrowCaseWriter.write(data, file); break;
      case CSV: CsvCaseWriter.write(data, file); break;
      default: JsonCaseWriter.write(data, file);
    }
    Map<String, String> tags = sidecarTags(data);
    if (!tags.isEmpty()) {
      Path sidecar = dir.resolve(file.getFileName() + ".lineage.json");
      Files.writeString(sidecar, JSON_MAPPER.writeValueAsString(tags));
    }
    return file;
  }

  /**
   * The case's sidecar; for a format without metadata of its own, the file's metadata joins it.
   * A key in both places then keeps the sidecar's value: a disagreement between file and sidecar
   * cannot be written in such a format (see the cases' {@code expected.<format>.yaml}).
   */
  private Map<String, String> sidecarTags(CaseData data) {
    if (carriesMetadata) {
      return data.sidecar();
    }
    Map<String, String> tags = new LinkedHashMap<>(data.metadata());
    tags.putAll(data.sidecar());
    return tags;
  }

  @Override
  public String toString() {
    return formatName;
  }
}
