package dev.sluice.contracts.lint.rules;

import dev.sluice.contracts.load.ContractDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code semantic.duplicate-property}: two properties of one object (or one nested object)
 * share a name; {@code semantic.duplicate-object}: two schema objects share a name. A check
 * or a column lookup by name could only pick one of them.
 */
final class DuplicateNames implements SemanticRule {
  @Override
  public void check(ContractDocument doc, FindingSink out) {
    Located root = ContractTree.root(doc.root());
    report(ContractTree.elements(root, "schema"), "semantic.duplicate-object", "schema object", out);
    for (Located object : ContractTree.objects(doc.root())) {
      checkOwner(object, out);
      ContractTree.propertiesDeep(object).forEach(p -> checkOwner(p, out));
    }
  }

  private static void checkOwner(Located owner, FindingSink out) {
    report(ContractTree.elements(owner, "properties"), "semantic.duplicate-property", "property", out);
  }

  private static void report(List<Located> siblings, String rule, String noun, FindingSink out) {
    Map<String, Located> firstByName = new HashMap<>();
    for (Located sibling : siblings) {
      String name = sibling.text("name");
      Located first = name.isEmpty() ? null : firstByName.putIfAbsent(name, sibling);
      if (first != null) {
        out.error(rule, sibling.child("name").path(),
            "duplicate " + noun + " name '" + name + "' (first at " + first.path() + ")");
      }
    }
  }
}
