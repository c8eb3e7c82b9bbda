package dev.sluice.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.validator.report.ToolVersion;
import java.io.UncheckedIOException;

/**
 * The JSON output of the commands other than validate (whose report has its own shape): one
 * indented document per run, starting with {@code schemaVersion} and {@code tool}.
 */
final class CliJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Version of the commands' JSON shapes; bump on any incompatible change. */
  static final String SCHEMA_VERSION = "1.0";

  private CliJson() {}

  /** A new document with its {@code schemaVersion} and {@code tool} members. */
  static ObjectNode root() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.putObject("tool").put("name", "sluice").put("version", ToolVersion.get());
    return root;
  }

  /** A document with no header (changelog). */
  static ObjectNode bare() {
    return MAPPER.createObjectNode();
  }

  /** The document, indented, with a final newline. */
  static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
