package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.ContractDocument;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code semantic.lineage-tag}: the {@code lineageTags} custom property (a Sluice extension, at
 * the root or on a schema object) must be a list of tag rules, each with a {@code key}; a
 * {@code pattern} must compile in RE2J, a {@code maxAge} must be an ISO-8601 duration
 * ({@code PT6H}, {@code P1D}, {@code P1M}), {@code validValues} must be a list.
 */
final class LineageTags implements SemanticRule {
  static final String PROPERTY = "lineageTags";
  private static final String RULE = "semantic.lineage-tag";

  @Override
  public void check(ContractDocument doc, FindingSink out) {
    for (Located value : lineageTagValues(doc.root())) {
      if (!value.node().isArray()) {
        out.error(RULE, value.path(), "lineageTags must be a list of tag rules");
        continue;
      }
      for (int i = 0; i < value.node().size(); i++) {
        checkTag(value.element(i), out);
      }
    }
  }

  private static List<Located> lineageTagValues(JsonNode root) {
    List<Located> owners = new ArrayList<>(List.of(ContractTree.root(root)));
    owners.addAll(ContractTree.objects(root));
    List<Located> values = new ArrayList<>();
    for (Located owner : owners) {
      ContractTree.elements(owner, "customProperties").stream()
          .filter(p -> p.text("property").equals(PROPERTY))
          .forEach(p -> values.add(p.child("value")));
    }
    return values;
  }

  private static void checkTag(Located tag, FindingSink out) {
    if (!tag.node().isObject() || tag.text("key").isBlank()) {
      out.error(RULE, tag.path(), "a lineage tag rule needs a 'key' naming the tag");
      return;
    }
    Located pattern = tag.child("pattern");
    if (pattern.node().isTextual()) {
      Re2jPatterns.problem(pattern.node().asText()).ifPresent(why -> out.error(RULE, pattern.path(), why));
    }
    Located maxAge = tag.child("maxAge");
    if (!maxAge.node().isMissingNode() && !isDuration(maxAge.node())) {
      out.error(RULE, maxAge.path(), "maxAge '" + maxAge.node().asText()
          + "' is not an ISO-8601 duration such as PT6H or P1D");
    }
    Located validValues = tag.child("validValues");
    if (!validValues.node().isMissingNode() && !validValues.node().isArray()) {
      out.error(RULE, validValues.path(), "validValues must be a list");
    }
  }

  static boolean isDuration(JsonNode node) {
    if (!node.isTextual()) {
      return false;
    }
    String text = node.asText();
    try {
      Duration.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      try {
        Period.parse(text);
        return true;
      } catch (DateTimeParseException notAPeriod) {
        return false;
      }
    }
  }
}
