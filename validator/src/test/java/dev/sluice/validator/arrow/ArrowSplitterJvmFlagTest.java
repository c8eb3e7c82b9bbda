package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import dev.sluice.validator.quarantine.QuarantineMarks;
import dev.sluice.validator.quarantine.QuarantineMarks.FileMarks;
import dev.sluice.validator.quarantine.SplitTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unlike validation, the split needs {@code --add-opens=java.base/java.nio} (Arrow Java's IPC
 * readers and writers): a JVM started without it gets a problem that says so, before any output
 * is written.
 */
class ArrowSplitterJvmFlagTest {
  @TempDir Path dir;

  @Test
  void saysWhichJavaOptionTheSplitNeeds() throws Exception {
    Path input = ArrowScans.resource(
        "integration/1.0.0-littleendian/generated_primitive_no_batches.stream");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        input.toString(), dir.resolve("a").toString(), dir.resolve("r").toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output.strip()).isEqualTo("in: cannot write the quarantine: Arrow Java needs the"
        + " Java option --add-opens=java.base/java.nio=ALL-UNNAMED (or the jar manifest entry"
        + " Add-Opens: java.base/java.nio)");
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("r")).doesNotExist();
  }

  /** Splits {@code args[0]} (no batches) into {@code args[1]} and {@code args[2]}. */
  public static final class Main {
    public static void main(String[] args) {
      FileMarks marks = new QuarantineMarks(List.of())
          .startFile("in", "arrow", Map.of(), 0, new boolean[0], 0);
      SplitTarget target = new SplitTarget(Path.of(args[1]), Path.of(args[2]), Map.of(), Map.of());
      try {
        System.out.println(ArrowSplitter.split(Path.of(args[0]), "in", marks, target));
      } catch (DataProblem e) {
        System.out.println(e.getMessage());
      }
    }
  }
}
