package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void printsABashScriptThatKnowsEveryCommandAndOption() {
    Cli cli = Cli.run("completion");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("complete -F").contains("validate").contains("infer")
        .contains("--quarantine").contains("--input-format");
  }
}
