package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
  @TempDir Path dir;

  private Path v1() {
    Path file = dir.resolve("orders.odcs.yaml");
    return Files.exists(file) ? file : new Workspace(dir).contract("orders.odcs.yaml");
  }

  /** orders.odcs.yaml at another version, with one text edit. */
  private Path version(String version, String from, String to) throws IOException {
    String text = Files.readString(v1());
    assertThat(text).contains("version: 1.0.0").contains(from);
    return new Workspace(dir).text("orders-" + version + ".odcs.yaml",
        text.replace("version: 1.0.0", "version: " + version).replace(from, to));
  }

  /** orders.odcs.yaml at another version with a 0xFF (never UTF-8) in its purpose, line 7. */
  private Path notUtf8(String version) throws IOException {
    String text = Files.readString(version(version, "status: active\n",
        "status: active\ndescription:\n  purpose: caf?\n"));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[text.indexOf('?')] = (byte) 0xFF;
    return Files.write(dir.resolve("not-utf8-" + version + ".odcs.yaml"), bytes);
  }

  private String registry() {
    return dir.resolve("registry").toString();
  }

  @Test
  void publishesTheFirstVersionAndThenIsANoOp() throws IOException {
    Cli first = Cli.run("publish", v1().toString(), "--registry", registry());
    Path stored = dir.resolve("registry/cli-test-orders/1.0.0.odcs.yaml").toAbsolutePath();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo("PUBLISHED: cli-test-orders 1.0.0 -> " + stored
        + " (first version)\n");
    assertThat(Files.readString(stored)).isEqualTo(Files.readString(v1()));
    assertThat(dir.resolve("registry/cli-test-orders/index.json")).exists();
    Cli again = Cli.run("publish", v1().toString(), "--registry", registry());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).startsWith("UNCHANGED: cli-test-orders 1.0.0 is already published");
  }

  @Test
  void sameVersionWithOtherContentIsRefused() throws IOException {
    Cli.run("publish", v1().toString(), "--registry", registry());
    Path edited = new Workspace(dir).text("edited.odcs.yaml",
        Files.readString(v1()).replace("maximum: 100", "maximum: 99"));
    Cli cli = Cli.run("publish", edited.toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEqualTo("REJECTED: cli-test-orders 1.0.0 is already published with "
        + "other content; published versions are immutable: publish it as a new version\n");
  }

  @Test
  void breakingMinorIsRefusedUntilAllowedWithAReason() throws IOException {
    Cli.run("publish", v1().toString(), "--registry", registry());
    Path wider = version("1.1.0", "maximum: 100", "maximum: 1000");
    Cli refused = Cli.run("publish", wider.toString(), "--registry", registry());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out()).contains("  range.widened  schema[orders].properties[amount]"
        + ".logicalTypeOptions.maximum  100 -> 1000\n")
        .contains("REJECTED: cli-test-orders 1.1.0 breaks forward compatibility with 1.0.0");
    Cli allowed = Cli.run("publish", wider.toString(), "--registry", registry(),
        "--allow-breaking", "amount is not read downstream yet");
    assertThat(allowed.exitCode()).isZero();
    assertThat(allowed.out()).contains("(checked against 1.0.0 in forward mode: 1 breaking "
        + "change allowed: amount is not read downstream yet)");
    assertThat(Files.readString(dir.resolve("registry/cli-test-orders/index.json")))
        .contains("amount is not read downstream yet");
  }

  @Test
  void compatibleVersionAndMajorBumpPublishInJson() throws Exception {
    Cli.run("publish", v1().toString(), "--registry", registry());
    Cli minor = Cli.run("publish", version("1.1.0", "maximum: 100", "maximum: 50").toString(),
        "--registry", registry(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(minor.out());
    assertThat(minor.exitCode()).isZero();
    assertThat(json.get("outcome").asText()).isEqualTo("published");
    assertThat(json.get("checkedAgainst").asText()).isEqualTo("1.0.0");
    assertThat(json.get("breakingChanges")).isEmpty();
    Cli major = Cli.run("publish", version("2.0.0", "maximum: 100", "maximum: 1000").toString(),
        "--registry", registry(), "--format", "json");
    JsonNode majorJson = new ObjectMapper().readTree(major.out());
    assertThat(major.exitCode()).isZero();
    assertThat(majorJson.get("checkedAgainst").asText()).isEqualTo("1.1.0");
    assertThat(majorJson.at("/breakingChanges/0/kind").asText()).isEqualTo("range.widened");
  }

  @Test
  void rejectionInJsonNamesTheReason() throws Exception {
    Path bad = new Workspace(dir).text("bad.odcs.yaml",
        Files.readString(v1()).replace("version: 1.0.0", "version: '1.0'"));
    Cli cli = Cli.run("publish", bad.toString(), "--registry", registry(), "--format", "json");
    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("outcome").asText()).isEqualTo("rejected");
    assertThat(json.get("reason").asText()).isEqualTo("not-semantic");
  }

  @Test
  void unsafeIdIsRefusedAndNothingIsWrittenOutsideTheRegistry() throws IOException {
    Path escaping = new Workspace(dir).text("escape.odcs.yaml",
        Files.readString(v1()).replace("id: cli-test-orders", "id: ../outside"));
    Cli cli = Cli.run("publish", escaping.toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).startsWith("REJECTED: contract id '../outside' cannot name a registry folder");
    assertThat(dir.resolve("outside")).doesNotExist();
  }

  @Test
  void missingContractIsExitThree() {
    Cli cli = Cli.run("publish", dir.resolve("absent.yaml").toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).isEqualTo("sluice: " + dir.resolve("absent.yaml") + ": no such file\n");
  }

  @Test
  void invalidContractIsExitThree() {
    Path bad = new Workspace(dir).contract("min-above-max.odcs.yaml");
    Cli cli = Cli.run("publish", bad.toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("[semantic.min-gt-max]").contains("the contract is not valid");
  }

  /** Publish refuses what lint refuses, with lint's finding, and leaves the registry as it was. */
  @Test
  void contractThatIsNotUtf8IsExitThreeWithLintsFinding() throws IOException {
    Cli.run("publish", v1().toString(), "--registry", registry());
    Path index = dir.resolve("registry/cli-test-orders/index.json");
    String indexBefore = Files.readString(index);
    Path bad = notUtf8("1.1.0");
    String finding = bad + ":7: error: not UTF-8 text (byte 0xFF); contracts are UTF-8 YAML or "
        + "JSON [yaml.syntax]";
    Cli lint = Cli.run("lint", "--compat", bad.toString());
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).startsWith(finding + "\n");

    Cli cli = Cli.run("publish", bad.toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEqualTo(finding + "\nsluice: " + bad + ": the contract is not valid "
        + "(1 error); fix it first (sluice lint --compat " + bad + ")\n");
    assertThat(Files.readString(index)).isEqualTo(indexBefore);
    assertThat(dir.resolve("registry/cli-test-orders/1.1.0.odcs.yaml")).doesNotExist();
  }

  @Test
  void corruptIndexIsExitThreeNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("registry/cli-test-orders"));
    Files.writeString(dir.resolve("registry/cli-test-orders/index.json"), "{not json");
    Cli cli = Cli.run("publish", v1().toString(), "--registry", registry());
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: ").contains("index.json: not a valid registry index")
        .hasLineCount(1);
  }

  @Test
  void registryIsRequiredAndReasonMustNotBeBlank() {
    assertThat(Cli.run("publish", v1().toString()).exitCode()).isEqualTo(2);
    Cli blank = Cli.run("publish", v1().toString(), "--registry", registry(), "--allow-breaking", " ");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("--allow-breaking: allowing breaking changes needs a reason");
  }
}
