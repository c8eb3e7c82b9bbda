package dev.sluice.validator.testing;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ODCS v3.1.0 contract written for a test: one schema object and the YAML lines of its
 * properties (indented as list items under {@code properties:}, six spaces).
 *
 * <pre>{@code
 * Contract c = InlineContract.of(dir, "orders",
 *     "      - name: id",
 *     "        logicalType: integer",
 *     "        unique: true");
 * }</pre>
 */
public final class InlineContract {
  private InlineContract() {}

  /** Writes {@code <dir>/<object>.odcs.yaml} and loads it. */
  public static Contract of(Path dir, String object, String... propertyLines) throws Exception {
    List<String> lines = new ArrayList<>(List.of("apiVersion: v3.1.0", "kind: DataContract",
        "id: " + object + "-test", "version: 1.0.0", "status: active", "schema:",
        "  - name: " + object, "    properties:"));
    lines.addAll(List.of(propertyLines));
    Path yaml = dir.resolve(object + ".odcs.yaml");
    Files.writeString(yaml, String.join("\n", lines) + "\n");
    return Contracts.load(yaml);
  }
}
