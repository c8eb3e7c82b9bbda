package dev.sluice.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.validator.report.Verdict;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FailOnTest {
  @Test
  void errorFailsOnFailedChecksAndChecksThatCouldNotRun() {
    assertThat(failing(FailOn.ERROR)).containsExactly(Verdict.FAILED, Verdict.ERROR);
  }

  @Test
  void warningFailsOnWarningsToo() {
    assertThat(failing(FailOn.WARNING))
        .containsExactly(Verdict.WARNING, Verdict.FAILED, Verdict.ERROR);
  }

  @Test
  void neverFailsOnNothing() {
    assertThat(failing(FailOn.NEVER)).isEmpty();
  }

  @Test
  void parsesAnyCaseAndRejectsOtherWords() {
    assertThat(FailOn.parse(" Warning ")).isEqualTo(FailOn.WARNING);
    assertThatThrownBy(() -> FailOn.parse("fatal")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error, warning or never");
  }

  private static EnumSet<Verdict> failing(FailOn failOn) {
    return Arrays.stream(Verdict.values()).filter(failOn::fails)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
  }
}
