package dev.sluice.contracts.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The eight ODCS quality operators. Between and not-between take {@code [a, b]} and are
 * inclusive of both ends, as datacontract-cli and the older DCS spec treat them.
 */
public enum Operator {
  MUST_BE("mustBe", 1, "="),
  MUST_NOT_BE("mustNotBe", 1, "!="),
  MUST_BE_GREATER_THAN("mustBeGreaterThan", 1, ">"),
  MUST_BE_GREATER_OR_EQUAL_TO("mustBeGreaterOrEqualTo", 1, ">="),
  MUST_BE_LESS_THAN("mustBeLessThan", 1, "<"),
  MUST_BE_LESS_OR_EQUAL_TO("mustBeLessOrEqualTo", 1, "<="),
  MUST_BE_BETWEEN("mustBeBetween", 2, "between"),
  MUST_NOT_BE_BETWEEN("mustNotBeBetween", 2, "not between");

  private final String key;
  private final int arity;
  private final String symbol;

  Operator(String key, int arity, String symbol) {
    this.key = key;
    this.arity = arity;
    this.symbol = symbol;
  }

  /** The key as written in a contract, e.g. {@code mustBeLessThan}. */
  public String key() {
    return key;
  }

  /** How many operands it takes: 1, or 2 for the between operators. */
  public int arity() {
    return arity;
  }

  public String symbol() {
    return symbol;
  }

  public static Optional<Operator> fromKey(String key) {
    for (Operator op : values()) {
      if (op.key.equals(key)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code value} satisfies this operator against {@code operands}. */
  public boolean test(BigDecimal value, List<BigDecimal> operands) {
    int c = value.compareTo(operands.get(0));
    switch (this) {
      case MUST_BE: return c == 0;
      case MUST_NOT_BE: return c != 0;
      case MUST_BE_GREATER_THAN: return c > 0;
      case MUST_BE_GREATER_OR_EQUAL_TO: return c >= 0;
      case MUST_BE_LESS_THAN: return c < 0;
      case MUST_BE_LESS_OR_EQUAL_TO: return c <= 0;
      case MUST_BE_BETWEEN: return c >= 0 && value.compareTo(operands.get(1)) <= 0;
      case MUST_NOT_BE_BETWEEN: return c < 0 || value.compareTo(operands.get(1)) > 0;
      default: throw new AssertionError(this);
    }
  }
}
