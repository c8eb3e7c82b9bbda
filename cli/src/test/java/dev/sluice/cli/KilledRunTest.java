package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validation with a quarantine killed mid-split (SIGKILL, then SIGTERM) leaves nothing under
 * the final output names; a rerun then completes with every row on one side.
 */
class KilledRunTest {
  private static final int ROWS = 600_000;

  @TempDir Path dir;

  @Test
  void killedMidSplitLeavesNoFinalOutputAndARerunCompletes() throws Exception {
    Path contract = new Workspace(dir).contract("orders.odcs.yaml");
    Path data = csv(dir.resolve("orders.csv"));
    Path out = dir.resolve("q");
    for (boolean forcibly : new boolean[] {true, false}) {
      Process p = sluice(contract, data, out);
      boolean caught = waitForTemporary(out, p);
      if (forcibly) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
      p.waitFor();
      assertThat(caught).as("the split had started when the process was killed").isTrue();
      assertThat(finalOutputs(out)).as(forcibly ? "after SIGKILL" : "after SIGTERM").isEmpty();
    }
    Process rerun = sluice(contract, data, out);
    String report = new String(rerun.getInputStream().readAllBytes());
    assertThat(rerun.waitFor()).as(report).isEqualTo(1);
    assertThat(finalOutputs(out)).containsExactlyInAnyOrder("accepted.csv", "rejected.csv",
        "accepted.csv.lineage.json", "rejected.csv.lineage.json");
    long lines = lines(out.resolve("accepted.csv")) + lines(out.resolve("rejected.csv"));
    assertThat(lines).isEqualTo(ROWS + 2); // two header rows
  }

  private static Path csv(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("id,email,amount\n");
      for (int i = 0; i < ROWS; i++) {
        w.write(i + ",user" + (i % 1000) + "@mail.com," + (i % 7 == 0 ? 150 : 10) + ".5\n");
      }
    }
    return file;
  }

  private Process sluice(Path contract, Path data, Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "validate", contract.toString(), data.toString(), "--quarantine",
        out.toString(), "--quiet").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log.txt").toFile())).start();
  }

  /** Waits until a hidden temporary output appears (the split is running). */
  private static boolean waitForTemporary(Path out, Process p) throws Exception {
    for (int i = 0; i < 1200 && p.isAlive(); i++) {
      if (Files.isDirectory(out)) {
        try (Stream<Path> files = Files.list(out)) {
          if (files.anyMatch(f -> f.getFileName().toString().contains(".sluice-"))) {
            return true;
          }
        }
      }
      Thread.sleep(25);
    }
    return false;
  }

  private static List<String> finalOutputs(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
    }
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
