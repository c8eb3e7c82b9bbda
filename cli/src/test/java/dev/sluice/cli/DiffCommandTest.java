package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;

  private Workspace ws() {
    return new Workspace(dir);
  }

  /** orders.odcs.yaml with its text edited, saved as {@code name}. */
  private Path variant(String name, String from, String to) throws IOException {
    Path v1 = dir.resolve("orders.odcs.yaml");
    if (!Files.exists(v1)) {
      ws().contract("orders.odcs.yaml");
    }
    String text = Files.readString(v1);
    assertThat(text).contains(from);
    return ws().text(name, text.replace(from, to));
  }

  @Test
  void contractDiffedWithItselfReportsNothing() {
    Path v1 = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v1.toString(), "--mode", "full");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo("PASSED: 0 changes, 0 breaking forward, 0 breaking backward (full mode)\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void wideningBreaksForwardOnly() throws IOException {
    Path v2 = variant("v2.odcs.yaml", "maximum: 100", "maximum: 1000");
    Path v1 = dir.resolve("orders.odcs.yaml");
    Cli forward = Cli.run("diff", v1.toString(), v2.toString());
    assertThat(forward.exitCode()).isEqualTo(1);
    assertThat(forward.out()).containsPattern("BREAKING +range\\.widened +schema\\[orders\\]"
            + "\\.properties\\[amount\\]\\.logicalTypeOptions\\.maximum +100 +1000 +forward\n")
        .endsWith("FAILED: 1 change, 1 breaking forward, 0 breaking backward (forward mode)\n");
    Cli backward = Cli.run("diff", v1.toString(), v2.toString(), "--mode", "backward");
    assertThat(backward.exitCode()).isZero();
    assertThat(backward.out()).doesNotContain("BREAKING").contains("PASSED: 1 change");
  }

  @Test
  void tighteningBreaksBackwardAndFull() throws IOException {
    Path v2 = variant("v2.odcs.yaml", "maximum: 100", "maximum: 50");
    Path v1 = dir.resolve("orders.odcs.yaml");
    assertThat(Cli.run("diff", v1.toString(), v2.toString()).exitCode()).isZero();
    assertThat(Cli.run("diff", v1.toString(), v2.toString(), "--mode", "backward").exitCode())
        .isEqualTo(1);
    Cli full = Cli.run("diff", v1.toString(), v2.toString(), "--mode", "FULL");
    assertThat(full.exitCode()).isEqualTo(1);
    assertThat(full.out()).contains("range.narrowed").contains("(full mode)");
  }

  @Test
  void jsonListsEveryChangeWithBothDirections() throws Exception {
    Path v2 = variant("v2.odcs.yaml", "        unique: true\n", "");
    Path v1 = dir.resolve("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v2.toString(), "--format", "json");
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(json.get("mode").asText()).isEqualTo("forward");
    assertThat(json.get("verdict").asText()).isEqualTo("failed");
    assertThat(json.at("/old/id").asText()).isEqualTo("cli-test-orders");
    assertThat(json.at("/summary/changes").asInt()).isEqualTo(1);
    JsonNode change = json.get("changes").get(0);
    assertThat(change.get("kind").asText()).isEqualTo("unique.disabled");
    assertThat(change.get("path").asText()).isEqualTo("schema[orders].properties[id].unique");
    assertThat(change.get("oldValue").asText()).isEqualTo("true");
    assertThat(change.get("breaksForward").asBoolean()).isTrue();
    assertThat(change.get("breaksBackward").asBoolean()).isFalse();
    assertThat(change.get("breaking").asBoolean()).isTrue();
    assertThat(json.has("data")).isFalse();
  }

  @Test
  void dataThatFailsOnlyUnderNewBitesAndFails() throws Exception {
    Path v2 = variant("v2.odcs.yaml", "maximum: 100", "maximum: 25");
    Path data = ws().parquet("orders.parquet", Workspace.CLEAN_ROWS); // amounts 10, 20, 30
    Path v1 = dir.resolve("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v2.toString(), "--data", data.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("data: 3 rows of orders: passed under OLD, failed under NEW; "
        + "1 check fails only under NEW: the backward breaks bite on this data")
        .contains("(maximum): 1 row: ")
        .contains("FAILED: 1 change, 0 breaking forward, 1 breaking backward (forward mode)");
    Cli json = Cli.run("diff", v1.toString(), v2.toString(), "--format", "json", "--data",
        data.toString());
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.at("/data/bites").asBoolean()).isTrue();
    assertThat(node.at("/data/bitingChecks/0/kind").asText()).isEqualTo("maximum");
    assertThat(node.at("/data/bitingChecks/0/failedRows").asLong()).isEqualTo(1);
  }

  @Test
  void dataThatPassesBothVersionsDoesNotBite() throws IOException {
    Path v2 = variant("v2.odcs.yaml", "maximum: 100", "maximum: 50");
    Path data = ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Path v1 = dir.resolve("orders.odcs.yaml");
    Cli forward = Cli.run("diff", v1.toString(), v2.toString(), "--data", data.toString());
    assertThat(forward.exitCode()).isZero();
    assertThat(forward.out()).contains("passed under OLD, passed under NEW; no check fails under "
        + "NEW that passed under OLD: the backward breaks do not bite on this data");
    Cli backward = Cli.run("diff", v1.toString(), v2.toString(), "--mode", "backward", "--data",
        data.toString());
    assertThat(backward.exitCode()).isEqualTo(1);
  }

  @Test
  void dataAlreadyFailingOldDoesNotCountAgainstTheChange() throws IOException {
    Path v2 = variant("v2.odcs.yaml", "maximum: 100", "maximum: 99");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS); // amount 150 fails both
    Path v1 = dir.resolve("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v2.toString(), "--data", data.toString());
    assertThat(cli.out()).contains("failed under OLD, failed under NEW; no check fails under NEW");
    assertThat(cli.exitCode()).isZero();
  }

  @Test
  void missingContractIsOneLineExitThree() {
    Path v1 = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), dir.resolve("absent.yaml").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).isEqualTo("sluice: " + dir.resolve("absent.yaml") + ": no such file\n");
  }

  @Test
  void invalidContractExitsThreeNamingIt() {
    Path v1 = ws().contract("orders.odcs.yaml");
    Path bad = ws().contract("min-above-max.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), bad.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("[semantic.min-gt-max]")
        .contains("sluice: " + bad + ": the contract is not valid (1 error)");
  }

  @Test
  void missingDataIsExitThree() {
    Path v1 = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v1.toString(), "--data",
        dir.resolve("none.parquet").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: ").hasLineCount(1);
  }

  @Test
  void unknownModeIsAUsageError() {
    Path v1 = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("diff", v1.toString(), v1.toString(), "--mode", "sideways");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("expected forward, backward or full but was 'sideways'");
  }
}
