package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --color}: coloured statuses when asked, plain text otherwise and off a terminal. */
class ColorOptionTest {
  @TempDir Path dir;

  @Test
  void alwaysColoursTheStatusesAndTheVerdict() {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--color", "always");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("\u001b[31mFAIL\u001b[0m ").contains("\u001b[1;31mFAILED\u001b[0m:");
    Cli before = Cli.run("--color=always", "validate", contract.toString(), data.toString());
    assertThat(before.out()).contains("\u001b[1;31mFAILED");
  }

  @Test
  void neverAndAutoOffATerminalArePlain() {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    assertThat(Cli.run("validate", contract.toString(), data.toString(), "--color", "never").out())
        .doesNotContain("\u001b[");
    assertThat(Cli.run("validate", contract.toString(), data.toString()).out())
        .doesNotContain("\u001b[").contains("FAILED: ");
    Cli json = Cli.run("validate", contract.toString(), data.toString(), "--color", "always",
        "--format", "json");
    assertThat(json.out()).doesNotContain("\u001b[");
  }

  @Test
  void aBadValueIsAUsageError() {
    Cli cli = Cli.run("validate", "x.yaml", "--color", "sometimes");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("expected auto, always or never");
  }
}
