package dev.sluice.validator.infer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sluice.validator.infer.DatasetScan.FileSummary;
import dev.sluice.validator.infer.DatasetScan.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles the inferred contract as an ODCS v3.1.0 document and writes it as YAML. */
final class ContractYaml {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final InferOptions options;
  private final Result result;
  private final Set<String> untyped;

  ContractYaml(InferOptions options, Result result, Set<String> untyped) {
    this.options = options;
    this.result = result;
    this.untyped = untyped;
  }

  static String write(Map<String, Object> document) {
    try {
      return "# Inferred by sluice infer from the data; review it before you publish it.\n"
          + YAML.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the contract as YAML", e);
    }
  }

  Map<String, Object> document(List<String> notes) {
    String name = name();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "v3.1.0");
    doc.put("kind", "DataContract");
    doc.put("id", name.replaceAll("[^A-Za-z0-9_-]", "_"));
    doc.put("name", name);
    doc.put("version", "0.1.0");
    doc.put("status", "draft");
    doc.put("description", Map.of("purpose", "Inferred by sluice infer from "
        + result.files().size() + (result.files().size() == 1 ? " file" : " files") + " ("
        + result.rows() + " rows); review before publishing."));
    doc.put("servers", List.of(server()));
    doc.put("schema", List.of(object(name, notes)));
    List<Map<String, String>> perFile = new ArrayList<>();
    result.files().forEach(f -> perFile.add(f.tags()));
    List<Map<String, Object>> tags = LineageTags.rules(perFile);
    if (!tags.isEmpty()) {
      Map<String, Object> lineage = new LinkedHashMap<>(); // in this order, run after run
      lineage.put("property", "lineageTags");
      lineage.put("value", tags);
      doc.put("customProperties", List.of(lineage));
    }
    return doc;
  }

  private Map<String, Object> object(String name, List<String> notes) {
    LeafRules rules = new LeafRules(options);
    PropertyTree tree = new PropertyTree(rules,
        path -> new LeafRules.Leaf(result.columns().get(path), result.files().get(0).format(),
            untyped.contains(path)),
        path -> result.files().stream().allMatch(f -> f.columns().contains(path)));
    result.columns().forEach((path, p) -> {
      if (!tree.add(path)) {
        notes.add("column " + path + " left out: a map or an unnamed field has no ODCS form");
      } else if (p.conflicting) {
        notes.add("column " + path + ": the files disagree on its type; only presence and nulls"
            + " are described");
      }
    });
    untyped.stream().filter(result.columns()::containsKey).forEach(path -> notes.add("column "
        + path + ": its JSON values are of several types; described without a logicalType"));
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("name", name);
    object.put("physicalName", stem(result.files().get(0).path()));
    object.put("physicalType", "table");
    object.put("properties", tree.properties());
    return object;
  }

  private Map<String, Object> server() {
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("server", "local");
    server.put("type", "local");
    server.put("format", result.files().get(0).format());
    server.put("path", options.serverPath() != null ? options.serverPath() : defaultPath());
    return server;
  }

  /** One file: its path; several in one folder with one extension: a glob; else the first. */
  private String defaultPath() {
    List<Path> paths = new ArrayList<>();
    result.files().forEach(f -> paths.add(f.path()));
    return ServerPaths.of(paths);
  }

  private String name() {
    return options.nameOption().orElseGet(() -> stem(result.files().get(0).path()));
  }

  static String stem(Path file) {
    String n = file.getFileName() == null ? "dataset" : file.getFileName().toString();
    int dot = n.indexOf('.');
    String s = dot > 0 ? n.substring(0, dot) : n;
    return s.isEmpty() ? "dataset" : s;
  }
}
