package dev.sluice.contracts.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

/**
 * One bundled ODCS schema: compiled for validation, and as a plain tree so that cascades can be
 * judged against what the schema declares.
 *
 * @param location the classpath IRI the schema was compiled from
 */
record BundledSchema(
    String apiVersion, String location, JsonSchema compiled, JsonNode tree, SchemaRegistry registry) {

  /** The sub-schema at a JSON pointer inside this schema, compiled once. */
  JsonSchema fragment(String pointer) {
    return registry.fragment(location + "#" + pointer);
  }
}
