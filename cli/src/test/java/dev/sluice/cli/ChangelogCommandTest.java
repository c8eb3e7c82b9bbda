package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's history ({@code changelog}) and its versions as contracts of {@code validate}. */
class ChangelogCommandTest {
  @TempDir Path dir;
  private String registry;

  /** orders.odcs.yaml published as 1.0.0 (max 100), 1.1.0 (max 50) and 2.0.0 (max 500). */
  @BeforeEach
  void publishThreeVersions() throws IOException {
    registry = dir.resolve("registry").toString();
    Path v1 = new Workspace(dir).contract("orders.odcs.yaml");
    String text = Files.readString(v1);
    assertThat(text).contains("version: 1.0.0").contains("maximum: 100");
    Path v11 = new Workspace(dir).text("o-1.1.0.odcs.yaml",
        text.replace("version: 1.0.0", "version: 1.1.0").replace("maximum: 100", "maximum: 50"));
    Path v2 = new Workspace(dir).text("o-2.0.0.odcs.yaml",
        text.replace("version: 1.0.0", "version: 2.0.0").replace("maximum: 100", "maximum: 500"));
    for (Path version : new Path[] {v1, v11, v2}) {
      assertThat(Cli.run("publish", version.toString(), "--registry", registry).exitCode())
          .isZero();
    }
  }

  @Test
  void listsEveryVersionWithTheClassifiedChangesFromTheOneBefore() {
    Cli cli = Cli.run("changelog", "cli-test-orders", "--registry", registry);
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("1.0.0  published").contains("(first version)")
        .contains("1.1.0  published").contains("from 1.0.0: 2 changes, 0 breaking forward, "
            + "1 breaking backward").contains("metadata.changed  version  1.0.0 -> 1.1.0").contains("range.narrowed")
        .contains("2.0.0  published").contains("from 1.1.0: 2 changes, 1 breaking forward, 0 breaking backward")
        .contains("range.widened");
  }

  @Test
  void jsonListsTheVersionsInOrder() throws Exception {
    Cli cli = Cli.run("changelog", "cli-test-orders", "--registry", registry, "--format", "json");
    JsonNode versions = new ObjectMapper().readTree(cli.out()).get("versions");
    assertThat(versions).hasSize(3);
    assertThat(versions.get(2).get("version").asText()).isEqualTo("2.0.0");
    JsonNode widened = null;
    for (JsonNode change : versions.get(2).get("changes")) {
      widened = change.get("kind").asText().equals("range.widened") ? change : widened;
    }
    assertThat(widened).isNotNull();
    assertThat(widened.get("breaksForward").asBoolean()).isTrue();
    assertThat(widened.get("newValue").asText()).isEqualTo("500");
  }

  @Test
  void anUnknownIdIsExitThree() {
    Cli cli = Cli.run("changelog", "nope", "--registry", registry);
    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).startsWith("sluice: ").contains("nope");
  }

  @Test
  void validateReadsAPublishedVersionOrTheLatest() {
    Path data = new Workspace(dir).parquet("d.parquet", Workspace.DIRTY_ROWS);
    Cli latest = Cli.run("validate", "registry:cli-test-orders@latest", "--registry", registry,
        data.toString(), "--format", "json");
    assertThat(latest.out()).contains("\"version\" : \"2.0.0\"");
    Cli pinned = Cli.run("validate", "registry:cli-test-orders@1.1.0", "--registry", registry,
        data.toString(), "--format", "json");
    assertThat(pinned.out()).contains("\"version\" : \"1.1.0\"");
    Cli missing = Cli.run("validate", "registry:cli-test-orders@9.9.9", "--registry", registry,
        data.toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("no published version 9.9.9");
    Cli noRegistry = Cli.run("validate", "registry:cli-test-orders", data.toString());
    assertThat(noRegistry.exitCode()).isEqualTo(2);
  }
}
