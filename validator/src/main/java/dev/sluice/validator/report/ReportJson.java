package dev.sluice.validator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a {@link ValidationReport} in the JSON shape of CONTRACT-SEMANTICS.md. Field names are a
 * public interface that other tools parse: change them only with {@code schemaVersion}.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private ReportJson() {}

  /** The same report on one line, for JSON Lines output (one report per batch). */
  public static String writeLine(ValidationReport report) {
    return write(tree(report), true);
  }

  public static String write(ValidationReport report) {
    return write(tree(report), false);
  }

  /** A report's {@link #tree} (with members a caller added), indented or on one line. */
  public static String write(ObjectNode tree, boolean oneLine) {
    try {
      return (oneLine ? COMPACT : MAPPER).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode tree(ValidationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", ValidationReport.SCHEMA_VERSION);
    root.putObject("tool").put("name", "sluice").put("version", ToolVersion.get());
    root.putObject("contract").put("id", report.contractId()).put("version", report.contractVersion());
    root.put("object", report.object());
    ArrayNode datasets = root.putArray("datasets");
    report.datasets().forEach(d -> dataset(datasets.addObject(), d));
    root.put("verdict", report.verdict().json());
    root.put("rowCount", report.rowCount());
    ObjectNode summary = root.putObject("summary");
    report.summary().forEach((status, n) -> summary.put(status.json(), n));
    root.put("durationMs", report.durationMs());
    ArrayNode checks = root.putArray("checks");
    report.checks().forEach(c -> check(checks.addObject(), c));
    return root;
  }

  private static void dataset(ObjectNode node, DatasetInfo d) {
    node.put("path", d.path()).put("format", d.format()).put("rows", d.rows());
    if (d.createdBy() != null) {
      node.put("createdBy", d.createdBy());
    }
    ArrayNode extra = node.putArray("extraColumns");
    d.extraColumns().forEach(extra::add);
  }

  private static void check(ObjectNode node, CheckResult c) {
    node.put("id", c.id()).put("object", c.object()).put("property", c.property());
    node.put("kind", c.kind().json()).put("status", c.status().json());
    node.put("severity", c.severity().json());
    node.put("observed", c.observed());
    if (c.failedRows() == null) {
      node.putNull("failedRows");
    } else {
      node.put("failedRows", c.failedRows());
    }
    node.put("threshold", c.threshold()).put("source", c.source()).put("message", c.message());
    ArrayNode samples = node.putArray("samples");
    c.samples().forEach(s -> samples.addObject().put("row", s.row()).put("value", s.value()));
    if (!c.details().isEmpty()) {
      node.set("details", MAPPER.valueToTree((Map<String, Object>) c.details()));
    }
  }
}
