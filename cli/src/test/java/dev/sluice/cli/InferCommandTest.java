package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferCommandTest {
  private static final Path SAMPLE = Path.of("..", "samples", "orders", "data", "orders.parquet");

  @TempDir Path dir;

  @Test
  void writesAContractThatLintsCleanAndTheSamplePassesFromItsServerPath() throws Exception {
    Path contract = dir.resolve("out").resolve("orders.odcs.yaml");
    Files.createDirectories(contract.getParent());
    Cli infer = Cli.run("infer", SAMPLE.toString(), "--output", contract.toString(), "--profile");
    assertThat(infer.exitCode()).as(infer.err()).isZero();
    assertThat(infer.out()).contains("wrote").contains("2000 rows");
    assertThat(Cli.run("lint", contract.toString()).exitCode()).isZero();
    Cli validate = Cli.run("validate", contract.toString()); // no DATA: the local server's path
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    String yaml = Files.readString(contract);
    assertThat(yaml).contains("path: ").doesNotContain(dir.toString());
    Path profile = dir.resolve("out").resolve("orders.odcs.yaml.profile.json");
    JsonNode columns = new ObjectMapper().readTree(profile.toFile()).get("columns");
    assertThat(columns).hasSize(10);
    assertThat(columns.get(0).get("distinct").get("count").asLong()).isEqualTo(2000);
    assertThat(yaml).doesNotContain("nullFraction");
  }

  @Test
  void theOutputsFolderIsMadeBeforeTheScanAndAFileInTheWayFailsAtOnce() throws Exception {
    Path nested = dir.resolve("a/b/orders.odcs.yaml");
    assertThat(Cli.run("infer", SAMPLE.toString(), "--output", nested.toString()).exitCode())
        .isZero();
    assertThat(nested).isRegularFile();
    Path file = java.nio.file.Files.writeString(dir.resolve("plain"), "x");
    Cli blocked = Cli.run("infer", SAMPLE.toString(), "--output",
        file.resolve("o.odcs.yaml").toString());
    assertThat(blocked.exitCode()).isEqualTo(3);
    assertThat(blocked.err()).contains("cannot create the output's folder").hasLineCount(1);
  }

  @Test
  void printsToStandardOutputWithTheProfileAsComments() throws Exception {
    Path csv = Files.writeString(dir.resolve("pets.csv"), "name,legs\ncat,4\nbird,2\n");
    Cli infer = Cli.run("infer", csv.toString(), "--name", "pets", "--profile");
    assertThat(infer.exitCode()).as(infer.err()).isZero();
    assertThat(infer.out()).startsWith("# Inferred").contains("name: pets")
        .contains("# --- profile").contains("#   \"profileVersion\" : \"1.0\"");
    Path contract = Files.writeString(dir.resolve("pets.odcs.yaml"), infer.out());
    Cli validate = Cli.run("validate", contract.toString(), csv.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
  }

  @Test
  void csvOptionsAreThoseOfValidate() throws Exception {
    Path csv = Files.writeString(dir.resolve("semi.csv"), "1;a\n2;b\n3;c\n");
    Path contract = dir.resolve("semi.odcs.yaml");
    Cli infer = Cli.run("infer", csv.toString(), "--delimiter", ";", "--no-header",
        "--output", contract.toString());
    assertThat(infer.exitCode()).as(infer.err()).isZero();
    assertThat(Files.readString(contract)).contains("name: column_1").contains("logicalType: integer");
    Cli validate = Cli.run("validate", contract.toString(), "--delimiter", ";", "--no-header");
    assertThat(validate.exitCode()).as(validate.out()).isZero();
  }

  @Test
  void enumThresholdOptionControlsEnums() throws Exception {
    Cli with = Cli.run("infer", SAMPLE.toString());
    Cli without = Cli.run("infer", SAMPLE.toString(), "--enum-threshold", "0");
    assertThat(with.out()).contains("metric: invalidValues");
    assertThat(without.out()).doesNotContain("metric: invalidValues");
  }

  @Test
  void missingDataIsExitThreeAndBadOptionsExitTwo() {
    Cli missing = Cli.run("infer", dir.resolve("nope.parquet").toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.parquet").contains("no such file");
    assertThat(Cli.run("infer", SAMPLE.toString(), "--enum-threshold", "-1").exitCode()).isEqualTo(2);
    assertThat(Cli.run("infer", SAMPLE.toString(), "--input-format", "xml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("infer").exitCode()).isEqualTo(2);
  }

  @Test
  void helpListsItsExitCodes() {
    Cli help = Cli.run("infer", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--enum-threshold").contains("the contract (and the profile) was written");
  }
}
