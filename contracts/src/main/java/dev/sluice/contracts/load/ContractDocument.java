package dev.sluice.contracts.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed contract file: its tree, and the line where each node starts, keyed by path in the
 * form {@code schema[0].properties[1].name}.
 */
public record ContractDocument(String source, JsonNode root, Map<String, Integer> lines) {

  public ContractDocument {
    lines = Map.copyOf(lines);
  }

  /** The line of the node at {@code path}, or of its nearest located ancestor; 0 if none. */
  public int lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = Paths.parent(p);
    }
  }

  /** The {@code apiVersion} as written, or empty. */
  public String apiVersion() {
    JsonNode v = root.get("apiVersion");
    return v == null || !v.isTextual() ? "" : v.asText();
  }
}
