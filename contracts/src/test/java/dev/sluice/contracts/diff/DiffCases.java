package dev.sluice.contracts.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sluice.contracts.ContractException;
import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.TestFiles;
import dev.sluice.contracts.model.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The before/after pairs of {@code diff/rule-cases.yaml}, and contracts built from YAML bodies. */
final class DiffCases {
  private DiffCases() {}

  /** One pair: diffing {@code old} to {@code new} reports exactly one change of {@code kind}. */
  record Case(String kind, String reverse, String path, String oldBody, String newBody) {
    @Override
    public String toString() {
      return kind + " at " + path;
    }
  }

  static List<Case> all() {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory())
          .readTree(TestFiles.resource("diff/rule-cases.yaml").toFile());
      List<Case> cases = new ArrayList<>();
      root.forEach(n -> cases.add(new Case(n.get("kind").asText(), n.get("reverse").asText(),
          n.get("path").asText(), n.get("old").asText(), n.get("new").asText())));
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a contract (a fixed header, then {@code body}) into {@code dir} and loads it. */
  static Contract contract(Path dir, String name, String body) {
    String header = "apiVersion: v3.1.0\nkind: DataContract\nid: diff-case\nversion: 1.0.0\n"
        + (body.contains("status:") ? "" : "status: active\n");
    try {
      Path file = Files.writeString(dir.resolve(name + ".odcs.yaml"), header + body);
      return Contracts.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContractException e) {
      throw new IllegalStateException("test contract " + name + " is invalid:\n" + e.getMessage(), e);
    }
  }
}
