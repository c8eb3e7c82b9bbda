package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Workspace ws() {
    return new Workspace(dir);
  }

  @Test
  void cleanDataFromTheLocalServerPasses() {
    Path contract = ws().contract("orders.odcs.yaml");
    ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", contract.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("PASSED: ").contains("3 rows in 1 file");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void violationsExitOneWithExactCountsAndSamples() {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).containsPattern("FAIL +orders\\.amount\\.maximum +amount +1 +")
        .contains("row 1: 150.0").contains("row 1: not-an-email").startsWith("Contract ");
  }

  @Test
  void warningsPassUnlessFailOnWarning() {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("w.parquet", List.<Object[]>of(TinyParquet.row(1L, null, 1.0)));
    assertThat(Cli.run("validate", contract.toString(), data.toString()).exitCode()).isZero();
    Cli strict = Cli.run("validate", "--fail-on", "warning", contract.toString(), data.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("WARNING: ");
  }

  @Test
  void missingDataFileExitsThreeWithOneLineAndNoStackTrace() {
    Path contract = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.run("validate", contract.toString(), dir.resolve("nope.parquet").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).isEqualTo("sluice: " + dir.resolve("nope.parquet") + ": no such file\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void corruptFileExitsThree() {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().text("orders.parquet", "id,email\n1,a@example.com\n");
    Cli cli = Cli.run("validate", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: " + data).hasLineCount(1)
        .doesNotContain("Exception");
  }

  @Test
  void unknownObjectExitsThreeNamingTheObjects() {
    Path contract = ws().contract("orders.odcs.yaml");
    ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", "--object", "customers", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("no schema object 'customers'").contains("[orders]")
        .hasLineCount(1);
  }

  @Test
  void missingContractExitsThree() {
    Cli cli = Cli.run("validate", dir.resolve("absent.yaml").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).isEqualTo("sluice: " + dir.resolve("absent.yaml") + ": no such file\n");
  }

  @Test
  void contractWithLintErrorsExitsThreeWithFindings() {
    Path contract = ws().contract("min-above-max.odcs.yaml");
    Path data = ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains(":12: error: ").contains("[semantic.min-gt-max]")
        .contains("the contract is not valid (1 error)");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void unknownKeysAreWarningsOnStderr() {
    Path contract = ws().contract("unknown-key.odcs.yaml");
    Path data = ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).contains(":6: warning: ").contains("[schema.unknown-key]");
    assertThat(cli.out()).contains("Extra columns (in the data, not in the contract): email, amount");
  }

  @Test
  void noLocalServerAndNoDataExitsThree() {
    Path contract = ws().contract("unknown-key.odcs.yaml");
    Cli cli = Cli.run("validate", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("no server of type local").hasLineCount(2);
  }

  @Test
  void unknownOrRemoteServerExitsThree() {
    Path contract = ws().contract("orders.odcs.yaml");
    assertThat(Cli.run("validate", "--server", "nope", contract.toString()).err())
        .contains("no server 'nope'; it has [local, warehouse]");
    Cli remote = Cli.run("validate", "--server", "warehouse", contract.toString());
    assertThat(remote.exitCode()).isEqualTo(3);
    assertThat(remote.err()).contains("is of type s3");
  }

  @Test
  void badThreadsOrMemoryAreUsageErrors() {
    Cli threads = Cli.run("validate", "--threads", "0", "c.yaml", "d.parquet");
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be 1 or more");
    Cli memory = Cli.run("validate", "--unique-memory", "lots", "c.yaml", "d.parquet");
    assertThat(memory.exitCode()).isEqualTo(2);
    assertThat(memory.err()).contains("not a size: 'lots'");
  }

  @Test
  void tinyUniquenessBudgetEndsThatCheckInErrorWithExitThree() {
    Path contract = ws().contract("orders.odcs.yaml");
    ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", "--unique-memory", "0", "--threads", "1", "--quiet",
        contract.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out()).contains("over the budget of");
  }

  @Test
  void badInputOptionsAreUsageErrors() {
    assertThat(Cli.run("validate", "--input-format", "xls", "c.yaml", "d").err())
        .contains("--input-format must be parquet, arrow, csv or json");
    assertThat(Cli.run("validate", "--json-layout", "tree", "c.yaml", "d").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", "--delimiter", ";;", "c.yaml", "d").err())
        .contains("--delimiter must be one character");
  }

  @Test
  void csvWithAnotherDelimiterIsReadAsNamed() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().text("orders.txt", "id;email\n1;a@example.com\n2;b@example.com\n");
    Cli cli = Cli.run("validate", "--input-format", "csv", "--delimiter", ";", "--format", "json",
        contract.toString(), data.toString());
    assertThat(cli.out()).contains("\"format\" : \"csv\"").contains("\"rowCount\" : 2");
  }

  @Test
  void jsonLinesOnStandardInputAreValidated() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    byte[] lines = "{\"id\": 1, \"email\": \"a@example.com\"}\n{\"id\": 1}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Cli cli = Cli.withInput(lines, "validate", "--input-format", "json", "--format", "json",
        contract.toString(), "-");
    assertThat(cli.out()).contains("\"rowCount\" : 2").contains("\"format\" : \"json\"");
    assertThat(cli.exitCode()).isEqualTo(1); // id 1 twice
  }

  @Test
  void standardInputThatIsNotAnArrowStreamExitsThree() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Cli cli = Cli.withInput("id,email\n1,a\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", contract.toString(), "-");
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("-: not a readable Arrow IPC stream").hasLineCount(1);
  }

  @Test
  void dataAndServerTogetherAreAUsageError() {
    Cli cli = Cli.run("validate", "--server", "local", "c.yaml", "d.parquet");
    assertThat(cli.exitCode()).isEqualTo(2);
  }

  @Test
  void baseDirResolvesGlobs() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Files.createDirectories(dir.resolve("parts"));
    ws().parquet("parts/a.parquet", Workspace.CLEAN_ROWS);
    ws().parquet("parts/b.parquet", List.<Object[]>of(TinyParquet.row(9L, "z@example.com", 1.0)));
    Cli cli = Cli.run("validate", "--base-dir", dir.toString(), contract.toString(), "parts/*.parquet");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("4 rows in 2 files");
    Cli none = Cli.run("validate", "--base-dir", dir.toString(), contract.toString(), "x/*.parquet");
    assertThat(none.exitCode()).isEqualTo(3);
  }

  @Test
  void jsonFormatIsTheReportJson() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", "--format", "json", contract.toString(), data.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("verdict").asText()).isEqualTo("failed");
    assertThat(json.get("rowCount").asLong()).isEqualTo(4);
    assertThat(json.get("checks").size()).isGreaterThan(5);
  }

  @Test
  void outputFileIsWrittenWholeAndLeavesNoTemporaryFile() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old");
    Cli cli = Cli.run("validate", "--format", "json", "--output", report.toString(),
        contract.toString(), data.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(report.toFile()).get("verdict").asText())
        .isEqualTo("failed");
    assertThat(cli.out()).startsWith("FAILED: ").contains("report written to " + report);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void unwritableOutputExitsThree() {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Path report = dir.resolve("no-such-dir/report.txt");
    Cli cli = Cli.run("validate", "--output", report.toString(), contract.toString(), data.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: cannot write the report: ").hasLineCount(1);
  }

  @Test
  void verboseListsPassedChecksIndividually() {
    Path contract = ws().contract("orders.odcs.yaml");
    ws().parquet("orders.parquet", Workspace.CLEAN_ROWS);
    Cli quiet = Cli.run("validate", contract.toString());
    Cli verbose = Cli.run("validate", "--verbose", contract.toString());
    assertThat(quiet.out()).contains("Passed (").doesNotContain("PASS ");
    assertThat(verbose.out()).contains("PASS    orders.id.required").doesNotContain("Passed (");
  }
}
