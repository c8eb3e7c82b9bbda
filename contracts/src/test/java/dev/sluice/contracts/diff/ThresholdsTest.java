package dev.sluice.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.diff.Thresholds.Relation;
import dev.sluice.contracts.model.Operator;
import dev.sluice.contracts.model.Threshold;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  private static Threshold t(Operator op, double... operands) {
    return new Threshold(op, java.util.Arrays.stream(operands).mapToObj(BigDecimal::valueOf).toList());
  }

  @Test
  void zeroToleranceWrittenTwoWaysIsTheSameForRowCounts() {
    Threshold mustBeZero = t(Operator.MUST_BE, 0);
    Threshold lessThanOne = t(Operator.MUST_BE_LESS_THAN, 1);
    assertThat(Thresholds.relation(mustBeZero, lessThanOne, true)).isEqualTo(Relation.SAME);
    assertThat(Thresholds.relation(mustBeZero, lessThanOne, false)).isEqualTo(Relation.LOOSER);
  }

  @Test
  void upperBoundLoweredIsTighter() {
    assertThat(Thresholds.relation(t(Operator.MUST_BE_LESS_OR_EQUAL_TO, 10),
        t(Operator.MUST_BE_LESS_THAN, 10), true)).isEqualTo(Relation.TIGHTER);
    assertThat(Thresholds.relation(t(Operator.MUST_BE_LESS_THAN, 5),
        t(Operator.MUST_BE_LESS_OR_EQUAL_TO, 5), false)).isEqualTo(Relation.LOOSER);
  }

  @Test
  void betweenInsideBetweenIsTighterAndOverlapIsOther() {
    Threshold wide = t(Operator.MUST_BE_BETWEEN, 0, 100);
    assertThat(Thresholds.relation(wide, t(Operator.MUST_BE_BETWEEN, 10, 90), false))
        .isEqualTo(Relation.TIGHTER);
    assertThat(Thresholds.relation(wide, t(Operator.MUST_BE_GREATER_THAN, 50), false))
        .isEqualTo(Relation.OTHER);
    assertThat(Thresholds.relation(t(Operator.MUST_NOT_BE_BETWEEN, 10, 20),
        t(Operator.MUST_NOT_BE, 15), false)).isEqualTo(Relation.LOOSER);
  }

  @Test
  void percentThresholdsCompareBetweenWholeNumbers() {
    Threshold underFive = t(Operator.MUST_BE_LESS_THAN, 5);
    Threshold atMostFourAndHalf = new Threshold(Operator.MUST_BE_LESS_OR_EQUAL_TO,
        List.of(new BigDecimal("4.5")));
    assertThat(Thresholds.relation(underFive, atMostFourAndHalf, false)).isEqualTo(Relation.TIGHTER);
    // on whole row counts, < 5 and <= 4.5 accept the same values
    assertThat(Thresholds.relation(underFive, atMostFourAndHalf, true)).isEqualTo(Relation.SAME);
  }
}
