package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputsTest {
  @TempDir Path dir;

  private Workspace ws() {
    return new Workspace(dir);
  }

  @Test
  void formatFilePairsWriteEveryFileBesideTheTextOnStandardOutput() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path json = dir.resolve("report.json");
    Path junit = dir.resolve("junit.xml");
    Path text = dir.resolve("report.txt");
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--output", "json=" + json,
        "--output", "junit=" + junit, "--output", "TEXT=" + text);
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).startsWith("Contract ").contains("FAILED: ");
    assertThat(Files.readString(text)).isEqualTo(cli.out());
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("verdict").asText()).isEqualTo("failed");
    String xml = Files.readString(junit);
    JunitXml.validate(xml);
    assertThat(JunitXml.elements(JunitXml.parse(xml), "testcase")).hasSize(report.get("checks").size());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file is left").noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aBareFileStillTakesTheFormatReportOffStandardOutput() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("dirty.parquet", Workspace.DIRTY_ROWS);
    Path json = dir.resolve("r.json");
    Path junit = dir.resolve("j.xml");
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--format", "json",
        "--output", json.toString(), "--output", "junit=" + junit);
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).startsWith("FAILED: ")
        .endsWith(" · reports written to " + json + ", " + junit + "\n");
    assertThat(new ObjectMapper().readTree(json.toFile()).get("checks").size()).isPositive();
    JunitXml.validate(Files.readString(junit));
  }

  @Test
  void aFileNameWithAnEqualsSignIsWrittenWhenItIsNotAFormat() throws Exception {
    Path contract = ws().contract("orders.odcs.yaml");
    Path data = ws().parquet("clean.parquet", Workspace.CLEAN_ROWS);
    Cli cli = Cli.run("validate", contract.toString(), data.toString(), "--output",
        dir.resolve("run=3.txt").toString());
    assertThat(cli.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("run=3.txt"))).startsWith("Contract ");
  }

  @Test
  void anUnknownFormatOrTheSameFileTwiceIsAUsageError() {
    Cli unknown = Cli.run("validate", "c.yaml", "d.parquet", "--output", "xml=r.xml");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown report format 'xml'");
    Cli twice = Cli.run("validate", "c.yaml", "d.parquet", "--output", "json=r.json",
        "--output", "junit=./r.json");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("is given twice");
    Cli badFormat = Cli.run("validate", "c.yaml", "d.parquet", "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("expected text, json, junit or html");
    assertThat(Cli.run("validate", "c.yaml", "d.parquet", "--output", "json=").exitCode())
        .isEqualTo(2);
  }
}
