package dev.sluice.validator.engine;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.check.FileFacts;
import dev.sluice.validator.data.DataFile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gathers a file's facts: columns, rows, and lineage tags from the file's own metadata and its
 * sidecar. A tag found in both places with different values is a conflict.
 */
final class FileFactsReader {
  private FileFactsReader() {}

  /** The facts of a source with no sidecar (an in-memory batch). */
  static FileFacts read(DataFile file) {
    return new FileFacts(file.path(), file.columns(), file.rowCount(), file.keyValueMetadata(),
        Map.of(), file.rowGroups(), file.parsesText());
  }

  static FileFacts read(DataFile file, Path path) throws DataProblem {
    Map<String, String> sidecar = LineageSidecar.read(path);
    Map<String, String> tags = new LinkedHashMap<>(file.keyValueMetadata());
    Map<String, String> conflicts = new LinkedHashMap<>();
    sidecar.forEach((key, value) -> {
      String inFile = tags.putIfAbsent(key, value);
      if (inFile != null && !inFile.equals(value)) {
        conflicts.put(key, "file metadata says '" + inFile + "', " + path.getFileName()
            + LineageSidecar.SUFFIX + " says '" + value + "'");
      }
    });
    return new FileFacts(file.path(), file.columns(), file.rowCount(), tags, conflicts,
        file.rowGroups(), file.parsesText());
  }
}
