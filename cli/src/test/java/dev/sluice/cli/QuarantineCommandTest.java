package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --quarantine DIR}: the split beside the report, and its refusals. */
class QuarantineCommandTest {
  @TempDir Path dir;

  @Test
  void splitsTheDirtyRowsAndSaysWhereTheyWent() {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path out = dir.resolve("q");
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--quarantine",
        out.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).containsPattern("quarantine: \\d+ rows? accepted -> .*accepted\\.parquet, "
        + "\\d+ rows? rejected -> .*rejected\\.parquet");
    assertThat(out.resolve("accepted.parquet")).isRegularFile();
    assertThat(out.resolve("rejected.parquet")).isRegularFile();
    Cli accepted = Cli.run("validate", contract.toString(), out.resolve("accepted.parquet").toString(),
        "--format", "json");
    assertThat(accepted.out()).doesNotContain("\"status\" : \"failed\"");
  }

  @Test
  void theJsonReportGainsAQuarantineMemberWithCountsThatAddUp() throws Exception {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--format", "json",
        "--quarantine", dir.resolve("q").toString());
    JsonNode report = new ObjectMapper().readTree(cli.out());
    JsonNode quarantine = report.get("quarantine");
    assertThat(quarantine.get("acceptedRows").asLong() + quarantine.get("rejectedRows").asLong())
        .isEqualTo(report.get("rowCount").asLong());
    assertThat(quarantine.get("rejectedRows").asLong()).isPositive();
    assertThat(quarantine.get("outputs").get(0).get("rejected").asText()).endsWith("rejected.parquet");
  }

  @Test
  void standardInputCannotBeQuarantined() {
    Path contract = new Workspace(dir).contract("orders.odcs.yaml");
    Cli cli = Cli.withInput(new byte[0], "validate", contract.toString(), "-", "--quarantine",
        dir.resolve("q").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--quarantine needs DATA files");
  }

  @Test
  void aFatalInputErrorWritesNoOutputAtAll() throws Exception {
    Path contract = new Workspace(dir).contract("orders.odcs.yaml");
    Path ragged = Files.writeString(dir.resolve("ragged.csv"),
        "order_id,customer_email,amount\n1,a@b.io,10.0\n2,c@d.io\n");
    Path out = dir.resolve("q");
    Cli cli = Cli.run("validate", contract.toString(), ragged.toString(), "--quarantine",
        out.toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: ").contains("ragged.csv").contains("line 3");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnwritableFolderIsExitThreeAndLeavesNothing() throws Exception {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    Path data = ws.parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--quarantine",
        file.resolve("q").toString());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: ").contains("quarantine folder").doesNotContain("\tat ");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(".sluice-") || n.startsWith("accepted"));
    }
  }
}
