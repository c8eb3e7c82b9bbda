package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.Paths;

/** A node of the contract tree with its document path. */
record Located(JsonNode node, String path) {

  Located child(String key) {
    return new Located(node.path(key), Paths.child(path, key));
  }

  Located element(int i) {
    return new Located(node.path(i), Paths.index(path, i));
  }

  String text(String key) {
    JsonNode v = node.get(key);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : "";
  }
}
