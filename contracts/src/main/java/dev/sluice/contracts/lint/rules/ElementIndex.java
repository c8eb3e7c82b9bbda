package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the names a contract uses to point at its own objects and properties: shorthand
 * {@code object.property} (by name or physicalName, nested properties by further dots) and
 * fully qualified {@code schema/<id>/properties/<id>} (by id).
 */
final class ElementIndex {
  private final JsonNode root;

  ElementIndex(JsonNode root) {
    this.root = root;
  }

  /** How a reference resolved. */
  enum Resolution {
    FOUND,
    /** The object is not in this contract: possibly another contract's; cannot be judged. */
    NO_OBJECT,
    /** The object is here but has no such property: certainly wrong. */
    NO_PROPERTY
  }

  Resolution resolve(String reference) {
    if (reference.contains("#")) {
      return Resolution.NO_OBJECT; // another file's element
    }
    String ref = reference.startsWith("/") ? reference.substring(1) : reference;
    return ref.contains("/") ? byIds(ref.split("/")) : byNames(ref.split("\\."));
  }

  private Resolution byNames(String[] parts) {
    Optional<Located> object = find(ContractTree.objects(root), parts[0], "name", "physicalName");
    if (object.isEmpty()) {
      boolean anyProperty = parts.length == 1
          && find(ContractTree.allProperties(root), parts[0], "name", "physicalName").isPresent();
      return anyProperty ? Resolution.FOUND : Resolution.NO_OBJECT;
    }
    Located current = object.get();
    for (int i = 1; i < parts.length; i++) {
      Optional<Located> next =
          find(ContractTree.elements(current, "properties"), parts[i], "name", "physicalName");
      if (next.isEmpty()) {
        return Resolution.NO_PROPERTY;
      }
      current = next.get();
    }
    return Resolution.FOUND;
  }

  /** {@code schema/<objectId>/properties/<propertyId>/...}. */
  private Resolution byIds(String[] parts) {
    if (parts.length < 2 || !parts[0].equals("schema")) {
      return Resolution.NO_OBJECT;
    }
    Optional<Located> current = find(ContractTree.objects(root), parts[1], "id");
    if (current.isEmpty()) {
      return Resolution.NO_OBJECT;
    }
    for (int i = 3; i < parts.length; i += 2) {
      current = find(ContractTree.elements(current.get(), parts[i - 1]), parts[i], "id");
      if (current.isEmpty()) {
        return Resolution.NO_PROPERTY;
      }
    }
    return Resolution.FOUND;
  }

  private static Optional<Located> find(List<Located> candidates, String name, String... keys) {
    return candidates.stream()
        .filter(c -> List.of(keys).stream().anyMatch(k -> c.text(k).equals(name)))
        .findFirst();
  }
}
