package dev.sluice.contracts.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** An operator with its operands, e.g. {@code mustBeBetween [0, 10]}. */
public record Threshold(Operator operator, List<BigDecimal> operands) {

  /** The threshold of a constraint that tolerates no failing rows. */
  public static final Threshold ZERO = new Threshold(Operator.MUST_BE, List.of(BigDecimal.ZERO));

  public Threshold {
    operands = List.copyOf(operands);
    if (operands.size() != operator.arity()) {
      throw new IllegalArgumentException(
          operator.key() + " takes " + operator.arity() + " operand(s), got " + operands.size());
    }
  }

  public boolean test(BigDecimal metric) {
    return operator.test(metric, operands);
  }

  /**
   * Whether the threshold allows no failing rows at all ({@code mustBe: 0}, {@code
   * mustBeLessThan: 1}, {@code mustBeLessOrEqualTo: 0}): such rules judge each row.
   */
  public boolean toleratesNone() {
    return !test(BigDecimal.ONE) && test(BigDecimal.ZERO);
  }

  @Override
  public String toString() {
    String values =
        operands.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
    return operator.key() + " " + (operands.size() > 1 ? "[" + values + "]" : values);
  }
}
