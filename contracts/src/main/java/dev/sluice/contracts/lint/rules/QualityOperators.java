package dev.sluice.contracts.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.contracts.load.ContractDocument;
import dev.sluice.contracts.model.Operator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The operator of a library quality rule, reported once per rule:
 *
 * <ul>
 *   <li>{@code semantic.unknown-operator}: a {@code must...} key that is no operator (a typo);
 *   <li>{@code semantic.operator-count}: no operator, or more than one;
 *   <li>{@code semantic.operand}: an operand that is not a number, or a between that is not
 *       {@code [a, b]} with {@code a < b} (the schema's {@code uniqueItems} forbids {@code a == b}).
 * </ul>
 *
 * The schema's own operator errors are dropped in favour of these (see the schema collapser).
 */
final class QualityOperators implements SemanticRule {
  @Override
  public void check(ContractDocument doc, FindingSink out) {
    for (Located rule : ContractTree.qualityRules(doc.root())) {
      if (ContractTree.isLibrary(rule)) {
        checkRule(rule, out);
      }
    }
  }

  private static void checkRule(Located rule, FindingSink out) {
    List<Operator> operators = new ArrayList<>();
    List<String> misspelt = new ArrayList<>();
    for (Iterator<String> keys = rule.node().fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      Optional<Operator> op = Operator.fromKey(key);
      if (op.isPresent()) {
        operators.add(op.get());
      } else if (key.startsWith("must")) {
        misspelt.add(key);
      }
    }
    misspelt.forEach(key -> out.error("semantic.unknown-operator", rule.child(key).path(),
        "'" + key + "' is not a quality operator" + suggestion(key)));
    if (operators.size() > 1) {
      out.error("semantic.operator-count", rule.path(), "a quality rule takes one operator, found "
          + operators.stream().map(Operator::key).toList());
    } else if (operators.isEmpty() && misspelt.isEmpty()) {
      out.error("semantic.operator-count", rule.path(),
          "a library quality rule needs one operator (mustBe, mustBeLessThan, mustBeBetween...)");
    } else if (operators.size() == 1) {
      checkOperand(rule.child(operators.get(0).key()), operators.get(0), out);
    }
  }

  private static void checkOperand(Located operand, Operator op, FindingSink out) {
    JsonNode v = operand.node();
    if (op.arity() == 1 && !v.isNumber()) {
      out.error("semantic.operand", operand.path(), op.key() + " needs a number, found " + v);
    } else if (op.arity() == 2 && !isOrderedPair(v)) {
      out.error("semantic.operand", operand.path(),
          op.key() + " needs two numbers [a, b] with a < b, found " + v);
    }
  }

  private static boolean isOrderedPair(JsonNode v) {
    return v.isArray() && v.size() == 2 && v.get(0).isNumber() && v.get(1).isNumber()
        && v.get(0).decimalValue().compareTo(v.get(1).decimalValue()) < 0;
  }

  private static String suggestion(String key) {
    Operator closest = Operator.MUST_BE;
    for (Operator op : Operator.values()) {
      if (distance(key, op.key()) < distance(key, closest.key())) {
        closest = op;
      }
    }
    return distance(key, closest.key()) <= 3 ? "; did you mean '" + closest.key() + "'?" : "";
  }

  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitute = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitute, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
