package dev.sluice.validator.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.DataProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reading needs no {@code --add-opens} flag (Arrow's writers do, which is why surefire passes
 * one): a JVM started without it reads files of every kind and codec.
 */
class NoJvmFlagTest {
  private static final List<String> FILES = List.of(
      "integration/1.0.0-littleendian/generated_primitive.arrow_file",
      "integration/1.0.0-littleendian/generated_nested_dictionary.stream",
      "integration/2.0.0-compression/generated_lz4.arrow_file",
      "integration/2.0.0-compression/generated_zstd.stream",
      "integration/cpp-21.0.0/generated_run_end_encoded.arrow_file");

  @Test
  void readsWithoutAddOpens() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    for (String name : FILES) {
      command.add(ArrowScans.resource(name).toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output.strip().split("\n")).as(output).hasSize(FILES.size())
        .allSatisfy(line -> assertThat(line).startsWith("read "));
    assertThat(process.exitValue()).isZero();
  }

  /** Scans every file given; prints one line per file. */
  public static final class Main {
    public static void main(String[] args) {
      for (String arg : args) {
        try (ArrowDataFile file = ArrowDataFile.open(Path.of(arg), arg)) {
          ArrowScans.scanAll(file, 100);
          System.out.println("read " + file.rowCount() + " rows");
        } catch (DataProblem | RuntimeException e) {
          System.out.println("failed " + e);
        }
      }
    }
  }
}
