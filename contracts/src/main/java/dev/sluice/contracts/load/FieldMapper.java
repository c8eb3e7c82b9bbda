package dev.sluice.contracts.load;

import static dev.sluice.contracts.load.Nodes.bool;
import static dev.sluice.contracts.load.Nodes.list;
import static dev.sluice.contracts.load.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.model.FieldSpec;
import dev.sluice.contracts.model.LogicalTypeOptions;
import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps one schema property (recursively for objects and arrays) into a {@link FieldSpec}. */
final class FieldMapper {
  private static final Set<String> TYPED_OPTIONS =
      Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
          "maxLength", "pattern", "format", "multipleOf", "timezone");

  FieldSpec map(JsonNode node, String path) {
    JsonNode items = node.get("items");
    return new FieldSpec(
        text(node, "name", ""),
        text(node, "physicalName"),
        text(node, "logicalType"),
        text(node, "physicalType"),
        text(node, "description"),
        bool(node, "required"),
        bool(node, "unique"),
        bool(node, "primaryKey"),
        Nodes.integer(node, "primaryKeyPosition", -1),
        text(node, "classification"),
        options(node.path("logicalTypeOptions")),
        list(node, "properties", path, this::map),
        items != null && items.isObject() ? map(items, Paths.child(path, "items")) : null,
        list(node, "quality", path, QualityMapper::map),
        list(node, "customProperties", path, (n, p) -> ContractMapper.customProperty(n)));
  }

  static LogicalTypeOptions options(JsonNode node) {
    if (!node.isObject()) {
      return LogicalTypeOptions.NONE;
    }
    return new LogicalTypeOptions(
        bound(node, "minimum", "exclusiveMinimum"),
        bound(node, "maximum", "exclusiveMaximum"),
        Nodes.integerOrNull(node, "minLength"),
        Nodes.integerOrNull(node, "maxLength"),
        text(node, "pattern"),
        text(node, "format"),
        scalar(node.get("multipleOf")),
        text(node, "timezone"),
        Nodes.plainMap(node, k -> !TYPED_OPTIONS.contains(k)));
  }

  /**
   * ODCS 3.1 writes an exclusive bound as a value ({@code exclusiveMinimum: 5}); 3.0 writes a
   * flag next to the inclusive one ({@code minimum: 5, exclusiveMinimum: true}).
   */
  private static @Nullable Bound bound(JsonNode node, String inclusiveKey, String exclusiveKey) {
    JsonNode exclusive = node.get(exclusiveKey);
    Object inclusive = scalar(node.get(inclusiveKey));
    if (exclusive != null && !exclusive.isBoolean()) {
      Object value = scalar(exclusive);
      return value == null ? null : new Bound(value, true);
    }
    boolean flag = exclusive != null && exclusive.booleanValue();
    return inclusive == null ? null : new Bound(inclusive, flag);
  }

  private static @Nullable Object scalar(@Nullable JsonNode v) {
    if (v == null || v.isNull() || v.isContainerNode() || v.isBoolean()) {
      return null;
    }
    return v.isNumber() ? v.decimalValue() : v.asText();
  }
}
