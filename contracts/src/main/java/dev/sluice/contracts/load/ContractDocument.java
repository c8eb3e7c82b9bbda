package dev.sluice.contracts.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A parsed contract file: its tree, and the line where each node starts, keyed by path in the
 * form {@code schema[0].properties[1].name}. The lines are found on first use: only findings
 * need them, so loading a contract without any (validate's usual case) skips that parse.
 */
public final class ContractDocument {
  private final String source;
  private final JsonNode root;
  private final Supplier<Map<String, Integer>> lineIndex;
  private @Nullable Map<String, Integer> lines;

  ContractDocument(String source, JsonNode root, Supplier<Map<String, Integer>> lineIndex) {
    this.source = source;
    this.root = root;
    this.lineIndex = lineIndex;
  }

  public String source() {
    return source;
  }

  public JsonNode root() {
    return root;
  }

  /** The line of the node at {@code path}, or of its nearest located ancestor; 0 if none. */
  public int lineOf(String path) {
    Map<String, Integer> located = lines();
    String p = path;
    while (true) {
      Integer line = located.get(p);
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

  /** Synchronized: the lint asks for lines on its own thread. */
  private synchronized Map<String, Integer> lines() {
    if (lines == null) {
      lines = Map.copyOf(lineIndex.get());
    }
    return lines;
  }
}
