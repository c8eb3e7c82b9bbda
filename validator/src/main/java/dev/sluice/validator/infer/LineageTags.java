package dev.sluice.validator.infer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.DataProblem;
import dev.sluice.validator.check.FormatTests;
import dev.sluice.validator.data.DataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lineage tags: read from a file's key-value metadata and its {@code <file>.lineage.json}
 * sidecar (keys starting with {@code lineage.}), and turned into {@code lineageTags} rules: a
 * tag is {@code required} when every file has it; its values are constrained by {@code format:
 * date-time} or {@code format: uuid} when every value is one, else by {@code validValues} when no
 * value holds a digit (system names such as {@code crm}; values with digits are run ids,
 * versions or times, which change with every run), else not at all. A tag whose file metadata
 * and sidecar disagree gets no rule (validation reports the conflict anyway).
 */
final class LineageTags {
  static final String PREFIX = "lineage.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_SIDECAR = 1024 * 1024;
  /** The value of a tag whose file metadata and sidecar disagree. */
  private static final String CONFLICT = "\u0000conflict";

  private LineageTags() {}

  static Map<String, String> of(DataFile file, Path path) throws DataProblem {
    Map<String, String> tags = new TreeMap<>();
    file.keyValueMetadata().forEach((k, v) -> {
      if (k.startsWith(PREFIX)) {
        tags.put(k, v);
      }
    });
    sidecar(path).forEach((k, v) -> {
      String inFile = tags.putIfAbsent(k, v);
      if (inFile != null && !inFile.equals(v)) {
        tags.put(k, CONFLICT); // validation fails such a tag whatever the rule: describe none
      }
    });
    return tags;
  }

  private static Map<String, String> sidecar(Path data) throws DataProblem {
    Path file = data.resolveSibling(data.getFileName() + ".lineage.json");
    Map<String, String> tags = new LinkedHashMap<>();
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_SIDECAR) {
        return tags;
      }
      JsonNode root = JSON.readTree(file.toFile());
      if (root != null && root.isObject()) {
        root.fields().forEachRemaining(e -> {
          if (e.getKey().startsWith(PREFIX) && !e.getValue().isContainerNode()) {
            tags.put(e.getKey(), e.getValue().asText());
          }
        });
      }
      return tags;
    } catch (IOException e) {
      throw new DataProblem(file.toString(), "cannot read the lineage sidecar: " + e.getMessage());
    }
  }

  /** The rules for tags seen in {@code perFile} (one map per file). */
  static List<Map<String, Object>> rules(List<Map<String, String>> perFile) {
    Map<String, TreeSet<String>> values = new TreeMap<>();
    Map<String, Integer> seenIn = new TreeMap<>();
    for (Map<String, String> tags : perFile) {
      tags.forEach((k, v) -> {
        values.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
        seenIn.merge(k, 1, Integer::sum);
      });
    }
    List<Map<String, Object>> rules = new ArrayList<>();
    values.forEach((key, seen) -> {
      if (!seen.contains(CONFLICT)) {
        rules.add(rule(key, seen, seenIn.get(key) == perFile.size()));
      }
    });
    return rules;
  }

  private static Map<String, Object> rule(String key, TreeSet<String> seen, boolean everywhere) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("key", key);
    rule.put("required", everywhere);
    if (seen.stream().allMatch(v -> FormatTests.matches("date-time", v))) {
      rule.put("format", "date-time");
    } else if (seen.stream().allMatch(v -> FormatTests.matches("uuid", v))) {
      rule.put("format", "uuid");
    } else if (seen.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit))) {
      rule.put("validValues", new ArrayList<>(seen));
    }
    return rule;
  }
}
