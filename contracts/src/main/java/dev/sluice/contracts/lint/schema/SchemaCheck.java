package dev.sluice.contracts.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.Finding;
import dev.sluice.contracts.lint.LintMode;
import dev.sluice.contracts.load.ContractDocument;
import dev.sluice.contracts.load.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Validates a document against the official ODCS schema of its {@code apiVersion} and reports
 * one located finding per real problem. Thread-safe: schemas are compiled once and shared.
 */
public final class SchemaCheck {
  private static final String NEWEST_APPROVED = "v3.1.0";

  public List<Finding> check(ContractDocument doc, LintMode mode) {
    // the registry is looked up here, not when a linter is created: see SchemaRegistry.shared
    Optional<BundledSchema> schema = SchemaRegistry.shared().forVersion(doc.apiVersion());
    if (schema.isEmpty()) {
      return List.of(unknownVersion(doc));
    }
    List<SchemaProblem> problems = problems(schema.get(), doc.root());
    if (!problems.isEmpty() && validUnderNewest(doc)) {
      return List.of(versionMismatch(doc));
    }
    return problems.stream()
        .map(p -> finding(p, doc, mode))
        .collect(Collectors.toList());
  }

  private static List<SchemaProblem> problems(BundledSchema schema, JsonNode root) {
    List<Issue> raw = schema.compiled().validate(root).stream().map(Issue::of).toList();
    return new CascadeCollapser(schema, root).collapse(raw);
  }

  /**
   * Official examples label 3.1 content (a {@code metric}, {@code timestamp}, numeric
   * {@code exclusiveMinimum}) as v3.0.x, and the v3.1.0 schema itself accepts v3.0.x
   * apiVersions. Such a contract is accepted with one warning saying what to declare, instead of
   * a dozen errors about features its label predates.
   */
  private boolean validUnderNewest(ContractDocument doc) {
    return doc.apiVersion().startsWith("v3.0.")
        && SchemaRegistry.shared().forVersion(NEWEST_APPROVED)
            .map(s -> s.compiled().validate(doc.root()).isEmpty())
            .orElse(false);
  }

  private static Finding versionMismatch(ContractDocument doc) {
    return Finding.warning("schema.api-version-mismatch", "apiVersion", doc.lineOf("apiVersion"),
        "the contract uses ODCS " + NEWEST_APPROVED + " features but declares " + doc.apiVersion()
            + "; it is valid " + NEWEST_APPROVED + ", so declare apiVersion: " + NEWEST_APPROVED);
  }

  private static Finding finding(SchemaProblem problem, ContractDocument doc, LintMode mode) {
    String path = pathOf(doc.root(), problem.pointer());
    int line = doc.lineOf(path);
    String message = problem.message();
    boolean tolerated = mode == LintMode.COMPAT && problem.rule().equals("schema.unknown-key");
    return tolerated
        ? Finding.warning(problem.rule(), path, line, message)
        : Finding.error(problem.rule(), path, line, message);
  }

  private static Finding unknownVersion(ContractDocument doc) {
    String declared = doc.apiVersion().isEmpty() ? "no apiVersion" : "apiVersion '" + doc.apiVersion() + "'";
    return Finding.error("schema.api-version", "apiVersion", doc.lineOf("apiVersion"),
        declared + " is not supported; use one of " + SchemaRegistry.VERSIONS);
  }

  /**
   * Converts a JSON pointer into a document path, asking the tree whether each step is an
   * array index or a key (a key may be all digits).
   */
  static String pathOf(JsonNode root, String pointer) {
    String path = "";
    JsonNode node = root;
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (node.isArray()) {
        path = Paths.index(path, Integer.parseInt(token));
        node = node.path(Integer.parseInt(token));
      } else {
        path = Paths.child(path, token);
        node = node.path(token);
      }
    }
    return path;
  }
}
