package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.ContractDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code semantic.min-gt-max}: a lower bound above the upper one, or equal bounds where either
 * is exclusive (no value can pass). Numbers compare as numbers, ISO dates and timestamps as
 * instants; ODCS 3.0's boolean {@code exclusiveMinimum: true} makes {@code minimum} exclusive.
 * {@code semantic.min-length-gt-max-length}: {@code minLength > maxLength}.
 */
final class RangeBounds implements SemanticRule {
  @Override
  public void check(ContractDocument doc, FindingSink out) {
    for (Located property : ContractTree.allProperties(doc.root())) {
      Located options = property.child("logicalTypeOptions");
      if (options.node().isObject()) {
        checkRange(options, out);
        checkLengths(options, out);
      }
    }
  }

  private static void checkRange(Located options, FindingSink out) {
    for (Bound lower : bounds(options, "minimum", "exclusiveMinimum")) {
      for (Bound upper : bounds(options, "maximum", "exclusiveMaximum")) {
        Optional<Integer> order = BoundValue.compare(lower.value(), upper.value());
        boolean empty = order.isPresent()
            && (order.get() > 0 || (order.get() == 0 && (lower.exclusive() || upper.exclusive())));
        if (empty) {
          out.error("semantic.min-gt-max", options.child(lower.key()).path(),
              lower.key() + " " + lower.value().asText() + " is not below " + upper.key() + " "
                  + upper.value().asText() + "; no value can satisfy both");
          return;
        }
      }
    }
  }

  /** The inclusive bound (3.0 flag applied) and the 3.1-style exclusive bound, if given. */
  private static List<Bound> bounds(Located options, String inclusiveKey, String exclusiveKey) {
    List<Bound> out = new ArrayList<>();
    JsonNode inclusive = options.node().get(inclusiveKey);
    JsonNode exclusive = options.node().get(exclusiveKey);
    boolean flag = exclusive != null && exclusive.isBoolean() && exclusive.booleanValue();
    if (inclusive != null && inclusive.isValueNode()) {
      out.add(new Bound(inclusiveKey, inclusive, flag));
    }
    if (exclusive != null && (exclusive.isNumber() || exclusive.isTextual())) {
      out.add(new Bound(exclusiveKey, exclusive, true));
    }
    return out;
  }

  private static void checkLengths(Located options, FindingSink out) {
    JsonNode min = options.node().get("minLength");
    JsonNode max = options.node().get("maxLength");
    if (min != null && max != null && min.isNumber() && max.isNumber()
        && min.decimalValue().compareTo(max.decimalValue()) > 0) {
      out.error("semantic.min-length-gt-max-length", options.child("minLength").path(),
          "minLength " + min.asText() + " is greater than maxLength " + max.asText());
    }
  }

  private record Bound(String key, JsonNode value, boolean exclusive) {}
}
