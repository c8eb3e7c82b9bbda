package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path dir;

  private Workspace ws() {
    return new Workspace(dir);
  }

  @Test
  void validContractExitsZero() {
    Path contract = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("lint", contract.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).isEqualTo("PASSED: 1 contract: 0 errors, 0 warnings (strict mode)\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void invalidContractExitsOneWithLocatedFindings() {
    Path contract = ws().contract("min-above-max.odcs.yaml");
    Cli cli = Cli.run("lint", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains(contract + ":12: error: ")
        .contains("(at schema[0].properties[0].logicalTypeOptions.minimum)")
        .contains("[semantic.min-gt-max]")
        .contains("FAILED: 1 contract: 1 error, 0 warnings");
  }

  @Test
  void yamlSyntaxErrorIsAFindingExitingOne() {
    Path contract = ws().contract("syntax-error.yaml");
    Cli cli = Cli.run("lint", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).containsPattern("syntax-error.yaml:\\d+: error: not valid YAML").contains("[yaml.syntax]");
  }

  @Test
  void unknownKeyIsAnErrorInStrictModeAndAWarningWithCompat() {
    Path contract = ws().contract("unknown-key.odcs.yaml");
    Cli strict = Cli.run("lint", contract.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains(":6: error: ").contains("[schema.unknown-key]");
    Cli compat = Cli.run("lint", "--compat", contract.toString());
    assertThat(compat.exitCode()).isZero();
    assertThat(compat.out()).contains(":6: warning: ").contains("0 errors, 1 warning (compat mode)");
  }

  @Test
  void missingFileExitsThreeWithOneLine() {
    Cli cli = Cli.run("lint", dir.resolve("absent.yaml").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).isEqualTo("sluice: " + dir.resolve("absent.yaml") + ": no such file\n");
  }

  @Test
  void directoryIsUnreadable() {
    Cli cli = Cli.run("lint", dir.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: " + dir + ": ").hasLineCount(1);
  }

  @Test
  void unreadableFileWinsOverLintErrors() {
    Path bad = ws().contract("min-above-max.odcs.yaml");
    Cli cli = Cli.run("lint", bad.toString(), dir.resolve("absent.yaml").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out()).contains("[semantic.min-gt-max]").contains("1 unreadable");
  }

  @Test
  void jsonFormatListsEveryFileAndFinding() throws Exception {
    Path good = ws().contract("orders.odcs.yaml");
    Path bad = ws().contract("min-above-max.odcs.yaml");
    Cli cli = Cli.run("lint", "--format", "json", good.toString(), bad.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("verdict").asText()).isEqualTo("failed");
    assertThat(json.get("files")).hasSize(2);
    JsonNode finding = json.get("files").get(1).get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("semantic.min-gt-max");
    assertThat(finding.get("line").asInt()).isEqualTo(12);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
  }
}
