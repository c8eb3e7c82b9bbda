package dev.sluice.validator.check;

import dev.sluice.validator.data.ValueType;
import java.math.BigDecimal;
import java.util.Optional;

/** {@code multipleOf}: exact on integers and decimals; floats by their shortest decimal form. */
public final class NumberTests {
  private NumberTests() {}

  public static ValueTests.Factory multipleOf(BigDecimal divisor) {
    return type -> compile(divisor, type);
  }

  private static Optional<ValueTest> compile(BigDecimal divisor, ValueType type) {
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    switch (type.kind()) {
      case INTEGER:
        if (divisor.stripTrailingZeros().scale() <= 0 && divisor.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
          long d = divisor.longValue();
          return Optional.of(new ValueTest() {
            @Override
            public boolean failsLong(long v) {
              return v % d != 0;
            }
          });
        }
        return Optional.of(new ValueTest() {
          @Override
          public boolean failsLong(long v) {
            return BigDecimal.valueOf(v).remainder(divisor).signum() != 0;
          }
        });
      case FLOAT:
        return Optional.of(new ValueTest() {
          @Override
          public boolean failsDouble(double v) {
            return !Double.isFinite(v) || BigDecimal.valueOf(v).remainder(divisor).signum() != 0;
          }
        });
      case DECIMAL:
        return Optional.of(new ValueTest() {
          @Override
          public boolean failsObject(Object v) {
            return ((BigDecimal) v).remainder(divisor).signum() != 0;
          }
        });
      default:
        return Optional.empty();
    }
  }
}
