package dev.sluice.contracts.load;

import static dev.sluice.contracts.load.Nodes.strings;
import static dev.sluice.contracts.load.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.QualityRule;
import dev.sluice.contracts.model.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps one quality rule; reads ODCS 3.0's {@code rule} key as the metric. */
final class QualityMapper {
  private QualityMapper() {}

  static QualityRule map(JsonNode node, String path) {
    String metric = text(node, "metric");
    if (metric == null) {
      metric = text(node, "rule");
    }
    JsonNode args = node.path("arguments");
    Map<String, Object> arguments = args.isObject() ? Nodes.plainMap(args, k -> true) : Map.of();
    return new QualityRule(
        text(node, "id"),
        text(node, "name"),
        text(node, "type", "library"),
        metric,
        threshold(node),
        arguments,
        text(node, "unit"),
        text(node, "severity"),
        text(node, "dimension"),
        text(node, "description"),
        text(node, "query"),
        text(node, "engine"),
        strings(node, "tags"));
  }

  /** The rule's single operator; null when it has none, two, or operands of the wrong shape. */
  static @Nullable Threshold threshold(JsonNode node) {
    Threshold found = null;
    for (Operator op : Operator.values()) {
      JsonNode v = node.get(op.key());
      if (v == null) {
        continue;
      }
      List<BigDecimal> operands = operands(v);
      if (found != null || operands.size() != op.arity()) {
        return null;
      }
      found = new Threshold(op, operands);
    }
    return found;
  }

  private static List<BigDecimal> operands(JsonNode v) {
    List<BigDecimal> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        BigDecimal n = Nodes.number(e);
        if (n == null) {
          return List.of();
        }
        out.add(n);
      }
    } else if (v.isNumber()) {
      out.add(v.decimalValue());
    }
    return out;
  }
}
