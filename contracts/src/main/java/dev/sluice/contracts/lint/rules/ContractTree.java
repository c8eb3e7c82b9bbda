package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Walks the parts of a contract tree that semantic rules look at, each with its path. */
final class ContractTree {
  private ContractTree() {}

  /** The elements of an array field that are objects; none when the field is absent. */
  static List<Located> elements(Located parent, String key) {
    Located array = parent.child(key);
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < array.node().size() && array.node().isArray(); i++) {
      if (array.node().get(i).isObject()) {
        out.add(array.element(i));
      }
    }
    return out;
  }

  static Located root(JsonNode root) {
    return new Located(root, "");
  }

  /** The schema objects ({@code schema[i]}). */
  static List<Located> objects(JsonNode root) {
    return elements(root(root), "schema");
  }

  /** Every property of an object or property, at any depth, including array {@code items}. */
  static List<Located> propertiesDeep(Located owner) {
    List<Located> out = new ArrayList<>();
    for (Located property : elements(owner, "properties")) {
      out.add(property);
      out.addAll(propertiesDeep(property));
    }
    Located items = owner.child("items");
    if (items.node().isObject()) {
      out.add(items);
      out.addAll(propertiesDeep(items));
    }
    return out;
  }

  /** Every property of every object. */
  static List<Located> allProperties(JsonNode root) {
    List<Located> out = new ArrayList<>();
    objects(root).forEach(o -> out.addAll(propertiesDeep(o)));
    return out;
  }

  /** Every quality rule: at the root, on objects and on properties at any depth. */
  static List<Located> qualityRules(JsonNode root) {
    List<Located> out = new ArrayList<>(elements(root(root), "quality"));
    for (Located object : objects(root)) {
      out.addAll(elements(object, "quality"));
      propertiesDeep(object).forEach(p -> out.addAll(elements(p, "quality")));
    }
    return out;
  }

  /** Library rules: {@code type: library}, or no type (library is the default). */
  static boolean isLibrary(Located rule) {
    String type = rule.text("type");
    return type.isEmpty() || type.equals("library");
  }
}
