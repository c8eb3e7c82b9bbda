package dev.sluice.validator.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.DataProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code <data file>.lineage.json}: a flat JSON object of lineage tags, if present. */
final class LineageSidecar {
  static final String SUFFIX = ".lineage.json";
  private static final long MAX_BYTES = 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private LineageSidecar() {}

  static Map<String, String> read(Path dataFile) throws DataProblem {
    Path sidecar = dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
    if (!Files.isRegularFile(sidecar)) {
      return Map.of();
    }
    try {
      if (Files.size(sidecar) > MAX_BYTES) {
        throw new DataProblem(sidecar.toString(), "lineage sidecar larger than 1 MiB");
      }
      return flat(JSON.readTree(sidecar.toFile()), sidecar);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataProblem(sidecar + ":" + line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataProblem(sidecar.toString(), "cannot read: " + e.getMessage());
    }
  }

  private static Map<String, String> flat(JsonNode root, Path sidecar) throws DataProblem {
    if (root == null || !root.isObject()) {
      throw new DataProblem(sidecar.toString(), "a lineage sidecar must be one flat JSON object");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    var fields = root.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      if (e.getValue().isContainerNode()) {
        throw new DataProblem(sidecar.toString(), "tag " + e.getKey() + " must be a string, not "
            + e.getValue().getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
      tags.put(e.getKey(), e.getValue().asText());
    }
    return tags;
  }
}
