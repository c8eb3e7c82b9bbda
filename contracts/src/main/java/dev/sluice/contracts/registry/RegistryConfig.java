package dev.sluice.contracts.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.contracts.diff.CompatibilityMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The registry owner's settings, {@code registry.json} at the registry's root (optional):
 *
 * <pre>{@code
 * {"defaultCompatibility": "forward", "compatibility": {"orders": "full", "customers": "backward"}}
 * }</pre>
 *
 * Without the file (or a key), every contract id uses {@code forward}.
 */
final class RegistryConfig {
  static final String FILE = "registry.json";

  private RegistryConfig() {}

  static CompatibilityMode compatibility(Path root, String id) throws IOException {
    Path file = root.resolve(FILE);
    if (!Files.exists(file)) {
      return CompatibilityMode.FORWARD;
    }
    try {
      JsonNode config = new ObjectMapper().readTree(file.toFile());
      JsonNode mode = config.path("compatibility").path(id);
      if (mode.isMissingNode()) {
        mode = config.path("defaultCompatibility");
      }
      return mode.isMissingNode() ? CompatibilityMode.FORWARD : CompatibilityMode.parse(mode.asText());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IOException(file + ": not a valid registry configuration: " + e.getMessage(), e);
    }
  }
}
