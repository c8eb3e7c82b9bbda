package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report of one small validation, compared with a reviewed golden file. Run with
 * {@code -Dgolden.update=true} to rewrite it, then review the diff.
 */
class TextReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  @Test
  void dirtyOrdersReport() throws IOException {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    ws.parquet("orders.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertGolden("validate-dirty.txt", mask(cli.out()));
  }

  @Test
  void dirtyOrdersVerboseReport() throws IOException {
    Workspace ws = new Workspace(dir);
    Path contract = ws.contract("orders.odcs.yaml");
    ws.parquet("orders.parquet", Workspace.DIRTY_ROWS);
    Cli cli = Cli.run("validate", "--verbose", "--max-samples", "1", contract.toString());
    assertThat(cli.exitCode()).isEqualTo(1);
    assertGolden("validate-dirty-verbose.txt", mask(cli.out()));
  }

  /** Hides what changes from run to run: the temporary folder and the duration. */
  private String mask(String text) {
    return text.replace(dir.toString(), "<dir>").replaceAll("· \\d+ ms", "· <n> ms");
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
