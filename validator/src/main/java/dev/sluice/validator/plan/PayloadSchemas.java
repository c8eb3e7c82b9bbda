package dev.sluice.validator.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.LogicalTypeOptions;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The JSON Schema (draft 2019-09) a JSON payload must satisfy, derived from an {@code object} or
 * {@code array} property of the contract: its fields' types ({@code integer}, {@code number},
 * {@code string}, {@code boolean}, nested objects and arrays; dates, times and timestamps are
 * strings, with {@code format: date} for dates), {@code required} fields, numeric bounds (inclusive
 * or exclusive), lengths, patterns and formats. Fields the contract does not name are allowed,
 * as ODCS does not forbid them.
 */
final class PayloadSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PayloadSchemas() {}

  /** Whether a property describes a JSON payload: an object or array with declared content. */
  static boolean describesPayload(FieldSpec field) {
    String type = lower(field.logicalType());
    return ("object".equals(type) && !field.properties().isEmpty())
        || ("array".equals(type) && field.items() != null);
  }

  static ObjectNode of(FieldSpec field) {
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2019-09/schema");
    schema.setAll(node(field));
    return schema;
  }

  private static ObjectNode node(FieldSpec field) {
    ObjectNode node = JSON.objectNode();
    String type = lower(field.logicalType());
    switch (type == null ? "" : type) {
      case "object":
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        var required = JSON.arrayNode();
        for (FieldSpec child : field.properties()) {
          properties.set(child.columnName(), node(child));
          if (child.required()) {
            required.add(child.columnName());
          }
        }
        if (!required.isEmpty()) {
          node.set("required", required);
        }
        break;
      case "array":
        node.put("type", "array");
        if (field.items() != null) {
          node.set("items", node(field.items()));
        }
        break;
      case "integer": case "long": case "int":
        node.put("type", "integer");
        break;
      case "number": case "double": case "float": case "decimal":
        node.put("type", "number");
        break;
      case "boolean":
        node.put("type", "boolean");
        break;
      case "date":
        node.put("type", "string");
        node.put("format", "date");
        break;
      case "string": case "timestamp": case "time":
        node.put("type", "string");
        break;
      default:
        break; // no declared type: anything
    }
    if (!field.required() && node.has("type")) {
      node.set("type", JSON.arrayNode().add(node.get("type").asText()).add("null"));
    }
    options(node, field.options());
    return node;
  }

  private static void options(ObjectNode node, LogicalTypeOptions o) {
    if (o.lower() != null && o.lower().value() instanceof BigDecimal) {
      node.put(o.lower().exclusive() ? "exclusiveMinimum" : "minimum", (BigDecimal) o.lower().value());
    }
    if (o.upper() != null && o.upper().value() instanceof BigDecimal) {
      node.put(o.upper().exclusive() ? "exclusiveMaximum" : "maximum", (BigDecimal) o.upper().value());
    }
    if (o.minLength() != null) {
      node.put("minLength", o.minLength());
    }
    if (o.maxLength() != null) {
      node.put("maxLength", o.maxLength());
    }
    if (o.pattern() != null) {
      node.put("pattern", o.pattern());
    }
    if (o.format() != null && PAYLOAD_FORMATS.contains(o.format().toLowerCase(Locale.ROOT))) {
      node.put("format", o.format().toLowerCase(Locale.ROOT));
    }
    if (o.multipleOf() != null) {
      node.put("multipleOf", new BigDecimal(o.multipleOf().toString()));
    }
  }

  /** Formats JSON Schema and ODCS name alike. */
  private static final java.util.Set<String> PAYLOAD_FORMATS = java.util.Set.of("email", "uuid",
      "uri", "hostname", "ipv4", "ipv6", "date-time", "date", "time");

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
