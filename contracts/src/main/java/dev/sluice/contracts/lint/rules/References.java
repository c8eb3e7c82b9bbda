package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.ContractDocument;
import java.util.List;

/**
 * {@code semantic.unknown-element}: an SLA {@code element} (or {@code slaDefaultElement}) or a
 * relationship end that names nothing. An SLA element naming a missing property of an object of
 * this contract is an error (it decides what is measured); a relationship end doing so is a
 * warning (relationships only document links). An object this contract does not define is a warning, because relationships and SLAs
 * may point at other contracts' tables (the official examples do), so it cannot be judged here.
 * {@code semantic.key-length}: a composite relationship whose {@code from} and {@code to} differ
 * in length.
 */
final class References implements SemanticRule {
  private static final String RULE = "semantic.unknown-element";

  @Override
  public void check(ContractDocument doc, FindingSink out) {
    ElementIndex index = new ElementIndex(doc.root());
    Located root = ContractTree.root(doc.root());
    checkElements(root.child("slaDefaultElement"), index, out);
    ContractTree.elements(root, "slaProperties")
        .forEach(sla -> checkElements(sla.child("element"), index, out));
    for (Located object : ContractTree.objects(doc.root())) {
      ContractTree.elements(object, "relationships").forEach(r -> checkRelationship(r, 0, index, out));
      for (Located property : ContractTree.propertiesDeep(object)) {
        ContractTree.elements(property, "relationships")
            .forEach(r -> checkRelationship(r, 1, index, out));
      }
    }
  }

  /** SLA elements may list several, separated by commas. */
  private static void checkElements(Located element, ElementIndex index, FindingSink out) {
    if (element.node().isTextual()) {
      for (String name : element.node().asText().split(",")) {
        report(name.trim(), element.path(), index, out, true);
      }
    }
  }

  /** {@code implicitFrom}: 1 at property level, where {@code from} is the property itself. */
  private static void checkRelationship(
      Located relationship, int implicitFrom, ElementIndex index, FindingSink out) {
    Located from = relationship.child("from");
    Located to = relationship.child("to");
    references(from).forEach(name -> report(name, from.path(), index, out, false));
    references(to).forEach(name -> report(name, to.path(), index, out, false));
    int fromLength = implicitFrom == 1 ? 1 : references(from).size();
    int toLength = references(to).size();
    boolean composite = from.node().isArray() || to.node().isArray();
    if (composite && fromLength > 0 && toLength > 0 && fromLength != toLength) {
      out.error("semantic.key-length", relationship.path(), "a composite key maps " + fromLength
          + " column(s) to " + toLength + "; 'from' and 'to' must have the same length");
    }
  }

  private static List<String> references(Located end) {
    JsonNode v = end.node();
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    return v.isArray() ? streamText(v) : List.of();
  }

  private static List<String> streamText(JsonNode array) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }

  /**
   * {@code drivesChecks}: an SLA element decides what freshness measures, so naming nothing is an
   * error; a relationship only documents a link (Sluice runs no check on it), so it is a warning.
   */
  private static void report(String name, String path, ElementIndex index, FindingSink out,
      boolean drivesChecks) {
    switch (index.resolve(name)) {
      case NO_PROPERTY:
        String message = "'" + name + "' names no property of that object";
        if (drivesChecks) {
          out.error(RULE, path, message);
        } else {
          out.warning(RULE, path, message);
        }
        break;
      case NO_OBJECT:
        out.warning(RULE, path, "'" + name + "' names no object of this contract;"
            + " it cannot be checked here (checks that need it will not run)");
        break;
      default:
        break;
    }
  }
}
