package dev.sluice.validator.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BoundsTest {
  private static String[] outward(String min, String max, boolean integral) {
    BigDecimal[] b = Bounds.outward(new BigDecimal(min), new BigDecimal(max), integral);
    return new String[] {b[0].toPlainString(), b[1].toPlainString()};
  }

  @Test
  void roundsToAPowerOfTenStepOfTheMagnitude() {
    assertThat(outward("0.37", "987.2", false)).containsExactly("0", "1000");
    assertThat(outward("1000001", "1999999", true)).containsExactly("1000000", "2000000");
    assertThat(outward("-5", "3", true)).containsExactly("-5", "3");
    assertThat(outward("-0.042", "0.013", false)).containsExactly("-0.05", "0.02");
    assertThat(outward("0", "0", true)).containsExactly("0", "0");
  }

  @Test
  void neverRoundsInwardAndIntegersStayIntegers() {
    assertThat(outward("0.2", "0.7", true)).containsExactly("0", "1");
    assertThat(outward("1000", "1000", true)).containsExactly("1000", "1000");
    String max = Long.toString(Long.MAX_VALUE);
    assertThat(outward("1", max, true)).containsExactly("0", max); // beyond a long: kept as seen
  }

  @Test
  void lengthsRoundOutward() {
    assertThat(Bounds.lengthUp(37)).isEqualTo(40);
    assertThat(Bounds.lengthUp(254)).isEqualTo(300);
    assertThat(Bounds.lengthUp(7)).isEqualTo(7);
    assertThat(Bounds.lengthDown(12)).isEqualTo(10);
    assertThat(Bounds.lengthDown(6)).isEqualTo(6);
  }
}
