package dev.sluice.contracts.load;

import static dev.sluice.contracts.load.Nodes.list;
import static dev.sluice.contracts.load.Nodes.plain;
import static dev.sluice.contracts.load.Nodes.strings;
import static dev.sluice.contracts.load.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.model.Contract;
import dev.sluice.contracts.model.CustomProperty;
import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.Fundamentals;
import dev.sluice.contracts.model.Server;
import dev.sluice.contracts.model.SlaProperty;
import java.util.Objects;

/**
 * Maps a parsed document into the model. Lenient by design: what is missing or mistyped reads
 * as absent, because lint (run first) is what reports it, with its line.
 */
public final class ContractMapper {
  private final FieldMapper fields = new FieldMapper();

  public Contract map(ContractDocument doc) {
    JsonNode root = doc.root();
    return new Contract(
        doc.source(),
        fundamentals(root),
        list(root, "schema", "", this::dataset),
        list(root, "quality", "", QualityMapper::map),
        list(root, "slaProperties", "", (n, p) -> sla(n)),
        text(root, "slaDefaultElement"),
        list(root, "servers", "", (n, p) -> server(n)),
        list(root, "customProperties", "", (n, p) -> customProperty(n)));
  }

  private static Fundamentals fundamentals(JsonNode root) {
    JsonNode description = root.path("description");
    return new Fundamentals(
        text(root, "apiVersion", ""),
        text(root, "kind", "DataContract"),
        text(root, "id", ""),
        text(root, "name"),
        text(root, "version", ""),
        text(root, "status", ""),
        text(root, "domain"),
        text(root, "dataProduct"),
        text(root, "tenant"),
        description.isObject() ? text(description, "purpose") : null,
        strings(root, "tags"));
  }

  private DatasetSpec dataset(JsonNode node, String path) {
    return new DatasetSpec(
        text(node, "name", ""),
        text(node, "physicalName"),
        text(node, "physicalType"),
        text(node, "description"),
        list(node, "properties", path, fields::map),
        list(node, "quality", path, QualityMapper::map),
        list(node, "customProperties", path, (n, p) -> customProperty(n)),
        strings(node, "tags"));
  }

  private static SlaProperty sla(JsonNode node) {
    return new SlaProperty(
        text(node, "property", ""),
        plain(node.get("value")),
        plain(node.get("valueExt")),
        text(node, "unit"),
        text(node, "element"),
        text(node, "driver"));
  }

  private static Server server(JsonNode node) {
    return new Server(
        text(node, "server", ""),
        text(node, "type", ""),
        Nodes.plainMap(node, k -> true));
  }

  static CustomProperty customProperty(JsonNode node) {
    Object value = plain(node.get("value"));
    return new CustomProperty(text(node, "property", ""), Objects.requireNonNullElse(value, ""));
  }
}
