package dev.sluice.contracts.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contract's {@code <id>/index.json}: every published version in SemVer order. The index is
 * the truth: a version file without an entry (a publish that crashed half-way) is not published.
 */
record RegistryIndex(String id, List<IndexEntry> entries) {
  static final String FILE = "index.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  RegistryIndex {
    entries = entries.stream().sorted(Comparator.comparing(IndexEntry::semanticVersion)).toList();
  }

  static RegistryIndex read(Path dir, String id) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return new RegistryIndex(id, List.of());
    }
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      List<IndexEntry> entries = new ArrayList<>();
      for (JsonNode e : root.path("versions")) {
        entries.add(entry(e));
      }
      return new RegistryIndex(id, entries);
    } catch (JsonProcessingException | IllegalStateException e) {
      throw new IOException(file + ": not a valid registry index: " + e.getMessage(), e);
    }
  }

  Optional<IndexEntry> entry(SemanticVersion version) {
    return entries.stream().filter(e -> e.semanticVersion().compareTo(version) == 0).findFirst();
  }

  /** The highest published version below {@code version}: the one it must stay compatible with. */
  Optional<IndexEntry> highestBelow(SemanticVersion version) {
    return entries.stream().filter(e -> e.semanticVersion().compareTo(version) < 0)
        .reduce((a, b) -> b);
  }

  RegistryIndex with(IndexEntry entry) {
    List<IndexEntry> more = new ArrayList<>(entries);
    more.add(entry);
    return new RegistryIndex(id, more);
  }

  void write(Path dir) throws IOException {
    ObjectNode root = MAPPER.createObjectNode().put("id", id);
    ArrayNode versions = root.putArray("versions");
    for (IndexEntry e : entries) {
      ObjectNode node = versions.addObject().put("version", e.version()).put("file", e.file())
          .put("sha256", e.sha256()).put("publishedAt", e.publishedAt())
          .put("checkedAgainst", e.checkedAgainst()).put("compatibility", e.compatibility());
      e.breakingChanges().forEach(node.putArray("breakingChanges")::add);
      node.put("allowBreakingReason", e.allowBreakingReason());
    }
    AtomicFiles.write(dir.resolve(FILE),
        (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static IndexEntry entry(JsonNode e) {
    List<String> breaking = new ArrayList<>();
    e.path("breakingChanges").forEach(b -> breaking.add(b.asText()));
    return new IndexEntry(required(e, "version"), required(e, "file"), required(e, "sha256"),
        required(e, "publishedAt"), optional(e, "checkedAgainst"), required(e, "compatibility"),
        breaking, optional(e, "allowBreakingReason"));
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalStateException("an entry lacks '" + field + "'");
    }
    return value.asText();
  }

  private static @Nullable String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
